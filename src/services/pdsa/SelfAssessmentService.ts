import { hasSelfAssessmentErrors, ISelfAssessmentErrors, ISelfAssessmentInput, ISelfAssessmentSummary, selfAssessmentErrors, selfAssessmentSummary } from '../../domain/pdsa/selfAssessment';
import { IStoredSelfAssessment } from '../../domain/pdsa/repositories';
import { yearError } from '../../domain/pdsa/goals';
import { mayChangeUnitWork } from '../../domain/pdsa/unitWork';
import { PDSA_LIMITS } from '../../domain/pdsa/vocabulary';
import { checkLimitedText } from '../../domain/validation';
import { ISelfAssessmentService, SaveResult } from './IPdsaServices';
import { SelfAssessmentRepository } from './SelfAssessmentRepository';
import { readsOf } from '../lists/sameTurnBatch';
import { IPdsaServiceDeps, savedOrConflict, workerAndUnits } from './pdsaServiceDeps';
import { derivedRequestId } from './derivedRequestId';

type FollowUpErrors = { readonly note?: string; readonly unitIds?: string };

/** The yearly self-assessment: not for members; a unit's manager answers, the security function orders follow-ups. */
export class SelfAssessmentService implements ISelfAssessmentService {
  private readonly _assessments: SelfAssessmentRepository;

  constructor(private readonly _deps: IPdsaServiceDeps) {
    this._assessments = new SelfAssessmentRepository(_deps.sp, readsOf(_deps));
  }

  /** The unit's assessment of the year; the latest, should a unit have more than one. */
  public async get(unitId: number, year: number): Promise<IStoredSelfAssessment | undefined> {
    const assessments = await this._assessments.forYear(year, [unitId]);
    return assessments.sort((a, b) => b.id - a.id)[0];
  }

  public async save(
    input: ISelfAssessmentInput,
    clientRequestId: string,
    existing?: IStoredSelfAssessment
  ): Promise<SaveResult<IStoredSelfAssessment, ISelfAssessmentErrors>> {
    const { worker, units } = await workerAndUnits(this._deps);
    const errors = selfAssessmentErrors(input, { units });
    if (hasSelfAssessmentErrors(errors)) return { kind: 'invalid', errors };
    if (!mayChangeUnitWork(worker, input.unitId, units) || (existing && !mayChangeUnitWork(worker, existing.unitId, units))) return { kind: 'notPermitted' };
    // The targeted follow-up is the security function's order: a unit's save keeps it as it stands.
    const values: ISelfAssessmentInput = worker.isSecurityFunction
      ? input
      : { ...input, targetedFollowUp: existing ? existing.targetedFollowUp : false, targetedFollowUpNote: existing ? existing.targetedFollowUpNote : undefined };
    const submitting = values.status === 'Inlämnad' && (!existing || existing.status !== 'Inlämnad');
    const submitter = submitting ? { id: worker.id, at: this._deps.now().toISOString() } : undefined;
    if (existing) return savedOrConflict(() => this._assessments.update(existing.id, existing.etag, values, submitter));
    // One assessment per unit and year: a second start (someone else's, not this save's retry) meets the first.
    const retried = await this._assessments.byClientRequestId(clientRequestId);
    if (retried) return { kind: 'saved', item: retried };
    const started = await this.get(values.unitId, values.year);
    if (started) return { kind: 'conflict', theirs: started };
    return { kind: 'saved', item: (await this._assessments.add(values, clientRequestId, submitter)).item };
  }

  public async summary(year: number, unitIds?: readonly number[]): Promise<ISelfAssessmentSummary> {
    const scope = unitIds ? unitIds.slice() : (await this._deps.units.getAll()).map((unit) => unit.id);
    const assessments = await this._assessments.forYear(year, unitIds);
    return selfAssessmentSummary(assessments, { unitIds: scope, year });
  }

  public async orderFollowUp(
    year: number,
    unitIds: readonly number[],
    note: string,
    clientRequestId: string
  ): Promise<SaveResult<readonly IStoredSelfAssessment[], FollowUpErrors>> {
    if (yearError(year)) throw new RangeError(`Not a year for a self-assessment: ${year}`);
    const { worker, units } = await workerAndUnits(this._deps);
    if (!worker.isSecurityFunction) return { kind: 'notPermitted' };
    const unique = Array.from(new Set(unitIds));
    const errors: { note?: string; unitIds?: string } = {};
    const noteError = checkLimitedText(note, { required: true, max: PDSA_LIMITS.comment });
    if (noteError) errors.note = noteError;
    if (unique.length === 0) errors.unitIds = 'required';
    else if (!unique.every((unitId) => units.some((unit) => unit.id === unitId))) errors.unitIds = 'unknownUnit';
    if (errors.note || errors.unitIds) return { kind: 'invalid', errors };
    const existing = await this._assessments.forYear(year, unique);
    const ordered: IStoredSelfAssessment[] = [];
    for (const unitId of unique) {
      // Setting the order again is harmless, so a retry redoes what its first attempt did.
      const latest = existing.filter((assessment) => assessment.unitId === unitId).sort((a, b) => b.id - a.id)[0];
      ordered.push(latest ? await this._order(latest, note) : await this._start(year, unitId, note, derivedRequestId(clientRequestId, `u${unitId}`)));
    }
    return { kind: 'saved', item: ordered };
  }

  private async _start(year: number, unitId: number, note: string, clientRequestId: string): Promise<IStoredSelfAssessment> {
    const values: ISelfAssessmentInput = { unitId, year, status: 'Utkast', answers: {}, targetedFollowUp: true, targetedFollowUpNote: note };
    return (await this._assessments.add(values, clientRequestId)).item;
  }

  /** Marks an assessment for follow-up; someone saving it meanwhile is not overwritten: the order goes onto their version. */
  private async _order(assessment: IStoredSelfAssessment, note: string, attempts = 3): Promise<IStoredSelfAssessment> {
    const saved = await savedOrConflict(() => this._assessments.update(assessment.id, assessment.etag, { ...assessment, targetedFollowUp: true, targetedFollowUpNote: note }));
    if (saved.kind === 'saved') return saved.item;
    if (attempts <= 1) throw new Error(`Self-assessment ${assessment.id} kept changing while a follow-up was ordered.`);
    return this._order(saved.theirs, note, attempts - 1);
  }
}
