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
import '@pnp/sp/batching';
import { PermissionKind } from '@pnp/sp/security';
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
import { format } from '../../src/common/format';
import { DeviationRepository } from '../../src/services/deviations/DeviationRepository';
import { DeviationActionRepository } from '../../src/services/deviations/DeviationActionRepository';
import { ACTION_LISTS, CASE_LISTS } from '../../src/services/deviations/caseLists';
import { UnitRepository } from '../../src/services/units/UnitRepository';
import { GraphDirectory } from '../../src/services/directory/GraphDirectory';
import { GraphMailNotifier } from '../../src/services/notifications/GraphMailNotifier';
import { handlerMail } from '../../src/services/notifications/caseMails';
import { regionalSecurityFunction } from '../../src/services/deviations/DeviationReportingService';
import { ConflictError, classifyError, isTransient } from '../../src/services/errors';
import { IErrorResponse, ProtectedCaseErrorCode } from '../../src/services/protectedCases/protocol';
import { InvalidRequest, readAddAction, readHandOver, readProtect, readSubmit } from './requestBodies';
import { withSeal } from '../../src/domain/deviations/reportTrust';
import { rolesFromPermissions } from '../../src/domain/roles';
import { IHolders, ItemGrants } from './itemGrants';

export interface IProtectedCaseFunctionOptions {
  /** PnPjs rooted at the Trygg site, authenticated as the app. */
  readonly sp: SPFI;
  /** Microsoft Graph, authenticated as the app. */
  readonly graph: Client;
  /** The shared mailbox notifications are sent from, e.g. trygg@region.se. */
  readonly mailbox: string;
  readonly now?: () => Date;
  /** Where failures are written (default the console, which Azure Functions sends to its logs). */
  readonly log?: IFunctionLog;
}

/** The function's operational log: what went wrong that the caller was only told in general terms. */
export interface IFunctionLog {
  warn(message: string, error: unknown): void;
  error(message: string, error: unknown): void;
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

const ROUTES: readonly { method: string; pattern: RegExp; op: 'submit' | 'handOver' | 'addAction' | 'protect' | 'notify' }[] = [
  { method: 'POST', pattern: /^cases$/, op: 'submit' },
  { method: 'POST', pattern: /^cases\/(\d{1,9})\/handover$/, op: 'handOver' },
  { method: 'POST', pattern: /^cases\/(\d{1,9})\/actions$/, op: 'addAction' },
  { method: 'POST', pattern: /^open-cases\/(\d{1,9})\/protect$/, op: 'protect' },
  { method: 'POST', pattern: /^open-cases\/(\d{1,9})\/notify$/, op: 'notify' }
];

export class ProtectedCaseFunction {
  private readonly _sp: SPFI;
  private readonly _now: () => Date;
  private readonly _log: IFunctionLog;
  private readonly _cases: DeviationRepository;
  private readonly _actions: DeviationActionRepository;
  private readonly _units: UnitRepository;
  private readonly _directory: GraphDirectory;
  private readonly _mail: GraphMailNotifier;
  private readonly _grants: ItemGrants;

  constructor(options: IProtectedCaseFunctionOptions) {
    this._sp = options.sp;
    this._now = options.now || (() => new Date());
    this._log = options.log || console;
    this._cases = new DeviationRepository(options.sp);
    this._actions = new DeviationActionRepository(options.sp);
    this._units = new UnitRepository(options.sp);
    this._directory = new GraphDirectory(options.graph);
    this._mail = new GraphMailNotifier(options.graph, options.mailbox);
    this._grants = new ItemGrants(options.sp);
  }

