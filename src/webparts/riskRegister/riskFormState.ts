import { IDirectoryUser } from '../../domain/directory';
import { IPerson } from '../../domain/organisation';
import { SecurityArea } from '../../domain/securityAreas';
import { IRiskRemap } from '../../domain/risks/matrix';
import { AREAS_WITH_CIA, RiskDraftErrors, validateRiskDraft } from '../../domain/risks/riskValidation';
import { IAssessment, IRisk, IRiskDraft, IRiskMatrix } from '../../domain/risks/types';
import { AssessmentKind, ASSESSMENT_KINDS, CiaProperty, RiskSource, RiskTreatment } from '../../domain/risks/vocabulary';

/** An assessment while it is being picked: one step may be chosen before the other. */
export interface IPickedAssessment {
  readonly likelihood?: number;
  readonly consequence?: number;
}

/** Everything the risk form holds, as typed; the draft the service validates is derived from it. */
export interface IRiskFormState {
  readonly title: string;
  readonly cause: string;
  readonly event: string;
  readonly consequenceDescription: string;
  readonly area?: SecurityArea;
  readonly unitId?: number;
  readonly asset: string;
  readonly source?: RiskSource;
  readonly threat: string;
  readonly vulnerability: string;
  readonly cia: readonly CiaProperty[];
  readonly existingControls: string;
  readonly inherent: IPickedAssessment;
  readonly current: IPickedAssessment;
  readonly target: IPickedAssessment;
  readonly treatment?: RiskTreatment;
  readonly owner?: IDirectoryUser;
  readonly approver?: IDirectoryUser;
  /** As typed: whole months, or empty. */
  readonly reviewIntervalMonths: string;
  /** YYYY-MM-DD, or empty. */
  readonly nextReviewAt: string;
}

/** The form's own problems, besides the domain's: an assessment with only one step picked. */
export type RiskFormErrors = RiskDraftErrors & Partial<Record<AssessmentKind, string>>;

/** A stored person as the people picker holds them (the directory's other fields are not needed to save). */
export function pickerPerson(person: IPerson | undefined): IDirectoryUser | undefined {
  return person ? { ...person, graphId: person.graphId || '', userPrincipalName: person.email } : undefined;
}

/**
 * The form for a stored risk, or an empty one. A risk assessed on an older matrix starts from its
 * re-mapped steps: what is shown is what would be saved, and the page says what changed.
 */
export function formFromRisk(risk: IRisk | undefined, remapped?: IRiskRemap): IRiskFormState {
  const assessment = (kind: AssessmentKind): IPickedAssessment => {
    const moved = remapped ? remapped[kind] : undefined;
    return (moved ? moved.after : risk && risk[kind]) || {};
  };
  return {
    title: risk ? risk.title : '',
    cause: (risk && risk.cause) || '',
    event: (risk && risk.event) || '',
    consequenceDescription: (risk && risk.consequenceDescription) || '',
    area: risk ? risk.area : undefined,
    unitId: risk && risk.unit.id > 0 ? risk.unit.id : undefined,
    asset: (risk && risk.asset) || '',
    source: risk ? risk.source : undefined,
    threat: (risk && risk.threat) || '',
    vulnerability: (risk && risk.vulnerability) || '',
    cia: risk ? risk.cia : [],
    existingControls: (risk && risk.existingControls) || '',
    inherent: assessment('inherent'),
    current: assessment('current'),
    target: assessment('target'),
    treatment: risk ? risk.treatment : undefined,
    owner: pickerPerson(risk && risk.owner),
    approver: pickerPerson(risk && risk.approver),
    reviewIntervalMonths: risk && risk.reviewIntervalMonths !== undefined ? String(risk.reviewIntervalMonths) : '',
    nextReviewAt: risk && risk.nextReviewAt ? risk.nextReviewAt.slice(0, 10) : ''
  };
}

function complete(picked: IPickedAssessment): IAssessment | undefined {
  return picked.likelihood !== undefined && picked.consequence !== undefined ? { likelihood: picked.likelihood, consequence: picked.consequence } : undefined;
}

function optional(text: string): string | undefined {
  return text.length > 0 ? text : undefined;
}

export function hasCia(area: SecurityArea | undefined): boolean {
  return !!area && AREAS_WITH_CIA.indexOf(area) >= 0;
}

/** The draft as the service takes it; texts unchanged (the service trims), empty as absent. */
export function draftFromForm(form: IRiskFormState): IRiskDraft {
  return {
    title: form.title,
    cause: optional(form.cause),
    event: optional(form.event),
    consequenceDescription: optional(form.consequenceDescription),
    area: form.area,
    unitId: form.unitId,
    asset: optional(form.asset),
    source: form.source,
    threat: optional(form.threat),
    vulnerability: optional(form.vulnerability),
    // Confidentiality, integrity and availability are asked only for information and IT security.
    cia: hasCia(form.area) ? form.cia : [],
    existingControls: optional(form.existingControls),
    inherent: complete(form.inherent),
    current: complete(form.current),
    target: complete(form.target),
    treatment: form.treatment,
    ownerEmail: form.owner ? form.owner.email : undefined,
    approverEmail: form.approver ? form.approver.email : undefined,
    reviewIntervalMonths: form.reviewIntervalMonths.trim() ? Number(form.reviewIntervalMonths) : undefined,
    nextReviewAt: optional(form.nextReviewAt)
  };
}

/** Every problem the form has, before anything is sent: the domain's rules and half-picked assessments. */
export function formErrors(form: IRiskFormState, matrix: IRiskMatrix, now: Date): RiskFormErrors {
  const errors: Record<string, string> = { ...validateRiskDraft(draftFromForm(form), matrix, now) };
  for (const kind of ASSESSMENT_KINDS) {
    const picked = form[kind];
    if ((picked.likelihood === undefined) !== (picked.consequence === undefined)) errors[kind] = 'incomplete';
  }
  return errors as RiskFormErrors;
}
