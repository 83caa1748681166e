/**
 * How much a handler may write in each free-text field of a case, and when an action may be due.
 * The UI counts against these, the services refuse beyond them, and nothing is ever cut to fit.
 */
import { checkLimitedText, FieldError } from '../validation';
import { IMtoCause } from './types';

export const CASE_TEXT_LIMITS = {
  cause: 1000,
  feedback: 4000,
  rejectionReason: 1000,
  handoverNote: 500,
  actionTitle: 255
} as const;

export type CaseTextField = keyof typeof CASE_TEXT_LIMITS;

/** One free-text field: required where said, never only spaces, within its limit, plain text. */
export function caseTextError(field: CaseTextField, value: string | undefined, required: boolean): FieldError | undefined {
  return checkLimitedText(value, { required, max: CASE_TEXT_LIMITS[field] });
}

/** Every cause must say something: a cause of only spaces is refused, not dropped. */
export function causeErrors(causes: readonly IMtoCause[]): (FieldError | undefined)[] {
  return causes.map((cause) => caseTextError('cause', cause.text, true));
}

/** The furthest ahead an action may be due: past that it is a plan, not an action. */
export const ACTION_MAX_YEARS_AHEAD = 3;

export type DueDateError = 'invalidDate' | 'inPast' | 'tooFarAhead';

/**
 * An action's due date (`YYYY-MM-DD` or an ISO instant): a real date, not before today (an action
 * due yesterday is overdue the moment it is made) and at most three years ahead.
 */
export function actionDueDateError(dueDate: string | undefined, now: Date): DueDateError | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(dueDate || '');
  if (!match) return 'invalidDate';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'invalidDate';
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (date.getTime() < today - 24 * 60 * 60 * 1000) return 'inPast';
  const latest = Date.UTC(now.getUTCFullYear() + ACTION_MAX_YEARS_AHEAD, now.getUTCMonth(), now.getUTCDate());
  if (date.getTime() > latest) return 'tooFarAhead';
  return undefined;
}
