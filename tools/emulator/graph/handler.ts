/**
 * Microsoft Graph under `<origin>/graph/v1.0/…` (and `/graph/beta/…`): the user, the directory, mail,
 * and JSON `$batch`. Errors carry Graph's `{"error":{"code","message","innerError"}}` shape.
 * A user calls with delegated permissions (sends mail only as themself); a registered app with
 * application permissions User.Read.All and Mail.Send (any user's mail, but no /me).
 */
import { randomUUID } from 'node:crypto';
import { GraphError, graph, graphErrorBody } from '../errors';
import { EmuRequest, EmuResponse } from '../http/types';
import { appByClientId } from '../apps';
import { Caller, callerLabel, requestedCaller } from '../identity';
import { EmulatorState } from '../state';
import { sendMail } from './mail';
import { GraphUserRow, directReports, memberOf, parseGraphSelect, requireUser, searchUsers, userJson } from './users';

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
const MAX_BATCH = 20;

function ok(body: unknown, status = 200): EmuResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE }, body: JSON.stringify(body) };
}

function jsonObject(req: EmuRequest): Record<string, unknown> {
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  if (!type.startsWith('application/json')) throw new GraphError(415, 'UnsupportedMediaType', 'The Content-Type must be application/json.');
  let value: unknown;
  try {
    value = JSON.parse(req.body.toString('utf8'));
  } catch {
    throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new GraphError(400, 'BadRequest', 'The request body must be a JSON object.');
  return value as Record<string, unknown>;
}

function only(req: EmuRequest, method: string): void {
  if (req.method !== method) throw graph.methodNotAllowed();
}

/** The signed-in user, or an app calling as itself. */
type GraphCaller = { readonly kind: 'user'; readonly user: GraphUserRow } | { readonly kind: 'app'; readonly clientId: string };

function route(state: EmulatorState, req: EmuRequest, me: GraphCaller, segments: string[], baseUrl: string): EmuResponse {
  const db = state.db;
  const q = req.url.searchParams;
  let subject: GraphUserRow;
  let rest: string[];
  if (segments[0] === 'me') {
    if (me.kind === 'app') throw graph.badRequest('/me request is only valid with delegated authentication flow.');
    subject = me.user;
    rest = segments.slice(1);
  } else if (segments[0] === 'users') {
    if (segments.length === 1) {
      only(req, 'GET');
      return ok(searchUsers(db, q, req.headers, baseUrl));
    }
    subject = requireUser(db, segments[1]);
    rest = segments.slice(2);
  } else if (segments[0] === '$batch' && segments.length === 1) {
    throw graph.badRequest('A $batch cannot contain another $batch.');
  } else {
    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${segments[0] ?? ''}'.`);
  }
  const context = `${baseUrl}/$metadata`;
  if (rest.length === 0) {
    only(req, 'GET');
    const select = parseGraphSelect(q);
    return ok({ '@odata.context': `${context}#users/$entity`, ...userJson(subject, select) });
  }
  if (rest.length > 1) throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${rest[1]}'.`);
  switch (rest[0]) {
    case 'manager': {
      only(req, 'GET');
      if (!subject.ManagerId) throw graph.notFound('manager');
      const manager = requireUser(db, subject.ManagerId);
      return ok({ '@odata.context': `${context}#directoryObjects/$entity`, ...userJson(manager, parseGraphSelect(q), true) });
    }
    case 'directReports':
      only(req, 'GET');
      return ok({ '@odata.context': `${context}#directoryObjects`, value: directReports(db, subject.Id).map((u) => userJson(u, parseGraphSelect(q), true)) });
    case 'memberOf':
      only(req, 'GET');
      return ok({ '@odata.context': `${context}#directoryObjects`, value: memberOf(db, subject.Id) });
    case 'sendMail':
      only(req, 'POST');
      // Delegated permissions: a user sends as themself only; an app's Mail.Send covers every mailbox.
      if (me.kind === 'user' && subject.Id !== me.user.Id) throw graph.accessDenied();
      sendMail(db, subject, jsonObject(req), state.now());
      return { status: 202, headers: {}, body: '' };
    default:
      throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${rest[0]}'.`);
  }
}

function errorResponse(e: unknown, now: Date): EmuResponse {
  // A path segment with broken percent-encoding is the client's mistake (Graph answers 400), not a crash.
  if (e instanceof URIError) e = graph.badRequest('The request URL is not correctly percent-encoded.');
  const err = e instanceof GraphError ? e : new GraphError(500, 'generalException', `Unexpected error in the emulator: ${e instanceof Error ? e.message : String(e)}`);
  return { status: err.status, headers: { 'Content-Type': 'application/json' }, body: graphErrorBody(err, randomUUID(), now) };
}

function currentCaller(state: EmulatorState, caller: Caller | undefined): GraphCaller {
  if (!caller) throw graph.unauthenticated();
  if (caller.kind === 'app') {
    if (!appByClientId(state.db, caller.clientId)) throw new GraphError(401, 'InvalidAuthenticationToken', `The app '${caller.clientId}' is not registered in the emulator.`);
    return { kind: 'app', clientId: caller.clientId };
  }
  try {
    return { kind: 'user', user: requireUser(state.db, caller.upn) };
  } catch {
    throw new GraphError(401, 'InvalidAuthenticationToken', `The user '${caller.upn}' is not in the emulator's directory.`);
  }
}

function batch(state: EmulatorState, req: EmuRequest, me: GraphCaller, version: string, baseUrl: string): EmuResponse {
  only(req, 'POST');
  const body = jsonObject(req);
  const requests = body.requests;
  if (!Array.isArray(requests) || requests.length === 0) throw graph.badRequest("The batch must have a non-empty 'requests' array.");
  if (requests.length > MAX_BATCH) throw graph.badRequest(`The number of batch requests exceeds the limit of ${MAX_BATCH}.`);
  const ids = new Set<string>();
  const responses = requests.map((r: unknown) => {
    const p = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
    if (typeof p.id !== 'string' || p.id === '' || ids.has(p.id)) throw graph.badRequest('Each batch request needs a unique string id.');
    if (typeof p.method !== 'string' || typeof p.url !== 'string' || !p.url.startsWith('/')) throw graph.badRequest(`Batch request '${p.id}' needs a method and a relative url.`);
    if (p.dependsOn !== undefined) throw graph.badRequest('dependsOn is not supported by the emulator.');
    ids.add(p.id);
    const url = new URL(`${baseUrl}${p.url}`);
    const headers = new Map<string, string>(Object.entries((p.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if (p.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
    const inner: EmuRequest = { method: p.method.toUpperCase(), url, headers, body: Buffer.from(p.body === undefined ? '' : JSON.stringify(p.body)) };
    let res: EmuResponse;
    try {
      res = route(state, inner, me, url.pathname.slice(url.pathname.indexOf(`/${version}/`) + version.length + 2).split('/').filter(Boolean), baseUrl);
    } catch (e) {
      res = errorResponse(e, state.now());
    }
    const text = typeof res.body === 'string' ? res.body : res.body.toString('utf8');
    return { id: p.id, status: res.status, headers: res.headers, ...(text ? { body: JSON.parse(text) as unknown } : {}) };
  });
  return ok({ responses });
}

/** `graphPath` is the path after `/graph/`, e.g. `v1.0/me/manager`. */
export function handleGraph(state: EmulatorState, req: EmuRequest, graphPath: string): EmuResponse & { user?: string } {
  const caller = requestedCaller(req.headers);
  const user = callerLabel(caller);
  try {
    const [version, ...segments] = graphPath.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
    if (version !== 'v1.0' && version !== 'beta') throw new GraphError(400, 'BadRequest', `Invalid version: ${version ?? ''}`);
    const me = currentCaller(state, caller);
    const baseUrl = `${state.origin}/graph/${version}`;
    if (segments.length === 1 && segments[0] === '$batch') return { ...batch(state, req, me, version, baseUrl), user };
    return { ...route(state, req, me, segments, baseUrl), user };
  } catch (e) {
    return { ...errorResponse(e, state.now()), user };
  }
}
