/**
 * The PDSA dashboard: every unit's phases derived from evidence (domain/pdsa/evidence.ts and
 * phases.ts) and rolled up the hierarchy, a unit's cycle, and the comments units write beside their
 * state. Reads every list once per call in two `$batch` requests (pdsaEvidence.ts); nothing here
 * writes a state, only comments, which never change one.
 */
import { countEvidence, NO_EVIDENCE, pdsaCommentError } from '../../domain/pdsa/evidence';
import { IPdsaStatus, pdsaStatus, rollUpPdsa } from '../../domain/pdsa/phases';
import { IPdsaComment } from '../../domain/pdsa/repositories';
import { mayChangeUnitWork } from '../../domain/pdsa/unitWork';
import { PDSA_PHASES, PdsaPhase } from '../../domain/pdsa/vocabulary';
import { yearError } from '../../domain/pdsa/goals';
import { SecurityArea } from '../../domain/securityAreas';
import { IPdsaDashboardService, IPdsaMatrix, IUnitCycle, SaveResult } from './IPdsaServices';
import { PdsaCommentRepository } from './PdsaCommentRepository';
import { IPdsaServiceDeps, workerAndUnits } from './pdsaServiceDeps';
import { readPdsaEvidence } from './pdsaEvidence';
import { readsOf, SameTurnBatch } from '../lists/sameTurnBatch';

export class PdsaDashboardService implements IPdsaDashboardService {
  private readonly _comments: PdsaCommentRepository;
  private readonly _reads: SameTurnBatch;

  constructor(private readonly _deps: IPdsaServiceDeps) {
    this._reads = readsOf(_deps);
    this._comments = new PdsaCommentRepository(_deps.sp, this._reads);
  }

  public async matrix(year: number, area?: SecurityArea): Promise<IPdsaMatrix> {
    const [units, data] = await Promise.all([this._deps.units.getAll(), readPdsaEvidence(this._reads, year, area)]);
    const evidence = countEvidence(data.sources, year, this._deps.now(), area);
    const own = new Map<number, IPdsaStatus>();
    evidence.forEach((counted, unitId) => own.set(unitId, pdsaStatus(counted)));
    return { year, ...(area ? { area } : {}), units, evidence, rolledUp: rollUpPdsa(units, own), comments: data.comments };
  }

  public async cycle(unitId: number, year: number, area?: SecurityArea): Promise<IUnitCycle | undefined> {
    // The whole matrix: a unit's rolled-up state needs its children's, and it costs the same requests.
    const [matrix, { worker, units }] = await Promise.all([this.matrix(year, area), workerAndUnits(this._deps)]);
    const unit = matrix.units.find((candidate) => candidate.id === unitId);
    const rolledUp = matrix.rolledUp.get(unitId);
    if (!unit || !rolledUp) return undefined;
    const evidence = matrix.evidence.get(unitId) || NO_EVIDENCE;
    return {
      unit,
      year,
      ...(area ? { area } : {}),
      evidence,
      status: pdsaStatus(evidence),
      rolledUp,
      comments: matrix.comments.filter((comment) => comment.unitId === unitId),
      mayComment: mayChangeUnitWork(worker, unitId, units)
    };
  }

  /**
   * Adds a comment beside the unit's state, once per clientRequestId. Who may: the unit's line
   * managers and the security function (unitWork.ts). The state itself is never written.
   */
  public async comment(unitId: number, year: number, phase: PdsaPhase, text: string, clientRequestId: string): Promise<SaveResult<IPdsaComment, { readonly comment?: string }>> {
    if (PDSA_PHASES.indexOf(phase) < 0 || yearError(year)) throw new RangeError(`No PDSA cycle ${year} ${phase}`);
    const { worker, units } = await workerAndUnits(this._deps);
    if (!units.some((unit) => unit.id === unitId) || !mayChangeUnitWork(worker, unitId, units)) return { kind: 'notPermitted' };
    const error = pdsaCommentError(text);
    if (error) return { kind: 'invalid', errors: { comment: error } };
    const added = await this._comments.add({ unitId, year, phase, comment: text }, clientRequestId);
    return { kind: 'saved', item: added.item };
  }
}
