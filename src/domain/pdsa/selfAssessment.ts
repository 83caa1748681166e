/**
 * The yearly internal-control self-assessment (självskattning): units follow up and report their
 * compliance with the security policy and guidelines under the internal-control policy, and the
 * director (or the security function for them) can order targeted follow-ups. The questionnaire is
 * data: Stockholm's eight principles (Policy för säkerhet inom Stockholms läns landsting, its
 * "Grundprinciper", quoted verbatim in `source`) and the ten security areas of the strategy.
 *
 * The rules (the README quotes this):
 * - Each question is answered on a four-step scale, 4 "Uppfylls helt" to 1 "Uppfylls inte", or
 *   "Ej tillämpligt" ('na'), with an optional comment and evidence link (https only).
 * - An answer of COMMENT_REQUIRED_AT_OR_BELOW (2, "Uppfylls delvis") or lower needs a comment: what
 *   is missing is what the follow-up needs to know.
 * - A draft may be incomplete; a submitted assessment answers every question.
 * - The regional summary counts, per question, the answers of each unit's submitted assessment for
 *   the year (the latest submitted, when a unit has several) and lists the units that have not
 *   answered it (no submitted assessment, or no answer to that question).
 */
import { SECURITY_AREA_KEYS, SECURITY_AREAS, SecurityArea } from '../securityAreas';
import { checkChoice, checkLimitedText, FieldError } from '../validation';
import { yearError } from './goals';
import { PDSA_LIMITS, SELF_ASSESSMENT_STATUSES, SelfAssessmentStatus } from './vocabulary';

export interface ISelfAssessmentQuestion {
  /** Stable English key: answers are stored under it, loc strings hang on it. */
  readonly key: string;
  readonly group: 'principle' | 'area';
  /** The question in Swedish, the users' language. */
  readonly text: string;
  /** A principle: its number (1–8) and its text as the policy words it. */
  readonly principle?: number;
  readonly source?: string;
  /** An area question: the security area. */
  readonly area?: SecurityArea;
}

const PRINCIPLES: readonly { key: string; text: string; source: string }[] = [
  {
    key: 'lawsAndRules',
    text: 'Följer enheten lagstiftning, regelverk och interna bestämmelser inom säkerhetsområdet?',
    source: 'Lagstiftning, regelverk och interna bestämmelser inom säkerhetsområdet ska följas.'
  },
  {
    key: 'threatsRisks',
    text: 'Identifierar och begränsar enheten tänkbara hot, risker och sårbarheter?',
    source: 'Identifiera och begränsa tänkbara hot, risker och sårbarheter.'
  },
  {
    key: 'continuity',
    text: 'Säkerställer enheten kontinuitet och förebygger oönskade händelser i den dagliga verksamheten?',
    source: 'Säkerställa kontinuitet och förebygga oönskade händelser i den dagliga verksamheten.'
  },
  {
    key: 'planAndExercise',
    text: 'Planerar och övar enheten för att hantera oväntade händelser och störningar?',
    source: 'Planera och öva för att hantera oväntade händelser och störningar.'
  },
  {
    key: 'reportDeviations',
    text: 'Är enhetens medarbetare uppmärksamma på och rapporterar de utan dröjsmål avvikelser, tillbud och andra oönskade händelser?',
    source: 'Vara uppmärksam på och utan dröjsmål rapportera avvikelser, tillbud och andra oönskade händelser.'
  },
  {
    key: 'learnAndShare',
    text: 'Utreder, åtgärdar och lär enheten av identifierade säkerhetsbrister, och sprider den kunskap för en förbättrad säkerhet?',
    source: 'Utredda, åtgärda och lära av identifierade säkerhetsbrister, och sprid kunskap för en förbättrad säkerhet.'
  },
  {
    key: 'costEffective',
    text: 'Väljer enheten kostnadseffektiva åtgärder för att minimera säkerhetsrisker?',
    source: 'Välja kostnadseffektiva åtgärder för att minimera säkerhetsrisker.'
  },
  {
    key: 'responsibility',
    text:
      'Tar enheten ansvar för säkerhetsarbetet och samordnar det med befintliga mål, krav och arbetsrutiner, även vid extraordinära händelser och höjd beredskap?',
    source:
      'Ta ansvar för säkerhetsarbetet och samordna det med befintliga mål, krav och arbetsrutiner, även vid extraordinära händelser och höjd beredskap.'
  }
];

