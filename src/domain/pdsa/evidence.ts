/**
 * Counting a unit's PDSA evidence (phases.ts IPdsaEvidence) from what the registers hold, for one
 * year and, when the dashboard filters, one security area. Pure: the service reads lean rows of
 * each list once for every unit and hands them here with the clock.
 *
 * What is counted (the README quotes this block):
 * - "So far" is `at`: the end of the year, or now while the year runs. Measurements and risk
 *   actions are due only up to `at`; the currency of risks and documents is as of now (only their
 *   present review dates are stored).
 * - Goals: the unit goals of the year (regional goals have no unit). Activities planned: those not
 *   cancelled ('Inställd'); carried out: 'Genomförd'; a goal is budgeted when one of its
 *   activities has a cost estimate.
 * - Measurements: each goal's calendar periods (goals.ts measurementPeriods) due by `at`; entered:
 *   those covered by a measurement dated within them.
 * - Risks: assessed and not closed (not 'Utkast', not 'Avslutad'); overdue: review day reached
 *   (risks/review.ts reviewDue); reviewed in the year: the current assessment was made in the year.
 * - Risk actions: due in the year by `at`, of any of the unit's risks; done: 'Klar'.
 * - Exercises and trainings held in the year at the unit (in the area, when filtered).
 * - Deviations: the cases reported in the year at the unit the reader can see (protected cases
 *   only for those they are shared with); reviewed: closed, rejected or with actions decided
 *   ('Avslutad', 'Avvisad', 'Åtgärdas').
 * - Improvements: actions decided in the year on those cases, and follow-up actions of the year's
 *   exercises.
 * - Self-assessment: the unit's for the year, whatever the area (it covers them all); submitted
 *   wins over a draft.
 * - Documents: governing documents scoped to the unit with a published edition (documents/
 *   lifecycle.ts); current: not expired and the review day not passed (documents/reviewDates.ts).
 * A unit with nothing counted at all is left out, so a parent without evidence of its own rolls
 * up from its children alone (phases.ts rollUpPdsa).
 */
import { calendarDay, utcDay } from '../days';
import { DeviationStatus } from '../deviations/vocabulary';
import { IGoverningDocument } from '../documents/types';
import { publishedEdition } from '../documents/lifecycle';
import { documentDueness } from '../documents/reviewDates';
import { reviewDue } from '../risks/review';
import { RiskStatus } from '../risks/vocabulary';
import { SecurityArea } from '../securityAreas';
import { IGoal, IGoalActivity, IMeasurement, measurementPeriods, measurementsDue } from './goals';
import { IPdsaEvidence } from './phases';
import { checkLimitedText, FieldError } from '../validation';
import { PDSA_LIMITS, SelfAssessmentStatus } from './vocabulary';

export type IEvidenceGoal = Pick<IGoal, 'id' | 'scopeUnitId' | 'area' | 'year' | 'targetDate' | 'frequency'> & {
  readonly activities: readonly IGoalActivity[];
};
export type IEvidenceMeasurement = Pick<IMeasurement, 'goalId' | 'measuredOn' | 'value'>;

export interface IEvidenceExercise {
  readonly unitId: number;
  /** YYYY-MM-DD or an ISO instant. */
  readonly date: string;
  readonly areas: readonly SecurityArea[];
  readonly followUpActions: number;
}

export interface IEvidenceSelfAssessment {
  readonly unitId: number;
  readonly year: number;
  readonly status: SelfAssessmentStatus;
}

export interface IEvidenceRisk {
  readonly id: number;
  readonly unitId: number;
  readonly area?: SecurityArea;
  readonly status: RiskStatus;
  readonly nextReviewAt?: string;
  readonly currentAssessedAt?: string;
}

export interface IEvidenceRiskAction {
  readonly riskId: number;
  readonly dueDate: string;
  readonly done: boolean;
}

/** A case, by its list ('open' or 'protected') and id: the two lists number their items apart. */
export interface IEvidenceDeviation {
  readonly key: string;
  readonly unitId: number;
  readonly area?: SecurityArea;
  readonly status: DeviationStatus;
  readonly reportedAt: string;
}

