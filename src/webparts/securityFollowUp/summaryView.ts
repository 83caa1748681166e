import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit } from '../../domain/organisation';
import { ANSWER_SCALE, IQuestionSummary } from '../../domain/pdsa/selfAssessment';
import { checkLimitedText, FieldError } from '../../domain/validation';
import { PDSA_LIMITS } from '../../domain/pdsa/vocabulary';
import { format } from '../../common/format';
import { formatNumber } from '../../components/dates';
import { answerLabel } from './labels';

/** One part of a question's bar: the units that gave one answer. */
export interface IBarSegment {
  /** '4', '3', '2', '1' or 'na'. */
  readonly answer: string;
  readonly count: number;
  /** Of the units that answered, 0–1. */
  readonly share: number;
  /** "Uppfylls helt: 12" — the bar's colour only repeats it. */
  readonly text: string;
}

/** The answers of one question, best first, the parts with no unit left out. */
export function distributionSegments(question: IQuestionSummary): IBarSegment[] {
  const answered = answeredUnits(question);
  return ANSWER_SCALE.map(String)
    .map((answer) => {
      const count = question.distribution[answer] || 0;
      return { answer, count, share: answered > 0 ? count / answered : 0, text: format(strings.SegmentText, answerLabel(answer), count) };
    })
    .filter((segment) => segment.count > 0);
}

export function answeredUnits(question: IQuestionSummary): number {
  return ANSWER_SCALE.map(String).reduce((sum, answer) => sum + (question.distribution[answer] || 0), 0);
}

/** "3,2" on the 1–4 scale, or a dash without any answer on it. */
export function meanText(mean: number | undefined): string {
  return mean === undefined ? strings.NoMean : formatNumber(mean, 1);
}

/** A targeted follow-up needs units and a note saying what to follow up; the limit is the domain's. */
export function orderErrors(unitIds: readonly number[], note: string): { readonly unitIds?: FieldError; readonly note?: FieldError } {
  const noteError = checkLimitedText(note, { required: true, max: PDSA_LIMITS.comment });
  return { ...(unitIds.length === 0 ? { unitIds: 'required' as const } : {}), ...(noteError ? { note: noteError } : {}) };
}

/**
 * The units that exercise and answer the questionnaire: the enheter, where the work is done (a
 * förvaltning answers through its units); every unit in an organisation without that level.
 */
export function frontLineUnitIds(units: readonly IOrganisationUnit[]): number[] {
  const enheter = units.filter((unit) => unit.level === 'Enhet');
  return (enheter.length > 0 ? enheter : units).map((unit) => unit.id);
}
