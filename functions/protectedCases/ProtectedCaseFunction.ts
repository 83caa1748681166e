/**
 * The protected-cases function: the one component that runs with rights no user has (an Azure AD
 * app with Sites.Selected "fullcontrol" on the Trygg site, Graph User.Read.All and Mail.Send).
 * SharePoint lets only Full Control break permission inheritance, and SPFx code runs as the user, so
 * a reporter's own request cannot let their manager read a protected report. This does, and no more:
 * it checks who calls (from the validated token), recomputes what the caller may not be trusted with
 * (routing, who may act), and keeps each protected item readable only by the reporter (Read), the
 * assigned handler (Contribute) and the security function (from the list).
 *
 * Framework-free: azureFunction.ts hosts it in Azure Functions, the local emulator hosts it as is.
 */
import { IDeviation, IDeviationAction, IHistoryEntry } from '../../src/domain/deviations/types';
import { validateDraft } from '../../src/domain/deviations/draftValidation';
import { decideRouting } from '../../src/domain/deviations/routing';
import { isOpen, requiresSecurityApproval } from '../../src/domain/deviations/workflow';
import { hasErrors } from '../../src/domain/validation';
import { handoverNote } from '../../src/domain/deviations/mailLedger';
import { DeviationRepository } from '../../src/services/deviations/DeviationRepository';
import { ACTION_LISTS, CASE_LISTS } from '../../src/services/deviations/caseLists';
import { regionalSecurityFunction } from '../../src/services/deviations/DeviationReportingService';
import { ConflictError, classifyError } from '../../src/services/errors';
import { IErrorResponse } from '../../src/services/protectedCases/protocol';
import { InvalidRequest, readAddAction, readHandOver, readSubmit } from './requestBodies';
import { functionContext, IFunctionContext, IProtectedCaseFunctionOptions } from './functionContext';
import { ISiteUser } from './sitePrincipals';
import { notFound, Refusal } from './refusal';
import { requireHolder } from './caseAccess';
import { OpenCaseRequests } from './OpenCaseRequests';
import { RiskAcceptanceRequests } from './RiskAcceptanceRequests';
import { DocumentOperations } from './DocumentOperations';
import { ProtectedCaseArchive } from './ProtectedCaseArchive';
import { IFunctionLog } from './functionLog';

export type { IFunctionLog, IProtectedCaseFunctionOptions };

/** Who called, as the validated token says (Easy Auth in Azure, the user header in the emulator). */
export interface ICaller {
  readonly userPrincipalName: string;
}

export interface IFunctionResponse {
  readonly status: number;
  readonly body: unknown;
}

type Operation = 'submit' | 'handOver' | 'addAction' | 'notify' | 'protect' | 'notifyOpen' | 'shareOpenAction' | 'requestAcceptance' | 'decideAcceptance' | 'archive';

const ROUTES: readonly { method: string; pattern: RegExp; op: Operation }[] = [
  { method: 'POST', pattern: /^cases$/, op: 'submit' },
  { method: 'POST', pattern: /^cases\/(\d{1,9})\/handover$/, op: 'handOver' },
  { method: 'POST', pattern: /^cases\/(\d{1,9})\/actions$/, op: 'addAction' },
  { method: 'POST', pattern: /^cases\/(\d{1,9})\/notify$/, op: 'notify' },
  { method: 'POST', pattern: /^open-cases\/(\d{1,9})\/protect$/, op: 'protect' },
  { method: 'POST', pattern: /^open-cases\/(\d{1,9})\/notify$/, op: 'notifyOpen' },
  { method: 'POST', pattern: /^open-actions\/(\d{1,9})\/share$/, op: 'shareOpenAction' },
  { method: 'POST', pattern: /^risks\/(\d{1,9})\/acceptance-request$/, op: 'requestAcceptance' },
  { method: 'POST', pattern: /^risks\/(\d{1,9})\/acceptance-decision$/, op: 'decideAcceptance' },
  { method: 'POST', pattern: /^archive$/, op: 'archive' }
];

export class ProtectedCaseFunction {
  private readonly _context: IFunctionContext;
  private readonly _openCases: OpenCaseRequests;
  private readonly _riskAcceptance: RiskAcceptanceRequests;
  private readonly _documents: DocumentOperations;

