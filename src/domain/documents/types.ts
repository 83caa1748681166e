/** Governing documents as Trygg reads them from TryggStyrandeDokument and the lists beside it. */
import { IPerson } from '../organisation';
import { SecurityArea } from '../securityAreas';
import { ConsultationStatus, DocumentDecisionKind, DocumentStatus, GoverningDocumentType, InformationClass } from './vocabulary';

/** SharePoint's content approval state of the item's current version. */
export type ModerationState = 'approved' | 'pending' | 'rejected';

export interface IDocumentFile {
  readonly name: string;
  readonly serverRelativeUrl: string;
  readonly length: number;
}

/** Who must confirm they have read a published edition: people, and everyone in the units. */
export interface IReadAudience {
  readonly unitIds: readonly number[];
  readonly people: readonly IPerson[];
}

/**
 * One governing document, as the reader sees it: a reader gets the published version, someone who
 * may edit it the version in work (moderation 'pending' or 'rejected' while a draft or revision is
 * in work). The fields set at approval (edition, approvedOn, approvedByBody, validUntil) keep the
 * published values in a draft until the next approval.
 */
export interface IGoverningDocument {
  readonly id: number;
  readonly etag: string;
  readonly number: string;
  readonly title: string;
  readonly type: GoverningDocumentType;
  readonly owner: IPerson;
  readonly informationClass: InformationClass;
  readonly areas: readonly SecurityArea[];
  /** Absent: a regional document. */
  readonly scopeUnitId?: number;
  /** A unit's document: the regional document it supplements. */
  readonly supplementsId?: number;
  /** The document above it in the hierarchy (a riktlinje's strategi, an instruktion's riktlinje). */
  readonly parentId?: number;
  readonly reviewCycleMonths: number;
  readonly nextReviewAt?: string;
  readonly status: DocumentStatus;
  /** The published edition (utgåva), 0 before the first approval; read confirmations are per edition. */
  readonly edition: number;
  readonly approvedOn?: string;
  /** Fastställd av: the body or person who decided (Regionfullmäktige, Regiondirektör …). */
  readonly approvedByBody?: string;
  readonly effectiveFrom?: string;
  /** Giltig till och med. */
  readonly validUntil?: string;
  /** Upprättad av. */
  readonly preparedBy?: string;
  readonly lastReviewedAt?: string;
  readonly lastReviewedBy?: IPerson;
  /** Who registered it through the Trygg function: the author of its first version. */
  readonly registeredBy?: IPerson;
  readonly readConfirmation?: IReadAudience;
  readonly moderation: ModerationState;
  readonly moderationComment?: string;
  /** SharePoint's version label of what the user sees (e.g. "4.0"). */
  readonly version: string;
  readonly modified: string;
  readonly modifiedBy?: IPerson;
  readonly file?: IDocumentFile;
}

/** One entry of TryggDokumentbeslut, recorded by the Trygg function. */
export interface IDocumentDecision {
  readonly id: number;
  readonly documentId: number;
  readonly edition: number;
  readonly kind: DocumentDecisionKind;
  readonly decidedByBody?: string;
  readonly recordedBy: IPerson;
  readonly recordedAt: string;
  readonly note?: string;
  readonly effectiveFrom?: string;
  readonly validUntil?: string;
  readonly nextReviewAt?: string;
}

/** A consultation round (remiss): a copy of the draft sent to named people and units' managers. */
export interface IConsultationRound {
  readonly id: number;
  readonly documentId: number;
  readonly documentNumber: string;
  readonly title: string;
  /** SharePoint's version label of the draft that was copied. */
  readonly draftVersion: string;
  readonly recipients: readonly IPerson[];
  readonly recipientUnitIds: readonly number[];
  readonly deadline: string;
  readonly status: ConsultationStatus;
  readonly message?: string;
  readonly sentBy: IPerson;
  readonly sentAt: string;
  readonly closedAt?: string;
  readonly closingNote?: string;
  readonly file?: IDocumentFile;
}

export interface IConsultationComment {
  readonly id: number;
  readonly roundId: number;
  readonly documentId: number;
  readonly commenter: IPerson;
  readonly comment: string;
  readonly createdAt: string;
  readonly answer?: string;
  readonly answeredBy?: IPerson;
  readonly answeredAt?: string;
}

export interface IReadConfirmation {
  readonly id: number;
  readonly documentId: number;
  readonly edition: number;
  readonly reader: IPerson;
  readonly confirmedAt: string;
}
