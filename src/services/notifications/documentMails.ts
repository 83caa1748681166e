/**
 * Governing documents' mails, sent by the Trygg function from its shared mailbox: the owner's
 * reminders of a review and of the end of validity, the remiss to its recipients, and the owner's
 * news of an approval or of changes requested. The number and title with a link; the text stays in
 * SharePoint, behind its permissions.
 */
import * as strings from 'TryggStrings';
import { IConsultationRound, IGoverningDocument } from '../../domain/documents/types';
import { IDocumentReminder } from '../../domain/documents/reviewDates';
import { IMailMessage } from '../../domain/directory';
import { format } from '../../common/format';
import { mailWithLink } from './mailWithLink';


const day = (value: string | undefined): string => (value || '').slice(0, 10);

export function documentReminderMail(document: IGoverningDocument, to: string, reminder: IDocumentReminder, link: string): IMailMessage {
  const review = reminder.kind === 'review';
  return mailWithLink(
    [to],
    format(review ? strings.MailDocumentReviewSubject : strings.MailDocumentValiditySubject, document.number, reminder.dueDay),
    format(review ? strings.MailDocumentReviewBody : strings.MailDocumentValidityBody, document.number, document.title, reminder.dueDay),
    link
  );
}

/** To each recipient of a remiss (one mail, every recipient in To: they are named on the round anyway). */
export function consultationMail(round: IConsultationRound, to: readonly string[], senderName: string, link: string): IMailMessage {
  const body = format(strings.MailConsultationBody, senderName, round.documentNumber, round.title, day(round.deadline));
  const message = round.message ? `\n\n${format(strings.MailConsultationMessage, senderName, round.message)}` : '';
  return mailWithLink(to, format(strings.MailConsultationSubject, round.documentNumber, round.title, day(round.deadline)), `${body}${message}`, link);
}

export function documentApprovedMail(document: IGoverningDocument, to: string, link: string): IMailMessage {
  const body = format(
    strings.MailDocumentApprovedBody,
    document.number,
    document.title,
    day(document.approvedOn),
    document.approvedByBody || '',
    day(document.effectiveFrom),
    day(document.validUntil)
  );
  return mailWithLink([to], format(strings.MailDocumentApprovedSubject, document.number), body, link);
}

export function documentChangesMail(document: IGoverningDocument, to: string, note: string, link: string): IMailMessage {
  return mailWithLink([to], format(strings.MailDocumentChangesSubject, document.number), format(strings.MailDocumentChangesBody, document.number, document.title, note), link);
}
