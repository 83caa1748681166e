/**
 * The mails Trygg sends, all from the Trygg function's shared mailbox. Plain text with the case
 * number and a link; a protected case's mail carries the number alone: even its headline may name a
 * person or a crime, and mail is forwarded, printed and kept where SharePoint's permissions do not
 * reach. The description never leaves SharePoint.
 */
import * as strings from 'TryggStrings';
import { IDeviation, IDeviationAction } from '../../domain/deviations/types';
import { DEVIATION_STATUS_KEYS } from '../../domain/deviations/vocabulary';
import { IMailMessage } from '../../domain/directory';
import { ICaseReminder, lastHandover, reporterNewsKey } from '../../domain/deviations/mailLedger';
import { format } from '../../common/format';
import { mailWithLink } from './mailWithLink';


/** The mail telling the handler a case is theirs: a new report, or one handed over with the message. */
export function handlerMail(deviation: IDeviation, to: string, link: string): IMailMessage {
  const reason = deviation.routingReason || 'Chef';
  const handOver =
    (reason === 'Omfördelad' || reason === 'Eskalerad') && deviation.handler ? lastHandover(deviation.history, reason, deviation.handler.displayName) : undefined;
  const subject = format(handOver ? strings.MailReassignedSubject : strings.MailNewCaseSubject, deviation.caseNumber);
  if (deviation.store === 'protected') return mailWithLink(to, subject, format(strings.MailNewProtectedCaseBody, deviation.caseNumber, strings.RoutingReasons[reason]), link);
  const unit = deviation.unit ? deviation.unit.title : '';
  const kind = deviation.type || deviation.area || strings.Unclassified;
  const body = handOver
    ? format(strings.MailHandedOverBody, handOver.byName, deviation.caseNumber, deviation.title, unit, kind, strings.RoutingReasons[reason], handOver.message || strings.MailNoMessage)
    : format(strings.MailNewCaseBody, deviation.caseNumber, deviation.title, unit, kind, strings.RoutingReasons[reason]);
  return mailWithLink(to, subject, body, link);
}

/** The reporter's latest news: rejected with the reason, closed with the feedback, or feedback on the way. */
export function reporterMail(deviation: IDeviation, to: string, link: string): IMailMessage | undefined {
  const news = reporterNewsKey(deviation);
  if (!news) return undefined;
  const shielded = deviation.store === 'protected';
  if (news.indexOf('feedback|') === 0) {
    const status = strings.DeviationStatuses[DEVIATION_STATUS_KEYS[deviation.status]];
    const body = shielded
      ? format(strings.MailProtectedFeedbackBody, deviation.caseNumber, status)
      : format(strings.MailFeedbackBody, deviation.caseNumber, deviation.title, deviation.feedback || '', status);
    return mailWithLink(to, format(strings.MailFeedbackSubject, deviation.caseNumber), body, link);
  }
  const rejected = deviation.status === 'Avvisad';
  const subject = format(rejected ? strings.MailRejectedSubject : strings.MailClosedSubject, deviation.caseNumber);
  const body = shielded
    ? format(rejected ? strings.MailProtectedRejectedBody : strings.MailProtectedClosedBody, deviation.caseNumber)
    : format(rejected ? strings.MailRejectedBody : strings.MailClosedBody, deviation.caseNumber, deviation.title, (rejected ? deviation.rejectionReason : deviation.feedback) || '');
  return mailWithLink(to, subject, body, link);
}

/** The handler's reminder of an overdue case. */
export function caseReminderMail(deviation: IDeviation, to: string, reminder: ICaseReminder, link: string): IMailMessage {
  const subject = format(reminder.kind === 'acknowledgement' ? strings.MailReminderAcknowledgeSubject : strings.MailReminderCloseSubject, deviation.caseNumber);
  const deadline = strings.MailReminderDeadlines[reminder.kind];
  const body =
    deviation.store === 'protected'
      ? format(strings.MailProtectedReminderBody, deviation.caseNumber, deadline, reminder.dueDay)
      : format(strings.MailReminderBody, deviation.caseNumber, deviation.title, deadline, reminder.dueDay);
  return mailWithLink(to, subject, body, link);
}

/** The owner's reminder of an overdue action. */
export function actionReminderMail(action: IDeviationAction, deviation: IDeviation, to: string, link: string): IMailMessage {
  const dueDay = action.dueDate.slice(0, 10);
  const body =
    deviation.store === 'protected'
      ? format(strings.MailProtectedActionReminderBody, deviation.caseNumber, dueDay)
      : format(strings.MailActionReminderBody, action.title, deviation.caseNumber, dueDay);
  return mailWithLink(to, format(strings.MailActionReminderSubject, deviation.caseNumber), body, link);
}
