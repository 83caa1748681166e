/**
 * The exercise and training log (övningar och utbildningar): what an entry holds, what may be
 * saved and which units are due to exercise. Skåne's strategy asks units to educate and exercise;
 * Stockholm's principle 4 to plan and exercise for unexpected events.
 *
 * When a unit is due (the README quotes this): a unit's next exercise is due on the next due date
 * its latest exercise set, or otherwise the cadence's months after that exercise's date. A unit
 * that has never exercised is due today. Only entries of the cadence's kind count (an exercise
 * cadence is not met by a training). A unit is listed from `soonDays` before its due day on, and
 * is overdue after its due day.
 */
import { addMonths, calendarDay, daysBetween, dayString, utcDay } from '../days';
import { isSecurityArea, SecurityArea } from '../securityAreas';
import { checkChoice, checkLimitedText, FieldError, withoutEmpty } from '../validation';
import { dayError } from './goals';
import { EXERCISE_KINDS, ExerciseKind, PDSA_LIMITS } from './vocabulary';

/** An improvement decided from an exercise. */
export interface IFollowUpAction {
  readonly title: string;
  /** YYYY-MM-DD. */
  readonly dueDate?: string;
  readonly done: boolean;
}

export interface IExerciseInput {
  readonly title: string;
  /** YYYY-MM-DD: the day it was held. */
  readonly date: string;
  readonly unitId: number;
  readonly kind: ExerciseKind;
  readonly scenario: string;
  readonly areas: readonly SecurityArea[];
  /** How many took part. */
  readonly participants?: number;
  readonly lessonsLearned?: string;
  readonly followUpActions: readonly IFollowUpAction[];
  /** YYYY-MM-DD: when the unit should exercise next. */
  readonly nextDueDate?: string;
}

export interface IExercise extends IExerciseInput {
  readonly id: number;
}

export type ExerciseFieldError = FieldError | 'unknownUnit' | 'tooMany' | 'notAfterDate';
export type ExerciseErrors = Partial<Record<keyof IExerciseInput, ExerciseFieldError>>;
export type FollowUpErrors = Partial<Record<keyof IFollowUpAction, ExerciseFieldError>>;

export function followUpErrors(action: IFollowUpAction): FollowUpErrors {
  return withoutEmpty<FollowUpErrors>({
    title: checkLimitedText(action.title, { required: true, max: PDSA_LIMITS.activityTitle }),
    dueDate: dayError(action.dueDate, false),
    done: typeof action.done === 'boolean' ? undefined : 'invalidChoice'
  });
}

function followUpsError(actions: readonly IFollowUpAction[] | undefined): ExerciseFieldError | undefined {
  if (!actions) return undefined;
  if (actions.length > PDSA_LIMITS.followUpActions) return 'tooMany';
  for (const action of actions) {
    const errors = followUpErrors(action);
    const first = (Object.keys(errors) as (keyof IFollowUpAction)[])[0];
    if (first) return errors[first];
  }
  return undefined;
}

/** Every problem of a log entry; empty when it may be saved. An entry records what was held: never after today. */
export function exerciseErrors(input: IExerciseInput, context: { readonly units: readonly { readonly id: number }[] }, now: Date): ExerciseErrors {
  const dateError = dayError(input.date) || ((calendarDay(input.date) as number) > utcDay(now) ? 'inFuture' : undefined);
  const nextError =
    dayError(input.nextDueDate, false) ||
    (input.nextDueDate && !dateError && (calendarDay(input.nextDueDate) as number) <= (calendarDay(input.date) as number) ? 'notAfterDate' : undefined);
  return withoutEmpty<ExerciseErrors>({
    title: checkLimitedText(input.title, { required: true, max: PDSA_LIMITS.title }),
    date: dateError,
    unitId: input.unitId === undefined ? 'required' : context.units.some((unit) => unit.id === input.unitId) ? undefined : 'unknownUnit',
    kind: checkChoice(input.kind, EXERCISE_KINDS, true),
    scenario: checkLimitedText(input.scenario, { required: true, max: PDSA_LIMITS.scenario }),
    areas: !input.areas || input.areas.length === 0 ? 'required' : input.areas.every(isSecurityArea) ? undefined : 'invalidChoice',
    participants:
      input.participants === undefined || (Number.isInteger(input.participants) && input.participants >= 1 && input.participants <= PDSA_LIMITS.participants)
        ? undefined
        : 'invalidNumber',
    lessonsLearned: checkLimitedText(input.lessonsLearned, { max: PDSA_LIMITS.lessonsLearned }),
    followUpActions: followUpsError(input.followUpActions),
    nextDueDate: nextError
  });
}

/** How often units must exercise, and which. */
export interface IExerciseCadence {
  readonly unitIds: readonly number[];
  /** Months between exercises when an entry sets no next due date. */
  readonly months: number;
  /** Which entries count; default 'Övning'. */
  readonly kind?: ExerciseKind;
  /** List a unit this many days before its due day; default 0. */
  readonly soonDays?: number;
}

export interface IExerciseDue {
  readonly unitId: number;
  /** YYYY-MM-DD. */
  readonly dueDay: string;
  /** The latest counted exercise; absent when the unit has never exercised. */
  readonly lastExercise?: IExercise;
  readonly overdue: boolean;
  /** Days past the due day (negative: days left). */
  readonly daysOverdue: number;
}

/** The units due to exercise at `now`, most overdue first (see the block at the top). */
export function exercisesDue(exercises: readonly IExercise[], now: Date, cadence: IExerciseCadence): IExerciseDue[] {
  const today = utcDay(now);
  const kind = cadence.kind || 'Övning';
  const soonDays = cadence.soonDays || 0;
  const due: IExerciseDue[] = [];
  for (const unitId of cadence.unitIds) {
    let latest: IExercise | undefined;
    let latestDay = -Infinity;
    for (const exercise of exercises) {
      const day = calendarDay(exercise.date);
      if (exercise.unitId !== unitId || exercise.kind !== kind || day === undefined || day > today) continue;
      if (day >= latestDay) {
        latest = exercise;
        latestDay = day;
      }
    }
    const ownNext = latest ? calendarDay(latest.nextDueDate) : undefined;
    const dueDay = !latest ? today : ownNext !== undefined ? ownNext : addMonths(latestDay, cadence.months);
    const daysOverdue = daysBetween(dueDay, today);
    if (daysOverdue < -soonDays) continue;
    due.push({ unitId, dueDay: dayString(dueDay), ...(latest ? { lastExercise: latest } : {}), overdue: daysOverdue > 0, daysOverdue });
  }
  return due.sort((a, b) => b.daysOverdue - a.daysOverdue || a.unitId - b.unitId);
}

/** The region's cadence: every unit exercises at least every 12 months, listed 30 days ahead. */
export const EXERCISE_CADENCE_MONTHS = 12;
export const EXERCISE_SOON_DAYS = 30;
/**
 * How far back the log is read to find a unit's latest exercise. A unit whose latest exercise lies
 * further back is due today (as one that never exercised), which it is under any cadence shorter
 * than this.
 */
export const EXERCISE_LOOKBACK_MONTHS = 36;
