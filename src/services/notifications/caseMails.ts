import * as strings from 'TryggStrings';
import { IDeviation } from '../../domain/deviations/types';
import { RoutingReason } from '../../domain/deviations/vocabulary';
import { IMailMessage } from '../../domain/directory';
import { format } from '../../common/format';

/**
 * The mail telling a handler that a case is theirs: a new report, or one handed over. Only the case
 * number, headline, unit and kind: the description stays in SharePoint, behind its permissions.
 */
export function handlerMail(deviation: IDeviation, to: string, reason: RoutingReason, handedOver: boolean): IMailMessage {
  return {
    to: [to],
    subject: format(handedOver ? strings.MailReassignedSubject : strings.MailNewCaseSubject, deviation.caseNumber),
    body: format(
      strings.MailNewCaseBody,
      deviation.caseNumber,
      deviation.title,
      deviation.unit ? deviation.unit.title : '',
      deviation.type || deviation.area || strings.Unclassified,
      strings.RoutingReasons[reason]
    )
  };
}
