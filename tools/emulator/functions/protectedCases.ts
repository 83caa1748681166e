/**
 * Hosts the protected-cases function (functions/protectedCases) inside the emulator, as Azure
 * Functions with App Service authentication would: the caller is the signed-in user (here the
 * emulator's user header or cookie, there the validated token), and the function reaches SharePoint
 * and Graph over HTTP as its own app registration, so its calls meet the same permissions, faults and
 * request log as everyone else's.
 */
import '../../node/spfxStrings';
import { ProtectedCaseFunction } from '../../../functions/protectedCases/ProtectedCaseFunction';
import { createGraph, createSp, LOCAL_PROTECTED_CASES_PATH } from '../../../src/services/createTryggServices';
import { PROTECTED_CASES_APP } from '../seed/protectedCases';
import { PERSONAS } from '../seed/personas';
import { MAIL_DOMAIN } from '../seed/organisation';
import { EmuRequest, EmuResponse } from '../http/types';
import { APP_HEADER, requestedUpn } from '../identity';
import { EmulatorState } from '../state';

/** Path under the origin where the function's routes start (`…/api/cases`). */
export const PROTECTED_CASES_FUNCTION_PATH = `${LOCAL_PROTECTED_CASES_PATH}/`;
/** The mailbox the function sends from: in Region Exempel, Trygg's administrator account. */
export const PROTECTED_CASES_MAILBOX = `${PERSONAS.admin.key}@${MAIL_DOMAIN}`;

const instances = new WeakMap<EmulatorState, ProtectedCaseFunction>();

function functionFor(state: EmulatorState): ProtectedCaseFunction {
  let instance = instances.get(state);
  if (!instance) {
    // The same clients the web parts use locally, signed in as the app instead of a user.
    const options = { siteUrl: `${state.origin}${state.sitePath}`, graphBaseUrl: `${state.origin}/graph`, headers: { [APP_HEADER]: PROTECTED_CASES_APP.clientId } };
    instance = new ProtectedCaseFunction({ sp: createSp(options), graph: createGraph(options), mailbox: PROTECTED_CASES_MAILBOX, now: state.now, log: state.functionLog });
    instances.set(state, instance);
  }
  return instance;
}

function json(status: number, body: unknown): EmuResponse {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

/** `subPath` is what follows PROTECTED_CASES_FUNCTION_PATH, e.g. `cases/3/handover`. */
export async function handleProtectedCasesFunction(state: EmulatorState, req: EmuRequest, subPath: string): Promise<EmuResponse & { user?: string }> {
  const upn = requestedUpn(req.headers);
  let body: unknown;
  if (req.method !== 'GET') {
    if (!(req.headers.get('content-type') || '').toLowerCase().startsWith('application/json')) {
      return { ...json(415, { error: { code: 'invalid', message: 'The Content-Type must be application/json.' } }), user: upn };
    }
    try {
      body = JSON.parse(req.body.toString('utf8'));
    } catch {
      return { ...json(400, { error: { code: 'invalid', message: 'The body is not valid JSON.' } }), user: upn };
    }
  }
  const caller = upn ? { userPrincipalName: upn } : undefined;
  const result = await functionFor(state).handle(caller, req.method, subPath, body);
  return { ...json(result.status, result.body), user: upn };
}
