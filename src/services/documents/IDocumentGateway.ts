import { IConsultationComment, IConsultationRound, IDocumentDecision, IGoverningDocument } from '../../domain/documents/types';
import { IApprovalInput, IConsultationInput, IDocumentFileInput, IDocumentRegistration } from '../../domain/documents/inputs';

/**
 * What only the Trygg function does with governing documents, because it needs rights no user has
 * or a check no list permission can make: registration (a number, the upload with metadata, the
 * owner's permissions), a review that keeps the published version approved, decisions with four
 * eyes, and consultation rounds shared with their recipients. Refusals come back as a
 * ProtectedCaseError ('forbidden' with the domain's blockers in `fields`, 'invalid' with field
 * errors, 'notFound'); a stale ETag as a ConflictError with the stored document.
 */
export interface IDocumentGateway {
  /** A retry with the same clientRequestId returns the first document, with created false. */
  register(registration: IDocumentRegistration, file: IDocumentFileInput, clientRequestId: string): Promise<{ document: IGoverningDocument; created: boolean }>;
  confirmReview(documentId: number, etag: string, nextReviewAt: string, note?: string): Promise<IGoverningDocument>;
  proposeWithdrawal(documentId: number, note: string): Promise<IDocumentDecision>;
  approve(documentId: number, etag: string, approval: IApprovalInput): Promise<IGoverningDocument>;
  requestChanges(documentId: number, etag: string, note: string): Promise<IGoverningDocument>;
  withdraw(documentId: number, etag: string, note: string): Promise<IGoverningDocument>;
  sendConsultation(documentId: number, consultation: IConsultationInput, clientRequestId: string): Promise<{ round: IConsultationRound; created: boolean }>;
  comment(roundId: number, text: string, clientRequestId: string): Promise<IConsultationComment>;
  answer(commentId: number, text: string): Promise<IConsultationComment>;
  closeConsultation(roundId: number, closingNote: string): Promise<IConsultationRound>;
}
