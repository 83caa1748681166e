import { ledgerValue } from '../../../../src/domain/deviations/mailLedger';
import { DEFAULT_RISK_MATRIX } from '../../../../src/domain/risks/matrix';
import {
  acceptanceReminderDue,
  nextReviewFrom,
  reviewDue,
  reviewIntervalFor,
  reviewMonthsFor,
  reviewReminderDue,
  riskActionReminderDue
} from '../../../../src/domain/risks/review';
import { IRisk } from '../../../../src/domain/risks/types';
import { DAY, day, granted, now, risk } from './fixtures';

const matrix = DEFAULT_RISK_MATRIX;
const at = (days: number): Date => new Date(now.getTime() + days * DAY);

describe('review cadence', () => {
  it('is shorter the higher the level', () => {
    expect(reviewIntervalFor(matrix, { likelihood: 1, consequence: 1 })).toBe(24);
    expect(reviewIntervalFor(matrix, { likelihood: 2, consequence: 2 })).toBe(12);
    expect(reviewIntervalFor(matrix, { likelihood: 3, consequence: 2 })).toBe(6);
    expect(reviewIntervalFor(matrix, { likelihood: 4, consequence: 4 })).toBe(3);
    expect(reviewIntervalFor(matrix, { likelihood: 5, consequence: 4 })).toBeUndefined();
  });

  it('takes the owner’s interval when shorter, never when longer than the level asks', () => {
    expect(reviewMonthsFor({ current: { likelihood: 2, consequence: 2 }, reviewIntervalMonths: 6 }, matrix)).toBe(6);
    expect(reviewMonthsFor({ current: { likelihood: 3, consequence: 2 }, reviewIntervalMonths: 12 }, matrix)).toBe(6);
    expect(reviewMonthsFor({ current: { likelihood: 3, consequence: 2 } }, matrix)).toBe(6);
    expect(reviewMonthsFor({ current: undefined, reviewIntervalMonths: 9 }, matrix)).toBe(9);
    expect(reviewMonthsFor({ current: undefined }, matrix)).toBeUndefined();
  });

  it('counts whole calendar months, to the end of a shorter month', () => {
    expect(nextReviewFrom('2026-03-15', 12)).toBe('2027-03-15');
    expect(nextReviewFrom('2026-01-31', 1)).toBe('2026-02-28');
    expect(nextReviewFrom('2028-01-31', 1)).toBe('2028-02-29');
    expect(nextReviewFrom('2026-08-31', 6)).toBe('2027-02-28');
    expect(nextReviewFrom('2026-11-30T00:00:00.000Z', 3)).toBe('2027-02-28');
    expect(nextReviewFrom(now, 24)).toBe('2028-11-30');
    expect(nextReviewFrom('2026-02-30', 1)).toBeUndefined();
    expect(nextReviewFrom('2026-01-01', 0)).toBeUndefined();
    expect(nextReviewFrom(new Date('nonsense'), 1)).toBeUndefined();
  });
});

describe('reviews due', () => {
  const dueIn = (days: number): IRisk => ({ ...risk, nextReviewAt: `${day(days)}T00:00:00.000Z` });

  it('are due from their day on, for assessed risks that are not closed', () => {
    expect(reviewDue(dueIn(1), now)).toBe(false);
    expect(reviewDue(dueIn(0), now)).toBe(true);
    expect(reviewDue(dueIn(-10), now)).toBe(true);
    expect(reviewDue({ ...dueIn(-10), status: 'Utkast' }, now)).toBe(false);
    expect(reviewDue({ ...dueIn(-10), status: 'Avslutad' }, now)).toBe(false);
    expect(reviewDue({ ...risk, nextReviewAt: undefined }, now)).toBe(false);
  });

  it('are reminded of once per review day, and again when the date moves', () => {
    expect(reviewReminderDue(dueIn(1), now)).toBeUndefined();
    const reminder = reviewReminderDue(dueIn(0), now);
    expect(reminder).toEqual({ kind: 'review', dueDay: day(0), key: `review|${day(0)}` });
    const sent = { ...dueIn(0), reminderSentFor: ledgerValue(reminder!.key, 't1') };
    expect(reviewReminderDue(sent, now)).toBeUndefined();
    expect(reviewReminderDue(sent, at(20))).toBeUndefined(); // still overdue, still once
    const moved = { ...sent, nextReviewAt: `${day(90)}T00:00:00.000Z` };
    expect(reviewReminderDue(moved, now)).toBeUndefined();
    expect(reviewReminderDue(moved, at(90))!.key).toBe(`review|${day(90)}`);
  });
});

