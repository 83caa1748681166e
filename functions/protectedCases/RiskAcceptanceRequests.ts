/**
 * Acceptance of risks, which only the Trygg function records (TryggRiskbeslut gives people Read
 * only): a manager's own REST call cannot grant an acceptance, and the rules of
 * domain/risks/acceptance.ts — the owner asks, someone else with the right role decides, never the
 * requester — hold whoever calls. Anyone who may not see risks is told the risk does not exist.
 */
import { IRisk, IRiskMatrix } from '../../src/domain/risks/types';
import { IRiskDecision } from '../../src/domain/risks/repositories';
import { acceptanceErrors, acceptanceRequestBlockers, decideAcceptance, IAcceptanceActor, mayDecideAcceptance } from '../../src/domain/risks/acceptance';
import { DEFAULT_RISK_MATRIX } from '../../src/domain/risks/matrix';
import { RiskRepository } from '../../src/services/risks/RiskRepository';
import { RiskDecisionRepository } from '../../src/services/risks/RiskDecisionRepository';
import { RiskMatrixRepository } from '../../src/services/risks/RiskMatrixRepository';
import { acceptanceOf } from '../../src/services/risks/riskAcceptance';
import { ConflictError } from '../../src/services/errors';
import { IFunctionContext } from './functionContext';
import { ISiteUser } from './sitePrincipals';
import { notFound, Refusal } from './refusal';
import { InvalidRequest, readAcceptanceDecision, readAcceptanceRequest } from './requestBodies';

export class RiskAcceptanceRequests {
  private readonly _risks: RiskRepository;
  private readonly _decisions: RiskDecisionRepository;
  private readonly _matrices: RiskMatrixRepository;

  constructor(private readonly _context: IFunctionContext) {
    this._risks = new RiskRepository(_context.sp);
    this._decisions = new RiskDecisionRepository(_context.sp);
    this._matrices = new RiskMatrixRepository(_context.sp);
  }

  public async request(me: ISiteUser, riskId: number, body: unknown): Promise<IRiskDecision> {
    const { note } = readAcceptanceRequest(body);
    const { risk } = await this._risk(me, riskId);
    const now = this._context.now();
    const blockers = acceptanceRequestBlockers(actorOf(me), risk, await this._matrix(), now, note);
    if (blockers.length > 0) throw new Refusal(403, 'forbidden', `The acceptance cannot be requested: ${blockers.join(', ')}.`, undefined, fieldsOf(blockers));
    // A request already open is refused above, so a replay after a lost answer adds nothing.
    return this._decisions.add({ riskId, requestedById: me.id, requestedAt: now.toISOString(), requestNote: note ? note.trim() : undefined });
  }

  public async decide(me: ISiteUser, riskId: number, body: unknown): Promise<IRiskDecision> {
    const decision = readAcceptanceDecision(body);
    const { risk, decisions } = await this._risk(me, riskId);
    const now = this._context.now();
    const permission = mayDecideAcceptance(actorOf(me), risk, await this._matrix(), await this._context.units.getAll());
    if (!permission.allowed) throw new Refusal(403, 'forbidden', `The acceptance cannot be decided: ${permission.reason}.`, undefined, { decision: permission.reason });
    const errors = acceptanceErrors(risk.acceptance, decision, now);
    if (Object.keys(errors).length > 0) throw new InvalidRequest(errors as Record<string, string>);
    const open = decisions[0];
    const decided = decideAcceptance(risk.acceptance!, risk, decision, me, now);
    let stored: IRiskDecision;
    try {
      stored = await this._decisions.update(open.id, open.etag, {
        state: decided.state,
        decidedById: me.id,
        decidedAt: decided.decidedAt,
        rationale: decided.rationale,
        expiresAt: decided.expiresAt,
        accepted: decided.acceptedAssessment,
        acceptedMatrixVersion: decided.acceptedMatrixVersion
      });
    } catch (error) {
      if (error instanceof ConflictError) throw new Refusal(412, 'conflict', 'The request was decided by someone else meanwhile.');
      throw error;
    }
    // A grant moves the risk to Accepterad; its owner's edits meet a conflict and read it again.
    if (decided.state === 'Beviljad' && risk.status !== 'Accepterad') await this._markAccepted(riskId);
    return stored;
  }

  private async _markAccepted(riskId: number): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const risk = await this._risks.get(riskId);
      if (!risk || risk.status === 'Accepterad') return;
      try {
        await this._risks.update(risk.id, risk.etag, { status: 'Accepterad' });
        return;
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
  }

  /** The risk with its acceptance, for someone who may see risks; anyone else is told it does not exist. */
  private async _risk(me: ISiteUser, riskId: number): Promise<{ risk: IRisk; decisions: IRiskDecision[] }> {
    if (!me.isHandler && !me.isSecurityFunction) throw notFound();
    const [risk, decisions] = await Promise.all([this._risks.get(riskId), this._decisions.listFor(riskId)]);
    if (!risk) throw notFound();
    return { risk: { ...risk, acceptance: acceptanceOf(decisions) }, decisions };
  }

  private async _matrix(): Promise<IRiskMatrix> {
    return (await this._matrices.current()) || DEFAULT_RISK_MATRIX;
  }
}

function actorOf(me: ISiteUser): IAcceptanceActor {
  return { id: me.id, email: me.email, isSecurityFunction: me.isSecurityFunction };
}

/** Each reason under its own name, as the client reads refusals. */
function fieldsOf(blockers: readonly string[]): Record<string, string> {
  return Object.fromEntries(blockers.map((blocker) => [blocker, blocker]));
}
