/**
 * The risk register's reminders, sent by the Trygg function from its shared mailbox: the title and
 * number with a link; the assessment and the reasoning stay in SharePoint, behind its permissions.
 */
import * as strings from 'TryggStrings';
import { IRisk, IRiskAction } from '../../domain/risks/types';
import { IMailMessage } from '../../domain/directory';
import { format } from '../../common/format';
import { mailWithLink } from './mailWithLink';


export function riskReviewMail(risk: IRisk, to: string, dueDay: string, link: string): IMailMessage {
  return mailWithLink(to, format(strings.MailRiskReviewSubject, risk.riskNumber), format(strings.MailRiskReviewBody, risk.riskNumber, risk.title, dueDay), link);
}

export function acceptanceExpiringMail(risk: IRisk, to: string, lastDay: string, link: string): IMailMessage {
  return mailWithLink(
    to,
    format(strings.MailAcceptanceExpiringSubject, risk.riskNumber, lastDay),
    format(strings.MailAcceptanceExpiringBody, risk.riskNumber, risk.title, lastDay),
    link
  );
}

export function riskActionReminderMail(action: IRiskAction, risk: IRisk, to: string, link: string): IMailMessage {
  return mailWithLink(to, format(strings.MailRiskActionReminderSubject, risk.riskNumber), format(strings.MailRiskActionReminderBody, action.title, risk.riskNumber, action.dueDate.slice(0, 10)), link);
}
