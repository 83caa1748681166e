/**
 * Regional follow-up of deviations: counts per area, type, unit (rolled up the line
 * organisation) and month, time to acknowledgement and closure, and open and overdue actions.
 * Pure: the caller loads the data and says what "now" is.
 */
import { IOrganisationUnit } from '../organisation';
import { IDeviation, IDeviationAction } from './types';
import { isOpen, overdue } from './workflow';

/** The case fields statistics read. */
export type CaseFact = Pick<IDeviation, 'id' | 'store' | 'reportedAt' | 'status' | 'area' | 'type' | 'unit' | 'acknowledgedAt' | 'closedAt'>;

/** The action fields statistics read. */
export type ActionFact = Pick<IDeviationAction, 'deviationId' | 'store' | 'status' | 'dueDate'>;

/** Months are counted in Swedish time: a case reported at 00:30 on 1 March belongs to March. */
export const STATISTICS_TIME_ZONE = 'Europe/Stockholm';

const DAY_MS = 24 * 60 * 60 * 1000;

const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: STATISTICS_TIME_ZONE, year: 'numeric', month: '2-digit' });

/** 'YYYY-MM' of an instant, in Swedish time. */
export function monthKey(iso: string): string {
  const parts = monthFormat.formatToParts(new Date(iso));
  const part = (type: string): string => (parts.filter((p) => p.type === type)[0] || { value: '' }).value;
  return `${part('year')}-${part('month')}`;
}

/** Every month from `from` to `to` inclusive ('YYYY-MM'); empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  const months: string[] = [];
  for (let year = fromYear, month = fromMonth; year < toYear || (year === toYear && month <= toMonth); ) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The month `count - 1` months before `month`, so that [result, month] spans `count` months. */
