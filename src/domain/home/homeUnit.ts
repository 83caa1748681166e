/**
 * "Min säkerhet" shows the person's unit: what it works on this year (its goals, which every member
 * may read) and, for those who lead or follow it up, its PDSA state.
 *
 * The unit is the one the person leads (manager, or acting substitute while the manager is away),
 * the highest such when several; otherwise the unit of their directory department. Its PDSA state is
 * counted by the dashboard's own rules (pdsa/evidence.ts countEvidence, pdsa/phases.ts) and rolled up
 * over the units below it, so a förvaltning's manager sees the förvaltning as the dashboard does.
 */
import { samePerson } from '../risks/acceptance';
import { IOrganisationUnit, IPerson, UNIT_LEVELS, unitAncestry } from '../organisation';
import { countEvidence, IEvidenceSources } from '../pdsa/evidence';
import { GoalLight, goalProgress, IGoal, IMeasurement } from '../pdsa/goals';
import { IPdsaStatus, IRolledUpStatus, pdsaStatus, rollUpPdsa } from '../pdsa/phases';
import { GOAL_PRIORITIES } from '../pdsa/vocabulary';

/** The units the person leads, highest level first. */
export function ledUnits(units: readonly IOrganisationUnit[], me: IPerson): IOrganisationUnit[] {
  return units
    .filter((unit) => samePerson(me, unit.manager) || (unit.managerAbsent && samePerson(me, unit.substitute)))
    .sort((a, b) => UNIT_LEVELS.indexOf(a.level) - UNIT_LEVELS.indexOf(b.level) || a.title.localeCompare(b.title, 'sv'));
}

/** The unit whose Department is the person's directory department. */
export function departmentUnit(units: readonly IOrganisationUnit[], department: string | undefined): IOrganisationUnit | undefined {
  const name = (department || '').trim();
  return name ? units.filter((unit) => unit.department === name)[0] : undefined;
}

/** The unit the home page is about: the one led, else the department's (see the top). */
export function homeUnit(units: readonly IOrganisationUnit[], me: IPerson, department: string | undefined): IOrganisationUnit | undefined {
  return ledUnits(units, me)[0] || departmentUnit(units, department);
}

/** The department's unit and the units above it: a read audience naming any of them asks the person. */
export function myAudienceUnitIds(units: readonly IOrganisationUnit[], department: string | undefined): number[] {
  const unit = departmentUnit(units, department);
  return unit ? unitAncestry(units, unit.id).map((entry) => entry.id) : [];
}

export interface IUnitGoal {
  readonly id: number;
  readonly title: string;
  readonly goal: IGoal;
  readonly light: GoalLight;
  /** 0..1, undefined without a measurement. */
  readonly progress?: number;
}

/** The unit's goals of the year with their light, the highest priority first, then by title. */
export function unitGoals(goals: readonly IGoal[], measurements: readonly IMeasurement[], unitId: number, year: number, now: Date): IUnitGoal[] {
  return goals
    .filter((goal) => goal.scopeUnitId === unitId && goal.year === year)
    .sort((a, b) => GOAL_PRIORITIES.indexOf(a.priority) - GOAL_PRIORITIES.indexOf(b.priority) || a.title.localeCompare(b.title, 'sv'))
    .map((goal) => {
      const progress = goalProgress(goal, measurements, now);
      return { id: goal.id, title: goal.title, goal, light: progress.light, progress: progress.progress };
    });
}

/** The unit's PDSA state for the year, rolled up over the units below it (pdsa/phases.ts rollUpPdsa). */
export function unitPdsa(units: readonly IOrganisationUnit[], sources: IEvidenceSources, unitId: number, year: number, now: Date): IRolledUpStatus | undefined {
  const own = new Map<number, IPdsaStatus>();
  countEvidence(sources, year, now).forEach((evidence, id) => own.set(id, pdsaStatus(evidence)));
  return rollUpPdsa(units, own).get(unitId);
}