  constructor(options: IProtectedCaseFunctionOptions) {
    this._context = functionContext(options);
    this._openCases = new OpenCaseRequests(this._context);
    this._riskAcceptance = new RiskAcceptanceRequests(this._context);
    this._documents = new DocumentOperations(this._context);
  }

  /** One HTTP request: `path` is what follows the function's base URL, e.g. `cases/42/handover`. */
  public async handle(caller: ICaller | undefined, method: string, path: string, body: unknown): Promise<IFunctionResponse> {
    try {
      if (!caller || !caller.userPrincipalName) throw new Refusal(401, 'unauthenticated', 'Sign in to use the protected-cases function.');
      const clean = path.replace(/^\/+|\/+$/g, '');
      // Governing documents and their consultation rounds have routes of their own.
      const documentOperation = this._documents.match(clean);
      if (documentOperation) {
        if (method.toUpperCase() !== 'POST') throw new Refusal(405, 'invalid', 'Document operations take POST.');
        return await documentOperation(await this._context.people.byUpn(caller.userPrincipalName), body);
      }
      const route = ROUTES.filter((r) => r.pattern.test(clean))[0];
      if (!route) throw new Refusal(404, 'notFound', 'No such operation.');
      if (route.method !== method.toUpperCase()) throw new Refusal(405, 'invalid', `${route.op} takes ${route.method}.`);
      const id = Number((route.pattern.exec(clean) || [])[1]);
      const me = await this._context.people.byUpn(caller.userPrincipalName);
      switch (route.op) {
        case 'submit': {
          const result = await this._submit(me, body);
          return { status: result.created ? 201 : 200, body: result };
        }
        case 'handOver':
          return { status: 200, body: { deviation: await this._handOver(me, id, body) } };
        case 'addAction':
          return { status: 201, body: { action: await this._addAction(me, id, body) } };
        case 'notify':
          return { status: 200, body: { deviation: await this._notifyProtected(me, id) } };
        case 'notifyOpen':
          return { status: 200, body: { deviation: await this._openCases.notify(me, id) } };
        case 'shareOpenAction':
          return { status: 200, body: { action: await this._openCases.shareAction(me, id) } };
        case 'requestAcceptance':
          return { status: 201, body: { decision: await this._riskAcceptance.request(me, id, body) } };
        case 'decideAcceptance':
          return { status: 200, body: { decision: await this._riskAcceptance.decide(me, id, body) } };
        case 'archive':
          // Moving cases out of everyone's views is the security function's call (or the morning job's).
          if (!me.isSecurityFunction) throw new Refusal(403, 'forbidden', 'Only the security function may archive protected cases.');
          return { status: 200, body: { archive: await new ProtectedCaseArchive(this._context).run() } };
        default:
          return { status: 201, body: { deviation: await this._openCases.protect(me, id, body) } };
      }
    } catch (error) {
      return this._errorResponse(error);
    }
  }

  private async _submit(me: ISiteUser, body: unknown): Promise<{ deviation: IDeviation; created: boolean }> {
    const { clientRequestId, draft } = readSubmit(body);
    const now = this._context.now();
    const errors = validateDraft(draft, now);
    if (hasErrors(errors)) throw new InvalidRequest(errors as Record<string, string>);
    if (!requiresSecurityApproval(draft)) throw new Refusal(400, 'invalid', 'Only threats and violence, personal data or suspected crime are protected cases.');

    const earlier = await this._context.cases.findByClientRequestId(clientRequestId);
    if (earlier) return { deviation: await this._resume(me, earlier), created: false };
    const units = await this._context.units.getAll();
    if (!units.some((unit) => unit.id === draft.unitId)) throw new InvalidRequest({ unitId: 'invalidChoice' });
    const [profile, managerLookup] = await Promise.all([this._context.directory.user(me.userPrincipalName), this._context.directory.managerOf(me.userPrincipalName)]);
    const reporterUnit = units.filter((unit) => !!profile.department && unit.department === profile.department)[0];
    const routing = decideRouting({
      reporter: me,
      managerLookup,
      reporterUnitId: reporterUnit ? reporterUnit.id : undefined,
      units,
      securityFunction: regionalSecurityFunction(units)
    });
    const handler = await this._context.people.byEmail(routing.handler.email, 'handler');
    const { deviation, created } = await this._context.cases.submit(
      {
        clientRequestId,
        draft,
        reportedAt: now.toISOString(),
        reporter: me,
        reporterUnitId: reporterUnit ? reporterUnit.id : undefined,
        handler,
        routingReason: routing.reason,
        routingFallback: routing.fallback,
        sensitive: true
      },
      'protected'
    );
    // A duplicate here is a concurrent first attempt: it is ours only if the same person sent it.
    if (!created) return { deviation: await this._resume(me, deviation), created: false };
    await this._context.grants.share(CASE_LISTS.protected.title, deviation.id, [
      { principalId: me.id, level: 'Read' },
      { principalId: handler.id, level: 'Contribute' }
    ]);
    return { deviation: await this._context.mailer.notifyDue(deviation), created: true };
  }

