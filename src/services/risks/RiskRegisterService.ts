import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { IPerson } from '../../domain/organisation';
import { IRiskPlacement, IRiskQuery, IRiskValues, IRiskPage } from '../../domain/risks/repositories';
import { IRisk, IRiskAction, IRiskDraft, IRiskMatrix } from '../../domain/risks/types';
import { RiskStatus } from '../../domain/risks/vocabulary';
import { parseRiskNumber } from '../../domain/risks/riskNumber';
import { IDeviation } from '../../domain/deviations/types';
import { ActionStatus } from '../../domain/deviations/vocabulary';
import { DEFAULT_RISK_MATRIX, matrixErrors } from '../../domain/risks/matrix';
import { mayEditRisk, riskValues } from '../../domain/risks/riskValues';
import { newRiskActionErrors, riskActionStatusErrors } from '../../domain/risks/riskActions';
import { IOrganisationUnit } from '../../domain/organisation';
import { riskTransitionBlockers, RiskTransitionBlocker } from '../../domain/risks/riskStatus';
import { validateRiskDraft } from '../../domain/risks/riskValidation';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { ICurrentUser, ICurrentUserService } from '../currentUser/ICurrentUserService';
import { SitePeople } from '../people';
import { ConflictError } from '../errors';
import { RiskRepository } from './RiskRepository';
import { readsOf, SameTurnBatch } from '../lists/sameTurnBatch';
import { RiskActionRepository } from './RiskActionRepository';
import { RiskDecisionRepository } from './RiskDecisionRepository';
import { RiskMatrixRepository } from './RiskMatrixRepository';
import { acceptanceOf } from './riskAcceptance';
import { IRiskDetail, IRiskRegisterService, RiskDecisionResult, RiskLinkResult, RiskSaveResult } from './IRiskRegisterService';
import { IScanningEntry } from '../../domain/risks/scanning';
import { SecurityArea } from '../../domain/securityAreas';
import { IRiskDecisionGateway } from './IRiskDecisionGateway';
import { IAcceptanceDecision } from '../../domain/risks/acceptance';
import { ProtectedCaseError } from '../protectedCases/ProtectedCaseClient';

export interface IRiskRegisterDependencies {
  readonly sp: SPFI;
  readonly currentUser: ICurrentUserService;
  readonly units: IUnitRepository;
  readonly people: SitePeople;
  /** The Trygg function, which alone writes acceptance requests and decisions. */
  readonly decisions: IRiskDecisionGateway;
  readonly now: () => Date;
  /** The composition's one batch (sameTurnBatch.ts readsOf); the service has its own without it. */
  readonly reads?: SameTurnBatch;
}

/** The register's use cases on TryggRisker and the lists around it. */
export class RiskRegisterService implements IRiskRegisterService {
  private readonly _risks: RiskRepository;
  private readonly _actions: RiskActionRepository;
  private readonly _matrices: RiskMatrixRepository;
  private readonly _decisions: RiskDecisionRepository;

  constructor(private readonly _deps: IRiskRegisterDependencies) {
    // The matrix and the register's first page, asked in one turn when it opens, share a $batch.
    const reads = readsOf(_deps);
    this._risks = new RiskRepository(_deps.sp, reads);
    this._actions = new RiskActionRepository(_deps.sp);
    this._matrices = new RiskMatrixRepository(_deps.sp, reads);
    this._decisions = new RiskDecisionRepository(_deps.sp);
  }

  public async matrix(): Promise<IRiskMatrix> {
    return (await this._matrices.current()) || DEFAULT_RISK_MATRIX;
  }

  public async matrices(): Promise<IRiskMatrix[]> {
    const stored = await this._matrices.all();
    return stored.length > 0 ? stored : [DEFAULT_RISK_MATRIX];
  }

  public async mayUse(): Promise<boolean> {
    const me = await this._deps.currentUser.get();
    return me.roles.manager || me.roles.securityFunction;
  }

  public async query(query: IRiskQuery): Promise<IRiskPage> {
    const resolved = await this._resolved(query);
    return resolved ? this._risks.query(resolved) : { risks: [] };
  }

  public async placements(query: IRiskQuery): Promise<IRiskPlacement[]> {
    const resolved = await this._resolved(query);
    return resolved ? this._risks.placements(resolved) : [];
  }

  /** Which risks' acceptances lapse soon is the decisions list's to say (ExpiresAt is indexed there); undefined: none. */
  private async _resolved(query: IRiskQuery): Promise<IRiskQuery | undefined> {
    if (!query.acceptanceExpiresBefore) return query;
    const expiring = await this._decisions.grantedExpiringBefore(query.acceptanceExpiresBefore);
    const ids = Array.from(new Set(expiring.map((decision) => decision.riskId)));
    return ids.length === 0 ? undefined : { ...query, acceptanceExpiresBefore: undefined, ids };
  }