/** Every question, principles first (in the policy's order), then the areas (in the strategy's order). */
export const SELF_ASSESSMENT_QUESTIONS: readonly ISelfAssessmentQuestion[] = [
  ...PRINCIPLES.map(
    (principle, index): ISelfAssessmentQuestion => ({
      key: `principle.${principle.key}`,
      group: 'principle',
      text: principle.text,
      principle: index + 1,
      source: principle.source
    })
  ),
  ...SECURITY_AREAS.map(
    (area): ISelfAssessmentQuestion => ({
      key: `area.${SECURITY_AREA_KEYS[area]}`,
      group: 'area',
      text: `Bedriver enheten ett systematiskt arbete inom ${area.toLowerCase()} enligt regionens riktlinjer, med kända risker, åtgärder och uppföljning?`,
      area
    })
  )
];

export const SELF_ASSESSMENT_QUESTION_KEYS: readonly string[] = SELF_ASSESSMENT_QUESTIONS.map((question) => question.key);

/** The answer scale, best first; 'na' is "Ej tillämpligt". */
export const ANSWER_SCALE = [4, 3, 2, 1, 'na'] as const;
export type AnswerValue = typeof ANSWER_SCALE[number];

export const ANSWER_LABELS: Readonly<Record<string, string>> = {
  '4': 'Uppfylls helt',
  '3': 'Uppfylls till stor del',
  '2': 'Uppfylls delvis',
  '1': 'Uppfylls inte',
  na: 'Ej tillämpligt'
};

/** An answer at or below this step needs a comment. */
export const COMMENT_REQUIRED_AT_OR_BELOW = 2;

export interface ISelfAssessmentAnswer {
  readonly answer?: AnswerValue;
  readonly comment?: string;
  /** A link to the evidence (a document, a report): https only. */
  readonly evidenceUrl?: string;
}

export interface ISelfAssessmentInput {
  readonly unitId: number;
  readonly year: number;
  readonly status: SelfAssessmentStatus;
  /** By question key. */
  readonly answers: Readonly<Record<string, ISelfAssessmentAnswer>>;
  readonly targetedFollowUp?: boolean;
  readonly targetedFollowUpNote?: string;
}

export interface ISelfAssessment extends ISelfAssessmentInput {
  readonly id: number;
  /** ISO instant, when submitted. */
  readonly submittedAt?: string;
}

export type SelfAssessmentFieldError = FieldError | 'unknownUnit' | 'unknownQuestion' | 'unanswered' | 'commentRequired';
export type AnswerErrors = Partial<Record<keyof ISelfAssessmentAnswer, SelfAssessmentFieldError>>;

export interface ISelfAssessmentErrors {
  readonly fields: Partial<Record<'unitId' | 'year' | 'status' | 'answers' | 'targetedFollowUpNote', SelfAssessmentFieldError>>;
  /** By question key: the problems of each answer. */
  readonly answers: Readonly<Record<string, AnswerErrors>>;
}

function isAnswerValue(value: unknown): value is AnswerValue {
  return (ANSWER_SCALE as readonly unknown[]).indexOf(value) >= 0;
}

function evidenceUrlError(url: string | undefined): SelfAssessmentFieldError | undefined {
  const error = checkLimitedText(url, { max: PDSA_LIMITS.evidenceUrl });
  if (error || !url) return error;
  return /^https:\/\/[^\s/]+\/?\S*$/i.test(url) ? undefined : 'invalidCharacters';
}

/** The problems of one answer (submitted: the assessment is being submitted, so an answer is required). */
export function answerErrors(answer: ISelfAssessmentAnswer | undefined, submitted: boolean): AnswerErrors {
  const errors: Record<string, SelfAssessmentFieldError | undefined> = {
    answer: !answer || answer.answer === undefined ? (submitted ? 'unanswered' : undefined) : isAnswerValue(answer.answer) ? undefined : 'invalidChoice',
    comment:
      (answer && checkLimitedText(answer.comment, { max: PDSA_LIMITS.comment })) ||
      (answer && typeof answer.answer === 'number' && isAnswerValue(answer.answer) && answer.answer <= COMMENT_REQUIRED_AT_OR_BELOW && !(answer.comment || '').trim()
        ? 'commentRequired'
        : undefined),
    evidenceUrl: answer ? evidenceUrlError(answer.evidenceUrl) : undefined
  };
  Object.keys(errors).forEach((key) => errors[key] === undefined && delete errors[key]);
  return errors as AnswerErrors;
}