  /**
   * A retried submission. Once shared, the item's own permissions say who reported it; before that,
   * nobody but the app and the security function could have written its fields, so they still hold.
   */
  private async _resume(me: ISiteUser, earlier: IDeviation): Promise<IDeviation> {
    if (earlier.store !== 'protected') throw new Refusal(409, 'conflict', 'That request id belongs to another report.');
    const holders = await this._context.grants.holders(CASE_LISTS.protected.title, earlier.id);
    const shared = holders.readers.size + holders.editors.size > 0;
    const isReporter = shared ? holders.readers.has(me.id) : !!earlier.reporter && earlier.reporter.id === me.id;
    if (!isReporter) throw new Refusal(409, 'conflict', 'That request id belongs to another report.');
    // The first attempt may have stopped between the two grants (the reporter's comes first):
    // grant what is missing, so the handler is never left out of their case.
    const grants: { principalId: number; level: 'Read' | 'Contribute' }[] = [];
    if (!shared) grants.push({ principalId: me.id, level: 'Read' });
    if (earlier.handler && earlier.handler.id !== undefined && !holders.editors.has(earlier.handler.id)) {
      grants.push({ principalId: earlier.handler.id, level: 'Contribute' });
    }
    if (grants.length > 0) await this._context.grants.share(CASE_LISTS.protected.title, earlier.id, grants);
    return this._context.mailer.notifyDue(earlier);
  }

  /**
   * The mails a protected case is due after its handler changed it (feedback, rejection, closing).
   * Whoever holds it may ask; what is sent follows from the case, never from the request.
   */
  private async _notifyProtected(me: ISiteUser, caseId: number): Promise<IDeviation> {
    const deviation = await this._requireCase(caseId);
    const holders = await this._context.grants.holders(CASE_LISTS.protected.title, deviation.id);
    const holds = holders.readers.has(me.id) || holders.editors.has(me.id);
    if (!me.isSecurityFunction && !holds) throw notFound();
    return this._context.mailer.notifyDue(deviation);
  }

  /**
   * Reassignment or escalation. The new handler is granted first and the old revoked last, so a
   * failure half-way leaves someone able to work the case, and a retry completes it.
   */
  private async _handOver(me: ISiteUser, caseId: number, body: unknown): Promise<IDeviation> {
    const request = readHandOver(body);
    const deviation = await this._requireCase(caseId);
    const holders = await requireHolder(this._context, me, deviation);
    const to = await this._context.people.byEmail(request.toEmail, 'toEmail');
    if (!to.isHandler && !to.isSecurityFunction) throw new InvalidRequest({ toEmail: 'notAHandler' });
    if (holders.readers.has(to.id)) throw new InvalidRequest({ toEmail: 'isReporter' });
    const actions = await this._context.actions.listFor(caseId, 'protected');

    const alreadyTheirs = !!deviation.handler && deviation.handler.id === to.id;
    let updated = deviation;
    if (!alreadyTheirs) {
      await this._shareWith(deviation.id, actions, to.id);
      const history: IHistoryEntry[] = deviation.history.concat([
        {
          at: this._context.now().toISOString(),
          byName: me.displayName,
          byEmail: me.email,
          from: deviation.status,
          to: deviation.status,
          note: handoverNote(request.reason, to.displayName, request.note)
        }
      ]);
      try {
        // The new handler has not been told: the mark is emptied, and the mailer tells them.
        updated = await this._update(deviation, request.etag, { handlerId: to.id, routingReason: request.reason, history, clear: ['handlerNotifiedAt'] });
      } catch (error) {
        // Someone saved first: the handover did not happen, so neither does the access.
        if (!holders.editors.has(to.id)) await this._unshare(deviation.id, actions, to.id, new Set());
        throw error;
      }
    }
    const owners = new Set(actions.map((action) => (action.owner ? action.owner.id : undefined)).filter((id): id is number => id !== undefined));
    for (const former of Array.from(holders.editors)) {
      if (former !== to.id) await this._unshare(deviation.id, actions, former, owners);
    }
    return alreadyTheirs ? updated : this._notifyHandedOver(updated);
  }

