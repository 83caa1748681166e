/**
 * A due measurement period in words' parts: "kvartal 3", "mars", "halvår 1", "2026". Pure: the
 * component puts the parts into the UI language's sentence.
 */
import { IMeasurementPeriod } from '../../domain/pdsa/goals';
import { MEASUREMENT_FREQUENCY_KEYS, MeasurementFrequency } from '../../domain/pdsa/vocabulary';

export interface IDuePeriod {
  /** month, quarter, halfYear, year (MEASUREMENT_FREQUENCY_KEYS). */
  readonly kind: string;
  /** 1-based within the year: the month (1–12), quarter (1–4), half (1–2); 1 for a year. */
  readonly number: number;
  readonly year: number;
  /** The period lies in another year than the goal's, so the year must be said. */
  readonly otherYear: boolean;
}

export function duePeriod(period: IMeasurementPeriod, frequency: MeasurementFrequency, goalYear: number): IDuePeriod {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  const kind = MEASUREMENT_FREQUENCY_KEYS[frequency];
  const number = kind === 'month' ? month : kind === 'quarter' ? Math.ceil(month / 3) : kind === 'halfYear' ? Math.ceil(month / 6) : 1;
  return { kind, number, year, otherYear: year !== goalYear };
}
