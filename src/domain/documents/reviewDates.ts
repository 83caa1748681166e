/**
 * When a governing document is looked at again and until when it holds: the defaults at approval,
 * the next review after a confirmation, what the owner's queue shows and the reminders the morning
 * job sends, each once.
 *
 * Dates are calendar days (domain/days.ts). Giltig till och med is the last day a document holds;
 * a review is due on its day. The reminder ledger (ReminderSentFor, 255 characters) holds several
 * entries, `;`-separated, each a reminder key, optionally with the claim's token
 * (deviations/mailLedger.ts: `key#token`), so the review's and the validity's reminders never
 * overwrite each other's mark.
 */
import { ledgerKey } from '../deviations/mailLedger';
import { addMonths, calendarDay, daysBetween, dayString, utcDay } from '../days';
import { isDraftStatus, isRevisionInWork, publishedEdition } from './lifecycle';
import { IGoverningDocument } from './types';
import { DOCUMENT_QUEUE_HORIZON_DAYS, DOCUMENT_REMINDER_DAYS } from './vocabulary';

/** Giltig till och med by default: the approval day plus the review interval (31 Jan + 1 → 28/29 Feb). */
export function defaultValidUntil(approvedOn: string, reviewCycleMonths: number): string | undefined {
  const day = calendarDay(approvedOn);
  if (day === undefined || !Number.isInteger(reviewCycleMonths) || reviewCycleMonths < 1) return undefined;
  return dayString(addMonths(day, reviewCycleMonths));
}

/**
 * The review after `from` (a confirmation today, or an approval's effective day): one interval
 * later, but never after the last valid day, which only a new approval moves.
 */
export function nextReviewAfter(from: Date | string, reviewCycleMonths: number, validUntil?: string): string | undefined {
  const start = typeof from === 'string' ? calendarDay(from) : isNaN(from.getTime()) ? undefined : utcDay(from);
  if (start === undefined || !Number.isInteger(reviewCycleMonths) || reviewCycleMonths < 1) return undefined;
  const next = addMonths(start, reviewCycleMonths);
  const lastDay = calendarDay(validUntil);
  return dayString(lastDay !== undefined && lastDay < next ? lastDay : next);
}

export type ReviewDateError = 'required' | 'invalidDate' | 'notInFuture' | 'afterValidity';

/** A next review the owner sets: a real day after today (eramba's rule), not after the last valid day. */
export function reviewDateErrors(nextReviewAt: string | undefined, now: Date, validUntil?: string): ReviewDateError | undefined {
  if (!nextReviewAt || !nextReviewAt.trim()) return 'required';
  const day = calendarDay(nextReviewAt);
  if (day === undefined) return 'invalidDate';
  if (day <= utcDay(now)) return 'notInFuture';
  const lastDay = calendarDay(validUntil);
  return lastDay !== undefined && day > lastDay ? 'afterValidity' : undefined;
}

export interface IDocumentDueness {
  /** The review day is within the horizon, today or past. */
  readonly reviewDue: boolean;
  /** The review day has passed. */
  readonly reviewOverdue: boolean;
  /** The last valid day is within the horizon (today included). */
  readonly expiresSoon: boolean;
  /** The last valid day has passed. */
  readonly expired: boolean;
  /** Days from today to the review day; negative when it has passed. */
  readonly daysToReview?: number;
  /** Days from today to the last valid day; negative when it has passed. */
  readonly daysToExpiry?: number;
}

const NOT_DUE: IDocumentDueness = { reviewDue: false, reviewOverdue: false, expiresSoon: false, expired: false };

/** Days from today to a day, or undefined when there is none. */
function daysUntil(value: string | undefined, now: Date): number | undefined {
  const day = calendarDay(value);
  return day === undefined ? undefined : daysBetween(utcDay(now), day);
}

/** How near a document's review and the end of its validity are; only an edition in force has them. */
export function documentDueness(document: IGoverningDocument, now: Date): IDocumentDueness {
  if (publishedEdition(document) < 1) return NOT_DUE;
  const daysToReview = daysUntil(document.nextReviewAt, now);
  const daysToExpiry = daysUntil(document.validUntil, now);
  const within = (days: number | undefined): boolean => days !== undefined && days <= DOCUMENT_QUEUE_HORIZON_DAYS;
  return {
    reviewDue: within(daysToReview),
    reviewOverdue: daysToReview !== undefined && daysToReview < 0,
    expiresSoon: within(daysToExpiry) && (daysToExpiry as number) >= 0,
    expired: daysToExpiry !== undefined && daysToExpiry < 0,
    daysToReview,
    daysToExpiry
  };
}

/**
 * In the owner's queue: a review due or validity ending within the horizon (or ended), or a draft
 * of theirs in work (a first draft, a revision, a remiss). Whose queue is the caller's filter.
 */