export interface IEvidenceDeviationAction {
  /** The key of its case (IEvidenceDeviation.key). */
  readonly deviationKey: string;
  /** When it was decided (the item's creation). */
  readonly created: string;
}

export type IEvidenceDocument = Pick<IGoverningDocument, 'status' | 'edition' | 'nextReviewAt' | 'validUntil' | 'areas'> & {
  readonly scopeUnitId: number;
};

export interface IEvidenceSources {
  readonly goals: readonly IEvidenceGoal[];
  readonly measurements: readonly IEvidenceMeasurement[];
  readonly exercises: readonly IEvidenceExercise[];
  readonly selfAssessments: readonly IEvidenceSelfAssessment[];
  readonly risks: readonly IEvidenceRisk[];
  readonly riskActions: readonly IEvidenceRiskAction[];
  readonly deviations: readonly IEvidenceDeviation[];
  readonly deviationActions: readonly IEvidenceDeviationAction[];
  readonly documents: readonly IEvidenceDocument[];
}

/** A deviation counts as reviewed once it is closed, rejected or has its actions decided. */
export const REVIEWED_DEVIATION_STATUSES: readonly DeviationStatus[] = ['Åtgärdas', 'Avslutad', 'Avvisad'];

type Counts = { -readonly [K in keyof IPdsaEvidence]: IPdsaEvidence[K] };

export const NO_EVIDENCE: IPdsaEvidence = {
  goals: 0,
  goalsWithBudgetedActivities: 0,
  risks: 0,
  risksOverdueForReview: 0,
  risksReviewedInYear: 0,
  activitiesPlanned: 0,
  activitiesCarriedOut: 0,
  riskActionsDue: 0,
  riskActionsDone: 0,
  exercisesHeld: 0,
  measurementsDue: 0,
  measurementsEntered: 0,
  deviations: 0,
  deviationsReviewed: 0,
  selfAssessment: 'none',
  improvementsDecided: 0,
  documentsOwned: 0,
  documentsCurrent: 0
};

/** The end of the year's last day, or now while the year runs: what is due "so far". */
export function evidenceCutoff(year: number, now: Date): Date {
  const yearEnd = Date.UTC(year + 1, 0, 1) - 1;
  return new Date(Math.min(now.getTime(), yearEnd));
}

function inYear(value: string | undefined, year: number): boolean {
  const day = calendarDay(value);
  return day !== undefined && day >= Date.UTC(year, 0, 1) && day < Date.UTC(year + 1, 0, 1);
}

function upTo(value: string | undefined, at: Date): boolean {
  const day = calendarDay(value);
  return day !== undefined && day <= utcDay(at);
}

/** A document in force whose review day has not passed and whose validity has not ended. */
export function isDocumentCurrent(document: Omit<IEvidenceDocument, 'scopeUnitId' | 'areas'>, now: Date): boolean {
  // documentDueness reads only the status, edition and the two days.
  const dueness = documentDueness(document as IGoverningDocument, now);
  return !dueness.reviewOverdue && !dueness.expired;
}

function hasAnything(counts: IPdsaEvidence): boolean {
  return (Object.keys(NO_EVIDENCE) as (keyof IPdsaEvidence)[]).some((key) => counts[key] !== NO_EVIDENCE[key]);
}

/**
 * Every unit's evidence for the year (and area), by the rules at the top; units with nothing are
 * absent. Items of other years, areas or units without an id are ignored, so callers may pass
 * somewhat more than the year.
 */
