import { GoalErrors, goalErrors, goalProgress, IGoalInput, IMeasurementInput, MeasurementErrors, measurementErrors, measurementsDue } from '../../domain/pdsa/goals';
import { IStoredGoal, IStoredMeasurement } from '../../domain/pdsa/repositories';
import { changeableUnitIds, mayChangeUnitWork } from '../../domain/pdsa/unitWork';
import { SecurityArea } from '../../domain/securityAreas';
import { IGoalsService, IGoalView, SaveResult } from './IPdsaServices';
import { GoalRepository } from './GoalRepository';
import { MeasurementRepository } from './MeasurementRepository';
import { readsOf } from '../lists/sameTurnBatch';
import { IPdsaServiceDeps, savedOrConflict, workerAndUnits } from './pdsaServiceDeps';

export type { IPdsaServiceDeps };

/** Goals and their measurements: read with the user's rights, written by unitWork.ts's rule. */
export class GoalsService implements IGoalsService {
  private readonly _goals: GoalRepository;
  private readonly _measurements: MeasurementRepository;

  constructor(private readonly _deps: IPdsaServiceDeps) {
    // A year's goals and its measurements, asked together, share one $batch.
    const reads = readsOf(_deps);
    this._goals = new GoalRepository(_deps.sp, reads);
    this._measurements = new MeasurementRepository(_deps.sp, reads);
  }

  public async list(year: number, filter?: { readonly unitIds?: readonly number[]; readonly area?: SecurityArea }): Promise<IGoalView[]> {
    const [goals, ofYear, { worker, units }] = await Promise.all([
      this._goals.query({ year, unitIds: filter && filter.unitIds, area: filter && filter.area }),
      this._measurements.forYear(year),
      workerAndUnits(this._deps)
    ]);
    // More measurements in the year than SharePoint serves in one query: by the goals shown instead.
    const measurements = ofYear || (await this._measurements.forGoals(goals.map((goal) => goal.id)));
    const now = this._deps.now();
    return goals.map((goal): IGoalView => {
      const own = measurements.filter((measurement) => measurement.goalId === goal.id);
      return {
        goal,
        measurements: own,
        progress: goalProgress(goal, own, now),
        due: measurementsDue(goal, own, now),
        mayEdit: mayChangeUnitWork(worker, goal.scopeUnitId, units)
      };
    });
  }

  public async yearOf(goalId: number): Promise<number | undefined> {
    const goal = await this._goals.get(goalId);
    return goal ? goal.year : undefined;
  }

  public async editableScope(): Promise<{ readonly unitIds: readonly number[]; readonly regional: boolean }> {
    const { worker, units } = await workerAndUnits(this._deps);
    return { unitIds: changeableUnitIds(worker, units), regional: mayChangeUnitWork(worker, undefined, units) };
  }

  public async save(input: IGoalInput, clientRequestId: string, existing?: IStoredGoal): Promise<SaveResult<IStoredGoal, GoalErrors>> {
    const { worker, units } = await workerAndUnits(this._deps);
    const parent = input.parentGoalId !== undefined ? await this._goals.get(input.parentGoalId) : undefined;
    const errors = goalErrors(input, { units, goals: parent ? [parent] : [] }, existing && existing.id);
    if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
    // Both where the goal is and where it would go must be the user's to change.
    if (!mayChangeUnitWork(worker, input.scopeUnitId, units) || (existing && !mayChangeUnitWork(worker, existing.scopeUnitId, units))) {
      return { kind: 'notPermitted' };
    }
    if (!existing) return { kind: 'saved', item: (await this._goals.add(input, clientRequestId)).item };
    const saved = await savedOrConflict(() => this._goals.update(existing.id, existing.etag, input));
    // Measurements are found by their goal's year: a goal moved to another year takes them along,
    // on every save, so saving again mends a move that stopped half-way. The goal is saved either way.
    if (saved.kind === 'saved') await this._measurements.moveToYear(existing.id, saved.item.year).catch(() => undefined);
    return saved;
  }

  public async addMeasurement(input: IMeasurementInput, clientRequestId: string): Promise<SaveResult<IStoredMeasurement, MeasurementErrors>> {
    const [{ worker, units }, goal] = await Promise.all([workerAndUnits(this._deps), this._goals.get(input.goalId)]);
    const errors = measurementErrors(input, goal, this._deps.now());
    if (Object.keys(errors).length > 0 || !goal) return { kind: 'invalid', errors };
    // A measurement belongs to its goal's unit (a regional goal's to the security function).
    if (!mayChangeUnitWork(worker, goal.scopeUnitId, units)) return { kind: 'notPermitted' };
    return { kind: 'saved', item: (await this._measurements.add(input, goal.year, clientRequestId)).item };
  }
}
