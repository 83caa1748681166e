/**
 * What the Trygg function does for open cases, which users otherwise handle with their own rights:
 * mail about them (a reporter cannot mark their report), share an action with an owner who cannot
 * read the actions list, and move a case that turned out to be sensitive into the protected lists.
 */
import * as strings from 'TryggStrings';
import { IDeviation, IDeviationAction, IHistoryEntry } from '../../src/domain/deviations/types';
import { mayHandle } from '../../src/domain/deviations/handlers';
import { requiresSecurityApproval } from '../../src/domain/deviations/workflow';
import { format } from '../../src/common/format';
import { ACTION_LISTS, CASE_LISTS } from '../../src/services/deviations/caseLists';
import { classifyError } from '../../src/services/errors';
import { readProtect } from './requestBodies';
import { IFunctionContext } from './functionContext';
import { ISiteUser } from './sitePrincipals';
import { notFound, Refusal } from './refusal';
import { requireHolder } from './caseAccess';

export class OpenCaseRequests {
  constructor(private readonly _context: IFunctionContext) {}

  /**
   * The mails an open case is due: the handler's when it is new or handed over, the reporter's news.
   * Its reporter cannot mark their report (Trygg Rapportera has no Edit), so the app does; the
   * report's author (Created By), the handlers and the security function may ask, who all read it,
   * and anyone else is told it does not exist. The first mark on a report seals it (reportTrust.ts).
   */
  public async notify(me: ISiteUser, openCaseId: number): Promise<IDeviation> {
    const open = await this._context.cases.getById(openCaseId, 'open');
    const isReporter = !!open && !!open.reporter && open.reporter.id === me.id;
    if (!open || !(isReporter || me.isHandler || me.isSecurityFunction)) throw notFound();
    return this._context.mailer.notifyDue(open);
  }

  /**
   * Members cannot read the open actions list (a lookup would show them other people's cases), so
   * an owner who is not a handler gets Read on their own action. Only someone who may handle its
   * case may ask; a handler or the security function as owner reads the list already.
   */
  public async shareAction(me: ISiteUser, actionId: number): Promise<IDeviationAction> {
    let action: IDeviationAction;
    try {
      action = await this._context.actions.get(actionId, 'open');
    } catch (error) {
      if (classifyError(error).kind === 'notFound') throw notFound();
      throw error;
    }
    const deviation = await this._context.cases.getById(action.deviationId, 'open');
    const allowed = !!deviation && (me.isSecurityFunction || (me.isHandler && mayHandle({ id: me.id, isSecurityFunction: false }, deviation, await this._context.units.getAll())));
    if (!allowed) throw notFound();
    if (!action.owner) return action;
    const owner = await this._context.people.byEmail(action.owner.email, 'owner');
    if (owner.isHandler || owner.isSecurityFunction) return action;
    const holders = await this._context.grants.holders(ACTION_LISTS.open.title, action.id);
    if (!holders.readers.has(owner.id)) await this._context.grants.share(ACTION_LISTS.open.title, action.id, [{ principalId: owner.id, level: 'Read' }]);
    return action;
  }

