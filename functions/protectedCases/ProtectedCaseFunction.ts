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
import * as strings from 'TryggStrings';
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import { Client } from '@microsoft/microsoft-graph-client';
import { IDeviation, IDeviationAction, IHistoryEntry } from '../../src/domain/deviations/types';
import { IPerson } from '../../src/domain/organisation';
import { validateDraft } from '../../src/domain/deviations/draftValidation';
import { decideRouting } from '../../src/domain/deviations/routing';
import { isOpen, requiresSecurityApproval } from '../../src/domain/deviations/workflow';
import { mayHandle } from '../../src/domain/deviations/handlers';
import { hasErrors } from '../../src/domain/validation';
import { TRYGG_GROUPS } from '../../src/schema/groups';
import { format } from '../../src/common/format';
import { DeviationRepository, CASE_LISTS } from '../../src/services/deviations/DeviationRepository';
import { ACTION_LISTS, DeviationActionRepository } from '../../src/services/deviations/DeviationActionRepository';
import { UnitRepository } from '../../src/services/units/UnitRepository';
import { GraphDirectory } from '../../src/services/directory/GraphDirectory';
import { GraphMailNotifier } from '../../src/services/notifications/GraphMailNotifier';
import { handlerMail } from '../../src/services/notifications/caseMails';
import { regionalSecurityFunction } from '../../src/services/deviations/DeviationReportingService';
import { ConflictError, classifyError } from '../../src/services/errors';
import { IErrorResponse, ProtectedCaseErrorCode } from '../../src/services/protectedCases/protocol';
import { InvalidRequest, readAddAction, readHandOver, readProtect, readSubmit } from './requestBodies';

export interface IProtectedCaseFunctionOptions {
  /** PnPjs rooted at the Trygg site, authenticated as the app. */
  readonly sp: SPFI;
  /** Microsoft Graph, authenticated as the app. */
  readonly graph: Client;
  /** The shared mailbox notifications are sent from, e.g. trygg@region.se. */
  readonly mailbox: string;
  readonly now?: () => Date;
}

/** Who called, as the validated token says (Easy Auth in Azure, the user header in the emulator). */
export interface ICaller {
  readonly userPrincipalName: string;
}

export interface IFunctionResponse {
  readonly status: number;
  readonly body: unknown;
}

class Refusal extends Error {
  constructor(public readonly status: number, public readonly code: ProtectedCaseErrorCode, message: string, public readonly current?: IDeviation) {
    super(message);
  }
}

interface ISiteUser extends IPerson {
  readonly id: number;
  readonly userPrincipalName: string;
  readonly isSecurityFunction: boolean;
  readonly isHandler: boolean;
}

const ROUTES: readonly { method: string; pattern: RegExp; op: 'submit' | 'handOver' | 'addAction' | 'protect' }[] = [
  { method: 'POST', pattern: /^cases$/, op: 'submit' },
  { method: 'POST', pattern: /^cases\/(\d{1,9})\/handover$/, op: 'handOver' },
  { method: 'POST', pattern: /^cases\/(\d{1,9})\/actions$/, op: 'addAction' },
  { method: 'POST', pattern: /^open-cases\/(\d{1,9})\/protect$/, op: 'protect' }
];

export class ProtectedCaseFunction {
  private readonly _sp: SPFI;
  private readonly _now: () => Date;
  private readonly _cases: DeviationRepository;
  private readonly _actions: DeviationActionRepository;
  private readonly _units: UnitRepository;
  private readonly _directory: GraphDirectory;
  private readonly _mail: GraphMailNotifier;
  private readonly _roleIds = new Map<string, Promise<number>>();

  constructor(options: IProtectedCaseFunctionOptions) {
    this._sp = options.sp;
    this._now = options.now || (() => new Date());
    this._cases = new DeviationRepository(options.sp);
    this._actions = new DeviationActionRepository(options.sp);
    this._units = new UnitRepository(options.sp);
    this._directory = new GraphDirectory(options.graph);
    this._mail = new GraphMailNotifier(options.graph, options.mailbox);
  }

