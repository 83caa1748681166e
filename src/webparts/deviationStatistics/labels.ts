import * as common from 'TryggStrings';
import * as strings from 'DeviationStatisticsWebPartStrings';
import { DEVIATION_TYPE_KEYS, DeviationType } from '../../domain/deviations/vocabulary';
import { StatisticsBasis } from '../../domain/deviations/statisticsAggregate';
import { SECURITY_AREA_KEYS, SecurityArea } from '../../domain/securityAreas';
import { formatDateTime } from '../../components/dates';
import { format } from '../../common/format';

/** The key statistics use for cases not yet classified. */
export const MISSING_KEY = '';

export function areaName(key: string): string {
  return key === MISSING_KEY ? common.Unclassified : common.Areas[SECURITY_AREA_KEYS[key as SecurityArea]] || key;
}

export function typeName(key: string): string {
  return key === MISSING_KEY ? common.Unclassified : common.DeviationTypes[DEVIATION_TYPE_KEYS[key as DeviationType]] || key;
}

/** "nov. 2026" / "Nov 2026", in the UI language. */
export function monthName(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(strings.Locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, monthNumber - 1, 15)));
}

/** Days with one decimal, or a dash when there is nothing to measure. */
export function daysText(days: number | undefined): string {
  if (days === undefined) return strings.NoValue;
  return new Intl.NumberFormat(strings.Locale, { maximumFractionDigits: 1 }).format(days);
}

/** What the figures count: every case as it is now, or the region's compiled figures and when they were compiled. */
export function sourceText(basis: StatisticsBasis): string {
  if (basis.source === 'live') return strings.SourceLive;
  return basis.computedAt ? format(strings.SourceCompiled, formatDateTime(basis.computedAt)) : strings.SourceNotCompiled;
}
