import * as strings from 'SecurityFollowUpWebPartStrings';
import { descendantUnitIds, IOrganisationUnit } from '../../domain/organisation';
import { calendarDay, utcDay } from '../../domain/days';
import { ExerciseKind } from '../../domain/pdsa/vocabulary';
import { IExercise, IExerciseDue, IFollowUpAction } from '../../domain/pdsa/exercises';
import { format } from '../../common/format';
import { formatDate } from '../../components/dates';
import { frontLineUnitIds } from './summaryView';

/** What the log shows: one unit and those below it, one kind; absent means all. */
export interface IExerciseFilter {
  readonly unitId?: number;
  readonly kind?: ExerciseKind;
}

/** The entries of the unit (with the units below it, as the line organisation answers for them) and kind. */
export function filterExercises<T extends IExercise>(exercises: readonly T[], filter: IExerciseFilter, units: readonly IOrganisationUnit[]): T[] {
  const unitIds = filter.unitId !== undefined ? new Set(descendantUnitIds(units, filter.unitId)) : undefined;
  return exercises.filter((exercise) => (!unitIds || unitIds.has(exercise.unitId)) && (!filter.kind || exercise.kind === filter.kind));
}

/**
 * The units whose due exercises the list asks for: the chosen unit's line, or a manager's own
 * units, or all; only those that exercise (frontLineUnitIds), so a förvaltning is not listed as
 * never having exercised when its units have.
 */
export function dueScope(filter: IExerciseFilter, units: readonly IOrganisationUnit[], changeable: readonly number[], securityFunction: boolean): number[] {
  const frontLine = frontLineUnitIds(units);
  const wanted =
    filter.unitId !== undefined ? descendantUnitIds(units, filter.unitId) : !securityFunction && changeable.length > 0 ? changeable.slice() : undefined;
  return wanted ? frontLine.filter((id) => wanted.indexOf(id) >= 0) : frontLine;
}

export function doneText(done: boolean): string {
  return done ? strings.ActionDone : strings.ActionOpen;
}

export type FollowUpState = 'done' | 'overdue' | 'open';

/** Done, open, or open past its due day. */
export function followUpState(action: IFollowUpAction, now: Date): FollowUpState {
  if (action.done) return 'done';
  const due = calendarDay(action.dueDate);
  return due !== undefined && due < utcDay(now) ? 'overdue' : 'open';
}

/** "2 av 3 klara". */
export function followUpSummary(actions: readonly IFollowUpAction[]): string {
  if (actions.length === 0) return strings.NoFollowUps;
  return format(strings.FollowUpsDone, actions.filter((action) => action.done).length, actions.length);
}

function days(count: number): string {
  return count === 1 ? strings.OneDay : format(strings.ManyDays, count);
}

/** Where a unit stands with its next exercise, in words (the domain's exercisesDue gives the facts). */
export function dueText(due: IExerciseDue): string {
  if (!due.lastExercise) return strings.DueNever;
  if (due.overdue) return format(strings.DueOverdue, days(due.daysOverdue), formatDate(due.dueDay));
  if (due.daysOverdue === 0) return format(strings.DueToday, formatDate(due.dueDay));
  return format(strings.DueSoon, formatDate(due.dueDay), days(-due.daysOverdue));
}

/** "Senaste övning 12 mars 2026: Utrymning vid brand". */
export function lastExerciseText(due: IExerciseDue): string | undefined {
  return due.lastExercise ? format(strings.LastExercise, formatDate(due.lastExercise.date), due.lastExercise.title) : undefined;
}

/** This year first, then the `back` years before it (the log and the questionnaire are yearly). */
export function yearsToShow(now: Date, back: number): number[] {
  const current = now.getUTCFullYear();
  const years: number[] = [];
  for (let year = current; year >= current - back; year--) years.push(year);
  return years;
}
