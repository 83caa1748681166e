import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit, IPerson } from '../../domain/organisation';
import { SecurityArea } from '../../domain/securityAreas';
import { EXERCISE_KIND_KEYS, ExerciseKind } from '../../domain/pdsa/vocabulary';
import { ISelfAssessmentQuestion } from '../../domain/pdsa/selfAssessment';
import { format } from '../../common/format';
import { errorBesideLimitedText } from '../../components/LimitedTextField';
import { areaLabel } from '../../components/areaLabel';
export { areaLabel };

/*
 * Stored values are Swedish terms and the questionnaire's keys are stable English: these give the
 * words in the UI language. What people typed (scenario, lessons, comments) is shown as written.
 */

export function kindLabel(kind: ExerciseKind): string {
  return strings.Kinds[EXERCISE_KIND_KEYS[kind]] || kind;
}

export function areasLabel(areas: readonly SecurityArea[]): string {
  return areas.map(areaLabel).join(', ');
}

/** The question in the UI language (the domain words it in Swedish only). */
export function questionText(question: ISelfAssessmentQuestion): string {
  return strings.Questions[question.key] || question.text;
}

/** "Grundprincip 4" or the security area, above the question. */
export function questionGroupLabel(question: ISelfAssessmentQuestion): string {
  if (question.group === 'principle') return format(strings.PrincipleNumber, question.principle || 0);
  return question.area ? areaLabel(question.area) : '';
}

/** The policy's own words for a principle, in the UI language. */
export function principleSource(question: ISelfAssessmentQuestion): string | undefined {
  if (question.group !== 'principle') return undefined;
  return strings.PrincipleSources[question.key] || question.source;
}

/** '4', '3', '2', '1' or 'na' in words. */
export function answerLabel(answer: string | number): string {
  return strings.AnswerLabels[String(answer)] || String(answer);
}

export function unitTitle(units: readonly IOrganisationUnit[], id: number | undefined): string {
  if (id === undefined) return '';
  const unit = units.filter((candidate) => candidate.id === id)[0];
  return unit ? unit.title : format(strings.UnknownUnit, id);
}

export function unitTitles(units: readonly IOrganisationUnit[], ids: readonly number[]): string[] {
  return ids.map((id) => unitTitle(units, id)).sort((a, b) => a.localeCompare(b, 'sv'));
}

export function personName(person: IPerson | undefined): string {
  return person ? person.displayName || person.email : '';
}

/** A field's problem in words; undefined for none. */
export function fieldErrorText(error: string | undefined): string | undefined {
  return error ? strings.FieldErrors[error] || strings.FieldErrors.unknown : undefined;
}

/** The same beside a LimitedTextField (errorBesideLimitedText: what it does not say itself). */
export function textErrorText(error: string | undefined, value: string): string | undefined {
  return fieldErrorText(errorBesideLimitedText(error, value));
}
