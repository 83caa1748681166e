import { IDirectory } from '../../domain/directory';
import { handoverNote, HandOverReason } from '../../domain/deviations/mailLedger';
import {
  IDeviationActionRepository,
  IDeviationChanges,
  IDeviationQuery,
  IDeviationRepository,
  IUnitRepository
} from '../../domain/deviations/repositories';
import { IDeviation, IDeviationAction, IDeviationRow, IMtoCause } from '../../domain/deviations/types';
import { appendHistory, isOpen, requiresSecurityApproval, transitionBlockers } from '../../domain/deviations/workflow';
import { nextInLine } from '../../domain/deviations/routing';
import { ActionStatus, DeviationStatus } from '../../domain/deviations/vocabulary';
import { IPerson } from '../../domain/organisation';
import { handoverBlockers, mayHandle, unitsAnsweredFor } from '../../domain/deviations/handlers';
import { withSeal } from '../../domain/deviations/reportTrust';
import { AREAS_WITH_MSB_CATEGORY } from '../../domain/securityAreas';
import { ACTION_MAX_YEARS_AHEAD, actionDueDateError, CASE_TEXT_LIMITS, caseTextError, causeErrors } from '../../domain/deviations/limits';
import { ConflictError } from '../errors';
import { ICurrentUser, ICurrentUserService } from '../currentUser/ICurrentUserService';
import { SitePeople } from '../people';
import { SPFI } from '@pnp/sp';
import { readCase } from './readCase';
import { readArchivedCase } from './archivedCases';
import { parseCaseNumber } from '../../domain/deviations/caseNumber';
import { IProtectedCaseGateway } from '../protectedCases/IProtectedCaseGateway';
import { HandlingResult, IClassification, IDeviationHandlingService } from './IDeviationHandlingService';

export interface IHandlingDependencies {
  readonly currentUser: ICurrentUserService;
  readonly directory: IDirectory;
  readonly units: IUnitRepository;
  readonly deviations: IDeviationRepository;
  readonly actions: IDeviationActionRepository;
  readonly people: SitePeople;
  /** What only the protected-cases function may do. */
  readonly protectedCases: IProtectedCaseGateway;
  /** For reads that span lists in one $batch. */
  readonly sp: SPFI;
  readonly now: () => Date;
}


export class DeviationHandlingService implements IDeviationHandlingService {
  private readonly _deps: IHandlingDependencies;

  constructor(dependencies: IHandlingDependencies) {
    this._deps = dependencies;
  }

  public async inbox(filter: Omit<IDeviationQuery, 'handlerIds' | 'unitIds'> = {}): Promise<IDeviation[]> {
    return this._deps.deviations.query({ ...filter, ...(await this._answeredFor()), top: filter.top || 500 });
  }

  public async inboxRows(): Promise<IDeviationRow[]> {
    return this._deps.deviations.queryRows({ ...(await this._answeredFor()), top: 500 });
  }

  /** Whose cases the user answers for: the security function everyone's; others their own and their units'. */
  private async _answeredFor(): Promise<Pick<IDeviationQuery, 'handlerIds' | 'unitIds'>> {
    // Asked together, the user and the units share one request (SameTurnBatch).
    const [me, units] = await Promise.all([this._deps.currentUser.get(), this._deps.units.getAll()]);
    return me.roles.securityFunction ? {} : { handlerIds: [me.id], unitIds: unitsAnsweredFor(me.id, units) };
  }

  public async get(caseRef: number | string): Promise<{ deviation: IDeviation; actions: IDeviationAction[] } | undefined> {
    if (typeof caseRef === 'number') return readCase(this._deps.sp, { id: caseRef, store: 'open' });
    const parts = parseCaseNumber(caseRef);
    if (!parts) return undefined;
    // A protected case closed over a year ago may have moved to its year's archive, keeping its number.
    return (await readCase(this._deps.sp, parts)) || readArchivedCase(this._deps.sp, parts, this._deps.now());
  }

  public async classify(deviation: IDeviation, classification: IClassification): Promise<HandlingResult> {
    // A case the handler classifies as threats and violence becomes protected, as if reported so.
    const area = classification.area || deviation.area;
    const sensitive = deviation.sensitive || requiresSecurityApproval({ ...deviation, area });
    // The MSB category belongs to IT and information security only: moving away clears it.
    const takesMsb = !!area && AREAS_WITH_MSB_CATEGORY.indexOf(area) >= 0;
    const msbCategory = takesMsb ? classification.msbCategory : deviation.msbCategory ? '' : undefined;
    const result = await this._save(deviation, { ...classification, msbCategory, sensitive });
    // An open case that turned out to be sensitive moves to the protected list, where only its
    // handler and the security function can read it; from then on it has a new case number.
    if (result.kind !== 'saved' || result.deviation.store !== 'open' || !result.deviation.sensitive) return result;
    try {
      return await this._protect(result.deviation);
    } catch (error) {
      // The classification is saved; the move waits for the function. The case view says so and
      // offers the move again (protect), so the failure is neither hidden nor lost.
      console.warn('Trygg: the case could not be moved to the protected cases yet', error);
      return result;
    }
  }