export function inOwnerQueue(document: IGoverningDocument, now: Date): boolean {
  if (isDraftStatus(document.status)) return true;
  const dueness = documentDueness(document, now);
  return dueness.reviewDue || dueness.expiresSoon || dueness.expired;
}

export type DocumentReminderKind = 'review' | 'validity';

export interface IDocumentReminder {
  readonly kind: DocumentReminderKind;
  /** The stage: 90, 30 or 0 days before. */
  readonly days: typeof DOCUMENT_REMINDER_DAYS[number];
  /** The review day or the last valid day (YYYY-MM-DD). */
  readonly dueDay: string;
  /** Days actually left (negative when the job missed the day). */
  readonly daysLeft: number;
  /** What to record in the ledger; one reminder per key. */
  readonly key: string;
}

const LEDGER_SEPARATOR = ';';
const LEDGER_MAX_LENGTH = 255;

/** The ledger's entries as recorded (`key` or `key#token`), oldest first. */
export function reminderLedgerEntries(ledger: string | undefined): string[] {
  return (ledger || '').split(LEDGER_SEPARATOR).filter((entry) => entry.length > 0);
}

/** The keys in the ledger, without their tokens. */
export function reminderLedgerKeys(ledger: string | undefined): string[] {
  return reminderLedgerEntries(ledger).map((entry) => ledgerKey(entry) as string);
}

function reminderKey(kind: DocumentReminderKind, dueDay: string, days: number): string {
  return `${kind}|${dueDay}|${days}`;
}

function parseReminderKey(key: string): { kind: string; dueDay: string; days: number } | undefined {
  const parts = key.split('|');
  return parts.length === 3 ? { kind: parts[0], dueDay: parts[1], days: Number(parts[2]) } : undefined;
}

/**
 * The reminder of one day, or undefined: only the most urgent stage reached is due (a document
 * first seen 10 days before gets the 30-day reminder, not also the 90-day one), and none once that
 * stage, or a more urgent one, is in the ledger.
 */
function reminderFor(kind: DocumentReminderKind, value: string | undefined, now: Date, keys: readonly string[]): IDocumentReminder | undefined {
  const day = calendarDay(value);
  if (day === undefined) return undefined;
  const daysLeft = daysBetween(utcDay(now), day);
  const reached = DOCUMENT_REMINDER_DAYS.filter((days) => daysLeft <= days);
  if (reached.length === 0) return undefined;
  const days = Math.min(...reached) as IDocumentReminder['days'];
  const dueDay = dayString(day);
  const sentAlready = DOCUMENT_REMINDER_DAYS.some((stage) => stage <= days && keys.indexOf(reminderKey(kind, dueDay, stage)) >= 0);
  return sentAlready ? undefined : { kind, days, dueDay, daysLeft, key: reminderKey(kind, dueDay, days) };
}

/**
 * The reminders the owner is due today, at most one per kind. A withdrawn document or one never
 * published has none; while a revision is in work the review is under way, so only validity reminds.
 */
export function documentRemindersDue(document: IGoverningDocument, now: Date, ledger: string | undefined): IDocumentReminder[] {
  if (publishedEdition(document) < 1) return [];
  const keys = reminderLedgerKeys(ledger);
  const review = isRevisionInWork(document) ? undefined : reminderFor('review', document.nextReviewAt, now, keys);
  const validity = reminderFor('validity', document.validUntil, now, keys);
  return [review, validity].filter((reminder): reminder is IDocumentReminder => reminder !== undefined);
}

/**
 * The ledger with one more entry (a key, or `key#token` as claimed). A less urgent stage of the same
 * day is dropped (it can never be due again); when the column's 255 characters would overflow, the
 * oldest entries of other days go first.
 */
export function withReminderRecorded(ledger: string | undefined, entry: string): string {
  const key = ledgerKey(entry) as string;
  const recorded = parseReminderKey(key);
  const superseded = (other: string): boolean => {
    const parsed = parseReminderKey(other);
    return other === key || (!!parsed && !!recorded && parsed.kind === recorded.kind && parsed.dueDay === recorded.dueDay && parsed.days > recorded.days);
  };
  const entries = reminderLedgerEntries(ledger).filter((existing) => !superseded(ledgerKey(existing) as string));
  entries.push(entry);
  const length = (): number => entries.join(LEDGER_SEPARATOR).length;
  const otherDay = (existing: string): boolean => {
    const parsed = parseReminderKey(ledgerKey(existing) as string);
    return !parsed || !recorded || parsed.dueDay !== recorded.dueDay;
  };
  // The new entry is the last one and always stays.
  while (entries.length > 1 && length() > LEDGER_MAX_LENGTH) {
    const oldestOfOtherDay = entries.findIndex((existing, index) => index < entries.length - 1 && otherDay(existing));
    entries.splice(oldestOfOtherDay >= 0 ? oldestOfOtherDay : 0, 1);
  }
  return entries.join(LEDGER_SEPARATOR);
}
