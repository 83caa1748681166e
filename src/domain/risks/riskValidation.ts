/**
 * What a person may write on a risk: limits on every text, the assessments on the matrix, dates
 * within reach. The form counts against these, the services refuse beyond them, nothing is cut.
 */
import { isSecurityArea, SecurityArea } from '../securityAreas';
import { checkChoice, checkLimitedText, FieldError } from '../validation';
import { addMonths, calendarDay, DAY_MS, utcDay } from '../days';
import { compareAssessments, isOnMatrix, levelOf } from './matrix';
import { IAssessment, IRiskDraft, IRiskMatrix } from './types';
import { CIA_PROPERTIES, RISK_SOURCES, RISK_TREATMENTS } from './vocabulary';

export const RISK_TEXT_LIMITS = {
  title: 255,
  cause: 2000,
  event: 2000,
  consequenceDescription: 2000,
  asset: 255,
  threat: 2000,
  vulnerability: 2000,
  existingControls: 4000,
  acceptanceRequestNote: 2000,
  acceptanceRationale: 2000
} as const;

export type RiskTextField = keyof typeof RISK_TEXT_LIMITS;

/** Whole months between reviews a risk owner may choose. */
export const REVIEW_INTERVAL_MIN = 1;
export const REVIEW_INTERVAL_MAX = 60;
/** The furthest ahead a next review may be set. */
export const NEXT_REVIEW_MAX_YEARS_AHEAD = 5;

/** Only these areas say which of confidentiality, integrity and availability a risk threatens. */
export const AREAS_WITH_CIA: readonly SecurityArea[] = ['Informationssäkerhet', 'IT-säkerhet'];

export type RiskDraftField =
  | 'title'
  | 'cause'
  | 'event'
  | 'consequenceDescription'
  | 'area'
  | 'unitId'
  | 'asset'
  | 'source'
  | 'threat'
  | 'vulnerability'
  | 'cia'
  | 'existingControls'
  | 'inherent'
  | 'current'
  | 'target'
  | 'treatment'
  | 'reviewIntervalMonths'
  | 'nextReviewAt';

export type RiskDraftError =
  | FieldError
  /** A step outside the matrix, or not a whole number. */
  | 'notOnMatrix'
  /** The target is a higher risk than the current one. */
  | 'aboveCurrent'
  /** KRT given for an area other than information or IT security. */
  | 'notApplicable'
  | 'inPast'
  | 'tooFarAhead'
  /** A review interval longer than the current level's cadence (matrix level reviewMonths). */
  | 'longerThanCadence';

export type RiskDraftErrors = Partial<Record<RiskDraftField, RiskDraftError>>;

/** One free-text field of a risk: never only spaces, within its limit, plain text. */
export function riskTextError(field: RiskTextField, value: string | undefined, required = false): FieldError | undefined {
  return checkLimitedText(value, { required, max: RISK_TEXT_LIMITS[field] });
}

function assessmentError(matrix: IRiskMatrix, assessment: IAssessment | undefined): RiskDraftError | undefined {
  return assessment && !isOnMatrix(matrix, assessment) ? 'notOnMatrix' : undefined;
}

function ciaError(draft: IRiskDraft): RiskDraftError | undefined {
  const cia = draft.cia || [];
  if (cia.length === 0) return undefined;
  if (cia.some((value) => CIA_PROPERTIES.indexOf(value) < 0)) return 'invalidChoice';
  return draft.area && AREAS_WITH_CIA.indexOf(draft.area) >= 0 ? undefined : 'notApplicable';
}

function reviewIntervalError(draft: IRiskDraft, matrix: IRiskMatrix): RiskDraftError | undefined {
  const months = draft.reviewIntervalMonths;
  if (months === undefined) return undefined;
  if (!Number.isInteger(months) || months < REVIEW_INTERVAL_MIN || months > REVIEW_INTERVAL_MAX) return 'invalidNumber';
  // Higher level, shorter interval: the owner may review more often than the level asks, never less.
  const level = draft.current && levelOf(matrix, draft.current);
  return level && months > level.reviewMonths ? 'longerThanCadence' : undefined;
}

/**
 * A next review date: a real date from today up to five years ahead. One day of slack before
 * today, as for action due dates: a day picked at local midnight east of UTC is stored as the
 * evening before.
 */
export function nextReviewError(value: string | undefined, now: Date): RiskDraftError | undefined {
  if (value === undefined || value === '') return undefined;
  const day = calendarDay(value);
  if (day === undefined) return 'invalidDate';
  const today = utcDay(now);
  if (day < today - DAY_MS) return 'inPast';
  if (day > addMonths(today, 12 * NEXT_REVIEW_MAX_YEARS_AHEAD)) return 'tooFarAhead';
  return undefined;
}

/**
 * Every field's problem, against the matrix the risk is assessed on now; empty when it may be saved.
 * What a status needs (a current assessment to be Bedömd, an owner) is in riskStatus.ts.
 */
export function validateRiskDraft(draft: IRiskDraft, matrix: IRiskMatrix, now: Date): RiskDraftErrors {
  const targetAbove =
    !!draft.current && !!draft.target && isOnMatrix(matrix, draft.current) && isOnMatrix(matrix, draft.target) && compareAssessments(matrix, draft.target, draft.current) > 0;
  const errors: RiskDraftErrors = {
    title: riskTextError('title', draft.title, true),
    cause: riskTextError('cause', draft.cause),
    event: riskTextError('event', draft.event),
    consequenceDescription: riskTextError('consequenceDescription', draft.consequenceDescription),
    area: draft.area === undefined ? 'required' : isSecurityArea(draft.area) ? undefined : 'invalidChoice',
    unitId: draft.unitId === undefined ? 'required' : Number.isInteger(draft.unitId) && draft.unitId > 0 ? undefined : 'invalidNumber',
    asset: riskTextError('asset', draft.asset),
    source: checkChoice(draft.source, RISK_SOURCES),
    threat: riskTextError('threat', draft.threat),
    vulnerability: riskTextError('vulnerability', draft.vulnerability),
    cia: ciaError(draft),
    existingControls: riskTextError('existingControls', draft.existingControls),
    inherent: assessmentError(matrix, draft.inherent),
    current: assessmentError(matrix, draft.current),
    target: assessmentError(matrix, draft.target) || (targetAbove ? 'aboveCurrent' : undefined),
    treatment: checkChoice(draft.treatment, RISK_TREATMENTS),
    reviewIntervalMonths: reviewIntervalError(draft, matrix),
    nextReviewAt: nextReviewError(draft.nextReviewAt, now)
  };
  (Object.keys(errors) as RiskDraftField[]).forEach((key) => errors[key] === undefined && delete errors[key]);
  return errors;
}