  /** One HTTP request: `path` is what follows the function's base URL, e.g. `cases/42/handover`. */
  public async handle(caller: ICaller | undefined, method: string, path: string, body: unknown): Promise<IFunctionResponse> {
    try {
      if (!caller || !caller.userPrincipalName) throw new Refusal(401, 'unauthenticated', 'Sign in to use the protected-cases function.');
      const clean = path.replace(/^\/+|\/+$/g, '');
      const route = ROUTES.filter((r) => r.pattern.test(clean))[0];
      if (!route) throw new Refusal(404, 'notFound', `No such operation: ${clean}`);
      if (route.method !== method.toUpperCase()) throw new Refusal(405, 'invalid', `${route.op} takes ${route.method}.`);
      const id = Number((route.pattern.exec(clean) || [])[1]);
      const me = await this._siteUser(caller.userPrincipalName);
      switch (route.op) {
        case 'submit': {
          const result = await this._submit(me, body);
          return { status: result.created ? 201 : 200, body: result };
        }
        case 'handOver':
          return { status: 200, body: { deviation: await this._handOver(me, id, body) } };
        case 'addAction':
          return { status: 201, body: { action: await this._addAction(me, id, body) } };
        default:
          return { status: 201, body: { deviation: await this._protect(me, id, body) } };
      }
    } catch (error) {
      return this._errorResponse(error);
    }
  }

