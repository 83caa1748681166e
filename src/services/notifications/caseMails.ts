import * as strings from 'TryggStrings';
import { IDeviation } from '../../domain/deviations/types';
import { DEVIATION_STATUS_KEYS, RoutingReason } from '../../domain/deviations/vocabulary';
import { IMailMessage } from '../../domain/directory';
import { format } from '../../common/format';

/**
 * The mail telling a handler that a case is theirs: a new report, or one handed over. Only the case
 * number, headline, unit and kind: the description stays in SharePoint, behind its permissions. A
 * protected case's mail carries the number alone: even its headline may name a person or a crime,
 * and mail is forwarded, printed and kept where SharePoint's permissions do not reach.
 */
export function handlerMail(deviation: IDeviation, to: string, reason: RoutingReason, handedOver: boolean): IMailMessage {
  const subject = format(handedOver ? strings.MailReassignedSubject : strings.MailNewCaseSubject, deviation.caseNumber);
  if (deviation.store === 'protected') {
    return { to: [to], subject, body: format(strings.MailNewProtectedCaseBody, deviation.caseNumber, strings.RoutingReasons[reason]) };
  }
  return {
    to: [to],
    subject,
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

/** The reporter's feedback mail; for a protected case a pointer to Trygg instead of the feedback itself. */
export function feedbackMail(deviation: IDeviation, to: string, feedback: string): IMailMessage {
  const status = strings.DeviationStatuses[DEVIATION_STATUS_KEYS[deviation.status]];
  const subject = format(strings.MailFeedbackSubject, deviation.caseNumber);
  if (deviation.store === 'protected') return { to: [to], subject, body: format(strings.MailProtectedFeedbackBody, deviation.caseNumber, status) };
  return { to: [to], subject, body: format(strings.MailFeedbackBody, deviation.caseNumber, deviation.title, feedback, status) };
}
