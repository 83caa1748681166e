import { monthKey, monthsBack, monthsBetween } from '../../domain/deviations/months';

export type PeriodPreset = 'last12' | 'last6' | 'last3' | 'thisYear' | 'lastYear';

export const PERIOD_PRESETS: readonly PeriodPreset[] = ['last12', 'last6', 'last3', 'thisYear', 'lastYear'];

/** The months ('YYYY-MM') a preset covers, counted back from the month of `now`. */
export function presetMonths(preset: PeriodPreset, now: Date): string[] {
  const current = monthKey(now.toISOString());
  const year = Number(current.slice(0, 4));
  switch (preset) {
    case 'last12':
      return monthsBetween(monthsBack(current, 12), current);
    case 'last6':
      return monthsBetween(monthsBack(current, 6), current);
    case 'last3':
      return monthsBetween(monthsBack(current, 3), current);
    case 'thisYear':
      return monthsBetween(`${year}-01`, current);
    case 'lastYear':
      return monthsBetween(`${year - 1}-01`, `${year - 1}-12`);
  }
}