  public async get(id: number): Promise<IRiskDetail | undefined> {
    // The risk, its actions and its decisions in one $batch.
    const [batched, execute] = this._deps.sp.batched();
    const reads = Promise.all([
      new RiskRepository(batched).get(id),
      new RiskActionRepository(batched).listFor(id),
      new RiskDecisionRepository(batched).listFor(id)
    ]);
    await execute();
    const [risk, actions, decisions] = await reads;
    if (!risk) return undefined;
    const matrices = await this.matrices();
    const assessedWith = matrices.filter((matrix) => matrix.version === risk.matrixVersion)[0] || (await this.matrix());
    return { risk: { ...risk, acceptance: acceptanceOf(decisions) }, actions, decisions, assessedWith };
  }

  public async save(draft: IRiskDraft, clientRequestId: string, existing?: IRisk): Promise<RiskSaveResult> {
    const [me, matrix, units] = await Promise.all([this._deps.currentUser.get(), this.matrix(), this._deps.units.getAll()]);
    const now = this._deps.now();
    const errors = validateRiskDraft(draft, matrix, now);
    if (Object.keys(errors).some((field) => errors[field as keyof typeof errors] !== undefined)) return { kind: 'invalid', errors: errors as Record<string, string> };
    const unitId = draft.unitId as number;
    if (!this._mayEdit(me, unitId, units, existing)) return { kind: 'invalid', errors: { unitId: 'notPermitted' } };
    const values = await this._values(draft, matrix, now, existing);
    if (!existing) return { kind: 'saved', risk: (await this._risks.add(values, clientRequestId)).risk };
    try {
      return { kind: 'saved', risk: await this._risks.update(existing.id, existing.etag, values) };
    } catch (error) {
      if (error instanceof ConflictError) return { kind: 'conflict', mine: draft, theirs: (error as ConflictError<IRisk>).current };
      throw error;
    }
  }

  /** Moves a risk on (Utkast → Bedömd …): every reason it may not is returned at once. */
  public async transition(risk: IRisk, to: RiskStatus): Promise<{ kind: 'saved'; risk: IRisk } | { kind: 'blocked'; blockers: RiskTransitionBlocker[] } | { kind: 'conflict'; theirs: IRisk }> {
    const [me, matrix, units, actions] = await Promise.all([this._deps.currentUser.get(), this.matrix(), this._deps.units.getAll(), this._actions.listFor(risk.id)]);
    const blockers = riskTransitionBlockers(risk, to, {
      actorMayEdit: this._mayEdit(me, risk.unit.id, units, risk),
      openActionCount: actions.filter((action) => action.status !== 'Klar').length,
      matrix,
      now: this._deps.now()
    });
    if (blockers.length > 0) return { kind: 'blocked', blockers };
    try {
      return { kind: 'saved', risk: await this._risks.update(risk.id, risk.etag, { status: to }) };
    } catch (error) {
      if (error instanceof ConflictError) return { kind: 'conflict', theirs: (error as ConflictError<IRisk>).current };
      throw error;
    }
  }

  public async raiseFromCase(deviation: Pick<IDeviation, 'caseNumber' | 'title' | 'unit' | 'area'>, title: string, clientRequestId: string): Promise<RiskSaveResult> {
    const me = await this._deps.currentUser.get();
    const draft: IRiskDraft = { title, area: deviation.area, unitId: deviation.unit ? deviation.unit.id : undefined, source: 'Avvikelse', ownerEmail: me.email };
    const result = await this.save(draft, clientRequestId);
    if (result.kind !== 'saved' || result.risk.linkedCases.indexOf(deviation.caseNumber) >= 0) return result;
    const linked = await this.linkCase(result.risk.riskNumber, deviation.caseNumber);
    return linked.kind === 'saved' ? linked : result;
  }

  public linkCase(riskNumber: string, caseNumber: string): Promise<RiskLinkResult> {
    return this.link(riskNumber, (risk) => (risk.linkedCases.indexOf(caseNumber) >= 0 ? undefined : { linkedCases: risk.linkedCases.concat([caseNumber]) }));
  }

  public async raiseFromScanning(entry: IScanningEntry, input: { title: string; area: SecurityArea; unitId: number }, clientRequestId: string): Promise<RiskSaveResult> {
    const me = await this._deps.currentUser.get();
    const draft: IRiskDraft = { title: input.title, area: input.area, unitId: input.unitId, source: 'Omvärldsbevakning', ownerEmail: me.email };
    const result = await this.save(draft, clientRequestId);
    if (result.kind !== 'saved' || result.risk.scanningEntryId === entry.id) return result;
    const linked = await this.link(result.risk.riskNumber, () => ({ scanningEntryId: entry.id }));
    return linked.kind === 'saved' ? linked : result;
  }

