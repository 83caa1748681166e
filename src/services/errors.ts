/**
 * What went wrong, in words the UI can act on. PnPjs throws HttpRequestError with the response;
 * the Graph client throws GraphError with statusCode; fetch throws TypeError when offline.
 */
export type ErrorKind = 'conflict' | 'throttled' | 'network' | 'accessDenied' | 'notFound' | 'validation' | 'unknown';

export interface IClassifiedError {
  readonly kind: ErrorKind;
  readonly status?: number;
  readonly message: string;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === undefined) return undefined;
  const candidate = error as { status?: unknown; statusCode?: unknown; response?: { status?: unknown } };
  for (const value of [candidate.status, candidate.statusCode, candidate.response && candidate.response.status]) {
    if (typeof value === 'number' && value > 0) return value;
  }
  return undefined;
}

export function classifyError(error: unknown): IClassifiedError {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === 412 || status === 409) return { kind: 'conflict', status, message };
  if (status === 429 || status === 503 || status === 504) return { kind: 'throttled', status, message };
  if (status === 401 || status === 403) return { kind: 'accessDenied', status, message };
  if (status === 404) return { kind: 'notFound', status, message };
  if (status !== undefined && status >= 400 && status < 500) return { kind: 'validation', status, message };
  if (status === undefined && (error instanceof TypeError || /fetch|network|ECONNREFUSED|socket/i.test(message))) {
    return { kind: 'network', message };
  }
  return { kind: 'unknown', status, message };
}

/** Worth trying again later without the user changing anything. */
export function isTransient(error: unknown): boolean {
  const { kind, status } = classifyError(error);
  return kind === 'network' || kind === 'throttled' || (status || 0) >= 500;
}

/** Thrown by repositories when an update met a newer version: carries what is stored now. */
/** SharePoint's answer when a unique column already holds the value (a retry whose first attempt landed). */
export function isDuplicateValue(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /SPDuplicateValuesFoundException|duplicate values/i.test(text);
}

export class ConflictError<T> extends Error {
  public readonly current: T;
  constructor(current: T) {
    super('The item was changed by someone else.');
    this.name = 'ConflictError';
    this.current = current;
  }
}

/** The text SharePoint put in an error body, when there is one. */
export async function sharePointMessage(error: unknown): Promise<string | undefined> {
  const response = (error as { response?: Response }).response;
  if (!response || typeof response.clone !== 'function') return undefined;
  try {
    const body = await response.clone().json();
    const odataError = body['odata.error'] || (body.error as unknown);
    return odataError && odataError.message ? odataError.message.value || odataError.message : undefined;
  } catch {
    return undefined;
  }
}
