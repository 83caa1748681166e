import { IOrganisationUnit } from '../../domain/organisation';
import { SecurityArea } from '../../domain/securityAreas';
import { ExerciseKind } from '../../domain/pdsa/vocabulary';
import { followUpErrors, FollowUpErrors, IExercise, IExerciseInput, IFollowUpAction } from '../../domain/pdsa/exercises';
import { IConflictPanelRow } from '../../components/ConflictPanel';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { formatDate } from '../../components/dates';
import { doneText } from './exerciseLog';
import { areasLabel, kindLabel, unitTitle } from './labels';

/** One follow-up action as the form holds it (the due day as the date field gives it). */
export interface IFollowUpActionForm {
  readonly title: string;
  /** YYYY-MM-DD or empty. */
  readonly dueDate: string;
  readonly done: boolean;
}

/** A log entry as the form holds it: what was typed, before it is read as numbers and days. */
export interface IExerciseFormState {
  readonly title: string;
  readonly date: string;
  readonly unitId?: number;
  readonly kind: ExerciseKind | '';
  readonly scenario: string;
  readonly areas: readonly SecurityArea[];
  readonly participants: string;
  readonly lessonsLearned: string;
  readonly followUpActions: readonly IFollowUpActionForm[];
  readonly nextDueDate: string;
}

/** A new entry: held today, an exercise, for the one unit the user may log for when there is only one. */
export function emptyExerciseForm(today: string, unitId?: number): IExerciseFormState {
  return { title: '', date: today, unitId, kind: 'Övning', scenario: '', areas: [], participants: '', lessonsLearned: '', followUpActions: [], nextDueDate: '' };
}

export function formFromExercise(exercise: IExercise): IExerciseFormState {
  return {
    title: exercise.title,
    date: exercise.date.slice(0, 10),
    unitId: exercise.unitId,
    kind: exercise.kind,
    scenario: exercise.scenario,
    areas: exercise.areas.slice(),
    participants: exercise.participants === undefined ? '' : String(exercise.participants),
    lessonsLearned: exercise.lessonsLearned || '',
    followUpActions: exercise.followUpActions.map((action) => ({ title: action.title, dueDate: (action.dueDate || '').slice(0, 10), done: action.done })),
    nextDueDate: (exercise.nextDueDate || '').slice(0, 10)
  };
}

function actionFromForm(action: IFollowUpActionForm): IFollowUpAction {
  return { title: action.title.trim(), done: action.done, ...(action.dueDate ? { dueDate: action.dueDate } : {}) };
}

/**
 * The entry as the service takes it; texts as typed (ends trimmed), empty as absent. A number
 * typed wrongly stays wrong (NaN), so the domain names the problem instead of the form dropping it.
 */
export function exerciseFromForm(form: IExerciseFormState): IExerciseInput {
  const optional = (text: string): string | undefined => (text.trim() ? text.trim() : undefined);
  return {
    title: form.title.trim(),
    date: form.date,
    unitId: form.unitId as number,
    kind: form.kind as ExerciseKind,
    scenario: form.scenario.trim(),
    areas: form.areas,
    participants: form.participants.trim() ? Number(form.participants.trim()) : undefined,
    lessonsLearned: optional(form.lessonsLearned),
    followUpActions: form.followUpActions.map(actionFromForm),
    nextDueDate: optional(form.nextDueDate)
  };
}

/** The problems of each follow-up action, by its row. */
export function followUpRowErrors(form: IExerciseFormState): FollowUpErrors[] {
  return form.followUpActions.map((action) => followUpErrors(actionFromForm(action)));
}

const CONFLICT_FIELDS = ['title', 'date', 'unitId', 'kind', 'scenario', 'areas', 'participants', 'lessonsLearned', 'followUpActions', 'nextDueDate'] as const;
type ConflictField = typeof CONFLICT_FIELDS[number];

/** A field's value in words, for the conflict table. */
export function exerciseValueText(field: ConflictField, exercise: IExerciseInput, units: readonly IOrganisationUnit[]): string {
  switch (field) {
    case 'date':
    case 'nextDueDate':
      return exercise[field] ? formatDate(exercise[field]) : '';
    case 'unitId':
      return unitTitle(units, exercise.unitId);
    case 'kind':
      return exercise.kind ? kindLabel(exercise.kind) : '';
    case 'areas':
      return areasLabel(exercise.areas);
    case 'participants':
      return exercise.participants === undefined ? '' : String(exercise.participants);
    case 'followUpActions':
      return exercise.followUpActions
        .map((action) => [action.title, action.dueDate ? formatDate(action.dueDate) : '', doneText(action.done)].filter(Boolean).join(' · '))
        .join('\n');
    default:
      return exercise[field] || '';
  }
}

/** The rows of the conflict panel: what I changed, and what they changed since I opened it. */
export function exerciseConflictRows(mine: IExerciseInput, base: IExercise, theirs: IExercise, units: readonly IOrganisationUnit[]): IConflictPanelRow[] {
  return CONFLICT_FIELDS.filter((field) => {
    const baseText = exerciseValueText(field, base, units);
    return exerciseValueText(field, mine, units) !== baseText || exerciseValueText(field, theirs, units) !== baseText;
  }).map((field) => {
    const mineText = exerciseValueText(field, mine, units);
    const theirsText = exerciseValueText(field, theirs, units);
    return { field, label: strings.Fields[field], mine: mineText, theirs: theirsText, differs: mineText !== theirsText };
  });
}
