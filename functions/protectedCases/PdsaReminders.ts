/**
 * PDSA's part of the morning job (issue #14), each reminder once (mailOnce.ts, the ledger in
 * ReminderSentFor):
 * - A goal whose measurement is due (domain/pdsa/goals.ts measurementsDue) reminds its owner, or
 *   else its unit's acting manager, once per period: the ledger holds the latest missing period's
 *   first day. Goals of this year and last year are looked at, so a year's last period is still
 *   reminded of after New Year.
 * - A unit due to exercise within 30 days (domain/pdsa/exercises.ts exercisesDue, the region's
 *   cadence) reminds its acting manager once per due day: the ledger is on the unit's latest
 *   exercise. A unit that has never exercised has no entry to keep a ledger on; the dashboard and
 *   the home page show it.
 * Each reminder stands alone: one that fails is counted and tried again next run.
 */
import { randomUUID } from 'node:crypto';
import { addMonths, dayString, utcDay } from '../../src/domain/days';
import { ledgerKey, ledgerValue } from '../../src/domain/deviations/mailLedger';
import { IOrganisationUnit, IPerson } from '../../src/domain/organisation';
import { EXERCISE_CADENCE_MONTHS, EXERCISE_LOOKBACK_MONTHS, EXERCISE_SOON_DAYS, exercisesDue, IExerciseDue } from '../../src/domain/pdsa/exercises';
import { IMeasurementPeriod, measurementsDue } from '../../src/domain/pdsa/goals';
import { IStoredExercise, IStoredGoal, IStoredMeasurement } from '../../src/domain/pdsa/repositories';
import { exerciseDueMail, measurementDueMail } from '../../src/services/notifications/pdsaMails';
import { createPdsaRepositories, IPdsaRepositories } from '../../src/services/pdsa/pdsaRepositories';
import { IFunctionContext } from './functionContext';
import { sendOnce } from './mailOnce';
import type { Attempt } from './RiskReminders';

export interface IPdsaReminderSummary {
  /** Goals' owners (or unit managers) reminded of a measurement. */
  readonly measurements: number;
  /** Unit managers reminded to exercise. */
  readonly exercises: number;
}

/** Who acts for a unit: its manager, or the substitute while the manager is marked absent. */
function actingManager(unit: IOrganisationUnit | undefined): IPerson | undefined {
  if (!unit) return undefined;
  return unit.managerAbsent && unit.substitute ? unit.substitute : unit.manager;
}

export class PdsaReminders {
  private readonly _repositories: IPdsaRepositories;

  constructor(private readonly _context: IFunctionContext) {
    this._repositories = createPdsaRepositories(_context.sp);
  }

  public async run(attempt: Attempt): Promise<IPdsaReminderSummary> {
    const units = await this._context.units.getAll();
    let measurements = 0;
    let exercises = 0;
    for (const reminder of await this._measurementsDue()) {
      if (await attempt(() => this._remindMeasurement(reminder.goal, reminder.missing, units))) measurements += 1;
    }
    for (const due of await this._exercisesDue(units)) {
      if (await attempt(() => this._remindExercise(due, units))) exercises += 1;
    }
    return { measurements, exercises };
  }

  private async _measurementsDue(): Promise<{ goal: IStoredGoal; missing: IMeasurementPeriod[] }[]> {
    const now = this._context.now();
    const year = now.getUTCFullYear();
    const goals = ([] as IStoredGoal[]).concat(...(await Promise.all([year - 1, year].map((y) => this._repositories.goals.query({ year: y })))));
    const measurements = await this._repositories.measurements.forGoals(goals.map((goal) => goal.id));
    const byGoal = new Map<number, IStoredMeasurement[]>();
    for (const measurement of measurements) byGoal.set(measurement.goalId, [...(byGoal.get(measurement.goalId) || []), measurement]);
    return goals
      .map((goal) => ({ goal, missing: measurementsDue(goal, byGoal.get(goal.id) || [], now) }))
      .filter((entry) => entry.missing.length > 0 && ledgerKey(entry.goal.reminderSentFor) !== entry.missing[entry.missing.length - 1].start);
  }

  private async _remindMeasurement(goal: IStoredGoal, missing: IMeasurementPeriod[], units: readonly IOrganisationUnit[]): Promise<boolean> {
    const unit = goal.scopeUnitId !== undefined ? units.find((candidate) => candidate.id === goal.scopeUnitId) : units.find((candidate) => candidate.level === 'Region');
    const to = (goal.owner && goal.owner.email) || (goal.scopeUnitId !== undefined ? (actingManager(unit) || { email: '' }).email : '');
    if (!to) return false;
    const period = missing[missing.length - 1].start;
    const value = ledgerValue(period, randomUUID());
    const before = goal.reminderSentFor || '';
    const goals = this._repositories.goals;
    const outcome = await sendOnce(goal, {
      message: measurementDueMail(goal, unit ? unit.title : '', missing, to, this._context.links.goal(goal.id)),
      mark: (item) => goals.markReminded(item.id, item.etag, value),
      isOurs: (item) => item.reminderSentFor === value,
      isDue: (item) => ledgerKey(item.reminderSentFor) !== period,
      unmark: (item) => goals.markReminded(item.id, item.etag, before)
    }, this._context.mail, this._context.log);
    return outcome.sent;
  }

  private async _exercisesDue(units: readonly IOrganisationUnit[]): Promise<IExerciseDue[]> {
    const now = this._context.now();
    const unitIds = units.map((unit) => unit.id);
    const log = await this._repositories.exercises.query({ from: dayString(addMonths(utcDay(now), -EXERCISE_LOOKBACK_MONTHS)), to: dayString(utcDay(now)), unitIds });
    return exercisesDue(log, now, { unitIds, months: EXERCISE_CADENCE_MONTHS, soonDays: EXERCISE_SOON_DAYS }).filter((due) => {
      const last = due.lastExercise as IStoredExercise | undefined;
      return !!last && ledgerKey(last.reminderSentFor) !== due.dueDay;
    });
  }

  private async _remindExercise(due: IExerciseDue, units: readonly IOrganisationUnit[]): Promise<boolean> {
    const last = due.lastExercise as IStoredExercise | undefined;
    const unit = units.find((candidate) => candidate.id === due.unitId);
    const manager = actingManager(unit);
    if (!last || !unit || !manager || !manager.email) return false;
    const value = ledgerValue(due.dueDay, randomUUID());
    const before = last.reminderSentFor || '';
    const exercises = this._repositories.exercises;
    const outcome = await sendOnce(last, {
      message: exerciseDueMail(unit.title, due.dueDay, last, manager.email, this._context.links.exercises()),
      mark: (item) => exercises.markReminded(item.id, item.etag, value),
      isOurs: (item) => item.reminderSentFor === value,
      // A newer exercise, or a changed next date, is seen on the next run: this one's due day still stands.
      isDue: (item) => ledgerKey(item.reminderSentFor) !== due.dueDay,
      unmark: (item) => exercises.markReminded(item.id, item.etag, before)
    }, this._context.mail, this._context.log);
    return outcome.sent;
  }
}
