/**
 * The HTTP front: reads bodies with a size limit, applies X-HTTP-Method, fault rules and the request log,
 * and hands `/sites/trygg/_api/…`, `/graph/…` and `/_emulator/…` to their handlers. Anything else goes
 * to an optional extra handler (the workbench's static files), so one server can serve both.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdmin } from './admin';
import { SpError, sp } from './errors';
import { FaultInjector } from './faults';
import { handleGraph } from './graph/handler';
import { handleProtectedCasesFunction, PROTECTED_CASES_FUNCTION_PATH, runScheduledJob } from './functions/protectedCases';
import { EmuRequest, EmuResponse, STATUS_TEXT, headersFrom, jsonResponse } from './http/types';
import { RequestLog } from './requestLog';
import { handleSharePoint, spErrorResponse } from './sharepoint/handler';
import { EmulatorState } from './state';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;
/** An extra handler may answer any request the emulator does not own; call `next()` to let it 404. */
export type ExtraHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const X_HTTP_METHODS = new Set(['MERGE', 'PATCH', 'PUT', 'DELETE']);

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('aborted')));
  });
}

function send(res: ServerResponse, response: EmuResponse, closeAfter = false): void {
  if (res.headersSent || res.destroyed) return;
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
  res.writeHead(response.status, STATUS_TEXT[response.status] ?? 'Status', {
    ...response.headers,
    'Content-Length': String(body.length),
    ...(closeAfter ? { Connection: 'close' } : {})
  });
  res.end(body);
}

function isGraphPath(pathname: string): boolean {
  return pathname.startsWith('/graph/');
}

export interface IEmulatorHttp {
  readonly handler: NodeHandler;
}

export function createRequestHandler(state: EmulatorState, faults: FaultInjector, log: RequestLog, extra?: ExtraHandler): NodeHandler {
  const apiPrefix = `${state.sitePath}/_api/`.toLowerCase();
  const apiRoot = `${state.sitePath}/_api`.toLowerCase();

  const process = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = Date.now();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', state.origin);
    } catch {
      send(res, spErrorResponse(sp.invalidQuery('The request URL is not valid.')));
      return;
    }
    const pathname = url.pathname;
    const lower = pathname.toLowerCase();
    const isFunction = pathname.startsWith(PROTECTED_CASES_FUNCTION_PATH);
    const ownsPath = lower.startsWith(apiPrefix) || lower === apiRoot || isGraphPath(pathname) || pathname.startsWith('/_emulator/') || isFunction;
    if (!ownsPath) {
      if (extra) extra(req, res, () => send(res, { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' }));
      else send(res, { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Not found' });
      return;
    }
    const headers = headersFrom(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v ?? '']));
    const xMethod = headers.get('x-http-method')?.toUpperCase();
    let method = (req.method ?? 'GET').toUpperCase();
    const pathAndQuery = `${pathname}${url.search}`;
    const finish = (response: EmuResponse & { user?: string; batchParts?: number }, fault?: string, closeAfter = false): void => {
      send(res, response, closeAfter);
      if (!pathname.startsWith('/_emulator/')) {
        log.record({ at: new Date(started).toISOString(), method, path: pathAndQuery, status: response.status, durationMs: Date.now() - started, user: response.user, batchParts: response.batchParts, fault });
      }
    };

    let body: Buffer;
    try {
      body = await readBody(req, state.maxBodyBytes);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        const err = sp.payloadTooLarge(state.maxBodyBytes);
        finish(isGraphPath(pathname) ? { status: 413, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ error: { code: 'RequestEntityTooLarge', message: err.message } }) } : spErrorResponse(err), undefined, true);
        req.resume();
      }
      return;
    }

    if (pathname === '/_emulator/jobs/daily') {
      finish(method === 'POST' ? jsonResponse(200, await runScheduledJob(state)) : jsonResponse(405, { error: { code: 'BadRequest', message: 'POST only' } }));
      return;
    }
    if (pathname.startsWith('/_emulator/')) {
      finish(handleAdmin(state, faults, log, { method, url, headers, body }, pathname.slice('/_emulator/'.length)));
      return;
    }
    if (method === 'POST' && xMethod) {
      if (!X_HTTP_METHODS.has(xMethod)) {
        finish(spErrorResponse(sp.invalidQuery(`The X-HTTP-Method '${xMethod}' is not supported.`)));
        return;
      }
      method = xMethod;
    }

    const fault = faults.match(method, pathAndQuery);
    if (fault?.kind === 'respond') {
      const retryHeaders: Record<string, string> = fault.status === 429 || fault.status === 503 ? { 'Retry-After': String(fault.retryAfter) } : {};
      const err = new SpError(fault.status, fault.status === 429 ? '-2147024860, Microsoft.SharePoint.SPQueryThrottledException' : '-1, System.Exception', fault.status === 429 ? 'The request has been throttled (emulator fault injection).' : `Service unavailable (emulator fault injection, status ${fault.status}).`, retryHeaders);
      finish(isGraphPath(pathname) ? { status: fault.status, headers: { 'Content-Type': 'application/json', ...retryHeaders }, body: JSON.stringify({ error: { code: fault.status === 429 ? 'TooManyRequests' : 'serviceNotAvailable', message: err.message } }) } : spErrorResponse(err), fault.ruleId);
      return;
    }
    if (fault?.kind === 'stall') await new Promise((resolve) => setTimeout(resolve, fault.ms));

    const emuReq: EmuRequest = { method, url, headers, body };
    const response = isFunction
      ? await handleProtectedCasesFunction(state, emuReq, pathname.slice(PROTECTED_CASES_FUNCTION_PATH.length))
      : isGraphPath(pathname)
      ? handleGraph(state, emuReq, pathname.slice('/graph/'.length))
      : await handleSharePoint(state, emuReq, pathname.length > apiPrefix.length ? pathname.slice(apiPrefix.length) : '');

    if (fault?.kind === 'lose') {
      // The work is done; the client never learns it.
      if (fault.as === 'reset') {
        log.record({ at: new Date(started).toISOString(), method, path: pathAndQuery, status: 0, durationMs: Date.now() - started, user: response.user, fault: fault.ruleId });
        res.socket?.destroy();
        return;
      }
      finish(spErrorResponse(new SpError(fault.status, '-1, System.Exception', `The response was lost (emulator fault injection, status ${fault.status}).`)), fault.ruleId);
      return;
    }
    finish(response, fault?.ruleId);
  };

  return (req, res) => {
    process(req, res).catch((e: unknown) => {
      // Last line of defence: never crash the server or leave a request hanging.
      send(res, spErrorResponse(new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `Unexpected error in the emulator: ${e instanceof Error ? e.message : String(e)}`)));
    });
  };
}
