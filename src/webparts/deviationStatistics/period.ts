import { monthKey, monthsBack, monthsBetween } from '../../domain/deviations/statistics';
import { IStatisticsPeriod } from '../../services/deviations/DeviationStatisticsService';

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

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What to ask SharePoint for: the months in UTC with a day's margin on both sides, since months
 * are counted in Swedish time; the statistics then keep exactly the cases in the months.
 */
export function queryPeriod(months: readonly string[]): IStatisticsPeriod {
  const [firstYear, firstMonth] = months[0].split('-').map(Number);
  const [lastYear, lastMonth] = months[months.length - 1].split('-').map(Number);
  return {
    reportedFrom: new Date(Date.UTC(firstYear, firstMonth - 1, 1) - DAY_MS).toISOString(),
    reportedTo: new Date(Date.UTC(lastYear, lastMonth, 1) + DAY_MS).toISOString()
  };
}