  /**
   * Moves an open case that turned out to be sensitive, with its actions, into the protected lists.
   * The open item is sealed first (only the app can reach it), so a failure half-way exposes nothing
   * and a retry finishes the move. The copy is keyed by the open item, never by anything a user wrote.
   */
  public async protect(me: ISiteUser, openCaseId: number, body: unknown): Promise<IDeviation> {
    const request = readProtect(body);
    const movedKey = `moved:${openCaseId}`;
    const open = await this._context.cases.getById(openCaseId, 'open');
    if (!open) return this._alreadyMoved(me, movedKey);
    // The Handler field of an open item is its author's to edit: the caller must be a handler by role.
    const allowed = me.isSecurityFunction || (me.isHandler && mayHandle({ id: me.id, isSecurityFunction: false }, open, await this._context.units.getAll()));
    if (!allowed) throw new Refusal(403, 'forbidden', 'Only the handler, a manager of the unit or the security function may do that.');
    if (!open.sensitive && !requiresSecurityApproval(open)) throw new Refusal(400, 'invalid', 'Only a sensitive case is moved to the protected list.');
    if (open.etag !== request.etag) throw new Refusal(412, 'conflict', 'The case has changed since it was read.', open);

    await this._context.grants.seal(CASE_LISTS.open.title, open.id);
    const reporter = await this._authorOf(open.id);
    const handler = open.handler && open.handler.id !== undefined ? await this._context.people.byEmail(open.handler.email, 'handler') : me;
    const keptHandler = handler.isHandler || handler.isSecurityFunction ? handler : me;
    const moved = await this._copyToProtected(me, open, movedKey, reporter, keptHandler);
    await this._context.grants.share(CASE_LISTS.protected.title, moved.id, [
      { principalId: reporter.id, level: 'Read' },
      { principalId: keptHandler.id, level: 'Contribute' }
    ]);
    const openActions = await this._context.actions.listFor(open.id, 'open');
    // A retry after a move that stopped half-way copies only what is not there yet.
    const copied = new Set((await this._context.actions.listFor(moved.id, 'protected')).map(actionKey));
    for (const action of openActions.filter((candidate) => !copied.has(actionKey(candidate)))) {
      const ownerId = action.owner && action.owner.id !== undefined ? action.owner.id : keptHandler.id;
      const copy = await this._context.actions.add({ deviationId: moved.id, store: 'protected', title: action.title, ownerId, dueDate: action.dueDate });
      const withStatus = action.status === 'Planerad' ? copy : await this._context.actions.setStatus(copy.id, copy.etag, action.status, action.completedAt, 'protected');
      const people = new Set([keptHandler.id, ownerId]);
      await this._context.grants.share(ACTION_LISTS.protected.title, withStatus.id, Array.from(people).map((principalId) => ({ principalId, level: 'Contribute' as const })));
    }
    // Gone from the open list only once everything stands in the protected one (to the recycle bin).
    for (const action of openActions) await this._context.sp.web.lists.getByTitle(ACTION_LISTS.open.title).items.getById(action.id).recycle();
    await this._context.sp.web.lists.getByTitle(CASE_LISTS.open.title).items.getById(open.id).recycle();
    return moved;
  }

  /** A retry whose first attempt moved the case but lost the answer: answer with the case where it is now. */
  private async _alreadyMoved(me: ISiteUser, movedKey: string): Promise<IDeviation> {
    const moved = await this._context.cases.findByClientRequestId(movedKey);
    if (!moved || moved.store !== 'protected') throw notFound();
    await requireHolder(this._context, me, moved);
    return moved;
  }

  /** Who created the open item: SharePoint's Author, which no one can edit, unlike the Reporter field. */
  private async _authorOf(openCaseId: number): Promise<ISiteUser> {
    const item: { Author: { EMail: string } } = await this._context.sp.web.lists.getByTitle(CASE_LISTS.open.title).items.getById(openCaseId).select('Author/EMail').expand('Author')();
    return this._context.people.byEmail(item.Author.EMail, 'reporter');
  }

  private async _copyToProtected(me: ISiteUser, open: IDeviation, movedKey: string, reporter: ISiteUser, handler: ISiteUser): Promise<IDeviation> {
    const note: IHistoryEntry = {
      at: this._context.now().toISOString(),
      byName: me.displayName,
      byEmail: me.email,
      from: open.status,
      to: open.status,
      note: format(strings.HistoryMovedToProtected, open.caseNumber)
    };
    const { deviation } = await this._context.cases.submit(
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
    return this._context.cases.update(
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
        handlerNotifiedAt: open.handlerNotifiedAt || this._context.now().toISOString(),
        reporterNotified: open.reporterNotified,
        reminderSentFor: open.reminderSentFor
      },
      'protected'
    );
  }
}

/** What makes two actions the same when a move is repeated. */
function actionKey(action: IDeviationAction): string {
  return [action.title, action.dueDate, action.owner ? action.owner.id : ''].join('|');
}
