/**
 * What governing documents read and write; src/services/documents implements it on PnPjs. People
 * read with their own rights and the owner edits their draft; what only the Trygg function may do
 * (numbers, registration with permissions, approval, consultation, decisions) is in the `…Records`
 * interfaces, which the function alone uses.
 */
import { IPerson } from '../organisation';
import { SecurityArea } from '../securityAreas';
import { IConsultationComment, IConsultationRound, IDocumentDecision, IGoverningDocument, IReadAudience, IReadConfirmation, ModerationState } from './types';
import { IDocumentFileInput } from './inputs';
import { DocumentDecisionKind, DocumentStatus, GoverningDocumentType, InformationClass } from './vocabulary';

/** A query of TryggStyrandeDokument: every filter is on an indexed column and sent to SharePoint. */
export interface IDocumentQuery {
  readonly type?: GoverningDocumentType;
  readonly statuses?: readonly DocumentStatus[];
  readonly ownerId?: number;
  /** A unit's own documents (ScopeUnitId); with `withRegional` also the regional ones (no unit). */
  readonly unitId?: number;
  readonly withRegional?: boolean;
  /** Validity ending before this instant, or (with `reviewBefore`) the review due before it: either matches. */
  readonly validUntilBefore?: string;
  readonly reviewBefore?: string;
  /** Published on or before this instant (EffectiveFrom). */
  readonly effectiveBefore?: string;
  /** Only the documents that ask someone to confirm reading them. */
  readonly asksReadConfirmation?: boolean;
}

/** One page of a view in document-number order; `next` reads the following page. */
export interface IStoredDocumentPage {
  readonly documents: IStoredDocument[];
  next?(): Promise<IStoredDocumentPage>;
}

/** A document as stored: what the reader sees, with the morning job's reminder ledger. */
export interface IStoredDocument extends IGoverningDocument {
  readonly reminderSentFor?: string;
}

/** The columns a write sets; undefined leaves a column as it is. */
export interface IDocumentValues {
  readonly title?: string;
  readonly number?: string;
  readonly type?: GoverningDocumentType;
  readonly ownerId?: number;
  readonly informationClass?: InformationClass;
  readonly areas?: readonly SecurityArea[];
  readonly scopeUnitId?: number;
  readonly supplementsId?: number;
  readonly parentId?: number;
  readonly reviewCycleMonths?: number;
  readonly preparedBy?: string;
  readonly readConfirmation?: IReadAudience;
  /** The indexed marker of an audience; written with readConfirmation, and stamped by the function at approval. */
  readonly asksReadConfirmation?: boolean;
  readonly status?: DocumentStatus;
  readonly edition?: number;
  readonly approvedOn?: string;
  readonly approvedByBody?: string;
  readonly effectiveFrom?: string;
  readonly validUntil?: string;
  readonly nextReviewAt?: string;
  readonly lastReviewedAt?: string;
  readonly lastReviewedById?: number;
  readonly registeredById?: number;
  readonly reminderSentFor?: string;
}

export interface IGoverningDocumentRepository {
  query(query: IDocumentQuery): Promise<IStoredDocument[]>;
  /** The view's first `size` documents in number order, at any list size. */
  page(query: IDocumentQuery, size: number): Promise<IStoredDocumentPage>;
  /** The version the signed-in user may see; undefined when they may see none. */
  get(id: number): Promise<IStoredDocument | undefined>;
  /** The owner's edit, if the document is still at `etag`; otherwise a ConflictError with the stored document. */
  updateDraft(id: number, etag: string, values: IDocumentValues): Promise<IStoredDocument>;
  /**
   * A new file for a document (a revision, or a draft's new text), if the document is still at
   * `etag`: the values are written first under the ETag, then the content. Readers keep the
   * published version until the new one is approved.
   */
  uploadRevision(id: number, etag: string, file: IDocumentFileInput, values: IDocumentValues): Promise<IStoredDocument>;
}

