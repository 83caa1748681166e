import { addMonths, dayString, utcDay } from '../../domain/days';
import {
  EXERCISE_CADENCE_MONTHS,
  EXERCISE_LOOKBACK_MONTHS,
  EXERCISE_SOON_DAYS,
  ExerciseErrors,
  exerciseErrors,
  exercisesDue,
  IExerciseDue,
  IExerciseInput
} from '../../domain/pdsa/exercises';
import { IStoredExercise } from '../../domain/pdsa/repositories';
import { mayChangeUnitWork } from '../../domain/pdsa/unitWork';
import { IExercisesService, SaveResult } from './IPdsaServices';
import { ExerciseRepository } from './ExerciseRepository';
import { readsOf } from '../lists/sameTurnBatch';
import { IPdsaServiceDeps, savedOrConflict, workerAndUnits } from './pdsaServiceDeps';

/** The exercise and training log: public within the region, written by unitWork.ts's rule. */
export class ExercisesService implements IExercisesService {
  private readonly _exercises: ExerciseRepository;

  constructor(private readonly _deps: IPdsaServiceDeps) {
    this._exercises = new ExerciseRepository(_deps.sp, readsOf(_deps));
  }

  public list(year: number, unitIds?: readonly number[]): Promise<IStoredExercise[]> {
    return this._exercises.query({ from: `${year}-01-01`, to: `${year}-12-31`, unitIds });
  }

  public async save(input: IExerciseInput, clientRequestId: string, existing?: IStoredExercise): Promise<SaveResult<IStoredExercise, ExerciseErrors>> {
    const { worker, units } = await workerAndUnits(this._deps);
    const errors = exerciseErrors(input, { units }, this._deps.now());
    if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
    if (!mayChangeUnitWork(worker, input.unitId, units) || (existing && !mayChangeUnitWork(worker, existing.unitId, units))) return { kind: 'notPermitted' };
    if (!existing) return { kind: 'saved', item: (await this._exercises.add(input, clientRequestId)).item };
    return savedOrConflict(() => this._exercises.update(existing.id, existing.etag, input));
  }

  public async due(unitIds?: readonly number[]): Promise<IExerciseDue[]> {
    const now = this._deps.now();
    const scope = unitIds ? unitIds.slice() : (await this._deps.units.getAll()).map((unit) => unit.id);
    const exercises = await this._exercises.query({ from: dayString(addMonths(utcDay(now), -EXERCISE_LOOKBACK_MONTHS)), to: dayString(utcDay(now)), unitIds: scope });
    return exercisesDue(exercises, now, { unitIds: scope, months: EXERCISE_CADENCE_MONTHS, soonDays: EXERCISE_SOON_DAYS });
  }
}