export function countEvidence(sources: IEvidenceSources, year: number, now: Date, area?: SecurityArea): Map<number, IPdsaEvidence> {
  const at = evidenceCutoff(year, now);
  const counts = new Map<number, Counts>();
  const of = (unitId: number): Counts => {
    let entry = counts.get(unitId);
    if (!entry) counts.set(unitId, (entry = { ...NO_EVIDENCE }));
    return entry;
  };
  const inArea = (value: SecurityArea | undefined): boolean => area === undefined || value === area;

  const measurementsOf = new Map<number, IMeasurement[]>();
  for (const measurement of sources.measurements) {
    // measurementsDue reads only each measurement's goal, day and value.
    const list = measurementsOf.get(measurement.goalId) || [];
    list.push(measurement as IMeasurement);
    measurementsOf.set(measurement.goalId, list);
  }
  const goals = sources.goals.filter((goal) => goal.scopeUnitId !== undefined && goal.year === year && inArea(goal.area));
  for (const goal of goals) {
    const unit = of(goal.scopeUnitId as number);
    const planned = goal.activities.filter((activity) => activity.status !== 'Inställd');
    unit.goals++;
    if (goal.activities.some((activity) => typeof activity.costEstimate === 'number')) unit.goalsWithBudgetedActivities++;
    unit.activitiesPlanned += planned.length;
    unit.activitiesCarriedOut += planned.filter((activity) => activity.status === 'Genomförd').length;
    const measurements = measurementsOf.get(goal.id) || [];
    const due = measurementPeriods(goal).filter((period) => upTo(period.dueDay, at)).length;
    // measurementsDue reads only the goal's id, year, target date and frequency.
    const missing = measurementsDue(goal as IGoal, measurements, at).length;
    unit.measurementsDue += due;
    unit.measurementsEntered += Math.max(0, due - missing);
  }

  const risksById = new Map<number, IEvidenceRisk>();
  for (const risk of sources.risks) {
    if (!inArea(risk.area)) continue;
    risksById.set(risk.id, risk);
    if (risk.status === 'Utkast' || risk.status === 'Avslutad') continue;
    const unit = of(risk.unitId);
    unit.risks++;
    if (reviewDue(risk, now)) unit.risksOverdueForReview++;
    if (inYear(risk.currentAssessedAt, year) && upTo(risk.currentAssessedAt, now)) unit.risksReviewedInYear++;
  }
  for (const action of sources.riskActions) {
    const risk = risksById.get(action.riskId);
    if (!risk || !inYear(action.dueDate, year) || !upTo(action.dueDate, at)) continue;
    const unit = of(risk.unitId);
    unit.riskActionsDue++;
    if (action.done) unit.riskActionsDone++;
  }

  for (const exercise of sources.exercises) {
    if (!inYear(exercise.date, year) || (area !== undefined && exercise.areas.indexOf(area) < 0)) continue;
    const unit = of(exercise.unitId);
    unit.exercisesHeld++;
    unit.improvementsDecided += exercise.followUpActions;
  }

  const deviations = new Map<string, IEvidenceDeviation>();
  for (const deviation of sources.deviations) {
    if (!inYear(deviation.reportedAt, year) || !inArea(deviation.area)) continue;
    deviations.set(deviation.key, deviation);
    const unit = of(deviation.unitId);
    unit.deviations++;
    if (REVIEWED_DEVIATION_STATUSES.indexOf(deviation.status) >= 0) unit.deviationsReviewed++;
  }
  for (const action of sources.deviationActions) {
    const deviation = deviations.get(action.deviationKey);
    if (deviation && inYear(action.created, year)) of(deviation.unitId).improvementsDecided++;
  }

  for (const assessment of sources.selfAssessments) {
    if (assessment.year !== year) continue;
    const unit = of(assessment.unitId);
    if (assessment.status === 'Inlämnad') unit.selfAssessment = 'submitted';
    else if (unit.selfAssessment === 'none') unit.selfAssessment = 'draft';
  }

  for (const document of sources.documents) {
    if (publishedEdition(document) < 1 || (area !== undefined && document.areas.indexOf(area) < 0)) continue;
    const unit = of(document.scopeUnitId);
    unit.documentsOwned++;
    if (isDocumentCurrent(document, now)) unit.documentsCurrent++;
  }

  const result = new Map<number, IPdsaEvidence>();
  counts.forEach((value, unitId) => hasAnything(value) && result.set(unitId, value));
  return result;
}

/** What is wrong with a unit's comment beside its state: required, within PDSA_LIMITS.comment, not only spaces. */
export function pdsaCommentError(text: string | undefined): FieldError | undefined {
  return checkLimitedText(text, { required: true, max: PDSA_LIMITS.comment });
}
