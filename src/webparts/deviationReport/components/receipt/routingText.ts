import * as strings from 'DeviationReportWebPartStrings';
import { IRoutingDecision } from '../../../../domain/deviations/routing';
import { format } from '../../../../common/format';

/** The recipient as the reporter should read it: "din chef Lars Holm", "säkerhetssamordnaren Maria Berg". */
export function recipientText(routing: IRoutingDecision): string {
  const template = strings.RecipientRoles[routing.reason] || '{0}';
  return format(template, routing.handler.displayName || routing.handler.email);
}

/** Who received the report and, when it was not the line manager, why not. */
export function routingText(routing: IRoutingDecision): string {
  const recipient = recipientText(routing);
  switch (routing.fallback) {
    case 'managerAbsent':
      return format(strings.RoutedManagerAbsent, recipient);
    case 'noManager':
      return format(strings.RoutedNoManager, recipient);
    case 'directoryUnavailable':
      return format(strings.RoutedDirectoryUnavailable, recipient);
    default:
      return format(strings.RoutedTo, recipient);
  }
}
