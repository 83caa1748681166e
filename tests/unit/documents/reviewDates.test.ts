import { ledgerValue } from '../../../src/domain/deviations/mailLedger';
import {
  defaultValidUntil,
  documentDueness,
  documentRemindersDue,
  inOwnerQueue,
  nextReviewAfter,
  reminderLedgerEntries,
  reminderLedgerKeys,
  reviewDateErrors,
  withReminderRecorded
} from '../../../src/domain/documents/reviewDates';
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { DAY, day, document, firstDraft, now, published, revision } from './fixtures';

const at = (days: number): Date => new Date(now.getTime() + days * DAY);
/** Published, review and validity far off unless given (days from now). */
const dueIn = (review?: number, validity?: number): IGoverningDocument =>
  document({
    nextReviewAt: review === undefined ? undefined : `${day(review)}T00:00:00.000Z`,
    validUntil: validity === undefined ? undefined : `${day(validity)}T00:00:00.000Z`
  });

describe('validity and the next review', () => {
  it('hold by default one review interval from approval, to the end of a shorter month', () => {
    expect(defaultValidUntil('2016-03-15', 12)).toBe('2017-03-15');
    expect(defaultValidUntil('2026-03-15T00:00:00.000Z', 24)).toBe('2028-03-15');
    expect(defaultValidUntil('2026-01-31', 1)).toBe('2026-02-28');
    expect(defaultValidUntil('2028-01-31', 1)).toBe('2028-02-29');
    expect(defaultValidUntil('2024-02-29', 12)).toBe('2025-02-28');
    expect(defaultValidUntil('2024-02-29', 48)).toBe('2028-02-29');
    expect(defaultValidUntil('2026-02-30', 12)).toBeUndefined();
    expect(defaultValidUntil('2026-01-01', 0)).toBeUndefined();
    expect(defaultValidUntil('2026-01-01', 1.5)).toBeUndefined();
  });

  it('set the next review one interval after a confirmation, never after the last valid day', () => {
    expect(nextReviewAfter(now, 24)).toBe('2028-11-30');
    expect(nextReviewAfter(now, 24, '2027-06-30')).toBe('2027-06-30');
    expect(nextReviewAfter(now, 12, '2028-01-01T00:00:00.000Z')).toBe('2027-11-30');
    expect(nextReviewAfter('2026-08-31', 6)).toBe('2027-02-28');
    expect(nextReviewAfter('2027-08-31', 6)).toBe('2028-02-29');
    expect(nextReviewAfter(new Date('nonsense'), 6)).toBeUndefined();
    expect(nextReviewAfter(now, 0)).toBeUndefined();
  });

  it('accept a review day only in the future and within validity', () => {
    expect(reviewDateErrors(undefined, now)).toBe('required');
    expect(reviewDateErrors('  ', now)).toBe('required');
    expect(reviewDateErrors('2027-02-30', now)).toBe('invalidDate');
    expect(reviewDateErrors('next year', now)).toBe('invalidDate');
    expect(reviewDateErrors(day(-1), now)).toBe('notInFuture');
    expect(reviewDateErrors(day(0), now)).toBe('notInFuture');
    expect(reviewDateErrors(`${day(0)}T23:00:00.000Z`, now)).toBe('notInFuture');
    expect(reviewDateErrors(day(1), now)).toBeUndefined();
    expect(reviewDateErrors('2028-02-29', now)).toBeUndefined();
    expect(reviewDateErrors(day(31), now, day(30))).toBe('afterValidity');
    expect(reviewDateErrors(day(30), now, `${day(30)}T00:00:00.000Z`)).toBeUndefined();
  });
});