  public async protect(deviation: IDeviation): Promise<HandlingResult> {
    const me = await this._deps.currentUser.get();
    if (!(await this._mayHandle(me, deviation))) return { kind: 'blocked', blockers: ['notHandler'] };
    if (deviation.store !== 'open' || !(deviation.sensitive || requiresSecurityApproval(deviation))) return { kind: 'blocked', blockers: ['notAllowed'] };
    return this._protect(deviation);
  }

  private _protect(deviation: IDeviation): Promise<HandlingResult> {
    return saved(deviation, this._deps.protectedCases.protect(deviation));
  }

  public async setCauses(deviation: IDeviation, causes: readonly IMtoCause[]): Promise<HandlingResult> {
    // A cause of only spaces is refused, never dropped: the handler meant to write something.
    if (causeErrors(causes).some((error) => error !== undefined)) {
      throw new RangeError(`Every cause needs 1–${CASE_TEXT_LIMITS.cause} characters of plain text.`);
    }
    return this._save(deviation, { mtoCauses: causes.map((cause) => ({ category: cause.category, text: cause.text.trim() })) });
  }

  public async giveFeedback(deviation: IDeviation, feedback: string): Promise<HandlingResult> {
    if (caseTextError('feedback', feedback, true) !== undefined) {
      throw new RangeError(`Feedback must be 1–${CASE_TEXT_LIMITS.feedback} characters of plain text.`);
    }
    // The reporter hears it by mail from the Trygg function.
    return this._notified(await this._save(deviation, { feedback: feedback.trim(), feedbackAt: this._deps.now().toISOString() }));
  }

  public async transition(deviation: IDeviation, to: DeviationStatus, note?: string): Promise<HandlingResult> {
    const me = await this._deps.currentUser.get();
    // Only closing depends on the actions: other steps need not read them.
    const actions = to === 'Avslutad' ? await this._deps.actions.listFor(deviation.id, deviation.store) : [];
    const blockers = transitionBlockers(deviation, to, {
      actorMayHandle: await this._mayHandle(me, deviation),
      openActionCount: actions.filter((action) => action.status !== 'Klar').length,
      rejectionReason: note
    });
    if (blockers.length > 0) return { kind: 'blocked', blockers };
    const now = this._deps.now().toISOString();
    const changes: IDeviationChanges = {
      status: to,
      history: appendHistory(deviation.history, deviation.status, to, me, this._deps.now(), note),
      acknowledgedAt: to === 'Mottagen' ? now : undefined,
      closedAt: to === 'Avslutad' || to === 'Avvisad' ? now : undefined,
      approvedById: to === 'Avslutad' ? me.id : undefined,
      rejectionReason: to === 'Avvisad' ? (note || '').trim() : undefined
    };
    // The reporter hears how it ended: the reason for a rejection, the feedback on closing.
    return this._notified(await this._save(deviation, changes));
  }

  public async approveAsSecurityFunction(deviation: IDeviation): Promise<HandlingResult> {
    const me = await this._deps.currentUser.get();
    if (!me.roles.securityFunction) return { kind: 'blocked', blockers: ['notHandler'] };
    return this._save(deviation, { securityApprovedById: me.id, securityApprovedAt: this._deps.now().toISOString() });
  }

  public async reassign(deviation: IDeviation, to: IPerson, note?: string): Promise<HandlingResult> {
    return this._handOver(deviation, to, 'Omfördelad', note);
  }

  public async escalate(deviation: IDeviation): Promise<HandlingResult> {
    if (!deviation.handler) return { kind: 'blocked', blockers: ['notHandler'] };
    const units = await this._deps.units.getAll();
    const handlerLookup = await this._deps.directory.managerOf(deviation.handler.email);
    const next = nextInLine(deviation.handler, () => (handlerLookup.outcome === 'found' ? handlerLookup.manager : undefined), units);
    if (!next) return { kind: 'blocked', blockers: ['notAllowed'] };
    return this._handOver(deviation, next, 'Eskalerad');
  }

