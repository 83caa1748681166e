import * as strings from 'SecurityFollowUpWebPartStrings';
import { IOrganisationUnit } from '../../domain/organisation';
import { unitTree } from '../../components/unitTree';
import { IConflictPanelRow } from '../../components/ConflictPanel';
import {
  AnswerValue,
  ANSWER_SCALE,
  COMMENT_REQUIRED_AT_OR_BELOW,
  ISelfAssessment,
  ISelfAssessmentAnswer,
  ISelfAssessmentErrors,
  ISelfAssessmentInput,
  SELF_ASSESSMENT_QUESTIONS
} from '../../domain/pdsa/selfAssessment';
import { SelfAssessmentStatus } from '../../domain/pdsa/vocabulary';
import { ICurrentUser } from '../../services/currentUser/ICurrentUserService';
import { answerLabel, questionGroupLabel, questionText } from './labels';
import { frontLineUnitIds } from './summaryView';

/** One answer as the form holds it. */
export interface IAnswerForm {
  readonly answer?: AnswerValue;
  readonly comment: string;
  readonly evidenceUrl: string;
}

/** By question key. */
export type AnswersForm = Readonly<Record<string, IAnswerForm>>;

const EMPTY_ANSWER: IAnswerForm = { comment: '', evidenceUrl: '' };

export function answerForm(answers: AnswersForm, key: string): IAnswerForm {
  return answers[key] || EMPTY_ANSWER;
}

export function answersFromStored(assessment: Pick<ISelfAssessment, 'answers'> | undefined): AnswersForm {
  const answers: Record<string, IAnswerForm> = {};
  if (!assessment) return answers;
  for (const key of Object.keys(assessment.answers)) {
    const stored = assessment.answers[key];
    answers[key] = { answer: stored.answer, comment: stored.comment || '', evidenceUrl: stored.evidenceUrl || '' };
  }
  return answers;
}

/** A choice's key ('4' … '1', 'na') as the stored answer. */
export function answerFromKey(key: string): AnswerValue | undefined {
  return (ANSWER_SCALE as readonly (string | number)[]).filter((value) => String(value) === key)[0] as AnswerValue | undefined;
}

/** Whether the answer needs a comment (the domain's rule: at or below "Uppfylls delvis"). */
export function needsComment(answer: AnswerValue | undefined): boolean {
  return typeof answer === 'number' && answer <= COMMENT_REQUIRED_AT_OR_BELOW;
}

/**
 * The assessment as the service takes it: answers given (texts with their ends trimmed, empty as
 * absent), and the targeted follow-up the security function ordered kept as it is stored.
 */
export function assessmentInput(
  scope: { readonly unitId: number; readonly year: number },
  answers: AnswersForm,
  status: SelfAssessmentStatus,
  stored?: ISelfAssessmentInput
): ISelfAssessmentInput {
  const given: Record<string, ISelfAssessmentAnswer> = {};
  for (const key of Object.keys(answers)) {
    const form = answers[key];
    const comment = form.comment.trim();
    const evidenceUrl = form.evidenceUrl.trim();
    if (form.answer === undefined && !comment && !evidenceUrl) continue;
    given[key] = { ...(form.answer !== undefined ? { answer: form.answer } : {}), ...(comment ? { comment } : {}), ...(evidenceUrl ? { evidenceUrl } : {}) };
  }
  return {
    unitId: scope.unitId,
    year: scope.year,
    status,
    answers: given,
    ...(stored && stored.targetedFollowUp ? { targetedFollowUp: true } : {}),
    ...(stored && stored.targetedFollowUpNote ? { targetedFollowUpNote: stored.targetedFollowUpNote } : {})
  };
}

export function answeredCount(answers: AnswersForm): number {
  return SELF_ASSESSMENT_QUESTIONS.filter((question) => answers[question.key] && answers[question.key].answer !== undefined).length;
}

/** The questions with a problem, in the questionnaire's order. */
export function questionsWithErrors(errors: ISelfAssessmentErrors): string[] {
  return SELF_ASSESSMENT_QUESTIONS.map((question) => question.key).filter((key) => errors.answers[key] && Object.keys(errors.answers[key]).length > 0);
}

/** The units the user manages (or stands in for) themselves, in tree order: the first is where the questionnaire opens. */
export function ownUnits(me: Pick<ICurrentUser, 'email'>, units: readonly IOrganisationUnit[]): IOrganisationUnit[] {
  const email = me.email.toLowerCase();
  const isMe = (person: { readonly email: string } | undefined): boolean => !!person && person.email.toLowerCase() === email;
  return unitTree(units)
    .map((entry) => entry.unit)
    .filter((unit) => isMe(unit.manager) || (unit.managerAbsent && isMe(unit.substitute)));
}

/** The unit the questionnaire opens on: the user's own, else the first enhet they may answer for, else any. */
export function defaultAssessmentUnit(me: Pick<ICurrentUser, 'email'>, units: readonly IOrganisationUnit[], changeable: readonly number[]): number | undefined {
  const own = ownUnits(me, units).filter((unit) => changeable.indexOf(unit.id) >= 0)[0];
  if (own) return own.id;
  const frontLine = frontLineUnitIds(units);
  const candidates = unitTree(units).filter((entry) => changeable.indexOf(entry.unit.id) >= 0);
  const first = candidates.filter((entry) => frontLine.indexOf(entry.unit.id) >= 0)[0] || candidates[0];
  return first ? first.unit.id : undefined;
}

function answerText(answer: ISelfAssessmentAnswer | IAnswerForm | undefined): string {
  if (!answer) return '';
  return [answer.answer !== undefined ? answerLabel(answer.answer) : '', answer.comment || '', answer.evidenceUrl || ''].filter(Boolean).join('\n');
}

/** The conflict panel's rows: each question I answered differently from the stored version, and the status. */
export function assessmentConflictRows(mine: AnswersForm, theirs: ISelfAssessment): IConflictPanelRow[] {
  const rows: IConflictPanelRow[] = [];
  for (const question of SELF_ASSESSMENT_QUESTIONS) {
    const mineText = answerText(mine[question.key]);
    const theirsText = answerText(theirs.answers[question.key]);
    if (mineText === theirsText) continue;
    rows.push({ field: question.key, label: `${questionGroupLabel(question)}: ${questionText(question)}`, mine: mineText, theirs: theirsText, differs: true });
  }
  if (theirs.status === 'Inlämnad') rows.unshift({ field: 'status', label: strings.StatusLabel, mine: strings.Statuses.draft, theirs: strings.Statuses.submitted, differs: true });
  return rows;
}