describe('dueness within the 90-day horizon', () => {
  it('counts a review as due from 90 days before, overdue after its day', () => {
    expect(documentDueness(dueIn(91), now)).toMatchObject({ reviewDue: false, reviewOverdue: false, daysToReview: 91 });
    expect(documentDueness(dueIn(90), now)).toMatchObject({ reviewDue: true, reviewOverdue: false, daysToReview: 90 });
    expect(documentDueness(dueIn(0), now)).toMatchObject({ reviewDue: true, reviewOverdue: false, daysToReview: 0 });
    expect(documentDueness(dueIn(-1), now)).toMatchObject({ reviewDue: true, reviewOverdue: true, daysToReview: -1 });
  });

  it('counts validity as ending soon within 90 days, and expired after its last day', () => {
    expect(documentDueness(dueIn(undefined, 91), now)).toMatchObject({ expiresSoon: false, expired: false, daysToExpiry: 91 });
    expect(documentDueness(dueIn(undefined, 90), now)).toMatchObject({ expiresSoon: true, expired: false });
    expect(documentDueness(dueIn(undefined, 0), now)).toMatchObject({ expiresSoon: true, expired: false, daysToExpiry: 0 });
    expect(documentDueness(dueIn(undefined, -1), now)).toMatchObject({ expiresSoon: false, expired: true, daysToExpiry: -1 });
    // Stockholm's policy: valid to 2017-03-15.
    expect(documentDueness(document({ validUntil: '2017-03-15T00:00:00.000Z' }), now).expired).toBe(true);
  });

  it('leaves drafts never published and withdrawn documents out', () => {
    const due = { reviewDue: false, reviewOverdue: false, expiresSoon: false, expired: false };
    expect(documentDueness({ ...firstDraft, nextReviewAt: day(-5), validUntil: day(-5) }, now)).toEqual(due);
    expect(documentDueness({ ...dueIn(-5, -5), status: 'Upphävd' }, now)).toEqual(due);
    expect(documentDueness(dueIn(), now)).toEqual({ ...due, daysToReview: undefined, daysToExpiry: undefined });
  });

  it('puts due, ending and expired documents and drafts in the owner’s queue', () => {
    expect(inOwnerQueue(dueIn(91, 400), now)).toBe(false);
    expect(inOwnerQueue(dueIn(90, 400), now)).toBe(true);
    expect(inOwnerQueue(dueIn(400, 90), now)).toBe(true);
    expect(inOwnerQueue(dueIn(400, -400), now)).toBe(true);
    expect(inOwnerQueue(firstDraft, now)).toBe(true);
    expect(inOwnerQueue({ ...revision, status: 'Remiss' }, now)).toBe(true);
    expect(inOwnerQueue(document({ status: 'Fastställd', edition: 1, nextReviewAt: day(700) }), now)).toBe(false);
    expect(inOwnerQueue({ ...dueIn(-5), status: 'Upphävd' }, now)).toBe(false);
  });
});

describe('reminders to owners', () => {
  it('are due 90, 30 and 0 days before, each once', () => {
    const doc = dueIn(200, 900);
    const sent: string[] = [];
    let ledger: string | undefined;
    const reviewDay = new Date(Date.parse(doc.nextReviewAt as string));
    for (let offset = -130; offset <= 20; offset++) {
      const today = new Date(reviewDay.getTime() + offset * DAY + 8 * 3600 * 1000);
      for (const reminder of documentRemindersDue(doc, today, ledger)) {
        sent.push(`${reminder.kind} ${reminder.days} ${offset}`);
        ledger = withReminderRecorded(ledger, ledgerValue(reminder.key, `token-${offset}`));
      }
    }
    expect(sent).toEqual(['review 90 -90', 'review 30 -30', 'review 0 0']);
  });

  it('send only the most urgent when several stages passed at once', () => {
    expect(documentRemindersDue(dueIn(10, 900), now, undefined)).toEqual([
      { kind: 'review', days: 30, dueDay: day(10), daysLeft: 10, key: `review|${day(10)}|30` }
    ]);
    expect(documentRemindersDue(dueIn(-3, 900), now, undefined)).toEqual([
      { kind: 'review', days: 0, dueDay: day(-3), daysLeft: -3, key: `review|${day(-3)}|0` }
    ]);
    // Not the 90-day one afterwards either.
    expect(documentRemindersDue(dueIn(10, 900), at(1), `review|${day(10)}|30`)).toEqual([]);
    expect(documentRemindersDue(dueIn(91, 900), now, undefined)).toEqual([]);
  });

  it('remind of the review and the end of validity separately', () => {
    const reminders = documentRemindersDue(dueIn(30, 90), now, undefined);
    expect(reminders.map((reminder) => reminder.key)).toEqual([`review|${day(30)}|30`, `validity|${day(90)}|90`]);
    const ledger = withReminderRecorded(undefined, reminders[0].key);
    expect(documentRemindersDue(dueIn(30, 90), now, ledger).map((reminder) => reminder.key)).toEqual([`validity|${day(90)}|90`]);
  });

  it('remind again when the review day moves', () => {
    const ledger = `review|${day(30)}|30#a`;
    expect(documentRemindersDue(dueIn(30, 900), now, ledger)).toEqual([]);
    expect(documentRemindersDue(dueIn(29, 900), now, ledger).map((reminder) => reminder.key)).toEqual([`review|${day(29)}|30`]);
  });

  it('are none for drafts never published, withdrawn documents, and no review reminder during a revision', () => {
    expect(documentRemindersDue({ ...firstDraft, nextReviewAt: day(0) }, now, undefined)).toEqual([]);
    expect(documentRemindersDue({ ...dueIn(0, 0), status: 'Upphävd' }, now, undefined)).toEqual([]);
    const inRevision = { ...revision, nextReviewAt: day(0), validUntil: day(30) };
    expect(documentRemindersDue(inRevision, now, undefined).map((reminder) => reminder.kind)).toEqual(['validity']);
    expect(documentRemindersDue(published, now, undefined)).toEqual([]);
  });
});