export function monthsBack(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) - (count - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Whole and fractional days between two instants; undefined when either is missing or bad. */
export function daysBetween(fromIso: string | undefined, toIso: string | undefined): number | undefined {
  if (!fromIso || !toIso) return undefined;
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  if (isNaN(from) || isNaN(to) || to < from) return undefined;
  return (to - from) / DAY_MS;
}

/** An action not done whose due day has ended (due dates are midnight UTC of the due day). */
export function isActionOverdue(action: Pick<IDeviationAction, 'status' | 'dueDate'>, now: Date): boolean {
  if (action.status === 'Klar') return false;
  const due = Date.parse(action.dueDate);
  return !isNaN(due) && due + DAY_MS <= now.getTime();
}

/** One row of a breakdown: its key, the total and the count in each month of the period. */
export interface IBreakdownRow {
  readonly key: string;
  readonly total: number;
  readonly byMonth: readonly number[];
}

/** Counts per key and month, largest first; cases without a key count under `missingKey`. */
export function breakdown(
  cases: readonly CaseFact[],
  keyOf: (item: CaseFact) => string | undefined,
  months: readonly string[],
  missingKey: string
): IBreakdownRow[] {
  const index = new Map(months.map((month, i) => [month, i] as [string, number]));
  const rows = new Map<string, number[]>();
  for (const item of cases) {
    const monthIndex = index.get(monthKey(item.reportedAt));
    if (monthIndex === undefined) continue;
    const key = keyOf(item) || missingKey;
    const counts = rows.get(key) || months.map(() => 0);
    counts[monthIndex] += 1;
    rows.set(key, counts);
  }
  return Array.from(rows.entries())
    .map(([key, byMonth]) => ({ key, byMonth, total: byMonth.reduce((sum, n) => sum + n, 0) }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key, 'sv'));
}

/** The last `window` months against the `window` before them: the direction of the trend. */
export function recentChange(byMonth: readonly number[], window: number = 3): { recent: number; previous: number } {
  const sum = (values: readonly number[]): number => values.reduce((total, n) => total + n, 0);
  const recent = byMonth.slice(Math.max(byMonth.length - window, 0));
  const previous = byMonth.slice(Math.max(byMonth.length - 2 * window, 0), Math.max(byMonth.length - window, 0));
  return { recent: sum(recent), previous: sum(previous) };
}

export interface IUnitRow {
  readonly unit: IOrganisationUnit;
  /** 0 for the top of the hierarchy. */
  readonly depth: number;
  /** Cases reported on the unit itself. */
  readonly own: number;
  /** Cases on the unit and every unit below it. */
  readonly total: number;
  /** Open cases on the unit and below. */
  readonly open: number;
}

/**
 * The unit hierarchy, depth first with children by name, each unit with its own count and the
 * count rolled up from everything below it. Units without any case below them are left out.
 */
export function unitRollup(units: readonly IOrganisationUnit[], cases: readonly CaseFact[]): IUnitRow[] {
  const byId = new Map(units.map((unit) => [unit.id, unit] as [number, IOrganisationUnit]));
  const children = new Map<number, IOrganisationUnit[]>();
  const roots: IOrganisationUnit[] = [];
  for (const unit of units) {
    if (unit.parentId !== undefined && byId.has(unit.parentId)) {
      children.set(unit.parentId, (children.get(unit.parentId) || []).concat([unit]));
    } else {
      roots.push(unit);
    }
  }
  const own = new Map<number, { all: number; open: number }>();
  for (const item of cases) {
    if (!item.unit) continue;
    const counts = own.get(item.unit.id) || { all: 0, open: 0 };
    counts.all += 1;
    if (isOpen(item.status)) counts.open += 1;
    own.set(item.unit.id, counts);
  }

  const rows: IUnitRow[] = [];
  const visited = new Set<number>();
  const byName = (a: IOrganisationUnit, b: IOrganisationUnit): number => a.title.localeCompare(b.title, 'sv');
  // Returns the rolled-up counts; pushes the unit's row before its children's.
  const visit = (unit: IOrganisationUnit, depth: number): { all: number; open: number } => {
    if (visited.has(unit.id)) return { all: 0, open: 0 }; // a cycle in bad data must not loop forever
    visited.add(unit.id);
    const mine = own.get(unit.id) || { all: 0, open: 0 };
    const position = rows.length;
    const below = (children.get(unit.id) || [])
      .slice()
      .sort(byName)
      .map((child) => visit(child, depth + 1));
    const total = below.reduce((sum, counts) => sum + counts.all, mine.all);
    const open = below.reduce((sum, counts) => sum + counts.open, mine.open);
    if (total > 0) rows.splice(position, 0, { unit, depth, own: mine.all, total, open });
    return { all: total, open };
  };
  roots.slice().sort(byName).forEach((root) => visit(root, 0));
  return rows;
}

export interface IDeviationStatistics {
  readonly months: readonly string[];
  readonly total: number;
  readonly open: number;
  readonly closed: number;
  readonly rejected: number;
  /** Open cases past the acknowledgement or closure deadline (the workflow's overdue()). */
  readonly overdueCases: number;
  readonly byMonth: readonly number[];
  readonly byArea: readonly IBreakdownRow[];
  readonly byType: readonly IBreakdownRow[];
  readonly byUnit: readonly IUnitRow[];
  /** Median days from report to acknowledgement, over the cases acknowledged. */
  readonly medianDaysToAcknowledgement?: number;
  readonly acknowledgedCount: number;
  /** Median days from report to closure, over the cases closed (Avslutad; rejections excluded). */
  readonly medianDaysToClosure?: number;
  readonly closedCount: number;
  /** Actions on the cases counted, not done, and of those past their due day. */
  readonly openActions: number;
  readonly overdueActions: number;
}

export interface IStatisticsInput {
  readonly cases: readonly CaseFact[];
  readonly actions: readonly ActionFact[];
  readonly units: readonly IOrganisationUnit[];
  /** The period, as 'YYYY-MM' months; cases reported outside it are not counted. */
  readonly months: readonly string[];
  readonly now: Date;
  /** Key for cases without an area or type. */
  readonly missingKey: string;
}

export function computeStatistics(input: IStatisticsInput): IDeviationStatistics {
  const inPeriod = new Set(input.months);
  const cases = input.cases.filter((item) => inPeriod.has(monthKey(item.reportedAt)));
  // Item ids repeat between the open and the protected list: a case is its store and id.
  const caseKeys = new Set(cases.map((item) => `${item.store}:${item.id}`));
  const actions = input.actions.filter((action) => caseKeys.has(`${action.store}:${action.deviationId}`));
  const openActions = actions.filter((action) => action.status !== 'Klar');

  const toAcknowledge = cases.map((item) => daysBetween(item.reportedAt, item.acknowledgedAt)).filter((d): d is number => d !== undefined);
  const toClose = cases
    .filter((item) => item.status === 'Avslutad')
    .map((item) => daysBetween(item.reportedAt, item.closedAt))
    .filter((d): d is number => d !== undefined);
  const monthIndex = new Map(input.months.map((month, i) => [month, i] as [string, number]));
  const byMonth = input.months.map(() => 0);
  cases.forEach((item) => (byMonth[monthIndex.get(monthKey(item.reportedAt)) as number] += 1));

  return {
    months: input.months,
    total: cases.length,
    open: cases.filter((item) => isOpen(item.status)).length,
    closed: cases.filter((item) => item.status === 'Avslutad').length,
    rejected: cases.filter((item) => item.status === 'Avvisad').length,
    overdueCases: cases.filter((item) => overdue(item, input.now) !== undefined).length,
    byMonth,
    byArea: breakdown(cases, (item) => item.area, input.months, input.missingKey),
    byType: breakdown(cases, (item) => item.type, input.months, input.missingKey),
    byUnit: unitRollup(input.units, cases),
    medianDaysToAcknowledgement: median(toAcknowledge),
    acknowledgedCount: toAcknowledge.length,
    medianDaysToClosure: median(toClose),
    closedCount: toClose.length,
    openActions: openActions.length,
    overdueActions: openActions.filter((action) => isActionOverdue(action, input.now)).length
  };
}

/** Only the cases on a unit and the units below it. */
export function casesUnder<T extends CaseFact>(cases: readonly T[], unitIds: readonly number[]): T[] {
  const ids = new Set(unitIds);
  return cases.filter((item) => !!item.unit && ids.has(item.unit.id));
}
