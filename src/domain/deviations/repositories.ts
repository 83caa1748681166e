import { IOrganisationUnit, IPerson } from '../organisation';
import { SecurityArea } from '../securityAreas';
import { CaseStore, IDeviation, IDeviationAction, IDeviationDraft, IDeviationRow, IHistoryEntry, IMtoCause } from './types';
import {
  ActionStatus,
  ConsequenceLevel,
  DeviationStatus,
  DeviationType,
  MsbIncidentCategory,
  RoutingReason
} from './vocabulary';
import { RoutingFallback } from './routing';

/** A report on its way in: the draft, the client's id for it, and where it was routed. */
export interface IDeviationSubmission {
  readonly clientRequestId: string;
  readonly draft: IDeviationDraft;
  readonly reportedAt: string;
  readonly reporter: IPerson;
  readonly reporterUnitId?: number;
  readonly handler: IPerson;
  readonly routingReason: RoutingReason;
  readonly routingFallback?: RoutingFallback;
  readonly sensitive: boolean;
  /** The history to start with; by default the report itself. */
  readonly history?: readonly IHistoryEntry[];
}

export interface IDeviationQuery {
  readonly handlerIds?: readonly number[];
  readonly unitIds?: readonly number[];
  readonly reporterId?: number;
  readonly statuses?: readonly DeviationStatus[];
  readonly area?: SecurityArea;
  readonly type?: DeviationType;
  /** ISO instants bounding ReportedAt. */
  readonly reportedFrom?: string;
  readonly reportedTo?: string;
  /** Most items to return (newest first). */
  readonly top?: number;
}

/** The fields a handler changes; undefined leaves a field as it is. */
/** Handling fields a write may empty (sealing a report empties what its reporter could have sent). */
export type ClearableDeviationField =
  | 'feedback' | 'feedbackAt' | 'acknowledgedAt' | 'closedAt' | 'approvedById' | 'securityApprovedById'
  | 'securityApprovedAt' | 'rejectionReason' | 'handlerNotifiedAt' | 'actualConsequence' | 'potentialConsequence'
  | 'reporterNotified' | 'reminderSentFor';

/** What a write changes: undefined leaves a field as it is; `clear` empties fields. */
export interface IDeviationChanges {
  readonly status?: DeviationStatus;
  readonly type?: DeviationType;
  readonly area?: SecurityArea;
  readonly actualConsequence?: ConsequenceLevel;
  readonly potentialConsequence?: ConsequenceLevel;
  /** '' clears it (the area no longer takes an MSB category). */
  readonly msbCategory?: MsbIncidentCategory | '';
  readonly mtoCauses?: readonly IMtoCause[];
  readonly feedback?: string;
  readonly feedbackAt?: string;
  readonly acknowledgedAt?: string;
  readonly closedAt?: string;
  readonly approvedById?: number;
  readonly securityApprovedById?: number;
  readonly securityApprovedAt?: string;
  readonly rejectionReason?: string;
  readonly handlerId?: number;
  readonly routingReason?: RoutingReason;
  readonly routingFallback?: RoutingFallback;
  readonly handlerNotifiedAt?: string;
  readonly reporterNotified?: string;
  readonly reminderSentFor?: string;
  readonly sensitive?: boolean;
  readonly history?: readonly IHistoryEntry[];
  readonly clear?: readonly ClearableDeviationField[];
  /** Only when sealing a report: its reporter and time as SharePoint recorded them. */
  readonly reporterId?: number;
  readonly reportedAt?: string;
}

export interface IDeviationRepository {
  /**
   * Adds the report once: a retry with the same clientRequestId returns the first one, with
   * created false, so that the caller does not notify twice.
   */
  submit(submission: IDeviationSubmission, store?: CaseStore): Promise<{ deviation: IDeviation; created: boolean }>;
  /** In either store. */
  findByClientRequestId(clientRequestId: string): Promise<IDeviation | undefined>;
  getById(id: number, store?: CaseStore): Promise<IDeviation | undefined>;
  /** Both stores, as far as the user may read them, newest first. */
  query(query: IDeviationQuery): Promise<IDeviation[]>;
  /** As query, but only what a list of cases shows (no search by reporter). */
  queryRows(query: Omit<IDeviationQuery, 'reporterId'>): Promise<IDeviationRow[]>;
  /** Saves changes if the case is still at `etag`; otherwise throws a ConflictError with the current case. */
  update(id: number, etag: string, changes: IDeviationChanges, store?: CaseStore): Promise<IDeviation>;
}

export interface INewDeviationAction {
  readonly deviationId: number;
  readonly store?: CaseStore;
  readonly title: string;
  readonly ownerId: number;
  readonly dueDate: string;
}

export interface IDeviationActionRepository {
  listFor(deviationId: number, store?: CaseStore): Promise<IDeviationAction[]>;
  add(action: INewDeviationAction): Promise<IDeviationAction>;
  setStatus(id: number, etag: string, status: ActionStatus, completedAt?: string, store?: CaseStore): Promise<IDeviationAction>;
  /** Throws a ConflictError with the current action when it changed since `etag`. */
  setReminderSentFor(id: number, etag: string, value: string, store?: CaseStore): Promise<IDeviationAction>;
}

export interface IUnitRepository {
  getAll(): Promise<IOrganisationUnit[]>;
}