describe('acceptance expiry reminders', () => {
  const lastDay = day(40);
  const accepted: IRisk = { ...risk, status: 'Accepterad', acceptance: granted(lastDay) };

  it('come 30 and 7 days before and on the last day, each once, as a daily job would send them', () => {
    let current = accepted;
    const sent: [number, number][] = [];
    for (let d = 0; d <= 45; d++) {
      const reminder = acceptanceReminderDue(current, at(d));
      if (!reminder) continue;
      expect(reminder.dueDay).toBe(lastDay);
      sent.push([reminder.daysBefore, reminder.daysLeft]);
      current = { ...current, acceptance: { ...current.acceptance!, reminderSentFor: ledgerValue(reminder.key, `t${d}`) } };
    }
    expect(sent).toEqual([
      [30, 30],
      [7, 7],
      [0, 0]
    ]);
  });

  it('have distinct keys per stage', () => {
    const keys = [10, 33, 40].map((d) => acceptanceReminderDue(accepted, at(d))!.key);
    expect(keys).toEqual([`acceptance|${lastDay}|30`, `acceptance|${lastDay}|7`, `acceptance|${lastDay}|0`]);
  });

  it('send only the latest stage reached, not a burst, when the grant is short or the job was late', () => {
    const short: IRisk = { ...accepted, acceptance: granted(day(5)) };
    const reminder = acceptanceReminderDue(short, now)!;
    expect([reminder.daysBefore, reminder.daysLeft]).toEqual([7, 5]);
    const marked = { ...short, acceptance: { ...short.acceptance!, reminderSentFor: ledgerValue(reminder.key, 'x') } };
    expect(acceptanceReminderDue(marked, at(1))).toBeUndefined();
    expect(acceptanceReminderDue(marked, at(5))!.daysBefore).toBe(0);
  });

  it('stop once the acceptance no longer holds, and start over for a new decision', () => {
    expect(acceptanceReminderDue(accepted, at(41))).toBeUndefined(); // expired
    expect(acceptanceReminderDue({ ...accepted, current: { likelihood: 1, consequence: 1 } }, at(35))).toBeUndefined(); // stale
    expect(acceptanceReminderDue({ ...accepted, status: 'Avslutad' }, at(35))).toBeUndefined();
    expect(acceptanceReminderDue({ ...risk, acceptance: undefined }, now)).toBeUndefined();
    const renewed = { ...accepted, acceptance: { ...granted(day(400)), reminderSentFor: ledgerValue(`acceptance|${lastDay}|0`, 'x') } };
    expect(acceptanceReminderDue(renewed, at(370))!.key).toBe(`acceptance|${day(400)}|30`);
  });

  it('keep their own ledger, apart from the review reminder', () => {
    const both: IRisk = { ...accepted, nextReviewAt: `${day(10)}T00:00:00.000Z`, reminderSentFor: ledgerValue(`review|${day(10)}`, 'r') };
    expect(acceptanceReminderDue(both, at(10))!.daysBefore).toBe(30);
    expect(reviewReminderDue(both, at(10))).toBeUndefined();
  });
});

describe('overdue risk action reminders', () => {
  const action = { status: 'Pågår' as const, dueDate: `${day(-1)}T00:00:00.000Z`, reminderSentFor: undefined };

  it('come once the due day has ended, once per due date', () => {
    expect(riskActionReminderDue({ ...action, dueDate: `${day(0)}T00:00:00.000Z` }, now)).toBeUndefined();
    const reminder = riskActionReminderDue(action, now);
    expect(reminder).toEqual({ kind: 'action', dueDay: day(-1), key: `riskAction|${day(-1)}` });
    const sent = { ...action, reminderSentFor: ledgerValue(reminder!.key, 'a') };
    expect(riskActionReminderDue(sent, at(3))).toBeUndefined();
    expect(riskActionReminderDue({ ...sent, dueDate: `${day(2)}T00:00:00.000Z` }, at(3))!.key).toBe(`riskAction|${day(2)}`);
    expect(riskActionReminderDue({ ...action, status: 'Klar' }, now)).toBeUndefined();
  });
});
