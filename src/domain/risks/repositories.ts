/** What the risk register reads and writes; src/services/risks implements it on PnPjs. */
import { IScanningDraft, IScanningEntry } from './scanning';
import { SecurityArea } from '../securityAreas';
import { ActionStatus } from '../deviations/vocabulary';
import { IAssessment, IRisk, IRiskAction, IRiskMatrix } from './types';
import { AcceptanceState, CiaProperty, RiskSource, RiskStatus, RiskTreatment } from './vocabulary';

/** How the register is sorted: on indexed columns only, so it holds at 50,000 risks. */
export type RiskSort = 'score' | 'nextReview' | 'newest';

export interface IRiskQuery {
  /** The units (already rolled up to include the units below). */
  readonly unitIds?: readonly number[];
  readonly area?: SecurityArea;
  readonly statuses?: readonly RiskStatus[];
  readonly levelKeys?: readonly string[];
  readonly ownerId?: number;
  /** Only risks whose next review is before this ISO instant (overdue or due soon). */
  readonly reviewBefore?: string;
  /** Only risks with a granted acceptance that lapses before this ISO instant (read from TryggRiskbeslut). */
  readonly acceptanceExpiresBefore?: string;
  /** Only the risks raised or last updated from this omvärldsbevakning entry. */
  readonly scanningEntryId?: number;
  /** Only these risks: what another list or a heat-map cell picked (read a chunk of ids at a time). */
  readonly ids?: readonly number[];
  readonly sort?: RiskSort;
  /** Risks per page (at most 500). */
  readonly pageSize?: number;
}

/** One page of the register, and the way to the next while there is one. */
export interface IRiskPage {
  readonly risks: IRisk[];
  next?(): Promise<IRiskPage>;
}

/** Everything a risk's values are written from: the draft as validated, with what the service derived. */
export interface IRiskValues {
  readonly title: string;
  readonly cause?: string;
  readonly event?: string;
  readonly consequenceDescription?: string;
  readonly area: SecurityArea;
  readonly unitId: number;
  readonly asset?: string;
  readonly source?: RiskSource;
  readonly threat?: string;
  readonly vulnerability?: string;
  readonly cia: readonly CiaProperty[];
  readonly existingControls?: string;
  readonly inherent?: IAssessment;
  readonly current?: IAssessment;
  readonly target?: IAssessment;
  /** Derived from the current assessment on the matrix, for indexed filtering and sorting. */
  readonly currentScore?: number;
  readonly currentLevel?: string;
  readonly currentAssessedAt?: string;
  readonly matrixVersion: number;
  readonly treatment?: RiskTreatment;
  readonly ownerId?: number;
  readonly approverId?: number;
  readonly reviewIntervalMonths?: number;
  readonly nextReviewAt?: string;
  readonly status: RiskStatus;
  readonly linkedCases: readonly string[];
  readonly scanningEntryId?: number;
  /** null unlinks the document (SharePoint clears a field with null; undefined leaves it). */
  // eslint-disable-next-line @rushstack/no-new-null
  readonly governingDocumentId?: number | null;
}

/** Where a risk sits on the matrix: what the heat map counts, and no more. */
export type IRiskPlacement = Pick<IRisk, 'id' | 'inherent' | 'current' | 'matrixVersion'>;

export interface IRiskRepository {
  query(query: IRiskQuery): Promise<IRiskPage>;
  /** Every matching risk's assessments only (a few columns), however many match. */
  placements(query: IRiskQuery): Promise<IRiskPlacement[]>;
  get(id: number): Promise<IRisk | undefined>;
  /** Adds once: a retry with the same clientRequestId returns the first risk, with created false. */
  add(values: IRiskValues, clientRequestId: string): Promise<{ risk: IRisk; created: boolean }>;
  /** Saves if the risk is still at `etag`; otherwise throws a ConflictError with the stored risk. */
  update(id: number, etag: string, values: Partial<IRiskValues>): Promise<IRisk>;
}

export interface INewRiskAction {
  readonly riskId: number;
  readonly title: string;
  readonly ownerId: number;
  readonly dueDate: string;
  readonly costEstimate?: number;
}

export interface IRiskActionRepository {
  listFor(riskId: number): Promise<IRiskAction[]>;
  add(action: INewRiskAction): Promise<IRiskAction>;
  /** Throws a ConflictError with the stored action when it changed since `etag`. */
  update(id: number, etag: string, changes: { status?: ActionStatus; completedAt?: string; effectCheck?: string }): Promise<IRiskAction>;
}

/** An acceptance request or decision as TryggRiskbeslut keeps it. */
export interface IRiskDecision {
  readonly id: number;
  readonly etag: string;
  readonly riskId: number;
  readonly state: AcceptanceState;
  readonly requestedBy?: { readonly id?: number; readonly displayName: string; readonly email: string };
  readonly requestedAt: string;
  readonly requestNote?: string;
  readonly decidedBy?: { readonly id?: number; readonly displayName: string; readonly email: string };
  readonly decidedAt?: string;
  readonly rationale?: string;
  readonly expiresAt?: string;
  readonly accepted?: IAssessment;
  readonly acceptedMatrixVersion?: number;
  readonly reminderSentFor?: string;
}

export interface IRiskDecisionRepository {
  /** Newest first. */
  listFor(riskId: number): Promise<IRiskDecision[]>;
}

export interface IRiskMatrixRepository {
  /** The newest version; undefined before the first is stored. */
  current(): Promise<IRiskMatrix | undefined>;
  /** Every version, oldest first: a stored risk is read on the version it was assessed with. */
  all(): Promise<IRiskMatrix[]>;
  /** Stores a new version (its number one above the newest). */
  add(matrix: IRiskMatrix): Promise<IRiskMatrix>;
}

/** Omvärldsbevakning entries in TryggOmvarldsbevakning (the security function writes, managers read). */
export interface IScanningRepository {
  /** Newest observation first; at most `top`. */
  list(top: number): Promise<IScanningEntry[]>;
  get(id: number): Promise<IScanningEntry | undefined>;
  /** Adds once: a retry with the same clientRequestId returns the first entry. */
  add(values: IScanningDraft, clientRequestId: string): Promise<IScanningEntry>;
  /** Saves if the entry is still at `etag`; otherwise throws a ConflictError with the stored entry. */
  update(id: number, etag: string, values: IScanningDraft): Promise<IScanningEntry>;
}
