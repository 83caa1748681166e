/**
 * Goals (mål) and their measurements: what a goal is, what may be saved, how far it has come and
 * which measurements are due. Pure: no SharePoint, no clock of its own (`now` is passed in).
 *
 * Progress and the traffic light (the README quotes this block):
 * - Progress is how far the latest measurement has come from the baseline toward the target,
 *   (latest − baseline) / (target − baseline), held between 0 and 1. The sign of target − baseline
 *   carries the direction, so "lower is better" (incidents from 40 down to 10) counts the same way
 *   as "higher is better" (share trained from 40 % up to 90 %). A value worse than the baseline is 0;
 *   one beyond the target is 1.
 * - Expected progress is the share of the goal's time that has passed: from 1 January of the goal's
 *   year to its target date, held between 0 and 1.
 * - The light: no measurement yet (or none up to now) is 'noData'. A goal whose target is reached is
 *   'onTrack'. Past its target date and not reached, it is 'offTrack'. Otherwise it is 'onTrack'
 *   while progress lags expected progress by at most ON_TRACK_TOLERANCE (0.10), 'atRisk' while it
 *   lags by at most AT_RISK_TOLERANCE (0.25), and 'offTrack' beyond that.
 *
 * Measurements due: a goal asks for one measurement per calendar period of its frequency (month,
 * quarter, half-year, year; UTC), from the period holding 1 January of its year to the period
 * holding its target date. A period is covered by a measurement dated within it (the date is when
 * the value was measured, which may be entered later). A period not covered is due from its last
 * day (or the target date, when that comes first) on.
 */
import { addMonths, calendarDay, dayString, DAY_MS, utcDay } from '../days';
import { isSecurityArea, SecurityArea } from '../securityAreas';
import { checkChoice, checkLimitedText, FieldError, withoutEmpty } from '../validation';
import {
  GOAL_ACTIVITY_STATUSES,
  GOAL_DIRECTIONS,
  GOAL_PRIORITIES,
  GoalActivityStatus,
  GoalDirection,
  GoalPriority,
  MEASUREMENT_FREQUENCIES,
  MEASUREMENT_PERIOD_MONTHS,
  MeasurementFrequency,
  PDSA_LIMITS
} from './vocabulary';

/** An activity toward a goal, with its cost estimate (kronor) for the budget process. */
export interface IGoalActivity {
  readonly title: string;
  readonly costEstimate?: number;
  readonly status: GoalActivityStatus;
}

/** What a person types to set a goal. */
export interface IGoalInput {
  readonly title: string;
  /** Absent: a regional goal. */
  readonly scopeUnitId?: number;
  /** A unit goal: the regional goal it contributes to. */
  readonly parentGoalId?: number;
  readonly area: SecurityArea;
  readonly priority: GoalPriority;
  readonly indicator: string;
  readonly unitOfMeasure: string;
  readonly baseline: number;
  readonly target: number;
  readonly direction: GoalDirection;
  /** YYYY-MM-DD (or an ISO instant, counted by its date). */
  readonly targetDate: string;
  readonly frequency: MeasurementFrequency;
  readonly activities: readonly IGoalActivity[];
  readonly year: number;
  readonly ownerId?: number;
}

export interface IGoal extends IGoalInput {
  readonly id: number;
}

export interface IMeasurementInput {
  readonly goalId: number;
  readonly value: number;
  /** YYYY-MM-DD (or an ISO instant): when the value was measured. */
  readonly measuredOn: string;
  readonly comment?: string;
}

export interface IMeasurement extends IMeasurementInput {
  readonly id: number;
}

export type GoalFieldError =
  | FieldError
  | 'unknownUnit'
  | 'unknownGoal'
  | 'selfReference'
  /** A unit goal's parent is a unit goal, not a regional one. */
  | 'notRegional'
  /** A parent given for a regional goal. */
  | 'notApplicable'
  /** The target equals the baseline: nothing to move toward. */
  | 'sameAsBaseline'
  /** The target lies on the wrong side of the baseline for the direction. */
  | 'wrongDirection'
  /** The target date lies before the goal's year begins. */
  | 'beforeYear'
  | 'tooMany';