  public async addAction(deviation: IDeviation, title: string, owner: IPerson, dueDate: string): Promise<IDeviationAction> {
    if (caseTextError('actionTitle', title, true) !== undefined) throw new RangeError(`An action needs a title of 1–${CASE_TEXT_LIMITS.actionTitle} characters.`);
    const dueDateError = actionDueDateError(dueDate, this._deps.now());
    if (dueDateError) throw new RangeError(`An action's due date is ${dueDateError}: from today to ${ACTION_MAX_YEARS_AHEAD} years ahead.`);
    if (!isOpen(deviation.status)) throw new RangeError('A closed case takes no new actions.');
    // A protected case's action must be shared with its handler and owner: the function adds it.
    if (deviation.store === 'protected') return this._deps.protectedCases.addAction(deviation, title.trim(), owner, dueDate);
    const withId = await this._deps.people.withSiteId(owner);
    const action = await this._deps.actions.add({ deviationId: deviation.id, title, ownerId: withId.id as number, dueDate });
    try {
      // Members cannot read the actions list; an owner who is not a handler is given their own action.
      await this._deps.protectedCases.shareOpenAction(action);
    } catch (error) {
      // The action stands for the handlers; its owner hears of it from its reminder.
      console.warn('Trygg: the action could not be shared with its owner yet', error);
    }
    return action;
  }

  public async setActionStatus(action: IDeviationAction, status: ActionStatus): Promise<IDeviationAction> {
    return this._deps.actions.setStatus(action.id, action.etag, status, this._deps.now().toISOString(), action.store);
  }

  /** Addresses of the people a case may be handed to (before the reporter is ruled out). */
  public handoverRecipients(): Promise<ReadonlySet<string>> {
    return this._deps.people.handlerEmails();
  }

  private async _handOver(deviation: IDeviation, to: IPerson, reason: HandOverReason, note?: string): Promise<HandlingResult> {
    const me = await this._deps.currentUser.get();
    if (!(await this._mayHandle(me, deviation))) return { kind: 'blocked', blockers: ['notHandler'] };
    if (caseTextError('handoverNote', note, false) !== undefined) throw new RangeError(`A handover message is at most ${CASE_TEXT_LIMITS.handoverNote} characters of plain text.`);
    const refused = handoverBlockers(to, deviation, await this._deps.people.handlerEmails());
    if (refused.length > 0) return { kind: 'blocked', blockers: refused };
    if (deviation.store === 'protected') return this._handOverProtected(deviation, to, reason, note);
    const handler = await this._deps.people.withSiteId(to);
    const history = deviation.history.concat([
      { at: this._deps.now().toISOString(), byName: me.displayName, byEmail: me.email, from: deviation.status, to: deviation.status, note: handoverNote(reason, handler.displayName, note) }
    ]);
    // The new handler has not been told: the mark is emptied, and the Trygg function mails them.
    return this._notified(await this._save(deviation, { handlerId: handler.id, routingReason: reason, history, clear: ['handlerNotifiedAt'] }));
  }

  /** Access moves with the case, which only the function can do; it also tells the new handler. */
  private _handOverProtected(deviation: IDeviation, to: IPerson, reason: HandOverReason, note?: string): Promise<HandlingResult> {
    return saved(deviation, this._deps.protectedCases.handOver(deviation, to, reason, note));
  }

  /** Every handling write; the first one on a report also seals what its reporter could have sent. */
  private _save(deviation: IDeviation, changes: IDeviationChanges): Promise<HandlingResult> {
    return saved(deviation, this._deps.deviations.update(deviation.id, deviation.etag, withSeal(deviation, changes), deviation.store));
  }

  /** Whether the signed-in user may act on the case: what the UI offers follows this. */
  public async mayHandle(deviation: IDeviation): Promise<boolean> {
    return this._mayHandle(await this._deps.currentUser.get(), deviation);
  }

  private async _mayHandle(me: ICurrentUser, deviation: IDeviation): Promise<boolean> {
    return mayHandle({ id: me.id, isSecurityFunction: me.roles.securityFunction }, deviation, await this._deps.units.getAll());
  }

  /**
   * After a saved change, the mails it makes due (mailLedger.ts), sent and marked by the Trygg
   * function; the answer carries the case as marked, so the next edit does not meet a conflict.
   */
  private async _notified(result: HandlingResult): Promise<HandlingResult> {
    if (result.kind !== 'saved') return result;
    try {
      return { kind: 'saved', deviation: await this._deps.protectedCases.notify(result.deviation) };
    } catch (error) {
      // The change stands and its mail stays due (unmarked): the next notify of this case sends it.
      console.warn('Trygg: the Trygg function did not send the mail for this change', error);
      return result;
    }
  }
}

/** A write's outcome: the case as saved, or, when someone else saved first, both versions. */
async function saved(mine: IDeviation, write: Promise<IDeviation>): Promise<HandlingResult> {
  try {
    return { kind: 'saved', deviation: await write };
  } catch (error) {
    if (error instanceof ConflictError) return { kind: 'conflict', mine, theirs: (error as ConflictError<IDeviation>).current };
    throw error;
  }
}