/** Every problem of an assessment; `hasSelfAssessmentErrors` says whether there are any. */
export function selfAssessmentErrors(input: ISelfAssessmentInput, context: { readonly units: readonly { readonly id: number }[] }): ISelfAssessmentErrors {
  const submitted = input.status === 'Inlämnad';
  const answers: Record<string, AnswerErrors> = {};
  const given = input.answers || {};
  const unknown = Object.keys(given).some((key) => SELF_ASSESSMENT_QUESTION_KEYS.indexOf(key) < 0);
  for (const key of SELF_ASSESSMENT_QUESTION_KEYS) {
    const errors = answerErrors(given[key], submitted);
    if (Object.keys(errors).length > 0) answers[key] = errors;
  }
  const fields: Record<string, SelfAssessmentFieldError | undefined> = {
    unitId: input.unitId === undefined ? 'required' : context.units.some((unit) => unit.id === input.unitId) ? undefined : 'unknownUnit',
    year: yearError(input.year),
    status: checkChoice(input.status, SELF_ASSESSMENT_STATUSES, true),
    answers: unknown ? 'unknownQuestion' : undefined,
    targetedFollowUpNote: checkLimitedText(input.targetedFollowUpNote, { max: PDSA_LIMITS.comment })
  };
  Object.keys(fields).forEach((key) => fields[key] === undefined && delete fields[key]);
  return { fields, answers };
}

export function hasSelfAssessmentErrors(errors: ISelfAssessmentErrors): boolean {
  return Object.keys(errors.fields).length > 0 || Object.keys(errors.answers).length > 0;
}

export interface IQuestionSummary {
  readonly key: string;
  /** Units per answer: '4', '3', '2', '1', 'na'. */
  readonly distribution: Readonly<Record<string, number>>;
  /** The mean of the answers on the scale (na left out); undefined without any. */
  readonly mean?: number;
  /** Units that have not answered this question in a submitted assessment. */
  readonly unitsNotAnswered: readonly number[];
}

export interface ISelfAssessmentSummary {
  readonly year: number;
  readonly unitsSubmitted: readonly number[];
  readonly unitsNotSubmitted: readonly number[];
  readonly questions: readonly IQuestionSummary[];
}

/** The regional summary of the year's submitted assessments over the given units (see the block at the top). */
export function selfAssessmentSummary(assessments: readonly ISelfAssessment[], scope: { readonly unitIds: readonly number[]; readonly year: number }): ISelfAssessmentSummary {
  const latest = new Map<number, ISelfAssessment>();
  for (const assessment of assessments) {
    if (assessment.status !== 'Inlämnad' || assessment.year !== scope.year || scope.unitIds.indexOf(assessment.unitId) < 0) continue;
    const previous = latest.get(assessment.unitId);
    const later = !previous || (assessment.submittedAt || '') > (previous.submittedAt || '') || ((assessment.submittedAt || '') === (previous.submittedAt || '') && assessment.id > previous.id);
    if (later) latest.set(assessment.unitId, assessment);
  }
  const questions = SELF_ASSESSMENT_QUESTION_KEYS.map((key): IQuestionSummary => {
    const distribution: Record<string, number> = { '4': 0, '3': 0, '2': 0, '1': 0, na: 0 };
    const unitsNotAnswered: number[] = [];
    let sum = 0;
    let count = 0;
    for (const unitId of scope.unitIds) {
      const assessment = latest.get(unitId);
      const answer = assessment && assessment.answers[key] ? assessment.answers[key].answer : undefined;
      if (answer === undefined || !isAnswerValue(answer)) {
        unitsNotAnswered.push(unitId);
        continue;
      }
      distribution[String(answer)]++;
      if (typeof answer === 'number') {
        sum += answer;
        count++;
      }
    }
    return { key, distribution, ...(count > 0 ? { mean: sum / count } : {}), unitsNotAnswered };
  });
  return {
    year: scope.year,
    unitsSubmitted: scope.unitIds.filter((unitId) => latest.has(unitId)),
    unitsNotSubmitted: scope.unitIds.filter((unitId) => !latest.has(unitId)),
    questions
  };
}
