/**
 * Regional follow-up of deviations: counts per area, type, unit (rolled up the line
 * organisation) and month, time to acknowledgement and closure, and open and overdue actions.
 * Pure: the caller loads the data and says what "now" is.
 */
import { IOrganisationUnit } from '../organisation';
import { SecurityArea } from '../securityAreas';
import { IDeviation, IDeviationAction } from './types';
import { DeviationStatus, DeviationType } from './vocabulary';
import { isOpen, overdue } from './workflow';
import { monthKey } from './months';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The case fields statistics read. */
export type CaseFact = Pick<IDeviation, 'id' | 'store' | 'reportedAt' | 'status' | 'area' | 'type' | 'unit' | 'acknowledgedAt' | 'closedAt'>;

/** The action fields statistics read. */
export type ActionFact = Pick<IDeviationAction, 'deviationId' | 'store' | 'status' | 'dueDate'>;

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

/**
 * Days from one step to the next as statistics count them: to a tenth of a day, the precision the
 * compiled figures keep, so that medians come out the same from the cases and from the aggregate.
 */
export function measuredDays(fromIso: string | undefined, toIso: string | undefined): number | undefined {
  const days = daysBetween(fromIso, toIso);
  return days === undefined ? undefined : Math.round(days * 10) / 10;
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

/** `count` cases reported in `month` under `key`. */
type Counted = { readonly month: string; readonly key: string | undefined; readonly count: number };

function countBy(entries: readonly Counted[], months: readonly string[], missingKey: string): IBreakdownRow[] {
  const index = new Map(months.map((month, i) => [month, i] as [string, number]));
  const rows = new Map<string, number[]>();
  for (const entry of entries) {
    const monthIndex = index.get(entry.month);
    if (monthIndex === undefined) continue;
    const key = entry.key || missingKey;
    const counts = rows.get(key) || months.map(() => 0);
    counts[monthIndex] += entry.count;
    rows.set(key, counts);
  }
  return Array.from(rows.entries())
    .map(([key, byMonth]) => ({ key, byMonth, total: byMonth.reduce((sum, n) => sum + n, 0) }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key, 'sv'));
}

/** Counts per key and month, largest first; cases without a key count under `missingKey`. */
export function breakdown(
  cases: readonly CaseFact[],
  keyOf: (item: CaseFact) => string | undefined,
  months: readonly string[],
  missingKey: string
): IBreakdownRow[] {
  return countBy(cases.map((item) => ({ month: monthKey(item.reportedAt), key: keyOf(item), count: 1 })), months, missingKey);
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

/** `all` cases on the unit `unitId`, `open` of them open. */
type UnitCount = { readonly unitId: number | undefined; readonly all: number; readonly open: number };

function rollup(units: readonly IOrganisationUnit[], counts: readonly UnitCount[]): IUnitRow[] {
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
  for (const count of counts) {
    if (count.unitId === undefined) continue;
    const mine = own.get(count.unitId) || { all: 0, open: 0 };
    mine.all += count.all;
    mine.open += count.open;
    own.set(count.unitId, mine);
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

/**
 * The unit hierarchy, depth first with children by name, each unit with its own count and the
 * count rolled up from everything below it. Units without any case below them are left out.
 */
export function unitRollup(units: readonly IOrganisationUnit[], cases: readonly CaseFact[]): IUnitRow[] {
  return rollup(units, cases.map((item) => ({ unitId: item.unit && item.unit.id, all: 1, open: isOpen(item.status) ? 1 : 0 })));
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

/**
 * What statistics know of some cases alike in month, unit, area, type and status: how many, how
 * many overdue, each one's days to acknowledgement and closure, and their open and overdue
 * actions. One case makes a tally of one; the compiled aggregate keeps one per group. Every figure
 * is computed from tallies, so the cases and the aggregate cannot count differently.
 */
export interface ICaseTally {
  /** 'YYYY-MM' the cases were reported in, Swedish time. */
  readonly month: string;
  readonly unitId?: number;
  readonly area?: SecurityArea;
  readonly type?: DeviationType;
  readonly status: DeviationStatus;
  readonly caseCount: number;
  /** Cases past a deadline (the workflow's overdue()) when the tally was made. */
  readonly overdueCount: number;
  /** measuredDays from report to acknowledgement, one per case acknowledged. */
  readonly acknowledgeDays: readonly number[];
  /** measuredDays from report to closure, one per case closed (Avslutad). */
  readonly closeDays: readonly number[];
  readonly openActions: number;
  readonly overdueActions: number;
}

/** One tally per case reported in the months, with its actions (`now` decides what is overdue). */
export function tallyCases(cases: readonly CaseFact[], actions: readonly ActionFact[], months: readonly string[], now: Date): ICaseTally[] {
  const inPeriod = new Set(months);
  // Item ids repeat between the open and the protected list: a case is its store and id.
  const actionsOf = new Map<string, { open: number; overdue: number }>();
  for (const action of actions) {
    if (action.status === 'Klar') continue;
    const key = `${action.store}:${action.deviationId}`;
    const counts = actionsOf.get(key) || { open: 0, overdue: 0 };
    counts.open += 1;
    if (isActionOverdue(action, now)) counts.overdue += 1;
    actionsOf.set(key, counts);
  }
  const tallies: ICaseTally[] = [];
  for (const item of cases) {
    const month = monthKey(item.reportedAt);
    if (!inPeriod.has(month)) continue;
    const acknowledge = measuredDays(item.reportedAt, item.acknowledgedAt);
    const close = item.status === 'Avslutad' ? measuredDays(item.reportedAt, item.closedAt) : undefined;
    const own = actionsOf.get(`${item.store}:${item.id}`) || { open: 0, overdue: 0 };
    tallies.push({
      month,
      unitId: item.unit && item.unit.id,
      area: item.area,
      type: item.type,
      status: item.status,
      caseCount: 1,
      overdueCount: overdue(item, now) !== undefined ? 1 : 0,
      acknowledgeDays: acknowledge === undefined ? [] : [acknowledge],
      closeDays: close === undefined ? [] : [close],
      openActions: own.open,
      overdueActions: own.overdue
    });
  }
  return tallies;
}

/** Every figure of the period from tallies, whether of single cases or of compiled groups. */
export function statisticsFromTallies(
  tallies: readonly ICaseTally[],
  units: readonly IOrganisationUnit[],
  months: readonly string[],
  missingKey: string
): IDeviationStatistics {
  const monthIndex = new Map(months.map((month, i) => [month, i] as [string, number]));
  const counted = tallies.filter((tally) => monthIndex.has(tally.month));
  const sum = (value: (tally: ICaseTally) => number): number => counted.reduce((total, tally) => total + value(tally), 0);
  const casesWhere = (test: (status: DeviationStatus) => boolean): number => sum((tally) => (test(tally.status) ? tally.caseCount : 0));
  const byMonth = months.map(() => 0);
  counted.forEach((tally) => (byMonth[monthIndex.get(tally.month) as number] += tally.caseCount));
  const toAcknowledge = ([] as number[]).concat(...counted.map((tally) => tally.acknowledgeDays));
  const toClose = ([] as number[]).concat(...counted.map((tally) => tally.closeDays));
  const counts = (keyOf: (tally: ICaseTally) => string | undefined): Counted[] =>
    counted.map((tally) => ({ month: tally.month, key: keyOf(tally), count: tally.caseCount }));

  return {
    months,
    total: sum((tally) => tally.caseCount),
    open: casesWhere(isOpen),
    closed: casesWhere((status) => status === 'Avslutad'),
    rejected: casesWhere((status) => status === 'Avvisad'),
    overdueCases: sum((tally) => tally.overdueCount),
    byMonth,
    byArea: countBy(counts((tally) => tally.area), months, missingKey),
    byType: countBy(counts((tally) => tally.type), months, missingKey),
    byUnit: rollup(units, counted.map((tally) => ({ unitId: tally.unitId, all: tally.caseCount, open: isOpen(tally.status) ? tally.caseCount : 0 }))),
    medianDaysToAcknowledgement: median(toAcknowledge),
    acknowledgedCount: toAcknowledge.length,
    medianDaysToClosure: median(toClose),
    closedCount: toClose.length,
    openActions: sum((tally) => tally.openActions),
    overdueActions: sum((tally) => tally.overdueActions)
  };
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

/** The figures of the period from the cases themselves. */
export function computeStatistics(input: IStatisticsInput): IDeviationStatistics {
  return statisticsFromTallies(tallyCases(input.cases, input.actions, input.months, input.now), input.units, input.months, input.missingKey);
}

/** Only the cases on a unit and the units below it. */
export function casesUnder<T extends CaseFact>(cases: readonly T[], unitIds: readonly number[]): T[] {
  const ids = new Set(unitIds);
  return cases.filter((item) => !!item.unit && ids.has(item.unit.id));
}