  /**
   * Changes what a risk links to (cases, the omvärldsbevakning entry, the governing document) on the
   * risk as it is now: `patch` reads the stored risk and answers what to write, or undefined when
   * nothing needs to change. Someone saving meanwhile is read again, never overwritten.
   */
  public async link(riskNumber: string, patch: (risk: IRisk) => Partial<IRiskValues> | undefined): Promise<RiskLinkResult> {
    const id = parseRiskNumber(riskNumber);
    if (id === undefined) return { kind: 'notFound' };
    const [me, units] = await Promise.all([this._deps.currentUser.get(), this._deps.units.getAll()]);
    for (let attempt = 0; attempt < 3; attempt++) {
      const risk = await this._risks.get(id);
      if (!risk) break;
      if (!this._mayEdit(me, risk.unit.id, units, risk)) return { kind: 'notPermitted' };
      const values = patch(risk);
      if (!values) return { kind: 'saved', risk };
      try {
        return { kind: 'saved', risk: await this._risks.update(risk.id, risk.etag, values) };
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    return { kind: 'notFound' };
  }

  public requestAcceptance(risk: IRisk, note?: string): Promise<RiskDecisionResult> {
    return this._decided(risk, () => this._deps.decisions.requestAcceptance(risk.id, note));
  }

  public decideAcceptance(risk: IRisk, decision: IAcceptanceDecision): Promise<RiskDecisionResult> {
    return this._decided(risk, () => this._deps.decisions.decideAcceptance(risk.id, decision));
  }

  /** The function's refusal carries the domain's reasons; the answer is the risk as it stands after. */
  private async _decided(risk: IRisk, call: () => Promise<unknown>): Promise<RiskDecisionResult> {
    try {
      await call();
    } catch (error) {
      if (error instanceof ProtectedCaseError && (error.code === 'forbidden' || error.code === 'invalid') && error.fields) {
        return { kind: 'blocked', blockers: Object.values(error.fields), fields: error.fields };
      }
      throw error;
    }
    const detail = await this.get(risk.id);
    if (!detail) throw new Error(`Risk ${risk.id} vanished after a decision`);
    return { kind: 'saved', risk: detail.risk };
  }

  public async addAction(risk: IRisk, action: { title: string; owner: IPerson; dueDate: string; costEstimate?: number }): Promise<IRiskAction> {
    const errors = newRiskActionErrors(action, this._deps.now());
    if (Object.keys(errors).length > 0) throw new RangeError(`The action is not valid: ${JSON.stringify(errors)}`);
    const owner = await this._deps.people.withSiteId(action.owner);
    return this._actions.add({ riskId: risk.id, title: action.title, ownerId: owner.id as number, dueDate: action.dueDate, costEstimate: action.costEstimate });
  }

  public setActionStatus(action: IRiskAction, status: ActionStatus, effectCheck?: string): Promise<IRiskAction> {
    const errors = riskActionStatusErrors(status, effectCheck);
    if (Object.keys(errors).length > 0) return Promise.reject(new RangeError(`A done action needs its effect check: ${JSON.stringify(errors)}`));
    return this._actions.update(action.id, action.etag, { status, completedAt: this._deps.now().toISOString(), effectCheck });
  }

  public async saveMatrix(matrix: IRiskMatrix): Promise<IRiskMatrix> {
    const me = await this._deps.currentUser.get();
    if (!me.roles.securityFunction) throw new RangeError('Only the security function changes the risk matrix.');
    const errors = matrixErrors(matrix);
    if (errors.length > 0) throw new RangeError(`The matrix is not valid: ${errors.map((error) => `${error.path} ${error.error}`).join(', ')}`);
    return this._matrices.add({ ...matrix, changedAt: this._deps.now().toISOString(), changedBy: me.displayName });
  }

  private _mayEdit(me: ICurrentUser, unitId: number, units: readonly IOrganisationUnit[], existing?: IRisk): boolean {
    return mayEditRisk({ id: me.id, email: me.email, isSecurityFunction: me.roles.securityFunction, isManager: me.roles.manager }, unitId, units, existing);
  }

  private async _values(draft: IRiskDraft, matrix: IRiskMatrix, now: Date, existing?: IRisk): Promise<IRiskValues> {
    const person = async (email?: string): Promise<number | undefined> =>
      email ? ((await this._deps.people.withSiteId({ displayName: email, email })).id as number) : undefined;
    return riskValues(draft, matrix, now, { ownerId: await person(draft.ownerEmail), approverId: await person(draft.approverEmail) }, existing);
  }
}