describe('the reminder ledger', () => {
  it('keeps entries with their tokens, and drops a less urgent stage of the same day', () => {
    let ledger = withReminderRecorded(undefined, 'review|2027-01-01|90#t1');
    ledger = withReminderRecorded(ledger, 'validity|2027-03-01|90#t2');
    expect(reminderLedgerEntries(ledger)).toEqual(['review|2027-01-01|90#t1', 'validity|2027-03-01|90#t2']);
    ledger = withReminderRecorded(ledger, 'review|2027-01-01|30#t3');
    expect(reminderLedgerKeys(ledger)).toEqual(['validity|2027-03-01|90', 'review|2027-01-01|30']);
    expect(withReminderRecorded(ledger, 'review|2027-01-01|30#t3')).toBe(ledger);
    expect(reminderLedgerEntries('')).toEqual([]);
  });

  it('stays within 255 characters, dropping the oldest entries of other days first', () => {
    const token = '0f8fad5b-d9cb-469f-a165-70867728950e';
    let ledger: string | undefined;
    for (let month = 1; month <= 9; month++) ledger = withReminderRecorded(ledger, ledgerValue(`review|2020-0${month}-01|0`, token));
    ledger = withReminderRecorded(ledger, ledgerValue('validity|2027-03-01|90', token));
    ledger = withReminderRecorded(ledger, ledgerValue('review|2027-01-01|90', token));
    expect(ledger.length).toBeLessThanOrEqual(255);
    const keys = reminderLedgerKeys(ledger);
    expect(keys.slice(-2)).toEqual(['validity|2027-03-01|90', 'review|2027-01-01|90']);
    expect(keys).not.toContain('review|2020-01-01|0');
    expect(keys).toContain('review|2020-09-01|0');
    expect(ledger.endsWith(ledgerValue('review|2027-01-01|90', token))).toBe(true);
  });

  it('keeps an older entry of the day it records over newer ones of other days', () => {
    // Six entries fit, the seventh does not.
    const token = 'x'.repeat(18);
    let ledger = ledgerValue('validity|2027-01-01|90', token);
    for (let month = 1; month <= 5; month++) ledger = withReminderRecorded(ledger, ledgerValue(`review|2020-0${month}-01|0`, token));
    ledger = withReminderRecorded(ledger, ledgerValue('review|2027-01-01|30', token));
    const keys = reminderLedgerKeys(ledger);
    expect(ledger.length).toBeLessThanOrEqual(255);
    expect(keys[0]).toBe('validity|2027-01-01|90');
    expect(keys).not.toContain('review|2020-01-01|0');
    expect(keys[keys.length - 1]).toBe('review|2027-01-01|30');
  });

  it('never drops the entry it records', () => {
    const long = `review|2027-01-01|90#${'x'.repeat(300)}`;
    expect(withReminderRecorded('validity|2027-03-01|90', long)).toBe(long);
  });
});