export type GoalErrors = Partial<Record<keyof IGoalInput, GoalFieldError>>;
export type ActivityErrors = Partial<Record<keyof IGoalActivity, GoalFieldError>>;
export type MeasurementErrors = Partial<Record<keyof IMeasurementInput, GoalFieldError>>;

export interface IGoalContext {
  readonly units: readonly { readonly id: number }[];
  /** The goals the asker can see, to check a parent against. */
  readonly goals: readonly Pick<IGoal, 'id' | 'scopeUnitId'>[];
}

/** A finite number within ± PDSA_LIMITS.maxAbsValue. */
export function numberError(value: number | undefined, required = true): FieldError | undefined {
  if (value === undefined) return required ? 'required' : undefined;
  return typeof value === 'number' && isFinite(value) && Math.abs(value) <= PDSA_LIMITS.maxAbsValue ? undefined : 'invalidNumber';
}

export function yearError(year: number | undefined): FieldError | undefined {
  if (year === undefined) return 'required';
  return Number.isInteger(year) && year >= PDSA_LIMITS.minYear && year <= PDSA_LIMITS.maxYear ? undefined : 'invalidNumber';
}

export function dayError(value: string | undefined, required = true): FieldError | undefined {
  if (value === undefined || value === '') return required ? 'required' : undefined;
  return calendarDay(value) === undefined ? 'invalidDate' : undefined;
}

function unitError(unitId: number | undefined, context: IGoalContext): GoalFieldError | undefined {
  if (unitId === undefined) return undefined;
  return context.units.some((unit) => unit.id === unitId) ? undefined : 'unknownUnit';
}

function parentError(input: IGoalInput, context: IGoalContext, selfId: number | undefined): GoalFieldError | undefined {
  if (input.parentGoalId === undefined) return undefined;
  if (input.scopeUnitId === undefined) return 'notApplicable';
  if (input.parentGoalId === selfId) return 'selfReference';
  const parent = context.goals.find((goal) => goal.id === input.parentGoalId);
  if (!parent) return 'unknownGoal';
  return parent.scopeUnitId === undefined ? undefined : 'notRegional';
}

function targetError(input: IGoalInput): GoalFieldError | undefined {
  const error = numberError(input.target);
  if (error || numberError(input.baseline)) return error;
  if (input.target === input.baseline) return 'sameAsBaseline';
  if (input.direction === 'Högre är bättre' && input.target < input.baseline) return 'wrongDirection';
  if (input.direction === 'Lägre är bättre' && input.target > input.baseline) return 'wrongDirection';
  return undefined;
}

function targetDateError(input: IGoalInput): GoalFieldError | undefined {
  const error = dayError(input.targetDate);
  if (error || yearError(input.year)) return error;
  return (calendarDay(input.targetDate) as number) < Date.UTC(input.year, 0, 1) ? 'beforeYear' : undefined;
}

/** Every problem of one activity; empty when it may be saved. */
export function activityErrors(activity: IGoalActivity): ActivityErrors {
  return withoutEmpty<ActivityErrors>({
    title: checkLimitedText(activity.title, { required: true, max: PDSA_LIMITS.activityTitle }),
    costEstimate:
      activity.costEstimate === undefined
        ? undefined
        : typeof activity.costEstimate === 'number' && isFinite(activity.costEstimate) && activity.costEstimate >= 0 && activity.costEstimate <= PDSA_LIMITS.maxCost
          ? undefined
          : 'invalidNumber',
    status: checkChoice(activity.status, GOAL_ACTIVITY_STATUSES, true)
  });
}

