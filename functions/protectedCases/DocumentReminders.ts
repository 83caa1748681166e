/**
 * Governing documents' part of the morning job: an approved edition whose effective day has come is
 * published (readers get it from today), and owners are reminded 90, 30 and 0 days before the next
 * review and before the end of validity, each once (domain/documents/reviewDates.ts, the ledger in
 * ReminderSentFor, the at-most-once protocol of mailOnce.ts). Each step stands alone: one that fails
 * is counted and tried again next run.
 */
import { randomUUID } from 'node:crypto';
import { DAY_MS } from '../../src/domain/days';
import { ledgerValue } from '../../src/domain/deviations/mailLedger';
import { publicationDue, statusAfter } from '../../src/domain/documents/lifecycle';
import { documentRemindersDue, IDocumentReminder, reminderLedgerEntries, withReminderRecorded } from '../../src/domain/documents/reviewDates';
import { IStoredDocument } from '../../src/domain/documents/repositories';
import { DOCUMENT_QUEUE_HORIZON_DAYS } from '../../src/domain/documents/vocabulary';
import { documentReminderMail } from '../../src/services/notifications/documentMails';
import { IFunctionContext } from './functionContext';
import { sendOnce } from './mailOnce';
import { DocumentAccess } from './documentAccess';
import type { Attempt } from './RiskReminders';
import { DocumentDecisionRepository } from '../../src/services/documents/DocumentDecisionRepository';
import { asksForReadConfirmation } from '../../src/domain/documents/readConfirmations';

const sameDay = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && a.slice(0, 10) === b.slice(0, 10);

export interface IDocumentJobSummary {
  /** Owners' reminders sent (reviews and validity). */
  readonly reminders: number;
  /** Approved editions published on their effective day. */
  readonly published: number;
}

export class DocumentReminders {
  private readonly _access: DocumentAccess;

  private readonly _decisions: DocumentDecisionRepository;

  constructor(private readonly _context: IFunctionContext) {
    this._access = new DocumentAccess(_context);
    this._decisions = new DocumentDecisionRepository(_context.sp);
  }

  public async run(attempt: Attempt): Promise<IDocumentJobSummary> {
    const documents = this._access.documents;
    const now = this._context.now();
    let published = 0;
    let reminders = 0;
    const tomorrow = new Date(now.getTime() + DAY_MS).toISOString();
    for (const document of await documents.query({ statuses: ['Fastställd'], effectiveBefore: tomorrow })) {
      if (publicationDue(document, now) && (await attempt(() => this._publish(document)))) published += 1;
    }
    // The first reminder is 90 days ahead: nothing further off is due.
    const horizon = new Date(now.getTime() + (DOCUMENT_QUEUE_HORIZON_DAYS + 1) * DAY_MS).toISOString();
    // Not a version awaiting publication: the function writes nothing on it between the approval and
    // the publication, so any later save is someone else's and stops the publication (_publish).
    const candidates = await documents.query({ statuses: ['Publicerad', 'Utkast', 'Remiss'], reviewBefore: horizon, validUntilBefore: horizon });
    for (const document of candidates) {
      for (const reminder of documentRemindersDue(document, now, document.reminderSentFor)) {
        if (await attempt(() => this._remind(document, reminder))) reminders += 1;
      }
    }
    return { reminders, published };
  }

  /**
   * The approved version, as the approval left it: if anyone saved the document since (an owner
   * has Contribute on it), what is there now was never approved, and it waits for a new approval.
   */
  private async _publish(document: IStoredDocument): Promise<boolean> {
    // Only what the security function approved: the last decision is this edition's approval, for this day.
    const [last] = await this._decisions.listFor(document.id);
    const approved = !!last && last.kind === 'Fastställd' && last.edition === document.edition && sameDay(last.effectiveFrom, document.effectiveFrom);
    if (!approved || !(await this._access.untouchedSinceApproval(document.id))) {
      this._context.log.warn(`Trygg documents: ${document.number} was changed after its approval and is not published; it needs a new approval`, undefined);
      return false;
    }
    // The marker from the audience approved: an edition approved before the marker existed gets it as it is published.
    const values = { status: statusAfter('publish', document.status), asksReadConfirmation: asksForReadConfirmation(document.readConfirmation) };
    await this._access.documents.moderate(document.id, values, 'approved');
    return true;
  }

  private async _remind(document: IStoredDocument, reminder: IDocumentReminder): Promise<boolean> {
    if (!document.owner.email) return false;
    // Read again: the review's and the validity's reminder of one run both write the ledger.
    const current = await this._access.documents.get(document.id);
    if (!current || !current.owner.email) return false;
    const entry = ledgerValue(reminder.key, randomUUID());
    const isDue = (item: IStoredDocument): boolean => documentRemindersDue(item, this._context.now(), item.reminderSentFor).some((due) => due.key === reminder.key);
    if (!isDue(current)) return false;
    const before = current.reminderSentFor || '';
    const outcome = await sendOnce(
      current,
      {
        message: documentReminderMail(current, current.owner.email, reminder, this._context.links.document(current.number)),
        mark: (item) => this._access.documents.markReminded(item.id, item.etag, withReminderRecorded(item.reminderSentFor, entry)),
        isOurs: (item) => reminderLedgerEntries(item.reminderSentFor).indexOf(entry) >= 0,
        isDue,
        unmark: (item) => this._access.documents.markReminded(item.id, item.etag, before)
      },
      this._context.mail,
      this._context.log
    );
    return outcome.sent;
  }
}