/** The Trygg function's side of the library: it alone adds, numbers and approves. */
export interface IGoverningDocumentRecords extends IGoverningDocumentRepository {
  /** The numbers already taken with a prefix (an indexed startswith). */
  numbersWithPrefix(prefix: string): Promise<string[]>;
  byClientRequestId(clientRequestId: string): Promise<IStoredDocument | undefined>;
  /**
   * Uploads the file under `fileName` with its metadata, pending approval. A retry with the same
   * clientRequestId returns the first document with created false. A number (or file name) already
   * taken is a DocumentNumberTaken, after which nothing of this attempt is left.
   */
  add(fileName: string, content: ArrayBuffer, values: IDocumentValues, clientRequestId: string): Promise<{ document: IStoredDocument; created: boolean }>;
  /** Writes the values and sets the approval state in one call (SharePoint's ValidateUpdateListItem). */
  moderate(id: number, values: IDocumentValues, moderation: ModerationState, comment?: string): Promise<IStoredDocument>;
  /** The reminder ledger, under the ETag (ConflictError with the stored document). */
  markReminded(id: number, etag: string, value: string): Promise<IStoredDocument>;
  /** Who saved each version, newest first (site user ids), to tell the last editor of a pending version. */
  versionEditors(id: number): Promise<number[]>;
  /** Each version's editor and the values only the function sets, newest first. */
  versionValues(id: number): Promise<{ editorId?: number; number?: string; edition?: number; reminderSentFor?: string }[]>;
  /** The file's content as the app reads it (the current version). */
  content(id: number): Promise<ArrayBuffer>;
}

/** Thrown by `add` when the number or the file name is already taken: the caller takes the next number. */
export class DocumentNumberTaken extends Error {
  constructor(public readonly number: string) {
    super(`The document number ${number} is already taken.`);
    this.name = 'DocumentNumberTaken';
  }
}

export interface INewDocumentDecision {
  readonly documentId: number;
  readonly documentNumber: string;
  readonly edition: number;
  readonly kind: DocumentDecisionKind;
  readonly decidedByBody?: string;
  readonly recordedById: number;
  readonly recordedAt: string;
  readonly note?: string;
  readonly effectiveFrom?: string;
  readonly validUntil?: string;
  readonly nextReviewAt?: string;
}

export interface IDocumentDecisionRepository {
  /** Newest first. */
  listFor(documentId: number): Promise<IDocumentDecision[]>;
}

export interface IDocumentDecisionRecords extends IDocumentDecisionRepository {
  add(decision: INewDocumentDecision): Promise<IDocumentDecision>;
}

export interface INewConsultationRound {
  readonly documentId: number;
  readonly documentNumber: string;
  readonly title: string;
  readonly draftVersion: string;
  readonly recipients: readonly IPerson[];
  readonly recipientUnitIds: readonly number[];
  readonly deadline: string;
  readonly message?: string;
  readonly sentById: number;
  readonly sentAt: string;
}

export interface IConsultationRepository {
  /** The rounds of a document the signed-in user may see, newest first. */
  listFor(documentId: number): Promise<IConsultationRound[]>;
  /** Every round the signed-in user may see (their own item permissions), newest first. */
  visible(): Promise<IConsultationRound[]>;
  get(id: number): Promise<IConsultationRound | undefined>;
  /** Comments the signed-in user may see on a round, oldest first. */
  comments(roundId: number): Promise<IConsultationComment[]>;
  comment(id: number): Promise<IConsultationComment | undefined>;
}

export interface INewConsultationComment {
  readonly roundId: number;
  readonly documentId: number;
  readonly documentNumber: string;
  readonly commenterId: number;
  readonly text: string;
}

/** The function's side: it alone sends, comments, answers and closes. */
export interface IConsultationRecords extends IConsultationRepository {
  byClientRequestId(clientRequestId: string): Promise<IConsultationRound | undefined>;
  /** Adds the round with the copy of the draft; a retry with the same clientRequestId returns the first. */
  add(round: INewConsultationRound, fileName: string, content: ArrayBuffer, clientRequestId: string): Promise<{ round: IConsultationRound; created: boolean }>;
  close(id: number, closedAt: string, closingNote: string): Promise<IConsultationRound>;
  addComment(comment: INewConsultationComment, clientRequestId: string): Promise<{ comment: IConsultationComment; created: boolean }>;
  /**
   * Answers a comment once: `written` when this call stored the answer; an answer there first stays
   * (two owners answering at once: the second finds the first's).
   */
  answer(id: number, answer: string, answeredById: number, answeredAt: string): Promise<{ readonly comment: IConsultationComment; readonly written: boolean }>;
}

export interface IReadConfirmationRepository {
  /** The signed-in user's own confirmation (they are its author); a retry with the same clientRequestId adds nothing. */
  confirm(documentId: number, documentNumber: string, edition: number, clientRequestId: string): Promise<void>;
  /** The confirmations of an edition the signed-in user may see (owners and the security function: all). */
  listFor(documentId: number, edition: number): Promise<IReadConfirmation[]>;
  /** A reader's own confirmations (of one document, when given). */
  mine(readerId: number, documentId?: number): Promise<IReadConfirmation[]>;
}
