import {
  actionReminderDue,
  caseReminderDue,
  handlerMailDue,
  handoverNote,
  lastHandover,
  ledgerKey,
  ledgerValue,
  reporterMailDue
} from '../../../src/domain/deviations/mailLedger';
import { IHistoryEntry } from '../../../src/domain/deviations/types';

const DAY = 24 * 3600 * 1000;
const now = new Date('2026-11-30T08:00:00.000Z');
const daysAgo = (days: number): string => new Date(now.getTime() - days * DAY).toISOString();

describe('the mail ledger', () => {
  it('keeps the key of a mark and drops its token', () => {
    expect(ledgerKey(ledgerValue('Avslutad|2026-11-01T10:00:00Z', 'abc'))).toBe('Avslutad|2026-11-01T10:00:00Z');
    expect(ledgerKey(undefined)).toBeUndefined();
  });

  it("tells the reporter each piece of news once: feedback, then how the case ended", () => {
    const open = { status: 'Utreds' as const, closedAt: undefined, feedbackAt: undefined, reporterNotified: undefined };
    expect(reporterMailDue(open)).toBeUndefined();
    const withFeedback = { ...open, feedbackAt: daysAgo(2) };
    const feedbackKey = reporterMailDue(withFeedback);
    expect(feedbackKey).toBe(`feedback|${daysAgo(2)}`);
    expect(reporterMailDue({ ...withFeedback, reporterNotified: ledgerValue(feedbackKey!, 't1') })).toBeUndefined();
    const closed = { ...withFeedback, status: 'Avslutad' as const, closedAt: daysAgo(1), reporterNotified: ledgerValue(feedbackKey!, 't1') };
    expect(reporterMailDue(closed)).toBe(`Avslutad|${daysAgo(1)}`);
    expect(reporterMailDue({ ...closed, status: 'Avvisad' as const })).toBe(`Avvisad|${daysAgo(1)}`);
  });

  it('tells the handler while the mark is empty', () => {
    const handler = { displayName: 'Lars Holm', email: 'lars.holm@regionexempel.se' };
    expect(handlerMailDue({ handler, handlerNotifiedAt: undefined })).toBe(true);
    expect(handlerMailDue({ handler, handlerNotifiedAt: daysAgo(0) })).toBe(false);
    expect(handlerMailDue({ handler: undefined, handlerNotifiedAt: undefined })).toBe(false);
  });

  it('reminds of an overdue case once per deadline, acknowledgement first and closing later', () => {
    expect(caseReminderDue({ status: 'Ny', reportedAt: daysAgo(2), reminderSentFor: undefined }, now)).toBeUndefined();
    const late = caseReminderDue({ status: 'Ny', reportedAt: daysAgo(4), reminderSentFor: undefined }, now);
    expect(late).toEqual({ kind: 'acknowledgement', dueDay: daysAgo(1).slice(0, 10), key: `acknowledgement|${daysAgo(1).slice(0, 10)}` });
    expect(caseReminderDue({ status: 'Ny', reportedAt: daysAgo(4), reminderSentFor: ledgerValue(late!.key, 'x') }, now)).toBeUndefined();
    // Acknowledged but still open a month on: a new deadline, so a new reminder.
    const closing = caseReminderDue({ status: 'Utreds', reportedAt: daysAgo(31), reminderSentFor: ledgerValue(late!.key, 'x') }, now);
    expect(closing && closing.kind).toBe('closure');
    expect(caseReminderDue({ status: 'Avslutad', reportedAt: daysAgo(40), reminderSentFor: undefined }, now)).toBeUndefined();
  });

  it('reminds of an overdue action once per due date, and again when the date moves', () => {
    const action = { status: 'Pågår' as const, dueDate: `${daysAgo(2).slice(0, 10)}T00:00:00.000Z`, reminderSentFor: undefined };
    const key = actionReminderDue(action, now);
    expect(key).toBe(`action|${daysAgo(2).slice(0, 10)}`);
    expect(actionReminderDue({ ...action, reminderSentFor: ledgerValue(key!, 'y') }, now)).toBeUndefined();
    expect(actionReminderDue({ ...action, dueDate: `${daysAgo(3).slice(0, 10)}T00:00:00.000Z`, reminderSentFor: ledgerValue(key!, 'y') }, now)).toBeDefined();
    expect(actionReminderDue({ ...action, status: 'Klar' }, now)).toBeUndefined();
  });

  it('reads back who handed a case over and their message, even when the message has a dash in it', () => {
    const entry = (note: string, byName = 'Lars Holm'): IHistoryEntry => ({ at: daysAgo(0), byName, byEmail: 'x@y.se', to: 'Mottagen', note });
    const history = [entry(handoverNote('Omfördelad', 'Maria Berg', 'Gammalt')), entry('Mottagen'), entry(handoverNote('Omfördelad', 'Maria Berg', ' Hus A – plan 2 '), 'Peter Sjöberg')];
    expect(lastHandover(history, 'Omfördelad', 'Maria Berg')).toEqual({ byName: 'Peter Sjöberg', message: 'Hus A – plan 2' });
    expect(lastHandover([entry(handoverNote('Eskalerad', 'Peter Sjöberg'))], 'Eskalerad', 'Peter Sjöberg')).toEqual({ byName: 'Lars Holm', message: undefined });
    expect(lastHandover(history, 'Eskalerad', 'Maria Berg')).toBeUndefined();
  });
});