  /** One HTTP request: `path` is what follows the function's base URL, e.g. `cases/42/handover`. */
  public async handle(caller: ICaller | undefined, method: string, path: string, body: unknown): Promise<IFunctionResponse> {
    try {
      if (!caller || !caller.userPrincipalName) throw new Refusal(401, 'unauthenticated', 'Sign in to use the protected-cases function.');
      const clean = path.replace(/^\/+|\/+$/g, '');
      const route = ROUTES.filter((r) => r.pattern.test(clean))[0];
      if (!route) throw new Refusal(404, 'notFound', 'No such operation.');
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
        case 'notify':
          return { status: 200, body: { deviation: await this._notifyNewReport(me, id) } };
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
    if (earlier) return { deviation: await this._resume(me, earlier), created: false };
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
    // A duplicate here is a concurrent first attempt: it is ours only if the same person sent it.
    if (!created) return { deviation: await this._resume(me, deviation), created: false };
    await this._grants.share(CASE_LISTS.protected.title, deviation.id, [
      { principalId: me.id, level: 'Read' },
      { principalId: handler.id, level: 'Contribute' }
    ]);
    return { deviation: await this._notifyOnce(deviation), created: true };
  }

  /**
   * A retried submission. Once shared, the item's own permissions say who reported it; before that,
   * nobody but the app and the security function could have written its fields, so they still hold.
   */
  private async _resume(me: ISiteUser, earlier: IDeviation): Promise<IDeviation> {
    if (earlier.store !== 'protected') throw new Refusal(409, 'conflict', 'That request id belongs to another report.');
    const holders = await this._grants.holders(CASE_LISTS.protected.title, earlier.id);
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
    if (grants.length > 0) await this._grants.share(CASE_LISTS.protected.title, earlier.id, grants);
    return this._notifyOnce(earlier);
  }

  /** The handler's mail, once: marked on the case, so a retry after a lost answer does not mail again. */
  private async _notifyOnce(deviation: IDeviation): Promise<IDeviation> {
    if (deviation.handlerNotifiedAt || !deviation.handler) return deviation;
    await this._mail.send(handlerMail(deviation, deviation.handler.email, deviation.routingReason || 'Chef', false));
    try {
      return await this._cases.update(deviation.id, deviation.etag, { handlerNotifiedAt: this._now().toISOString() }, 'protected');
    } catch (error) {
      // The handler already changed the case: the mark is bookkeeping, the case is theirs.
      if (error instanceof ConflictError) return (error as ConflictError<IDeviation>).current;
      throw error;
    }
  }

  /**
   * The handler's mail about a new open report, once, from the shared mailbox. Its reporter cannot
   * mark the report notified (Trygg Rapportera has no Edit), so the app does; only the report's
   * author (Created By) may ask, anyone else is told it does not exist. The mark is the report's
   * first write by someone else, so it also seals what the reporter sent (reportTrust.ts).
   */
  private async _notifyNewReport(me: ISiteUser, openCaseId: number): Promise<IDeviation> {
    const open = await this._cases.getById(openCaseId, 'open');
    if (!open || !open.reporter || open.reporter.id !== me.id) throw notFound();
    if (open.handlerNotifiedAt || !open.handler) return open;
    try {
      await this._mail.send(handlerMail(open, open.handler.email, open.routingReason || 'Chef', false));
    } catch (error) {
      if (isTransient(error)) throw error;
      // A mail Graph refuses outright will not go through on a retry either; the case stands in the
      // handler's inbox, and the report must not fail for it.
      this._log.warn('Trygg function: the handler of a new report could not be notified', error);
      return open;
    }
    try {
      return await this._cases.update(open.id, open.etag, withSeal(open, { handlerNotifiedAt: this._now().toISOString() }), 'open');
    } catch (error) {
      // The handler already has it (and sealed it): the mark is bookkeeping.
      if (error instanceof ConflictError) return (error as ConflictError<IDeviation>).current;
      throw error;
    }
  }

  /**
   * Reassignment or escalation. The new handler is granted first and the old revoked last, so a
   * failure half-way leaves someone able to work the case, and a retry completes it.
   */
  private async _handOver(me: ISiteUser, caseId: number, body: unknown): Promise<IDeviation> {
    const request = readHandOver(body);
    const deviation = await this._requireCase(caseId);
    const holders = await this._requireHolder(me, deviation);
    const to = await this._siteUserByEmail(request.toEmail, 'toEmail');
    if (!to.isHandler && !to.isSecurityFunction) throw new InvalidRequest({ toEmail: 'notAHandler' });
    if (holders.readers.has(to.id)) throw new InvalidRequest({ toEmail: 'isReporter' });
    const actions = await this._actions.listFor(caseId, 'protected');

    const alreadyTheirs = !!deviation.handler && deviation.handler.id === to.id;
    let updated = deviation;
    if (!alreadyTheirs) {
      await this._shareWith(deviation.id, actions, to.id);
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
      try {
        updated = await this._update(deviation, request.etag, { handlerId: to.id, routingReason: request.reason, history });
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
    if (!alreadyTheirs) await this._notifyHandler(updated, request.reason);
    return updated;
  }

  private async _shareWith(caseId: number, actions: readonly IDeviationAction[], principalId: number): Promise<void> {
    await this._grants.share(CASE_LISTS.protected.title, caseId, [{ principalId, level: 'Contribute' }]);
    for (const action of actions) await this._grants.share(ACTION_LISTS.protected.title, action.id, [{ principalId, level: 'Contribute' }]);
  }

  /** Out of the case and its actions, except the actions they own themselves. */
  private async _unshare(caseId: number, actions: readonly IDeviationAction[], principalId: number, owners: ReadonlySet<number>): Promise<void> {
    await this._grants.revoke(CASE_LISTS.protected.title, caseId, principalId, 'Contribute');
    for (const action of actions) {
      const ownsIt = owners.has(principalId) && !!action.owner && action.owner.id === principalId;
      if (!ownsIt) await this._grants.revoke(ACTION_LISTS.protected.title, action.id, principalId, 'Contribute');
    }
  }

  private async _addAction(me: ISiteUser, caseId: number, body: unknown): Promise<IDeviationAction> {
    const request = readAddAction(body);
    const deviation = await this._requireCase(caseId);
    const holders = await this._requireHolder(me, deviation);
    if (!isOpen(deviation.status)) throw new Refusal(400, 'invalid', 'A closed case takes no new actions.');
    const owner = await this._siteUserByEmail(request.ownerEmail, 'ownerEmail');
    const action = await this._actions.add({ deviationId: caseId, store: 'protected', title: request.title, ownerId: owner.id, dueDate: request.dueDate });
    const people = new Set<number>(Array.from(holders.editors).concat([owner.id]));
    try {
      await this._grants.share(ACTION_LISTS.protected.title, action.id, Array.from(people).map((principalId) => ({ principalId, level: 'Contribute' as const })));
    } catch (error) {
      // An action nobody but the security function can see helps no one: take it back, so a retry adds it once.
      await this._sp.web.lists.getByTitle(ACTION_LISTS.protected.title).items.getById(action.id).recycle();
      throw error;
    }
    return action;
  }

  /**
   * Moves an open case that turned out to be sensitive, with its actions, into the protected lists.
   * The open item is sealed first (only the app can reach it), so a failure half-way exposes nothing
   * and a retry finishes the move. The copy is keyed by the open item, never by anything a user wrote.
   */
  private async _protect(me: ISiteUser, openCaseId: number, body: unknown): Promise<IDeviation> {
    const request = readProtect(body);
    const movedKey = `moved:${openCaseId}`;
    const open = await this._cases.getById(openCaseId, 'open');
    if (!open) return this._alreadyMoved(me, movedKey);
    // The Handler field of an open item is its author's to edit: the caller must be a handler by role.
    const allowed = me.isSecurityFunction || (me.isHandler && mayHandle({ id: me.id, isSecurityFunction: false }, open, await this._units.getAll()));
    if (!allowed) throw new Refusal(403, 'forbidden', 'Only the handler, a manager of the unit or the security function may do that.');
    if (!open.sensitive && !requiresSecurityApproval(open)) throw new Refusal(400, 'invalid', 'Only a sensitive case is moved to the protected list.');
    if (open.etag !== request.etag) throw new Refusal(412, 'conflict', 'The case has changed since it was read.', open);

    await this._grants.seal(CASE_LISTS.open.title, open.id);
    const reporter = await this._authorOf(open.id);
    const handler = open.handler && open.handler.id !== undefined ? await this._siteUserByEmail(open.handler.email, 'handler') : me;
    const keptHandler = handler.isHandler || handler.isSecurityFunction ? handler : me;
    const moved = await this._copyToProtected(me, open, movedKey, reporter, keptHandler);
    await this._grants.share(CASE_LISTS.protected.title, moved.id, [
      { principalId: reporter.id, level: 'Read' },
      { principalId: keptHandler.id, level: 'Contribute' }
    ]);
    const openActions = await this._actions.listFor(open.id, 'open');
    // A retry after a move that stopped half-way copies only what is not there yet.
    const copied = new Set((await this._actions.listFor(moved.id, 'protected')).map(actionKey));
    for (const action of openActions.filter((candidate) => !copied.has(actionKey(candidate)))) {
      const ownerId = action.owner && action.owner.id !== undefined ? action.owner.id : keptHandler.id;
      const copy = await this._actions.add({ deviationId: moved.id, store: 'protected', title: action.title, ownerId, dueDate: action.dueDate });
      const withStatus = action.status === 'Planerad' ? copy : await this._actions.setStatus(copy.id, copy.etag, action.status, action.completedAt, 'protected');
      const people = new Set([keptHandler.id, ownerId]);
      await this._grants.share(ACTION_LISTS.protected.title, withStatus.id, Array.from(people).map((principalId) => ({ principalId, level: 'Contribute' as const })));
    }
    // Gone from the open list only once everything stands in the protected one (to the recycle bin).
    for (const action of openActions) await this._sp.web.lists.getByTitle(ACTION_LISTS.open.title).items.getById(action.id).recycle();
    await this._sp.web.lists.getByTitle(CASE_LISTS.open.title).items.getById(open.id).recycle();
    return moved;
  }

  /** A retry whose first attempt moved the case but lost the answer: answer with the case where it is now. */
  private async _alreadyMoved(me: ISiteUser, movedKey: string): Promise<IDeviation> {
    const moved = await this._cases.findByClientRequestId(movedKey);
    if (!moved || moved.store !== 'protected') throw notFound();
    await this._requireHolder(me, moved);
    return moved;
  }

  /** Who created the open item: SharePoint's Author, which no one can edit, unlike the Reporter field. */
  private async _authorOf(openCaseId: number): Promise<ISiteUser> {
    const item: { Author: { EMail: string } } = await this._sp.web.lists.getByTitle(CASE_LISTS.open.title).items.getById(openCaseId).select('Author/EMail').expand('Author')();
    return this._siteUserByEmail(item.Author.EMail, 'reporter');
  }

  private async _copyToProtected(me: ISiteUser, open: IDeviation, movedKey: string, reporter: ISiteUser, handler: ISiteUser): Promise<IDeviation> {
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
        clientRequestId: movedKey,
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
        reporter,
        reporterUnitId: open.reporterUnit ? open.reporterUnit.id : undefined,
        handler,
        routingReason: open.routingReason || 'Chef',
        routingFallback: open.routingFallback,
        sensitive: true,
        history: open.history.concat([note])
      },
      'protected'
    );
    return this._cases.update(
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
  }

  private async _update(deviation: IDeviation, etag: string, changes: Parameters<DeviationRepository['update']>[2]): Promise<IDeviation> {
    try {
      return await this._cases.update(deviation.id, etag, changes, deviation.store);
    } catch (error) {
      if (error instanceof ConflictError) throw new Refusal(412, 'conflict', 'The case has changed since it was read.', (error as ConflictError<IDeviation>).current);
      throw error;
    }
  }

  private async _requireCase(id: number): Promise<IDeviation> {
    const deviation = await this._cases.getById(id, 'protected');
    if (!deviation) throw notFound();
    return deviation;
  }

  /**
   * Who may act on a protected case: the security function, and whoever SharePoint has it shared
   * with for editing (the handler). Anyone else is told it does not exist, as SharePoint would.
   */
  private async _requireHolder(me: ISiteUser, deviation: IDeviation): Promise<IHolders> {
    const holders = await this._grants.holders(CASE_LISTS.protected.title, deviation.id);
    if (!me.isSecurityFunction && !holders.editors.has(me.id)) throw notFound();
    return holders;
  }

  private async _notifyHandler(deviation: IDeviation, reason: 'Omfördelad' | 'Eskalerad'): Promise<void> {
    if (!deviation.handler) return;
    try {
      await this._mail.send(handlerMail(deviation, deviation.handler.email, reason, true));
    } catch (error) {
      // The handover stands and shows in the new handler's inbox; a mail is not worth undoing it.
      this._log.warn('Trygg protected cases: the new handler could not be notified', error);
    }
  }

  /**
   * A person as the site knows them, with their roles read from what SharePoint lets them do rather
   * than from group lists, so Entra groups nested in Chefer or Säkerhetsfunktionen count: the
   * security function edits the protected list as a whole, handlers override the open list's
   * "own items only" (Design).
   */
  private async _siteUser(upn: string, byAddress = false): Promise<ISiteUser> {
    // The token names the caller by UPN (the claims login); a person picked in the page is known by
    // their address, which SharePoint resolves even where it differs from the UPN.
    const user = await this._sp.web.ensureUser(byAddress ? upn : `i:0#.f|membership|${upn.toLowerCase()}`);
    const [batched, execute] = this._sp.batched();
    const permissions = Promise.all([
      batched.web.lists.getByTitle(CASE_LISTS.protected.title).getUserEffectivePermissions(user.LoginName),
      batched.web.lists.getByTitle(CASE_LISTS.open.title).getUserEffectivePermissions(user.LoginName)
    ]);
    await execute();
    const [onProtected, onOpen] = await permissions;
    const web = this._sp.web;
    // The same rule as the web parts' (domain/roles.ts); site management is not asked here.
    const roles = rolesFromPermissions({
      overridesOpenCaseOwnership: web.hasPermissions(onOpen, PermissionKind.CancelCheckout),
      editsProtectedCases: web.hasPermissions(onProtected, PermissionKind.EditListItems),
      managesSite: false
    });
    return {
      id: user.Id,
      userPrincipalName: upn.toLowerCase(),
      displayName: user.Title,
      email: user.Email || upn,
      isSecurityFunction: roles.securityFunction,
      isHandler: roles.manager
    };
  }

  private async _siteUserByEmail(email: string, field: string): Promise<ISiteUser> {
    try {
      return await this._siteUser(email, true);
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
    this._log.error('Trygg protected cases: failed', error);
    const body: IErrorResponse = { error: { code: 'unavailable', message: transient ? 'SharePoint or Graph is busy; try again.' : 'The request could not be completed.' } };
    return { status: transient ? 503 : 500, body };
  }
}

/** What makes two actions the same when a move is repeated. */
function actionKey(action: IDeviationAction): string {
  return [action.title, action.dueDate, action.owner ? action.owner.id : ''].join('|');
}

/** One answer for every case the caller may not know of, whether it exists or not. */
function notFound(): Refusal {
  return new Refusal(404, 'notFound', 'No such case.');
}
