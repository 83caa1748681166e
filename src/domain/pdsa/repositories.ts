/**
 * What goals, measurements, exercises, self-assessments and PDSA comments read and write;
 * src/services/pdsa implements it on PnPjs. Every query filters on indexed columns only, so each
 * holds above the list view threshold (5,000 items).
 */
import { IPerson } from '../organisation';
import { SecurityArea } from '../securityAreas';
import { IGoal, IGoalInput, IMeasurement, IMeasurementInput } from './goals';
import { IExercise, IExerciseInput } from './exercises';
import { ISelfAssessment, ISelfAssessmentInput } from './selfAssessment';
import { PdsaPhase } from './vocabulary';

/** What every stored item carries besides its values: the ETag a save is guarded by, and who changed it last. */
export interface IStoredMeta {
  readonly etag: string;
  /** ISO instant. */
  readonly modified: string;
  readonly modifiedBy?: IPerson;
}

export interface IStoredGoal extends IGoal, IStoredMeta {
  readonly owner?: IPerson;
  /** The morning job's ledger: the period (start day) last reminded of. */
  readonly reminderSentFor?: string;
}

export interface IStoredMeasurement extends IMeasurement, IStoredMeta {
  readonly measuredBy?: IPerson;
  /** Its goal's year as stored with it (GoalYear), by which a year's measurements are found. */
  readonly goalYear?: number;
}

export interface IStoredExercise extends IExercise, IStoredMeta {
  readonly reminderSentFor?: string;
}

export interface IStoredSelfAssessment extends ISelfAssessment, IStoredMeta {
  readonly submittedBy?: IPerson;
}

export interface IPdsaComment {
  readonly id: number;
  readonly unitId: number;
  readonly year: number;
  readonly phase: PdsaPhase;
  readonly comment: string;
  readonly author?: IPerson;
  /** ISO instant. */
  readonly created: string;
}

export interface IGoalQuery {
  readonly year: number;
  /** Unit goals of these units; absent: every unit's. */
  readonly unitIds?: readonly number[];
  /** With the regional goals (no unit); default true. */
  readonly withRegional?: boolean;
  readonly area?: SecurityArea;
  readonly ownerId?: number;
}

/** Adds once: a retry with the same clientRequestId returns the first item, with created false. */
export interface IAdded<T> {
  readonly item: T;
  readonly created: boolean;
}

export interface IGoalRepository {
  query(query: IGoalQuery): Promise<IStoredGoal[]>;
  get(id: number): Promise<IStoredGoal | undefined>;
  add(input: IGoalInput, clientRequestId: string): Promise<IAdded<IStoredGoal>>;
  /** Saves if the goal is still at `etag`; otherwise throws a ConflictError with the stored goal. */
  update(id: number, etag: string, input: IGoalInput): Promise<IStoredGoal>;
}

export interface IMeasurementRepository {
  /** The measurements of these goals, oldest first (GoalId is indexed; read in chunks). */
  forGoals(goalIds: readonly number[]): Promise<IStoredMeasurement[]>;
  /**
   * The measurements of a year's goals, oldest first (GoalYear is indexed and written with each),
   * and any that carry no year; undefined when SharePoint will not serve them in one query (more
   * than 5,000 in a large list).
   */
  forYear(year: number): Promise<IStoredMeasurement[] | undefined>;
  /** Stores a measurement of a goal of `goalYear`. */
  add(input: IMeasurementInput, goalYear: number, clientRequestId: string): Promise<IAdded<IStoredMeasurement>>;
  /** A goal moved to another year takes its measurements along. */
  moveToYear(goalId: number, year: number): Promise<void>;
}

export interface IExerciseQuery {
  /** YYYY-MM-DD, inclusive. */
  readonly from: string;
  /** YYYY-MM-DD, inclusive. */
  readonly to: string;
  readonly unitIds?: readonly number[];
}

export interface IExerciseRepository {
  /** Newest first. */
  query(query: IExerciseQuery): Promise<IStoredExercise[]>;
  get(id: number): Promise<IStoredExercise | undefined>;
  add(input: IExerciseInput, clientRequestId: string): Promise<IAdded<IStoredExercise>>;
  update(id: number, etag: string, input: IExerciseInput): Promise<IStoredExercise>;
}

export interface ISelfAssessmentRepository {
  /** The year's assessments (of these units, when given). */
  forYear(year: number, unitIds?: readonly number[]): Promise<IStoredSelfAssessment[]>;
  get(id: number): Promise<IStoredSelfAssessment | undefined>;
  add(input: ISelfAssessmentInput, clientRequestId: string, submitter?: { readonly id: number; readonly at: string }): Promise<IAdded<IStoredSelfAssessment>>;
  update(id: number, etag: string, input: ISelfAssessmentInput, submitter?: { readonly id: number; readonly at: string }): Promise<IStoredSelfAssessment>;
}

export interface IPdsaCommentRepository {
  /** The year's comments (of one unit, when given), newest first. */
  forYear(year: number, unitId?: number): Promise<IPdsaComment[]>;
  add(comment: Pick<IPdsaComment, 'unitId' | 'year' | 'phase' | 'comment'>, clientRequestId: string): Promise<IAdded<IPdsaComment>>;
}
