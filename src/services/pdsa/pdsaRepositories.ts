/**
 * The PDSA repositories over one PnPjs instance: what the services, the dashboard and the Trygg
 * function's morning job read and write goals, measurements, exercises, self-assessments and
 * comments through.
 */
import { SPFI } from '@pnp/sp';
import { GoalRepository } from './GoalRepository';
import { MeasurementRepository } from './MeasurementRepository';
import { ExerciseRepository } from './ExerciseRepository';
import { SelfAssessmentRepository } from './SelfAssessmentRepository';
import { PdsaCommentRepository } from './PdsaCommentRepository';

export { GoalRepository, MeasurementRepository, ExerciseRepository, SelfAssessmentRepository, PdsaCommentRepository };

export interface IPdsaRepositories {
  readonly goals: GoalRepository;
  readonly measurements: MeasurementRepository;
  readonly exercises: ExerciseRepository;
  readonly selfAssessments: SelfAssessmentRepository;
  readonly comments: PdsaCommentRepository;
}

export function createPdsaRepositories(sp: SPFI): IPdsaRepositories {
  return {
    goals: new GoalRepository(sp),
    measurements: new MeasurementRepository(sp),
    exercises: new ExerciseRepository(sp),
    selfAssessments: new SelfAssessmentRepository(sp),
    comments: new PdsaCommentRepository(sp)
  };
}
