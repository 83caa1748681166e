/**
 * Treatment actions (riskåtgärder): their limits and what makes one valid. The form and the
 * register's service check the same rules, so a script cannot store what the page refuses.
 */
import { actionDueDateError, DueDateError } from '../deviations/limits';
import { checkLimitedText, FieldError } from '../validation';
import { ActionStatus } from '../deviations/vocabulary';

export const RISK_ACTION_LIMITS = {
  /** SharePoint's Title column. */
  title: 255,
  effectCheck: 2000
} as const;

/** The schema's range for TryggRiskatgarder.CostEstimate, whole kronor. */
export const COST_MAX = 1000000000;

/** A cost as typed: empty is none; otherwise whole kronor from 0 to the schema's maximum. */
export function costError(text: string): 'invalidNumber' | undefined {
  if (!text.trim()) return undefined;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= COST_MAX ? undefined : 'invalidNumber';
}

export type RiskActionErrors = Partial<{ title: FieldError; dueDate: DueDateError; costEstimate: 'invalidNumber'; effectCheck: FieldError }>;

/** A new action: a title, a due date from today to three years ahead, an optional cost in whole kronor. */
export function newRiskActionErrors(action: { title: string; dueDate: string; costEstimate?: number }, now: Date): RiskActionErrors {
  const errors: RiskActionErrors = {};
  const title = checkLimitedText(action.title, { max: RISK_ACTION_LIMITS.title, required: true });
  if (title) errors.title = title;
  const due = actionDueDateError(action.dueDate, now);
  if (due) errors.dueDate = due;
  if (action.costEstimate !== undefined && costError(String(action.costEstimate))) errors.costEstimate = 'invalidNumber';
  return errors;
}

/** A status change: done takes an effect check (did the action lower the risk?). */
export function riskActionStatusErrors(status: ActionStatus, effectCheck: string | undefined): RiskActionErrors {
  const check = checkLimitedText(effectCheck || '', { max: RISK_ACTION_LIMITS.effectCheck, required: status === 'Klar' });
  return check ? { effectCheck: check } : {};
}
