/**
 * Hosts the protected-cases function (functions/protectedCases) inside the emulator, as Azure
 * Functions with App Service authentication would: the caller is the signed-in user (here the
 * emulator's user header or cookie, there the validated token), and the function reaches SharePoint
 * and Graph over HTTP as its own app registration, so its calls meet the same permissions, faults and
 * request log as everyone else's.
 */
import '../../node/spfxStrings';
import { IProtectedCaseFunctionOptions, ProtectedCaseFunction } from '../../../functions/protectedCases/ProtectedCaseFunction';
import { IScheduledJobSummary, ScheduledJob } from '../../../functions/protectedCases/ScheduledJob';
import { createGraph, createSp, LOCAL_PROTECTED_CASES_PATH } from '../../../src/services/createTryggServices';
import { PROTECTED_CASES_APP } from '../seed/protectedCases';
import { PERSONAS } from '../seed/personas';
import { MAIL_DOMAIN } from '../seed/organisation';
import { EmuRequest, EmuResponse } from '../http/types';
import { APP_HEADER, requestedUpn } from '../identity';
import { EmulatorState } from '../state';
import { ICaseLinks, pageLinks } from '../../../src/services/notifications/caseLinks';

/** Path under the origin where the function's routes start (`…/api/cases`). */
export const PROTECTED_CASES_FUNCTION_PATH = `${LOCAL_PROTECTED_CASES_PATH}/`;
/** The mailbox the function sends from: in Region Exempel, Trygg's administrator account. */
export const PROTECTED_CASES_MAILBOX = `${PERSONAS.admin.key}@${MAIL_DOMAIN}`;

const instances = new WeakMap<EmulatorState, ProtectedCaseFunction>();

/** Mails link to the local workbench, which serves the web parts on the emulator's origin. */
export function workbenchLinks(origin: string): ICaseLinks {
  return pageLinks(
    `${origin}/?webpart=deviationInbox&view=sharepoint`,
    `${origin}/?webpart=deviationReport&view=sharepoint`,
    `${origin}/?webpart=riskRegister&view=sharepoint`
  );
}

/** The same clients the web parts use locally, signed in as the app instead of a user. */
function functionOptions(state: EmulatorState): IProtectedCaseFunctionOptions {
  const clients = { siteUrl: `${state.origin}${state.sitePath}`, graphBaseUrl: `${state.origin}/graph`, headers: { [APP_HEADER]: PROTECTED_CASES_APP.clientId } };
  return {
    sp: createSp(clients),
    graph: createGraph(clients),
    mailbox: PROTECTED_CASES_MAILBOX,
    links: workbenchLinks(state.origin),
    now: state.now,
    log: state.functionLog
  };
}

function functionFor(state: EmulatorState): ProtectedCaseFunction {
  let instance = instances.get(state);
  if (!instance) {
    instance = new ProtectedCaseFunction(functionOptions(state));
    instances.set(state, instance);
  }
  return instance;
}

/** The function's timer job, run on demand: POST /_emulator/jobs/daily, or runScheduledJob() in tests. */
export function runScheduledJob(state: EmulatorState): Promise<IScheduledJobSummary> {
  return new ScheduledJob(functionOptions(state)).run();
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
