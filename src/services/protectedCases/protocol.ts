/**
 * The contract between Trygg's web parts and the protected-cases function: what is sent and what
 * comes back, as JSON over HTTPS. Shared by the client (ProtectedCaseClient) and the function
 * (functions/protectedCases), so neither can drift from the other.
 */
import { IDeviation, IDeviationAction, IDeviationDraft } from '../../domain/deviations/types';
import { RoutingReason } from '../../domain/deviations/vocabulary';

export const PROTECTED_CASES_PATHS = {
  submit: 'cases',
  handOver: (caseId: number) => `cases/${caseId}/handover`,
  addAction: (caseId: number) => `cases/${caseId}/actions`,
  protect: (openCaseId: number) => `open-cases/${openCaseId}/protect`,
  notify: (caseId: number) => `cases/${caseId}/notify`,
  notifyOpen: (openCaseId: number) => `open-cases/${openCaseId}/notify`,
  shareOpenAction: (actionId: number) => `open-actions/${actionId}/share`,
  requestAcceptance: (riskId: number) => `risks/${riskId}/acceptance-request`,
  decideAcceptance: (riskId: number) => `risks/${riskId}/acceptance-decision`
} as const;

export interface ISubmitRequest {
  readonly clientRequestId: string;
  readonly draft: IDeviationDraft;
}

export interface ISubmitResponse {
  readonly deviation: IDeviation;
  /** False when an earlier attempt with the same clientRequestId had already landed. */
  readonly created: boolean;
}

/** Reassignment or escalation: who takes over, guarded by the ETag the caller saw. */
export interface IHandOverRequest {
  readonly etag: string;
  readonly toEmail: string;
  readonly reason: Extract<RoutingReason, 'Omfördelad' | 'Eskalerad'>;
  readonly note?: string;
}

export interface IAddActionRequest {
  readonly title: string;
  readonly ownerEmail: string;
  /** ISO 8601 date. */
  readonly dueDate: string;
}

export interface IProtectRequest {
  readonly etag: string;
}

export interface ICaseResponse {
  readonly deviation: IDeviation;
}

export interface IActionResponse {
  readonly action: IDeviationAction;
}

export type ProtectedCaseErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'invalid'
  | 'conflict'
  | 'notConfigured'
  | 'unavailable';

/** Every error answer: a code the client acts on and a message for logs; `current` on a conflict. */
export interface IErrorResponse {
  readonly error: { readonly code: ProtectedCaseErrorCode; readonly message: string; readonly fields?: Readonly<Record<string, string>> };
  readonly current?: IDeviation;
}

/** Where the local emulator hosts the function, under the site's origin. */
export const LOCAL_PROTECTED_CASES_PATH = '/functions/protected-cases/api';

/** The storage entities (tenant properties) that tell web parts where the function is. */
export const PROTECTED_CASES_SETTINGS = {
  url: 'TryggProtectedCasesUrl',
  resource: 'TryggProtectedCasesResource'
} as const;