function activitiesError(activities: readonly IGoalActivity[] | undefined): GoalFieldError | undefined {
  if (!activities) return undefined;
  if (activities.length > PDSA_LIMITS.activities) return 'tooMany';
  for (const activity of activities) {
    const errors = activityErrors(activity);
    const first = (Object.keys(errors) as (keyof IGoalActivity)[])[0];
    if (first) return errors[first];
  }
  return undefined;
}

/**
 * Every problem of a goal (selfId: the goal being changed); empty when it may be saved. The form
 * shows each activity's own problems with activityErrors; `activities` carries the first of them.
 */
export function goalErrors(input: IGoalInput, context: IGoalContext, selfId?: number): GoalErrors {
  return withoutEmpty<GoalErrors>({
    title: checkLimitedText(input.title, { required: true, max: PDSA_LIMITS.title }),
    scopeUnitId: unitError(input.scopeUnitId, context),
    parentGoalId: parentError(input, context, selfId),
    area: isSecurityArea(input.area) ? undefined : input.area ? 'invalidChoice' : 'required',
    priority: checkChoice(input.priority, GOAL_PRIORITIES, true),
    indicator: checkLimitedText(input.indicator, { required: true, max: PDSA_LIMITS.indicator }),
    unitOfMeasure: checkLimitedText(input.unitOfMeasure, { required: true, max: PDSA_LIMITS.unitOfMeasure }),
    baseline: numberError(input.baseline),
    target: targetError(input),
    direction: checkChoice(input.direction, GOAL_DIRECTIONS, true),
    targetDate: targetDateError(input),
    frequency: checkChoice(input.frequency, MEASUREMENT_FREQUENCIES, true),
    activities: activitiesError(input.activities),
    year: yearError(input.year),
    ownerId: input.ownerId === undefined || (Number.isInteger(input.ownerId) && input.ownerId > 0) ? undefined : 'invalidNumber'
  });
}

/** Every problem of a measurement of the goal; empty when it may be saved. A measurement is never dated after today. */
export function measurementErrors(input: IMeasurementInput, goal: Pick<IGoal, 'id'> | undefined, now: Date): MeasurementErrors {
  const dateError = dayError(input.measuredOn);
  return withoutEmpty<MeasurementErrors>({
    goalId: goal && goal.id === input.goalId ? undefined : 'unknownGoal',
    value: numberError(input.value),
    measuredOn: dateError || ((calendarDay(input.measuredOn) as number) > utcDay(now) ? 'inFuture' : undefined),
    comment: checkLimitedText(input.comment, { max: PDSA_LIMITS.comment })
  });
}

/** Progress may lag expected progress by this much and the goal is still on track. */
export const ON_TRACK_TOLERANCE = 0.1;
/** Beyond ON_TRACK_TOLERANCE and up to this lag a goal is at risk; beyond it, off track. */
export const AT_RISK_TOLERANCE = 0.25;
/** Shares are compared with this slack, so 0.7 − 0.6 counts as the 0.1 it is meant to be. */
const EPSILON = 1e-9;

export type GoalLight = 'onTrack' | 'atRisk' | 'offTrack' | 'noData';

export interface IGoalProgress {
  /** The latest measurement up to now, by date (the later-entered one on the same day). */
  readonly latest?: IMeasurement;
  /** 0..1 from baseline toward target; undefined without data. */
  readonly progress?: number;
  /** 0..1: the share of the time from the year's start to the target date that has passed. */
  readonly expectedProgress: number;
  readonly reached: boolean;
  readonly light: GoalLight;
}

const clamp01 = (value: number): number => Math.max(0, Math.min(1, value));

