/** The emulator's own request/response shapes: HTTP requests and `$batch` parts go through the same handlers. */
import type { Caller } from '../identity';

export interface EmuRequest {
  /** The effective method: X-HTTP-Method (MERGE, DELETE, PUT, PATCH) replaces POST, as SharePoint does. */
  readonly method: string;
  readonly url: URL;
  /** Lower-case header names. */
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Buffer;
  /** Set for parts of a `$batch`: they run as the batch's caller and are not logged on their own. */
  readonly batchCaller?: Caller;
}

export interface EmuResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | string;
}

export const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
};

export function headersFrom(init: Iterable<[string, string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [k, v] of init) map.set(k.toLowerCase(), v);
  return map;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

export function emptyResponse(status: number, headers: Record<string, string> = {}): EmuResponse {
  return { status, headers, body: '' };
}
