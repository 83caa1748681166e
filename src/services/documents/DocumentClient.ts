import { IConsultationComment, IConsultationRound, IDocumentDecision, IGoverningDocument } from '../../domain/documents/types';
import { IApprovalInput, IConsultationInput, IDocumentFileInput, IDocumentRegistration } from '../../domain/documents/inputs';
import { IDocumentGateway } from './IDocumentGateway';
import {
  DOCUMENT_PATHS,
  IApproveRequest,
  ICloseConsultationRequest,
  ICommentRequest,
  ICommentResponse,
  IConfirmReviewRequest,
  IDecisionRequest,
  IDecisionResponse,
  IDocumentResponse,
  IRegisterDocumentRequest,
  IRegisterDocumentResponse,
  IRoundResponse,
  ISendConsultationRequest,
  ISendConsultationResponse,
  toBase64
} from './documentProtocol';

/** One POST to the Trygg function, retried `attempts` times on throttling (ProtectedCaseClient's). */
export type FunctionPost = <T>(path: string, body: object, attempts: number) => Promise<T>;

const RETRIES = 4;

/**
 * The function's document operations over the protected-cases client's HTTP (same authentication,
 * retries and refusal mapping). Retried only where a replay cannot do a thing twice: a request id,
 * an ETag or the document's state stops it.
 */
export class DocumentClient implements IDocumentGateway {
  constructor(private readonly _post: FunctionPost) {}

  public async register(registration: IDocumentRegistration, file: IDocumentFileInput, clientRequestId: string): Promise<{ document: IGoverningDocument; created: boolean }> {
    const body: IRegisterDocumentRequest = { clientRequestId, registration, file: { name: file.name, contentBase64: toBase64(file.content) } };
    return this._post<IRegisterDocumentResponse>(DOCUMENT_PATHS.register, body, RETRIES);
  }

  public async confirmReview(documentId: number, etag: string, nextReviewAt: string, note?: string): Promise<IGoverningDocument> {
    const body: IConfirmReviewRequest = { etag, nextReviewAt, note };
    return (await this._post<IDocumentResponse>(DOCUMENT_PATHS.confirmReview(documentId), body, RETRIES)).document;
  }

  public async proposeWithdrawal(documentId: number, note: string): Promise<IDocumentDecision> {
    // Not guarded: a lost answer is left to the owner, who sees the proposal among the decisions.
    return (await this._post<IDecisionResponse>(DOCUMENT_PATHS.proposeWithdrawal(documentId), { note }, 1)).decision;
  }

  public async approve(documentId: number, etag: string, approval: IApprovalInput): Promise<IGoverningDocument> {
    const body: IApproveRequest = { etag, approval };
    return (await this._post<IDocumentResponse>(DOCUMENT_PATHS.approve(documentId), body, RETRIES)).document;
  }

  public async requestChanges(documentId: number, etag: string, note: string): Promise<IGoverningDocument> {
    const body: IDecisionRequest = { etag, note };
    return (await this._post<IDocumentResponse>(DOCUMENT_PATHS.requestChanges(documentId), body, RETRIES)).document;
  }

  public async withdraw(documentId: number, etag: string, note: string): Promise<IGoverningDocument> {
    const body: IDecisionRequest = { etag, note };
    return (await this._post<IDocumentResponse>(DOCUMENT_PATHS.withdraw(documentId), body, RETRIES)).document;
  }

  public async sendConsultation(documentId: number, consultation: IConsultationInput, clientRequestId: string): Promise<{ round: IConsultationRound; created: boolean }> {
    const body: ISendConsultationRequest = { clientRequestId, consultation };
    return this._post<ISendConsultationResponse>(DOCUMENT_PATHS.sendConsultation(documentId), body, RETRIES);
  }

  public async comment(roundId: number, text: string, clientRequestId: string): Promise<IConsultationComment> {
    const body: ICommentRequest = { clientRequestId, text };
    return (await this._post<ICommentResponse>(DOCUMENT_PATHS.comment(roundId), body, RETRIES)).comment;
  }

  public async answer(commentId: number, text: string): Promise<IConsultationComment> {
    // Writing the same answer again changes nothing.
    return (await this._post<ICommentResponse>(DOCUMENT_PATHS.answer(commentId), { text }, RETRIES)).comment;
  }

  public async closeConsultation(roundId: number, closingNote: string): Promise<IConsultationRound> {
    const body: ICloseConsultationRequest = { closingNote };
    // A closed round answers as it is.
    return (await this._post<IRoundResponse>(DOCUMENT_PATHS.closeConsultation(roundId), body, RETRIES)).round;
  }
}
