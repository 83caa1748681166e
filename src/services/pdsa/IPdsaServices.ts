/**
 * What the goal, PDSA, self-assessment and home web parts ask (issue #14). Reads go to SharePoint
 * with the user's rights. Writes check Trygg's rule first (domain/pdsa/unitWork.ts: the security
 * function everywhere, a manager for the units in their line, regional goals the security
 * function only); SharePoint itself keeps employees out (members read, never write).
 */
import { IOrganisationUnit } from '../../domain/organisation';
import { SecurityArea } from '../../domain/securityAreas';
import { GoalErrors, IGoalInput, IGoalProgress, IMeasurementInput, IMeasurementPeriod, MeasurementErrors } from '../../domain/pdsa/goals';
import { ExerciseErrors, IExerciseDue, IExerciseInput } from '../../domain/pdsa/exercises';
import { ISelfAssessmentErrors, ISelfAssessmentInput, ISelfAssessmentSummary } from '../../domain/pdsa/selfAssessment';
import { IPdsaEvidence, IPdsaStatus, IRolledUpStatus } from '../../domain/pdsa/phases';
import { PdsaPhase } from '../../domain/pdsa/vocabulary';
import { IPdsaComment, IStoredExercise, IStoredGoal, IStoredMeasurement, IStoredSelfAssessment } from '../../domain/pdsa/repositories';

/** A save's outcome: saved, refused per field, not the user's to change, or a conflict with what is stored. */
export type SaveResult<TItem, TErrors> =
  | { readonly kind: 'saved'; readonly item: TItem }
  | { readonly kind: 'invalid'; readonly errors: TErrors }
  | { readonly kind: 'notPermitted' }
  | { readonly kind: 'conflict'; readonly theirs: TItem };

/** A goal with its measurements and where it stands now. */
export interface IGoalView {
  readonly goal: IStoredGoal;
  readonly measurements: readonly IStoredMeasurement[];
  readonly progress: IGoalProgress;
  readonly due: readonly IMeasurementPeriod[];
  /** Whether the signed-in user may edit it and add measurements. */
  readonly mayEdit: boolean;
}

export interface IGoalsService {
  /** The year's goals (regional and unit goals of `unitIds`, or every unit's), each with its measurements and light. */
  list(year: number, filter?: { readonly unitIds?: readonly number[]; readonly area?: SecurityArea }): Promise<IGoalView[]>;
  /** The year a goal belongs to (a link may name a goal of another year than the one shown); undefined when it cannot be seen. */
  yearOf(goalId: number): Promise<number | undefined>;
  /** The units the signed-in user may set goals for, and whether they may set regional goals. */
  editableScope(): Promise<{ readonly unitIds: readonly number[]; readonly regional: boolean }>;
  save(input: IGoalInput, clientRequestId: string, existing?: IStoredGoal): Promise<SaveResult<IStoredGoal, GoalErrors>>;
  addMeasurement(input: IMeasurementInput, clientRequestId: string): Promise<SaveResult<IStoredMeasurement, MeasurementErrors>>;
}

export interface IExercisesService {
  /** The year's exercises and trainings (of these units, when given), newest first. */
  list(year: number, unitIds?: readonly number[]): Promise<IStoredExercise[]>;
  save(input: IExerciseInput, clientRequestId: string, existing?: IStoredExercise): Promise<SaveResult<IStoredExercise, ExerciseErrors>>;
  /** Units due (or due within 30 days) to exercise, of those the user may see. */
  due(unitIds?: readonly number[]): Promise<IExerciseDue[]>;
}

export interface ISelfAssessmentService {
  /** The unit's assessment of the year, if one is started. */
  get(unitId: number, year: number): Promise<IStoredSelfAssessment | undefined>;
  save(input: ISelfAssessmentInput, clientRequestId: string, existing?: IStoredSelfAssessment): Promise<SaveResult<IStoredSelfAssessment, ISelfAssessmentErrors>>;
  /** The regional summary over these units (default: every unit). */
  summary(year: number, unitIds?: readonly number[]): Promise<ISelfAssessmentSummary>;
  /** The security function orders a targeted follow-up of chosen units (creates their assessment if needed). */
  orderFollowUp(year: number, unitIds: readonly number[], note: string, clientRequestId: string): Promise<SaveResult<readonly IStoredSelfAssessment[], { readonly note?: string; readonly unitIds?: string }>>;
}

/** One unit's evidence and derived state for a year (one area when filtered). */
export interface IUnitCycle {
  readonly unit: IOrganisationUnit;
  readonly year: number;
  readonly area?: SecurityArea;
  readonly evidence: IPdsaEvidence;
  readonly status: IPdsaStatus;
  readonly rolledUp: IRolledUpStatus;
  readonly comments: readonly IPdsaComment[];
  /** Whether the signed-in user may comment (their unit, or the security function). */
  readonly mayComment: boolean;
}

export interface IPdsaMatrix {
  readonly year: number;
  readonly area?: SecurityArea;
  readonly units: readonly IOrganisationUnit[];
  /** Each unit's own evidence (units without any are absent). */
  readonly evidence: ReadonlyMap<number, IPdsaEvidence>;
  readonly rolledUp: ReadonlyMap<number, IRolledUpStatus>;
  readonly comments: readonly IPdsaComment[];
}

export interface IPdsaDashboardService {
  /** Every unit × phase, rolled up the hierarchy, in a small fixed number of requests however many items lie behind it. */
  matrix(year: number, area?: SecurityArea): Promise<IPdsaMatrix>;
  cycle(unitId: number, year: number, area?: SecurityArea): Promise<IUnitCycle | undefined>;
  comment(unitId: number, year: number, phase: PdsaPhase, text: string, clientRequestId: string): Promise<SaveResult<IPdsaComment, { readonly comment?: string }>>;
}
