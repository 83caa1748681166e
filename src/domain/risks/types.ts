/**
 * A risk in the register and what surrounds it. Pure data: the rules are in matrix.ts (scores and
 * levels), acceptance.ts (who may accept, staleness, expiry), review.ts (review cadence, reminders)
 * and riskValidation.ts (limits and dates).
 */
import { IPerson } from '../organisation';
import { SecurityArea } from '../securityAreas';
import { ActionStatus } from '../deviations/vocabulary';
import { AcceptanceState, CiaProperty, RiskSource, RiskStatus, RiskTreatment } from './vocabulary';

/** One assessment: a step on each axis of the matrix it was made with. */
export interface IAssessment {
  readonly likelihood: number;
  readonly consequence: number;
}

/** An assessment as the register shows it: its score and level on the matrix. */
export interface IScoredAssessment extends IAssessment {
  readonly score: number;
  /** The level's key in the matrix (e.g. 'low', 'medium', 'high', 'veryHigh'). */
  readonly levelKey: string;
}

export interface IRiskAcceptance {
  readonly state: AcceptanceState;
  readonly requestedBy?: IPerson;
  readonly requestedAt?: string;
  readonly decidedBy?: IPerson;
  readonly decidedAt?: string;
  readonly rationale?: string;
  /** ISO date the acceptance lapses (a decision must be renewed). */
  readonly expiresAt?: string;
  /** The current assessment the decision was about: a change to it makes the acceptance stale. */
  readonly acceptedAssessment?: IAssessment;
  /** The matrix version the accepted assessment was made with. */
  readonly acceptedMatrixVersion?: number;
  /** Why the owner asks for acceptance (optional). */
  readonly requestNote?: string;
  /** Ledger of the expiry reminders (30, 7 and 0 days before): the key last sent (review.ts). */
  readonly reminderSentFor?: string;
}

export interface IRisk {
  readonly id: number;
  readonly etag: string;
  /** RISK-00042: from the item id, never typed. */
  readonly riskNumber: string;
  readonly title: string;
  readonly cause?: string;
  readonly event?: string;
  readonly consequenceDescription?: string;
  readonly area: SecurityArea;
  readonly unit: { readonly id: number; readonly title: string };
  /** Asset, process or place. */
  readonly asset?: string;
  readonly source?: RiskSource;
  readonly threat?: string;
  readonly vulnerability?: string;
  /** Only for information and IT security. */
  readonly cia: readonly CiaProperty[];
  readonly existingControls?: string;
  readonly inherent?: IAssessment;
  readonly current?: IAssessment;
  /**
   * ISO instant the current assessment was last set or confirmed unchanged by the owner: a treatment
   * action closed after it asks for a reassessment (riskStatus.ts `needsReassessment`).
   */
  readonly currentAssessedAt?: string;
  readonly target?: IAssessment;
  /** The matrix version the assessments were made with. */
  readonly matrixVersion: number;
  readonly treatment?: RiskTreatment;
  readonly owner?: IPerson;
  readonly approver?: IPerson;
  readonly reviewIntervalMonths?: number;
  /** ISO date. */
  readonly nextReviewAt?: string;
  readonly status: RiskStatus;
  readonly acceptance?: IRiskAcceptance;
  /** Case numbers of the deviations that raised or updated the risk. */
  readonly linkedCases: readonly string[];
  /** The omvärldsbevakning entry that raised or last updated the risk. */
  readonly scanningEntryId?: number;
  /** The governing document that rules the risk's control. */
  readonly governingDocumentId?: number;
  readonly created: string;
  readonly modified: string;
  /** Ledger of the review reminder: the key last sent (review.ts), one per review date. */
  readonly reminderSentFor?: string;
}

/** What a person writes when they add or change a risk (everything else is derived or decided). */
export interface IRiskDraft {
  readonly title: string;
  readonly cause?: string;
  readonly event?: string;
  readonly consequenceDescription?: string;
  readonly area?: SecurityArea;
  readonly unitId?: number;
  readonly asset?: string;
  readonly source?: RiskSource;
  readonly threat?: string;
  readonly vulnerability?: string;
  readonly cia?: readonly CiaProperty[];
  readonly existingControls?: string;
  readonly inherent?: IAssessment;
  readonly current?: IAssessment;
  readonly target?: IAssessment;
  readonly treatment?: RiskTreatment;
  readonly ownerEmail?: string;
  readonly approverEmail?: string;
  readonly reviewIntervalMonths?: number;
  /** ISO date (YYYY-MM-DD). */
  readonly nextReviewAt?: string;
  /** The owner confirms the current assessment as it stands (after its treatment closed). */
  readonly confirmCurrent?: boolean;
}

/** A treatment action (riskåtgärd). */
export interface IRiskAction {
  readonly id: number;
  readonly etag: string;
  readonly riskId: number;
  readonly title: string;
  readonly owner?: IPerson;
  /** ISO date (midnight UTC of the due day). */
  readonly dueDate: string;
  /** SEK, whole kronor. */
  readonly costEstimate?: number;
  readonly status: ActionStatus;
  readonly effectCheck?: string;
  readonly completedAt?: string;
  /** Ledger of the overdue reminder to the action's owner: the key last sent (review.ts). */
  readonly reminderSentFor?: string;
}

/** The dimensions a consequence step gives examples for. */
export const CONSEQUENCE_DIMENSIONS = ['lifeAndHealth', 'operations', 'information', 'economy', 'reputation'] as const;
export type ConsequenceDimension = typeof CONSEQUENCE_DIMENSIONS[number];

/** A step on an axis, in the region's own words (stored Swedish; the region writes them). */
export interface IMatrixStep {
  /** 1-based. */
  readonly value: number;
  readonly name: string;
  readonly description: string;
}

export interface IConsequenceStep extends IMatrixStep {
  /** What this step means for each dimension, e.g. lifeAndHealth: 'Lindrig skada, ingen sjukskrivning'. */
  readonly examples: Readonly<Record<ConsequenceDimension, string>>;
}

/** A level of risk (e.g. Låg, Medel, Hög, Mycket hög), ordered from lowest to highest. */
export interface IRiskLevel {
  /** Stable ASCII key ('low', 'medium', 'high', 'veryHigh'). */
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** CSS colour (#rrggbb) for the heat map; never the only carrier of meaning. */
  readonly color: string;
  /** Months between reviews of a risk whose current assessment is at this level. */
  readonly reviewMonths: number;
}

/**
 * The region's risk matrix, a versioned configuration the security function edits. A stored risk
 * keeps the version it was assessed with; a new version re-maps it visibly (matrix.ts).
 */
export interface IRiskMatrix {
  readonly version: number;
  /** 'preset-4x4', 'preset-5x5' or 'custom'. */
  readonly basis: string;
  readonly likelihood: readonly IMatrixStep[];
  readonly consequence: readonly IConsequenceStep[];
  readonly levels: readonly IRiskLevel[];
  /** cells[likelihood - 1][consequence - 1] is a level key. */
  readonly cells: readonly (readonly string[])[];
  /** Per security area, the highest level a unit manager may accept; above it only the security function. */
  readonly appetite: Readonly<Record<SecurityArea, string>>;
  readonly changedAt?: string;
  readonly changedBy?: string;
}
