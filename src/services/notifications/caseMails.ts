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
export function handlerMail(deviation: IDeviation, to: string, reason: RoutingReason, handedOver: boolean, handOver?: { readonly byName: string; readonly note?: string }): IMailMessage {
  const subject = format(handedOver ? strings.MailReassignedSubject : strings.MailNewCaseSubject, deviation.caseNumber);
  if (deviation.store === 'protected') {
    return { to: [to], subject, body: format(strings.MailNewProtectedCaseBody, deviation.caseNumber, strings.RoutingReasons[reason]) };
  }
  const unit = deviation.unit ? deviation.unit.title : '';
  const kind = deviation.type || deviation.area || strings.Unclassified;
  if (handedOver && handOver) {
    // A handover says so, by whom, and with the handler's message: the new handler starts from it.
    const body = format(strings.MailHandedOverBody, handOver.byName, deviation.caseNumber, deviation.title, unit, kind, strings.RoutingReasons[reason], handOver.note || strings.MailNoMessage);
    return { to: [to], subject, body };
  }
  return { to: [to], subject, body: format(strings.MailNewCaseBody, deviation.caseNumber, deviation.title, unit, kind, strings.RoutingReasons[reason]) };
}

/**
 * The reporter hears how their report ended: rejected with the reason, or closed with the feedback.
 * A protected case's mail carries the number only; the rest is read in Trygg.
 */
export function outcomeMail(deviation: IDeviation, to: string): IMailMessage | undefined {
  const texts =
    deviation.status === 'Avvisad'
      ? { subject: strings.MailRejectedSubject, body: strings.MailRejectedBody, protectedBody: strings.MailProtectedRejectedBody, detail: deviation.rejectionReason }
      : deviation.status === 'Avslutad'
        ? { subject: strings.MailClosedSubject, body: strings.MailClosedBody, protectedBody: strings.MailProtectedClosedBody, detail: deviation.feedback }
        : undefined;
  if (!texts) return undefined;
  const body =
    deviation.store === 'protected'
      ? format(texts.protectedBody, deviation.caseNumber)
      : format(texts.body, deviation.caseNumber, deviation.title, texts.detail || '');
  return { to: [to], subject: format(texts.subject, deviation.caseNumber), body };
}

/** The reporter's feedback mail; for a protected case a pointer to Trygg instead of the feedback itself. */
export function feedbackMail(deviation: IDeviation, to: string, feedback: string): IMailMessage {
  const status = strings.DeviationStatuses[DEVIATION_STATUS_KEYS[deviation.status]];
  const subject = format(strings.MailFeedbackSubject, deviation.caseNumber);
  if (deviation.store === 'protected') return { to: [to], subject, body: format(strings.MailProtectedFeedbackBody, deviation.caseNumber, status) };
  return { to: [to], subject, body: format(strings.MailFeedbackBody, deviation.caseNumber, deviation.title, feedback, status) };
}
