import { IDeviation, IDeviationAction, IDeviationDraft } from '../../domain/deviations/types';
import { IPerson } from '../../domain/organisation';
import { ConflictError } from '../errors';
import { IProtectedCaseGateway } from './IProtectedCaseGateway';
import { IRiskDecisionGateway } from '../risks/IRiskDecisionGateway';
import { IRiskDecision } from '../../domain/risks/repositories';
import { IAcceptanceDecision } from '../../domain/risks/acceptance';
import { DocumentClient } from '../documents/DocumentClient';
import { IDocumentGateway } from '../documents/IDocumentGateway';
import {
  IActionResponse,
  IAddActionRequest,
  ICaseResponse,
  IErrorResponse,
  IHandOverRequest,
  IProtectRequest,
  ISubmitRequest,
  ISubmitResponse,
  PROTECTED_CASES_PATHS,
  ProtectedCaseErrorCode
} from './protocol';

/** fetch as the host provides it: AadHttpClient in SharePoint (with a token for the function), plain fetch locally. */
export type FunctionFetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<Response>;

/** The function's answer when it is not a success: the status, the code and, on a conflict, the stored case. */
export class ProtectedCaseError extends Error {
  public readonly status: number;
  public readonly code: ProtectedCaseErrorCode;
  public readonly fields?: Readonly<Record<string, string>>;
  constructor(status: number, code: ProtectedCaseErrorCode, message: string, fields?: Readonly<Record<string, string>>) {
    super(message);
    this.name = 'ProtectedCaseError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

const RETRIES = 4;

/** Calls the Trygg function over HTTPS. */
export class ProtectedCaseClient implements IProtectedCaseGateway, IRiskDecisionGateway {
  private readonly _baseUrl: () => Promise<string>;
  private readonly _fetch: FunctionFetch;
  /** The function's governing-document operations, over this client's HTTP. */
  public readonly documents: IDocumentGateway;

  constructor(baseUrl: () => Promise<string>, fetchFunction: FunctionFetch) {
    this._baseUrl = baseUrl;
    this._fetch = fetchFunction;
    this.documents = new DocumentClient(<T>(path: string, body: object, attempts: number) => this._post<T>(path, body, attempts));
  }

  public async submit(clientRequestId: string, draft: IDeviationDraft): Promise<{ deviation: IDeviation; created: boolean }> {
    const body: ISubmitRequest = { clientRequestId, draft };
    // Idempotent by clientRequestId, so throttling and outages may be ridden out here.
    return this._post<ISubmitResponse>(PROTECTED_CASES_PATHS.submit, body, RETRIES);
  }

  public async handOver(deviation: IDeviation, to: IPerson, reason: IHandOverRequest['reason'], note?: string): Promise<IDeviation> {
    const body: IHandOverRequest = { etag: deviation.etag, toEmail: to.email, reason, note };
    // Guarded by the ETag: a replay after a lost answer meets a conflict, never a second handover.
    return (await this._post<ICaseResponse>(PROTECTED_CASES_PATHS.handOver(deviation.id), body, RETRIES)).deviation;
  }

  public async addAction(deviation: IDeviation, title: string, owner: IPerson, dueDate: string): Promise<IDeviationAction> {
    const body: IAddActionRequest = { title, ownerEmail: owner.email, dueDate };
    // Not idempotent: a lost answer is left to the user, who sees the actions list before adding again.
    return (await this._post<IActionResponse>(PROTECTED_CASES_PATHS.addAction(deviation.id), body, 1)).action;
  }

  public async protect(deviation: IDeviation): Promise<IDeviation> {
    const body: IProtectRequest = { etag: deviation.etag };
    return (await this._post<ICaseResponse>(PROTECTED_CASES_PATHS.protect(deviation.id), body, RETRIES)).deviation;
  }

  public async notify(deviation: IDeviation): Promise<IDeviation> {
    const path = deviation.store === 'protected' ? PROTECTED_CASES_PATHS.notify(deviation.id) : PROTECTED_CASES_PATHS.notifyOpen(deviation.id);
    // What is sent follows from the case and is marked on it: asking again sends nothing twice.
    return (await this._post<ICaseResponse>(path, {}, RETRIES)).deviation;
  }

  public async shareOpenAction(action: IDeviationAction): Promise<IDeviationAction> {
    return (await this._post<IActionResponse>(PROTECTED_CASES_PATHS.shareOpenAction(action.id), {}, RETRIES)).action;
  }

  public async requestAcceptance(riskId: number, note?: string): Promise<IRiskDecision> {
    // Refused when a request is already open, so a replay after a lost answer adds nothing.
    return (await this._post<{ decision: IRiskDecision }>(PROTECTED_CASES_PATHS.requestAcceptance(riskId), { note }, RETRIES)).decision;
  }

  public async decideAcceptance(riskId: number, decision: IAcceptanceDecision): Promise<IRiskDecision> {
    // Only an open request is decided, so a replay after a lost answer meets "not requested".
    return (await this._post<{ decision: IRiskDecision }>(PROTECTED_CASES_PATHS.decideAcceptance(riskId), decision, RETRIES)).decision;
  }

  private async _post<T>(path: string, body: object, attempts: number): Promise<T> {
    const url = `${(await this._baseUrl()).replace(/\/+$/, '')}/${path}`;
    for (let attempt = 1; ; attempt++) {
      const response = await this._fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body)
      });
      if (response.ok) return (await response.json()) as T;
      const transient = response.status === 429 || response.status === 503 || response.status === 504;
      if (transient && attempt < attempts) {
        await delay(retryAfterMs(response, attempt));
        continue;
      }
      throw await toError(response);
    }
  }
}

function retryAfterMs(response: Response, attempt: number): number {
  const header = Number(response.headers.get('Retry-After'));
  return Math.min(isFinite(header) && header > 0 ? header * 1000 : 400 * Math.pow(2, attempt - 1), 30000);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function toError(response: Response): Promise<Error> {
  let parsed: IErrorResponse | undefined;
  try {
    parsed = (await response.json()) as IErrorResponse;
  } catch {
    parsed = undefined;
  }
  if (response.status === 412 && parsed && parsed.current) return new ConflictError<IDeviation>(parsed.current);
  const error = parsed && parsed.error;
  return new ProtectedCaseError(
    response.status,
    error ? error.code : response.status >= 500 ? 'unavailable' : 'invalid',
    error ? error.message : `The protected-cases function answered ${response.status}.`,
    error ? error.fields : undefined
  );
}
