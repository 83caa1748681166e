import { IPerson } from '../organisation';
import { SecurityArea } from '../securityAreas';
import {
  ActionStatus,
  ConsequenceLevel,
  DeviationStatus,
  DeviationType,
  MsbIncidentCategory,
  MtoCategory,
  RoutingReason
} from './vocabulary';
import { RoutingFallback } from './routing';

/** One cause found in the MTO analysis. Stored as JSON in the case's MtoCauses field. */
export interface IMtoCause {
  readonly category: MtoCategory;
  readonly text: string;
}

/** One recorded transition or decision. Stored as JSON in the case's History field. */
export interface IHistoryEntry {
  /** ISO 8601 instant. */
  readonly at: string;
  readonly byName: string;
  readonly byEmail: string;
  readonly from?: DeviationStatus;
  readonly to: DeviationStatus;
  readonly note?: string;
}

/** What a reporter fills in. Only description, time and unit are required: reporters need not classify. */
export interface IDeviationDraft {
  readonly title: string;
  readonly description: string;
  /** ISO 8601 instant. */
  readonly occurredAt: string;
  readonly unitId?: number;
  readonly location?: string;
  readonly type?: DeviationType;
  readonly area?: SecurityArea;
  readonly immediateActions?: string;
  readonly involvesPersonalData: boolean;
  readonly suspectedCrime: boolean;
}

/**
 * Where a case is kept: the open deviations list, or the protected list whose items only the
 * security function, the reporter and the assigned handler can read.
 */
export type CaseStore = 'open' | 'protected';

/** A case by its list and item id (item ids repeat between the two lists). */
export interface ICaseRef {
  readonly id: number;
  readonly store: CaseStore;
}

export interface IDeviation extends ICaseRef {
  readonly caseNumber: string;
  readonly etag: string;
  readonly clientRequestId: string;
  readonly title: string;
  readonly description: string;
  readonly occurredAt: string;
  readonly reportedAt: string;
  readonly type?: DeviationType;
  readonly area?: SecurityArea;
  readonly unit?: { readonly id: number; readonly title: string };
  readonly reporterUnit?: { readonly id: number; readonly title: string };
  readonly location?: string;
  readonly immediateActions?: string;
  readonly involvesPersonalData: boolean;
  readonly suspectedCrime: boolean;
  readonly sensitive: boolean;
  readonly reporter?: IPerson;
  readonly handler?: IPerson;
  readonly routingReason?: RoutingReason;
  readonly routingFallback?: RoutingFallback;
  readonly handlerNotifiedAt?: string;
  /** The last news the reporter was mailed (mailLedger.ts). */
  readonly reporterNotified?: string;
  /** The due date the handler was last reminded of (mailLedger.ts). */
  readonly reminderSentFor?: string;
  readonly status: DeviationStatus;
  readonly actualConsequence?: ConsequenceLevel;
  readonly potentialConsequence?: ConsequenceLevel;
  readonly msbCategory?: MsbIncidentCategory;
  readonly mtoCauses: readonly IMtoCause[];
  readonly feedback?: string;
  readonly feedbackAt?: string;
  readonly acknowledgedAt?: string;
  readonly closedAt?: string;
  readonly approvedBy?: IPerson;
  readonly securityApprovedBy?: IPerson;
  readonly securityApprovedAt?: string;
  readonly rejectionReason?: string;
  readonly history: readonly IHistoryEntry[];
  /**
   * An open report nobody but its reporter has written yet (its first version): its handling
   * fields are shown as just reported, and the first write seals them (reportTrust.ts).
   */
  readonly asReported?: boolean;
}

/** A case as a list of cases shows it: no long texts, no history; the whole case is read when it is opened. */
export type IDeviationRow = Pick<IDeviation, 'id' | 'store' | 'caseNumber' | 'title' | 'reportedAt' | 'status' | 'type' | 'area' | 'unit' | 'handler'>;

export interface IDeviationAction {
  readonly id: number;
  readonly etag: string;
  readonly deviationId: number;
  /** The store of its case; a protected case's actions are protected too. */
  readonly store: CaseStore;
  readonly title: string;
  readonly owner?: IPerson;
  /** ISO 8601 date (midnight UTC of the due day). */
  readonly dueDate: string;
  readonly status: ActionStatus;
  readonly completedAt?: string;
  /** The due date the owner was last reminded of (mailLedger.ts). */
  readonly reminderSentFor?: string;
}
