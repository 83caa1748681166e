/**
 * The Trygg function's operations on governing documents: what is sent and what comes back, as
 * JSON over HTTPS, shared by the client (DocumentClient) and the function (functions/protectedCases).
 * Errors come back as the protected-cases protocol's IErrorResponse: 'forbidden' with the domain's
 * blockers in `fields` (domain/documents/lifecycle.ts), 'invalid' with the field errors, 'notFound'
 * for a document the caller may not see, 'conflict' (412) with the stored document in `current`.
 */
import { IConsultationComment, IConsultationRound, IDocumentDecision, IGoverningDocument } from '../../domain/documents/types';
import { IApprovalInput, IConsultationInput, IDocumentRegistration } from '../../domain/documents/inputs';

export const DOCUMENT_PATHS = {
  register: 'documents',
  confirmReview: (documentId: number) => `documents/${documentId}/review`,
  proposeWithdrawal: (documentId: number) => `documents/${documentId}/withdrawal-proposal`,
  approve: (documentId: number) => `documents/${documentId}/approval`,
  requestChanges: (documentId: number) => `documents/${documentId}/changes-request`,
  withdraw: (documentId: number) => `documents/${documentId}/withdrawal`,
  sendConsultation: (documentId: number) => `documents/${documentId}/consultations`,
  comment: (roundId: number) => `consultations/${roundId}/comments`,
  closeConsultation: (roundId: number) => `consultations/${roundId}/close`,
  answer: (commentId: number) => `consultation-comments/${commentId}/answer`
} as const;

/** A file in JSON: its name and its bytes in base64. */
export interface IEncodedFile {
  readonly name: string;
  readonly contentBase64: string;
}

export interface IRegisterDocumentRequest {
  readonly clientRequestId: string;
  readonly registration: IDocumentRegistration;
  readonly file: IEncodedFile;
}

export interface IDocumentResponse {
  readonly document: IGoverningDocument;
}

export interface IRegisterDocumentResponse extends IDocumentResponse {
  /** False when an earlier attempt with the same clientRequestId had already landed. */
  readonly created: boolean;
}

/** A review without change, guarded by the ETag the owner read. */
export interface IConfirmReviewRequest {
  readonly etag: string;
  readonly nextReviewAt: string;
  readonly note?: string;
}

export interface INoteRequest {
  readonly note: string;
}

/** Requested changes and withdrawal: the reason, guarded by the ETag the security function read. */
export interface IDecisionRequest extends INoteRequest {
  readonly etag: string;
}

export interface IApproveRequest {
  readonly etag: string;
  readonly approval: IApprovalInput;
}

export interface IDecisionResponse {
  readonly decision: IDocumentDecision;
}

export interface ISendConsultationRequest {
  readonly clientRequestId: string;
  readonly consultation: IConsultationInput;
}

export interface IRoundResponse {
  readonly round: IConsultationRound;
}

export interface ISendConsultationResponse extends IRoundResponse {
  readonly created: boolean;
}

export interface ICommentRequest {
  readonly clientRequestId: string;
  readonly text: string;
}

export interface IAnswerRequest {
  readonly text: string;
}

export interface ICommentResponse {
  readonly comment: IConsultationComment;
  readonly created?: boolean;
}

export interface ICloseConsultationRequest {
  readonly closingNote: string;
}

const CHUNK = 0x8000;

/** Base64 of bytes, in the browser and in Node alike. */
export function toBase64(content: ArrayBuffer): string {
  const bytes = new Uint8Array(content);
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(start, start + CHUNK)));
  return btoa(binary);
}