  private async _shareWith(caseId: number, actions: readonly IDeviationAction[], principalId: number): Promise<void> {
    await this._context.grants.share(CASE_LISTS.protected.title, caseId, [{ principalId, level: 'Contribute' }]);
    for (const action of actions) await this._context.grants.share(ACTION_LISTS.protected.title, action.id, [{ principalId, level: 'Contribute' }]);
  }

  /** Out of the case and its actions, except the actions they own themselves. */
  private async _unshare(caseId: number, actions: readonly IDeviationAction[], principalId: number, owners: ReadonlySet<number>): Promise<void> {
    await this._context.grants.revoke(CASE_LISTS.protected.title, caseId, principalId, 'Contribute');
    for (const action of actions) {
      const ownsIt = owners.has(principalId) && !!action.owner && action.owner.id === principalId;
      if (!ownsIt) await this._context.grants.revoke(ACTION_LISTS.protected.title, action.id, principalId, 'Contribute');
    }
  }

  private async _addAction(me: ISiteUser, caseId: number, body: unknown): Promise<IDeviationAction> {
    const request = readAddAction(body);
    const deviation = await this._requireCase(caseId);
    const holders = await requireHolder(this._context, me, deviation);
    if (!isOpen(deviation.status)) throw new Refusal(400, 'invalid', 'A closed case takes no new actions.');
    const owner = await this._context.people.byEmail(request.ownerEmail, 'ownerEmail');
    const action = await this._context.actions.add({ deviationId: caseId, store: 'protected', title: request.title, ownerId: owner.id, dueDate: request.dueDate });
    const people = new Set<number>(Array.from(holders.editors).concat([owner.id]));
    try {
      await this._context.grants.share(ACTION_LISTS.protected.title, action.id, Array.from(people).map((principalId) => ({ principalId, level: 'Contribute' as const })));
    } catch (error) {
      // An action nobody but the security function can see helps no one: take it back, so a retry adds it once.
      await this._context.sp.web.lists.getByTitle(ACTION_LISTS.protected.title).items.getById(action.id).recycle();
      throw error;
    }
    return action;
  }

  private async _update(deviation: IDeviation, etag: string, changes: Parameters<DeviationRepository['update']>[2]): Promise<IDeviation> {
    try {
      return await this._context.cases.update(deviation.id, etag, changes, deviation.store);
    } catch (error) {
      if (error instanceof ConflictError) throw new Refusal(412, 'conflict', 'The case has changed since it was read.', (error as ConflictError<IDeviation>).current);
      throw error;
    }
  }

  private async _requireCase(id: number): Promise<IDeviation> {
    const deviation = await this._context.cases.getById(id, 'protected');
    if (!deviation) throw notFound();
    return deviation;
  }

  private async _notifyHandedOver(deviation: IDeviation): Promise<IDeviation> {
    try {
      return await this._context.mailer.notifyDue(deviation);
    } catch (error) {
      // The handover stands and shows in the new handler's inbox; a mail is not worth failing it.
      this._context.log.warn('Trygg protected cases: the new handler could not be notified', error);
      return deviation;
    }
  }

  private _errorResponse(error: unknown): IFunctionResponse {
    if (error instanceof Refusal) {
      const body: IErrorResponse = { error: { code: error.code, message: error.message, fields: error.fields }, current: error.current as IErrorResponse['current'] };
      return { status: error.status, body };
    }
    if (error instanceof InvalidRequest) {
      const body: IErrorResponse = { error: { code: 'invalid', message: error.message, fields: error.fields } };
      return { status: 400, body };
    }
    const classified = classifyError(error);
    const transient = classified.kind === 'throttled' || classified.kind === 'network' || (classified.status || 0) >= 500;
    this._context.log.error('Trygg protected cases: failed', error);
    const body: IErrorResponse = { error: { code: 'unavailable', message: transient ? 'SharePoint or Graph is busy; try again.' : 'The request could not be completed.' } };
    return { status: transient ? 503 : 500, body };
  }
}
