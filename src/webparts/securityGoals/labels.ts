import * as strings from 'SecurityGoalsWebPartStrings';
import { GoalLight } from '../../domain/pdsa/goals';
import {
  GOAL_ACTIVITY_STATUSES,
  GOAL_DIRECTION_KEYS,
  GOAL_PRIORITY_KEYS,
  GoalActivityStatus,
  GoalDirection,
  GoalPriority,
  MEASUREMENT_FREQUENCY_KEYS,
  MeasurementFrequency
} from '../../domain/pdsa/vocabulary';
import { formatNumber } from '../../components/dates';
import { format } from '../../common/format';
import { IDuePeriod } from './goalDue';
import { errorBesideLimitedText } from '../../components/LimitedTextField';
export { areaLabel } from '../../components/areaLabel';

/* Stored values are Swedish terms; these give the label in the UI language. */

export function priorityLabel(priority: GoalPriority | undefined): string {
  return priority ? strings.Priorities[GOAL_PRIORITY_KEYS[priority]] : '';
}

export function directionLabel(direction: GoalDirection | undefined): string {
  return direction ? strings.Directions[GOAL_DIRECTION_KEYS[direction]] : '';
}

export function frequencyLabel(frequency: MeasurementFrequency | undefined): string {
  return frequency ? strings.Frequencies[MEASUREMENT_FREQUENCY_KEYS[frequency]] : '';
}

export function activityStatusLabel(status: GoalActivityStatus): string {
  return strings.ActivityStatuses[GOAL_ACTIVITY_STATUSES.indexOf(status)] || status;
}

export function lightLabel(light: GoalLight): string {
  return strings.Lights[light];
}

/** A problem in words; undefined for none. */
export function fieldErrorText(error: string | undefined): string | undefined {
  return error ? strings.FieldErrors[error] || strings.FieldErrors.unknown : undefined;
}

/** The same beside a LimitedTextField (errorBesideLimitedText: what it does not say itself). */
export function textErrorText(error: string | undefined, value: string): string | undefined {
  return fieldErrorText(errorBesideLimitedText(error, value));
}

/** "62,5 %": a value with the indicator's unit of measure, in the UI language's number format. */
export function valueText(value: number, unitOfMeasure: string): string {
  const number = formatNumber(value, 2);
  return unitOfMeasure ? `${number} ${unitOfMeasure}` : number;
}

/** "12 500 kr" / "SEK 12,500". */
export function costText(amount: number): string {
  return format(strings.CostAmount, formatNumber(amount));
}

/** "Mätning för kvartal 3 saknas". */
export function dueText(period: IDuePeriod): string {
  const name = period.kind === 'month' ? strings.Months[period.number - 1] : String(period.kind === 'year' ? period.year : period.number);
  const phrase = format(strings.Periods[period.kind], name);
  return format(strings.DueSentence, period.otherYear && period.kind !== 'year' ? format(strings.PeriodWithYear, phrase, period.year) : phrase);
}