  private async _submit(me: ISiteUser, body: unknown): Promise<{ deviation: IDeviation; created: boolean }> {
    const { clientRequestId, draft } = readSubmit(body);
    const now = this._now();
    const errors = validateDraft(draft, now);
    if (hasErrors(errors)) throw new InvalidRequest(errors as Record<string, string>);
    if (!requiresSecurityApproval(draft)) throw new Refusal(400, 'invalid', 'Only threats and violence, personal data or suspected crime are protected cases.');

    const earlier = await this._cases.findByClientRequestId(clientRequestId);
    if (earlier) {
      const sameReport = earlier.store === 'protected' && !!earlier.reporter && earlier.reporter.id === me.id;
      if (!sameReport) throw new Refusal(409, 'conflict', 'That request id belongs to another report.');
      return { deviation: await this._settle(earlier), created: false };
    }
    const units = await this._units.getAll();
    if (!units.some((unit) => unit.id === draft.unitId)) throw new InvalidRequest({ unitId: 'invalidChoice' });
    const [profile, managerLookup] = await Promise.all([this._directory.user(me.userPrincipalName), this._directory.managerOf(me.userPrincipalName)]);
    const reporterUnit = units.filter((unit) => !!profile.department && unit.department === profile.department)[0];
    const routing = decideRouting({
      reporter: me,
      managerLookup,
      reporterUnitId: reporterUnit ? reporterUnit.id : undefined,
      units,
      securityFunction: regionalSecurityFunction(units)
    });
    const handler = await this._siteUserByEmail(routing.handler.email, 'handler');
    const { deviation, created } = await this._cases.submit(
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
    return { deviation: await this._settle(deviation), created };
  }

  /** Grants, then the handler's mail: both safe to repeat, so a retried submission completes the first. */
  private async _settle(deviation: IDeviation): Promise<IDeviation> {
    await this._grantCase(deviation, undefined);
    if (deviation.handlerNotifiedAt || !deviation.handler) return deviation;
    await this._mail.send(handlerMail(deviation, deviation.handler.email, deviation.routingReason || 'Chef', false));
    return this._cases.update(deviation.id, deviation.etag, { handlerNotifiedAt: this._now().toISOString() }, 'protected');
  }

  private async _handOver(me: ISiteUser, caseId: number, body: unknown): Promise<IDeviation> {
    const request = readHandOver(body);
    const deviation = await this._requireCase(caseId, 'protected');
    await this._requireMayHandle(me, deviation);
    const to = await this._siteUserByEmail(request.toEmail, 'toEmail');
    if (!to.isHandler && !to.isSecurityFunction) throw new InvalidRequest({ toEmail: 'notAHandler' });
    if (deviation.reporter && deviation.reporter.id === to.id) throw new InvalidRequest({ toEmail: 'isReporter' });
    const previous = deviation.handler;
    const history: IHistoryEntry[] = deviation.history.concat([
      {
        at: this._now().toISOString(),
        byName: me.displayName,
        byEmail: me.email,
        from: deviation.status,
        to: deviation.status,
        note: `${request.reason}: ${to.displayName}${request.note ? ` – ${request.note.trim()}` : ''}`
      }
    ]);
    const updated = await this._update(deviation, request.etag, { handlerId: to.id, routingReason: request.reason, history });
    await this._grantCase(updated, previous);
    await this._notifyHandler(updated, request.reason);
    return updated;
  }

  private async _addAction(me: ISiteUser, caseId: number, body: unknown): Promise<IDeviationAction> {
    const request = readAddAction(body);
    const deviation = await this._requireCase(caseId, 'protected');
    await this._requireMayHandle(me, deviation);
    if (!isOpen(deviation.status)) throw new Refusal(400, 'invalid', 'A closed case takes no new actions.');
    const owner = await this._siteUserByEmail(request.ownerEmail, 'ownerEmail');
    const action = await this._actions.add({ deviationId: caseId, store: 'protected', title: request.title, ownerId: owner.id, dueDate: request.dueDate });
    await this._grantAction(action.id, deviation.handler, owner);
    return action;
  }

  /** Moves an open case that turned out to be sensitive, with its actions, into the protected lists. */
  private async _protect(me: ISiteUser, openCaseId: number, body: unknown): Promise<IDeviation> {
    const request = readProtect(body);
    const open = await this._cases.getById(openCaseId, 'open');
    if (!open) return this._alreadyMoved(me, openCaseId, request.clientRequestId);
    await this._requireMayHandle(me, open);
    if (!open.sensitive && !requiresSecurityApproval(open)) throw new Refusal(400, 'invalid', 'Only a sensitive case is moved to the protected list.');
    if (open.etag !== request.etag) throw new Refusal(412, 'conflict', 'The case has changed since it was read.', open);
    const moved = await this._copyToProtected(me, open);
    const openActions = await this._actions.listFor(open.id, 'open');
    // A retry after a move that stopped half-way copies only what is not there yet.
    const copied = new Set((await this._actions.listFor(moved.id, 'protected')).map(actionKey));
    for (const action of openActions.filter((candidate) => !copied.has(actionKey(candidate)))) {
      const ownerId = action.owner && action.owner.id !== undefined ? action.owner.id : me.id;
      const copy = await this._actions.add({ deviationId: moved.id, store: 'protected', title: action.title, ownerId, dueDate: action.dueDate });
      const withStatus = action.status === 'Planerad' ? copy : await this._actions.setStatus(copy.id, copy.etag, action.status, action.completedAt, 'protected');
      await this._grantAction(withStatus.id, moved.handler, action.owner);
    }
    // Gone from the open list only once everything stands in the protected one (to the recycle bin).
    for (const action of openActions) await this._sp.web.lists.getByTitle(ACTION_LISTS.open.title).items.getById(action.id).recycle();
    await this._sp.web.lists.getByTitle(CASE_LISTS.open.title).items.getById(open.id).recycle();
    return moved;
  }

  /** A retry whose first attempt moved the case but lost the answer: answer with the case where it is now. */
  private async _alreadyMoved(me: ISiteUser, openCaseId: number, clientRequestId: string): Promise<IDeviation> {
    const moved = await this._cases.findByClientRequestId(clientRequestId);
    if (!moved || moved.store !== 'protected') throw new Refusal(404, 'notFound', `Case ${openCaseId} is not in the open list.`);
    await this._requireMayHandle(me, moved);
    return moved;
  }

  private async _copyToProtected(me: ISiteUser, open: IDeviation): Promise<IDeviation> {
    const note: IHistoryEntry = {
      at: this._now().toISOString(),
      byName: me.displayName,
      byEmail: me.email,
      from: open.status,
      to: open.status,
      note: format(strings.HistoryMovedToProtected, open.caseNumber)
    };
    const { deviation } = await this._cases.submit(
      {
        clientRequestId: open.clientRequestId,
        draft: {
          title: open.title,
          description: open.description,
          occurredAt: open.occurredAt,
          unitId: open.unit ? open.unit.id : undefined,
          location: open.location,
          type: open.type,
          area: open.area,
          immediateActions: open.immediateActions,
          involvesPersonalData: open.involvesPersonalData,
          suspectedCrime: open.suspectedCrime
        },
        reportedAt: open.reportedAt,
        reporter: open.reporter || me,
        reporterUnitId: open.reporterUnit ? open.reporterUnit.id : undefined,
        handler: open.handler || me,
        routingReason: open.routingReason || 'Chef',
        routingFallback: open.routingFallback,
        sensitive: true,
        history: open.history.concat([note])
      },
      'protected'
    );
    const carried = await this._cases.update(
      deviation.id,
      deviation.etag,
      {
        status: open.status,
        actualConsequence: open.actualConsequence,
        potentialConsequence: open.potentialConsequence,
        msbCategory: open.msbCategory,
        mtoCauses: open.mtoCauses,
        feedback: open.feedback,
        feedbackAt: open.feedbackAt,
        acknowledgedAt: open.acknowledgedAt,
        closedAt: open.closedAt,
        approvedById: open.approvedBy ? open.approvedBy.id : undefined,
        securityApprovedById: open.securityApprovedBy ? open.securityApprovedBy.id : undefined,
        securityApprovedAt: open.securityApprovedAt,
        rejectionReason: open.rejectionReason,
        handlerNotifiedAt: open.handlerNotifiedAt || this._now().toISOString()
      },
      'protected'
    );
    await this._grantCase(carried, undefined);
    return carried;
  }

  private async _update(deviation: IDeviation, etag: string, changes: Parameters<DeviationRepository['update']>[2]): Promise<IDeviation> {
    try {
      return await this._cases.update(deviation.id, etag, changes, deviation.store);
    } catch (error) {
      if (error instanceof ConflictError) throw new Refusal(412, 'conflict', 'The case has changed since it was read.', (error as ConflictError<IDeviation>).current);
      throw error;
    }
  }

  private async _requireCase(id: number, store: 'open' | 'protected'): Promise<IDeviation> {
    const deviation = await this._cases.getById(id, store);
    if (!deviation) throw new Refusal(404, 'notFound', `No protected case ${id}.`);
    return deviation;
  }

  private async _requireMayHandle(me: ISiteUser, deviation: IDeviation): Promise<void> {
    if (mayHandle({ id: me.id, isSecurityFunction: me.isSecurityFunction }, deviation, await this._units.getAll())) return;
    // A protected case answers "not found" to anyone it is not shared with, as SharePoint would.
    if (deviation.store === 'protected') throw new Refusal(404, 'notFound', `No protected case ${deviation.id}.`);
    throw new Refusal(403, 'forbidden', 'Only the handler, a manager of the unit or the security function may do that.');
  }

  /** The case: its own permissions, the reporter reading and the handler editing; a previous handler out. */
  private async _grantCase(deviation: IDeviation, previousHandler: IPerson | undefined): Promise<void> {
    const item = this._sp.web.lists.getByTitle(CASE_LISTS.protected.title).items.getById(deviation.id);
    await item.breakRoleInheritance(true, false);
    const [read, contribute] = await Promise.all([this._roleId('Read'), this._roleId('Contribute')]);
    if (previousHandler && previousHandler.id !== undefined && (!deviation.handler || previousHandler.id !== deviation.handler.id)) {
      await item.roleAssignments.remove(previousHandler.id, contribute);
      const actions = await this._actions.listFor(deviation.id, 'protected');
      for (const action of actions) {
        const actionItem = this._sp.web.lists.getByTitle(ACTION_LISTS.protected.title).items.getById(action.id);
        if (!action.owner || action.owner.id !== previousHandler.id) await actionItem.roleAssignments.remove(previousHandler.id, contribute);
        if (deviation.handler && deviation.handler.id !== undefined) await actionItem.roleAssignments.add(deviation.handler.id, contribute);
      }
    }
    if (deviation.reporter && deviation.reporter.id !== undefined) await item.roleAssignments.add(deviation.reporter.id, read);
    if (deviation.handler && deviation.handler.id !== undefined) await item.roleAssignments.add(deviation.handler.id, contribute);
  }

  private async _grantAction(actionId: number, handler: IPerson | undefined, owner: IPerson | undefined): Promise<void> {
    const item = this._sp.web.lists.getByTitle(ACTION_LISTS.protected.title).items.getById(actionId);
    await item.breakRoleInheritance(true, false);
    const contribute = await this._roleId('Contribute');
    for (const person of [handler, owner]) {
      if (person && person.id !== undefined) await item.roleAssignments.add(person.id, contribute);
    }
  }

  private async _notifyHandler(deviation: IDeviation, reason: 'Omfördelad' | 'Eskalerad'): Promise<void> {
    if (!deviation.handler) return;
    try {
      await this._mail.send(handlerMail(deviation, deviation.handler.email, reason, true));
    } catch (error) {
      // The handover stands and shows in the new handler's inbox; a mail is not worth undoing it.
      console.warn('Trygg protected cases: the new handler could not be notified', error);
    }
  }

  private _roleId(name: 'Read' | 'Contribute'): Promise<number> {
    let id = this._roleIds.get(name);
    if (!id) {
      id = this._sp.web.roleDefinitions.getByName(name)().then((role: { Id: number }) => role.Id);
      id.catch(() => this._roleIds.delete(name));
      this._roleIds.set(name, id);
    }
    return id;
  }

  private async _siteUser(upn: string): Promise<ISiteUser> {
    const user = await this._sp.web.ensureUser(`i:0#.f|membership|${upn.toLowerCase()}`);
    const groups: { Title: string }[] = await this._sp.web.siteUsers.getById(user.Id).groups.select('Title')();
    const titles = new Set(groups.map((group) => group.Title));
    return {
      id: user.Id,
      userPrincipalName: upn.toLowerCase(),
      displayName: user.Title,
      email: user.Email || upn,
      isSecurityFunction: titles.has(TRYGG_GROUPS.securityFunction.title),
      isHandler: titles.has(TRYGG_GROUPS.managers.title)
    };
  }

  private async _siteUserByEmail(email: string, field: string): Promise<ISiteUser> {
    try {
      return await this._siteUser(email);
    } catch (error) {
      const kind = classifyError(error).kind;
      if (kind === 'notFound' || kind === 'validation') throw new InvalidRequest({ [field]: 'unknownPerson' });
      throw error;
    }
  }

  private _errorResponse(error: unknown): IFunctionResponse {
    if (error instanceof Refusal) {
      const body: IErrorResponse = { error: { code: error.code, message: error.message }, current: error.current };
      return { status: error.status, body };
    }
    if (error instanceof InvalidRequest) {
      const body: IErrorResponse = { error: { code: 'invalid', message: error.message, fields: error.fields } };
      return { status: 400, body };
    }
    const classified = classifyError(error);
    const transient = classified.kind === 'throttled' || classified.kind === 'network' || (classified.status || 0) >= 500;
    console.error('Trygg protected cases: failed', error);
    const body: IErrorResponse = { error: { code: 'unavailable', message: transient ? 'SharePoint or Graph is busy; try again.' : 'The request could not be completed.' } };
    return { status: transient ? 503 : 500, body };
  }
}

/** What makes two actions the same when a move is repeated. */
function actionKey(action: IDeviationAction): string {
  return [action.title, action.dueDate, action.owner ? action.owner.id : ''].join('|');
}
