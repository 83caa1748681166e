/**
 * How the year's goals are laid out: each regional goal with the unit goals that contribute to it
 * beneath, then the unit goals whose regional goal is not in view. Pure, so the order is tested.
 */
import { IOrganisationUnit } from '../../domain/organisation';
import { GOAL_PRIORITIES } from '../../domain/pdsa/vocabulary';
import { GoalLight } from '../../domain/pdsa/goals';
import { IGoalView } from '../../services/pdsa/IPdsaServices';

export interface IGoalGroup {
  /** Absent: unit goals whose regional goal is not among those shown (none, or filtered out). */
  readonly regional?: IGoalView;
  readonly unitGoals: readonly IGoalView[];
}

/** Worst first within a priority, so what needs attention is read first. */
const LIGHT_ORDER: readonly GoalLight[] = ['offTrack', 'atRisk', 'noData', 'onTrack'];

function byPriorityThenLight(a: IGoalView, b: IGoalView): number {
  return (
    GOAL_PRIORITIES.indexOf(a.goal.priority) - GOAL_PRIORITIES.indexOf(b.goal.priority) ||
    LIGHT_ORDER.indexOf(a.progress.light) - LIGHT_ORDER.indexOf(b.progress.light) ||
    a.goal.title.localeCompare(b.goal.title, 'sv') ||
    a.goal.id - b.goal.id
  );
}

/** Regional goals by priority (then light, then title), each with its contributing unit goals in the same order. */
export function groupGoals(views: readonly IGoalView[]): IGoalGroup[] {
  const regional = views.filter((view) => view.goal.scopeUnitId === undefined).sort(byPriorityThenLight);
  const regionalIds = new Set(regional.map((view) => view.goal.id));
  const unitGoals = views.filter((view) => view.goal.scopeUnitId !== undefined).sort(byPriorityThenLight);
  const groups: IGoalGroup[] = regional.map((view) => ({
    regional: view,
    unitGoals: unitGoals.filter((unitGoal) => unitGoal.goal.parentGoalId === view.goal.id)
  }));
  const orphans = unitGoals.filter((view) => view.goal.parentGoalId === undefined || !regionalIds.has(view.goal.parentGoalId));
  return orphans.length > 0 ? groups.concat([{ unitGoals: orphans }]) : groups;
}

/** How many goals show each light, in LIGHT_ORDER, for the summary line above the list. */
export function lightCounts(views: readonly IGoalView[]): { readonly light: GoalLight; readonly count: number }[] {
  return LIGHT_ORDER.map((light) => ({ light, count: views.filter((view) => view.progress.light === light).length })).filter((entry) => entry.count > 0);
}

/** The unit's name, or undefined for a regional goal (or a unit the reader cannot see). */
export function unitTitle(units: readonly IOrganisationUnit[], unitId: number | undefined): string | undefined {
  if (unitId === undefined) return undefined;
  const unit = units.find((candidate) => candidate.id === unitId);
  return unit ? unit.title : undefined;
}

/** The years the picker offers: a few back for follow-up, the next for planning, and the goals' own. */
export function yearChoices(currentYear: number, selected: number): number[] {
  const years = new Set<number>([currentYear - 2, currentYear - 1, currentYear, currentYear + 1, selected]);
  return Array.from(years).sort((a, b) => b - a);
}
