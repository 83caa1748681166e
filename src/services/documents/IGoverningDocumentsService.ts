/**
 * What the governanceDocuments web part asks of governing documents. Reads and the owner's own
 * edits go to SharePoint with the user's rights; what needs a check no list permission can make
 * (registration with a number and the owner's permissions, reviews, consultation, approval,
 * withdrawal) goes through the Trygg function.
 */
import { IPerson } from '../../domain/organisation';
import { SecurityArea } from '../../domain/securityAreas';
import { IConsultationComment, IConsultationRound, IDocumentDecision, IGoverningDocument } from '../../domain/documents/types';
import { IApprovalInput, IConsultationInput, IDocumentDraftChanges, IDocumentFileInput, IDocumentRegistration } from '../../domain/documents/inputs';
import { DocumentStatus, GoverningDocumentType } from '../../domain/documents/vocabulary';

export type { IApprovalInput, IConsultationInput, IDocumentDraftChanges, IDocumentFileInput, IDocumentRegistration };

/** Filters of the flat list; each is sent to SharePoint where the column is indexed. */
export interface IDocumentFilter {
  readonly type?: GoverningDocumentType;
  readonly area?: SecurityArea;
  /** A unit's documents and the regional ones it follows. */
  readonly unitId?: number;
  readonly status?: DocumentStatus;
  readonly ownerId?: number;
  /** Validity or review ending within the queue horizon (90 days). */
  readonly expiringSoon?: boolean;
  /** Validity already ended. */
  readonly expired?: boolean;
  /** Words in the number or title. */
  readonly text?: string;
}

/** One page of the register in document-number order; `more` reads on from where it stopped. */
export interface IDocumentListPage {
  readonly documents: IGoverningDocument[];
  more?(): Promise<IDocumentListPage>;
}

/**
 * A queue whose members are known (which, how many) from a narrow read: the tab counts them at once,
 * and their documents are read whole a page at a time when the queue is shown.
 */
export interface IDocumentQueue {
  /** Changes whenever the members change: a view keys its pages on it. */
  readonly key: string;
  readonly total: number;
  first(): Promise<IDocumentListPage>;
}

/** A page of the register: enough to fill a screen, and one request at any list size. */
export const DOCUMENT_PAGE_SIZE = 50;

/** A document with everything its page shows. */
export interface IDocumentDetails {
  readonly document: IGoverningDocument;
  readonly decisions: readonly IDocumentDecision[];
  readonly rounds: readonly IConsultationRound[];
  /** Whether the signed-in user has confirmed reading the published edition (when asked to). */
  readonly readConfirmedByMe?: boolean;
}

/** Who has and has not confirmed reading an edition. */
export interface IReadStatus {
  readonly edition: number;
  readonly confirmed: readonly { readonly person: IPerson; readonly confirmedAt: string }[];
  readonly missing: readonly IPerson[];
}

export interface IGoverningDocumentsService {
  /** Every document the user may see, for the tree (a region has hundreds, not tens of thousands). */
  all(): Promise<IGoverningDocument[]>;
  /**
   * The register's first page for the filter. Refinements SharePoint cannot index (an area, words,
   * the exact due date) are applied to each page read, and a page reads on until it is full or has
   * read a bounded number of pages: it may then hold fewer, with `more` to read on.
   */
  list(filter: IDocumentFilter, pageSize?: number): Promise<IDocumentListPage>;
  /** Everyone who owns a document the user may see: the list's owner filter offers them all, not only those on the pages read. */
  owners(): Promise<IPerson[]>;
  details(id: number): Promise<IDocumentDetails | undefined>;
  /** The signed-in owner's documents whose review is due or validity ends within 90 days, and their drafts in work. */
  myQueue(): Promise<IGoverningDocument[]>;
  /** Drafts waiting for approval (the security function's queue), oldest change first. */
  awaitingApproval(pageSize?: number): Promise<IDocumentQueue>;
  /** Published documents that ask the signed-in user to confirm reading them and are not yet confirmed. */
  myReadingList(pageSize?: number): Promise<IDocumentQueue>;

  register(registration: IDocumentRegistration, file: IDocumentFileInput, clientRequestId: string): Promise<IGoverningDocument>;
  /** The owner's edit of a draft; a stale etag is a ConflictError with the stored document. */
  updateDraft(id: number, etag: string, changes: IDocumentDraftChanges): Promise<IGoverningDocument>;
  /** Starts a revision (a new draft beside the published version) or replaces the draft's file. */
  uploadFile(id: number, etag: string, file: IDocumentFileInput): Promise<IGoverningDocument>;
  startRevision(id: number, etag: string): Promise<IGoverningDocument>;
  confirmReview(id: number, etag: string, nextReviewAt: string, note?: string): Promise<IGoverningDocument>;
  proposeWithdrawal(id: number, note: string): Promise<IDocumentDecision>;

  sendConsultation(id: number, input: IConsultationInput, clientRequestId: string): Promise<IConsultationRound>;
  /** Rounds the signed-in user is asked to answer, open ones first. */
  myConsultations(): Promise<IConsultationRound[]>;
  comments(roundId: number): Promise<IConsultationComment[]>;
  comment(roundId: number, text: string, clientRequestId: string): Promise<IConsultationComment>;
  answer(commentId: number, text: string): Promise<IConsultationComment>;
  closeConsultation(roundId: number, closingNote: string): Promise<IConsultationRound>;

  approve(id: number, etag: string, input: IApprovalInput): Promise<IGoverningDocument>;
  requestChanges(id: number, etag: string, note: string): Promise<IGoverningDocument>;
  withdraw(id: number, etag: string, note: string): Promise<IGoverningDocument>;

  confirmRead(id: number, edition: number, clientRequestId: string): Promise<void>;
  readStatus(id: number): Promise<IReadStatus>;
}
