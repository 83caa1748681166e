/**
 * When a risk is looked at again, and the reminders that follow, each sent once. Review cadence
 * follows the level: the higher the level, the shorter the interval (matrix level reviewMonths).
 *
 * Reminders work like the deviation mail ledger (deviations/mailLedger.ts): the reminder's key names
 * its due date; the Trygg function claims `ledgerValue(key, token)` in the item's ReminderSentFor
 * before it sends, and a key equal to the claimed one is not due again. There are three ledgers:
 * the risk (review), the acceptance decision (expiry) and the action (overdue), so one reminder
 * never overwrites another's mark.
 */
import { ledgerKey } from '../deviations/mailLedger';
import { isActionOverdue } from '../deviations/statistics';
import { acceptanceStatus } from './acceptance';
import { addMonths, calendarDay, daysBetween, dayString, utcDay } from '../days';
import { levelOf } from './matrix';
import { IAssessment, IRisk, IRiskAction, IRiskMatrix } from './types';

/** Months between reviews for an assessment at its level, or undefined when it is not on the matrix. */
export function reviewIntervalFor(matrix: IRiskMatrix, assessment: IAssessment): number | undefined {
  const level = levelOf(matrix, assessment);
  return level ? level.reviewMonths : undefined;
}

/**
 * The months until the next review of a risk: its own interval, but never longer than its current
 * level asks (a level that rose since the interval was chosen shortens it); the level's cadence
 * when it has none; undefined when it has neither a current assessment on this matrix nor an interval.
 */
export function reviewMonthsFor(risk: Pick<IRisk, 'current' | 'reviewIntervalMonths'>, matrix: IRiskMatrix): number | undefined {
  const cadence = risk.current ? reviewIntervalFor(matrix, risk.current) : undefined;
  const own = risk.reviewIntervalMonths !== undefined && Number.isInteger(risk.reviewIntervalMonths) && risk.reviewIntervalMonths > 0 ? risk.reviewIntervalMonths : undefined;
  if (own === undefined) return cadence;
  return cadence === undefined ? own : Math.min(own, cadence);
}

/**
 * The day `months` after the given day (YYYY-MM-DD), the end of a shorter month where the day does
 * not exist (31 August + 6 → 28/29 February). Undefined for a date that is not one or months that
 * are not a positive whole number.
 */
export function nextReviewFrom(date: Date | string, months: number): string | undefined {
  if (!Number.isInteger(months) || months < 1) return undefined;
  const day = typeof date === 'string' ? calendarDay(date) : isNaN(date.getTime()) ? undefined : utcDay(date);
  return day === undefined ? undefined : dayString(addMonths(day, months));
}

/** A review is due from its day on, for a risk that is assessed and not closed. */
export function reviewDue(risk: Pick<IRisk, 'status' | 'nextReviewAt'>, now: Date): boolean {
  if (risk.status === 'Utkast' || risk.status === 'Avslutad') return false;
  const day = calendarDay(risk.nextReviewAt);
  return day !== undefined && utcDay(now) >= day;
}

export type RiskReminderKind = 'review' | 'acceptanceExpiry' | 'action';

export interface IRiskReminder {
  readonly kind: RiskReminderKind;
  /** The day the reminder is about (YYYY-MM-DD): the review day, the acceptance's last day, the action's due day. */
  readonly dueDay: string;
  /** What to claim in the ledger; one reminder per key. */
  readonly key: string;
}

/** The reminder of a review, once per review day, or undefined (ledger: IRisk.reminderSentFor). */
export function reviewReminderDue(risk: Pick<IRisk, 'status' | 'nextReviewAt' | 'reminderSentFor'>, now: Date): IRiskReminder | undefined {
  if (!reviewDue(risk, now)) return undefined;
  const dueDay = dayString(calendarDay(risk.nextReviewAt) as number);
  const key = `review|${dueDay}`;
  return key === ledgerKey(risk.reminderSentFor) ? undefined : { kind: 'review', dueDay, key };
}

/** Days before an acceptance's last day that its owner and decider are reminded: 30, 7 and on the day. */
export const ACCEPTANCE_REMINDER_DAYS: readonly number[] = [30, 7, 0];

export interface IAcceptanceReminder extends IRiskReminder {
  readonly kind: 'acceptanceExpiry';
  /** The reminder's stage: 30, 7 or 0 days before. */
  readonly daysBefore: number;
  /** Days actually left (the job may run late, or the grant be shorter than the stage). */
  readonly daysLeft: number;
}

/**
 * The reminder of a granted acceptance's expiry, once per stage (30, 7, 0 days before its last
 * day), or undefined (ledger: IRiskAcceptance.reminderSentFor). Only the latest stage reached is
 * due, so a job that missed days, or a grant made 5 days before it lapses, sends one reminder,
 * not a burst. A new decision has a new expiry, so its keys are new.
 */
export function acceptanceReminderDue(
  risk: Pick<IRisk, 'status' | 'acceptance' | 'current' | 'matrixVersion'>,
  now: Date
): IAcceptanceReminder | undefined {
  if (risk.status === 'Avslutad' || !risk.acceptance || acceptanceStatus(risk, now) !== 'granted') return undefined;
  const expiry = calendarDay(risk.acceptance.expiresAt) as number; // 'granted' has a readable expiry
  const daysLeft = daysBetween(utcDay(now), expiry);
  const stage = ACCEPTANCE_REMINDER_DAYS.filter((days) => daysLeft <= days).sort((a, b) => a - b)[0];
  if (stage === undefined) return undefined;
  const dueDay = dayString(expiry);
  const key = `acceptance|${dueDay}|${stage}`;
  if (key === ledgerKey(risk.acceptance.reminderSentFor)) return undefined;
  return { kind: 'acceptanceExpiry', dueDay, key, daysBefore: stage, daysLeft };
}

/**
 * The reminder of an overdue treatment action to its owner, once per due date, or undefined
 * (ledger: IRiskAction.reminderSentFor). Overdue as for deviation actions: not Klar once its due day has ended.
 */
export function riskActionReminderDue(action: Pick<IRiskAction, 'status' | 'dueDate' | 'reminderSentFor'>, now: Date): IRiskReminder | undefined {
  if (!isActionOverdue(action, now)) return undefined;
  const day = calendarDay(action.dueDate);
  if (day === undefined) return undefined;
  const dueDay = dayString(day);
  const key = `riskAction|${dueDay}`;
  return key === ledgerKey(action.reminderSentFor) ? undefined : { kind: 'action', dueDay, key };
}