/** The goal's measurements up to today, oldest first (same day: in the order given, so the later-entered one last). */
export function measurementsUpToNow(goal: Pick<IGoal, 'id'>, measurements: readonly IMeasurement[], now: Date): IMeasurement[] {
  const today = utcDay(now);
  return measurements
    .map((measurement, index) => ({ measurement, index, day: calendarDay(measurement.measuredOn) }))
    .filter((entry) => entry.measurement.goalId === goal.id && entry.day !== undefined && entry.day <= today && isFinite(entry.measurement.value))
    .sort((a, b) => (a.day as number) - (b.day as number) || a.index - b.index)
    .map((entry) => entry.measurement);
}

/** The share of the goal's time that has passed at `now` (see the block at the top). */
export function expectedProgressAt(goal: Pick<IGoal, 'year' | 'targetDate'>, now: Date): number {
  const start = Date.UTC(goal.year, 0, 1);
  const end = calendarDay(goal.targetDate);
  if (end === undefined) return 0;
  if (end <= start) return utcDay(now) >= end ? 1 : 0;
  return clamp01((utcDay(now) - start) / (end - start));
}

/** How far a goal has come, what is expected by now, and its light (see the block at the top). */
export function goalProgress(goal: IGoal, measurements: readonly IMeasurement[], now: Date): IGoalProgress {
  const expectedProgress = expectedProgressAt(goal, now);
  const history = measurementsUpToNow(goal, measurements, now);
  const latest = history[history.length - 1];
  if (!latest) return { expectedProgress, reached: false, light: 'noData' };
  const span = goal.target - goal.baseline;
  const raw = span === 0 ? 0 : (latest.value - goal.baseline) / span;
  const progress = clamp01(raw);
  const reached = span !== 0 && raw >= 1 - EPSILON;
  const targetDay = calendarDay(goal.targetDate);
  const lag = expectedProgress - progress;
  const light: GoalLight = reached
    ? 'onTrack'
    : targetDay !== undefined && utcDay(now) > targetDay
      ? 'offTrack'
      : lag <= ON_TRACK_TOLERANCE + EPSILON
        ? 'onTrack'
        : lag <= AT_RISK_TOLERANCE + EPSILON
          ? 'atRisk'
          : 'offTrack';
  return { latest, progress, expectedProgress, reached, light };
}

export interface IMeasurementPeriod {
  /** First day of the period (YYYY-MM-DD). */
  readonly start: string;
  /** Last day of the period (YYYY-MM-DD). */
  readonly end: string;
  /** The day from which the measurement is due: the period's last day, or the target date when earlier. */
  readonly dueDay: string;
}

/** The calendar periods a goal asks a measurement for, first to last (see the block at the top). */
export function measurementPeriods(goal: Pick<IGoal, 'year' | 'targetDate' | 'frequency'>): IMeasurementPeriod[] {
  const months = MEASUREMENT_PERIOD_MONTHS[goal.frequency];
  const targetDay = calendarDay(goal.targetDate);
  if (!months || targetDay === undefined || !Number.isInteger(goal.year)) return [];
  const periods: IMeasurementPeriod[] = [];
  // Periods are aligned to the calendar year: January, April, July, October start quarters.
  for (let start = Date.UTC(goal.year, 0, 1); start <= targetDay; start = addMonths(start, months)) {
    const end = addMonths(start, months) - DAY_MS;
    periods.push({ start: dayString(start), end: dayString(end), dueDay: dayString(Math.min(end, targetDay)) });
  }
  return periods;
}

/** The periods whose measurement is due at `now` and not entered, oldest first. */
export function measurementsDue(goal: IGoal, measurements: readonly IMeasurement[], now: Date): IMeasurementPeriod[] {
  const today = utcDay(now);
  const measuredDays = measurementsUpToNow(goal, measurements, now).map((measurement) => calendarDay(measurement.measuredOn) as number);
  return measurementPeriods(goal).filter((period) => {
    const start = calendarDay(period.start) as number;
    const end = calendarDay(period.end) as number;
    return (calendarDay(period.dueDay) as number) <= today && !measuredDays.some((day) => day >= start && day <= end);
  });
}
