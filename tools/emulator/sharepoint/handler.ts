/** Entry point for `/sites/trygg/_api/…`: identity, metadata mode, path parsing, errors in SharePoint's shape. */
import { SpError, sp, spErrorBody } from '../errors';
import { parseApiPath } from '../http/odataPath';
import { EmuRequest, EmuResponse } from '../http/types';
import { callerLabel, requestedCaller, resolveCaller } from '../identity';
import { metadataMode } from '../odata/format';
import { EmulatorState, siteUrl } from '../state';
import { handleBatch } from './batch';
import { routeSharePoint } from './router';

export function spErrorResponse(e: SpError): EmuResponse {
  return {
    status: e.status,
    headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8', ...e.headers },
    body: spErrorBody(e)
  };
}

function asSpError(e: unknown): SpError {
  if (e instanceof SpError) return e;
  if (e instanceof URIError) return sp.invalidQuery('The request URL is not correctly percent-encoded.');
  // An emulator bug must not look like success or kill the server: answer 500 in SharePoint's shape.
  const message = e instanceof Error ? e.message : String(e);
  return new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `Unexpected error in the emulator: ${message}`);
}

/** `apiPath` is the (still percent-encoded) path after `/_api/`. */
export async function handleSharePoint(state: EmulatorState, req: EmuRequest, apiPath: string): Promise<EmuResponse & { user?: string }> {
  const caller = req.batchCaller ?? requestedCaller(req.headers);
  const label = callerLabel(caller);
  try {
    const user = caller && resolveCaller(state.db, caller);
    if (!caller || !user) throw sp.unauthenticated();
    if (apiPath.toLowerCase() === '$batch') {
      if (req.batchCaller) throw sp.badRequest('A $batch cannot contain another $batch.');
      if (req.method !== 'POST') throw sp.methodNotAllowed(req.method, req.url.pathname);
      return { ...(await handleBatch(state, req, caller)), user: label };
    }
    const query = req.url.searchParams;
    const ctx = { state, req, user, mode: metadataMode(req.headers.get('accept')), query, siteUrl: siteUrl(state) };
    const segments = parseApiPath(decodeURIComponent(apiPath), query);
    return { ...routeSharePoint(ctx, segments), user: label };
  } catch (e) {
    return { ...spErrorResponse(asSpError(e)), user: label };
  }
}
