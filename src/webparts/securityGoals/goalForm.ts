/**
 * The goal form as typed (numbers as text, so "12,5" and a half-typed value survive), the goal
 * input the service takes, and every problem before anything is sent: the domain's goalErrors and
 * activityErrors, plus the form's own (no scope chosen). Pure.
 */
import { ActivityErrors, activityErrors, GoalErrors, goalErrors, IGoalActivity, IGoalContext, IGoalInput } from '../../domain/pdsa/goals';
import { IStoredGoal } from '../../domain/pdsa/repositories';
import { GoalActivityStatus, GoalDirection, GoalPriority, MeasurementFrequency } from '../../domain/pdsa/vocabulary';
import { SecurityArea } from '../../domain/securityAreas';
import { editableNumber, parseDecimal } from './goalNumbers';

export const REGIONAL = 'regional';

export interface IActivityRow {
  /** Stable while rows are added and removed, so React keeps each row's field. */
  readonly key: string;
  readonly title: string;
  /** Kronor as typed. */
  readonly cost: string;
  readonly status: GoalActivityStatus;
}

export interface IGoalFormState {
  readonly title: string;
  /** A unit's id, REGIONAL, or undefined while not chosen. */
  readonly scope?: number | typeof REGIONAL;
  readonly parentGoalId?: number;
  readonly area?: SecurityArea;
  readonly priority?: GoalPriority;
  readonly indicator: string;
  readonly unitOfMeasure: string;
  readonly baseline: string;
  readonly target: string;
  readonly direction?: GoalDirection;
  /** YYYY-MM-DD, or empty. */
  readonly targetDate: string;
  readonly frequency?: MeasurementFrequency;
  readonly activities: readonly IActivityRow[];
  readonly year: string;
  readonly ownerId?: number;
}

export interface IGoalFormErrors {
  readonly goal: GoalErrors & { readonly scope?: 'required' };
  /** By row key. */
  readonly activities: Readonly<Record<string, ActivityErrors>>;
}

let rowCounter = 0;
export function newActivityRow(activity?: IGoalActivity, decimalMark = ','): IActivityRow {
  rowCounter += 1;
  return {
    key: `activity-${rowCounter}`,
    title: activity ? activity.title : '',
    cost: activity ? editableNumber(activity.costEstimate, decimalMark) : '',
    status: activity ? activity.status : 'Planerad'
  };
}

/** The form for a stored goal, or a new one of `year` with the given starting values. */
export function formFromGoal(goal: IStoredGoal | undefined, year: number, decimalMark: string, defaults: Partial<IGoalFormState> = {}): IGoalFormState {
  if (!goal) {
    return { title: '', indicator: '', unitOfMeasure: '', baseline: '', target: '', targetDate: `${year}-12-31`, activities: [], year: String(year), ...defaults };
  }
  return {
    title: goal.title,
    scope: goal.scopeUnitId === undefined ? REGIONAL : goal.scopeUnitId,
    parentGoalId: goal.parentGoalId,
    area: goal.area,
    priority: goal.priority,
    indicator: goal.indicator,
    unitOfMeasure: goal.unitOfMeasure,
    baseline: editableNumber(goal.baseline, decimalMark),
    target: editableNumber(goal.target, decimalMark),
    direction: goal.direction,
    targetDate: goal.targetDate.slice(0, 10),
    frequency: goal.frequency,
    activities: goal.activities.map((activity) => newActivityRow(activity, decimalMark)),
    year: String(goal.year),
    ownerId: goal.ownerId
  };
}

function activityFromRow(row: IActivityRow): IGoalActivity {
  return { title: row.title, costEstimate: parseDecimal(row.cost), status: row.status };
}

/**
 * The input as the service takes it: texts as typed (the service trims), numbers parsed. The
 * choices are cast as chosen; goalErrors refuses the ones left empty.
 */
export function inputFromForm(form: IGoalFormState): IGoalInput {
  const year = form.year.trim() === '' ? undefined : Number(form.year.trim());
  return {
    title: form.title,
    scopeUnitId: typeof form.scope === 'number' ? form.scope : undefined,
    // A regional goal contributes to nothing: a parent picked before the scope changed is dropped.
    parentGoalId: typeof form.scope === 'number' ? form.parentGoalId : undefined,
    area: form.area as SecurityArea,
    priority: form.priority as GoalPriority,
    indicator: form.indicator,
    unitOfMeasure: form.unitOfMeasure,
    baseline: parseDecimal(form.baseline) as number,
    target: parseDecimal(form.target) as number,
    direction: form.direction as GoalDirection,
    targetDate: form.targetDate,
    frequency: form.frequency as MeasurementFrequency,
    activities: form.activities.map(activityFromRow),
    year: year as number,
    ownerId: form.ownerId
  };
}

/** Every problem of the form, by field and by activity row; `selfId` when changing a stored goal. */
export function goalFormErrors(form: IGoalFormState, context: IGoalContext, selfId?: number): IGoalFormErrors {
  const goal: GoalErrors & { scope?: 'required' } = { ...goalErrors(inputFromForm(form), context, selfId) };
  if (form.scope === undefined) goal.scope = 'required';
  // Each row shows its own problems; the summary error on `activities` would only repeat one of them.
  if (goal.activities !== 'tooMany') delete goal.activities;
  const activities: Record<string, ActivityErrors> = {};
  for (const row of form.activities) {
    const errors = activityErrors(activityFromRow(row));
    if (Object.keys(errors).length > 0) activities[row.key] = errors;
  }
  return { goal, activities };
}

export function errorCount(errors: IGoalFormErrors): number {
  return Object.keys(errors.goal).length + Object.keys(errors.activities).reduce((sum, key) => sum + Object.keys(errors.activities[key]).length, 0);
}

/** The budget: the sum of the activities' cost estimates, cancelled ones not counted. */
export function totalCost(activities: readonly IGoalActivity[]): number {
  return activities.filter((activity) => activity.status !== 'Inställd').reduce((sum, activity) => sum + (activity.costEstimate || 0), 0);
}
