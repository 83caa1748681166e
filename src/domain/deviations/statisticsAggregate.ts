/**
 * Regional figures without case detail. The Trygg function compiles the cases into one row per
 * month × unit × area × type × status (the list TryggStatistik, readable by everyone); the web part
 * turns rows back into the same figures the cases give, through the same tallies (statistics.ts),
 * so the two sources cannot count differently. Pure: the caller loads and writes.
 */
import { IOrganisationUnit } from '../organisation';
import {
  ActionFact,
  CaseFact,
  casesUnder,
  computeStatistics,
  ICaseTally,
  IDeviationStatistics,
  statisticsFromTallies,
  tallyCases
} from './statistics';

/** One compiled group: the tally of every case reported in its month with its unit, area, type and status. */
export type IAggregateRow = ICaseTally;

/** `month|unitId|area|type|status`: what makes a row unique, so that a rerun updates instead of adding. */
export function groupKey(row: Pick<IAggregateRow, 'month' | 'unitId' | 'area' | 'type' | 'status'>): string {
  return [row.month, row.unitId === undefined ? '' : String(row.unitId), row.area || '', row.type || '', row.status].join('|');
}

function byNumber(a: number, b: number): number {
  return a - b;
}

/** Rows in a fixed order (month, unit, area, type, status), so that two runs over the same cases are equal. */
function compareRows(a: IAggregateRow, b: IAggregateRow): number {
  const text = (value: string | undefined): string => value || '';
  return (
    a.month.localeCompare(b.month) ||
    (a.unitId === undefined ? -1 : a.unitId) - (b.unitId === undefined ? -1 : b.unitId) ||
    text(a.area).localeCompare(text(b.area), 'sv') ||
    text(a.type).localeCompare(text(b.type), 'sv') ||
    a.status.localeCompare(b.status, 'sv')
  );
}

/**
 * The cases reported in the months, grouped. The days are kept one per case, sorted, so the
 * medians stay exact and a row does not change with the order the cases were read in.
 */
export function aggregateRows(cases: readonly CaseFact[], actions: readonly ActionFact[], months: readonly string[], now: Date): IAggregateRow[] {
  const groups = new Map<string, IAggregateRow>();
  for (const tally of tallyCases(cases, actions, months, now)) {
    const key = groupKey(tally);
    const group = groups.get(key);
    groups.set(
      key,
      group
        ? {
            ...group,
            caseCount: group.caseCount + tally.caseCount,
            overdueCount: group.overdueCount + tally.overdueCount,
            acknowledgeDays: group.acknowledgeDays.concat(tally.acknowledgeDays),
            closeDays: group.closeDays.concat(tally.closeDays),
            openActions: group.openActions + tally.openActions,
            overdueActions: group.overdueActions + tally.overdueActions
          }
        : tally
    );
  }
  return Array.from(groups.values())
    .map((row) => ({ ...row, acknowledgeDays: row.acknowledgeDays.slice().sort(byNumber), closeDays: row.closeDays.slice().sort(byNumber) }))
    .sort(compareRows);
}

/** Whether two rows of the same group hold the same figures (when they were compiled aside). */
export function sameFigures(a: IAggregateRow, b: IAggregateRow): boolean {
  const sameList = (x: readonly number[], y: readonly number[]): boolean => x.length === y.length && x.every((value, i) => value === y[i]);
  return (
    groupKey(a) === groupKey(b) &&
    a.caseCount === b.caseCount &&
    a.overdueCount === b.overdueCount &&
    a.openActions === b.openActions &&
    a.overdueActions === b.overdueActions &&
    sameList(a.acknowledgeDays, b.acknowledgeDays) &&
    sameList(a.closeDays, b.closeDays)
  );
}

/** The figures of the period from compiled rows: what computeStatistics gives from the cases they were compiled from. */
export function statisticsFromAggregate(
  rows: readonly IAggregateRow[],
  units: readonly IOrganisationUnit[],
  months: readonly string[],
  missingKey: string
): IDeviationStatistics {
  return statisticsFromTallies(rows, units, months, missingKey);
}

/** Only the rows of a unit and the units below it. */
export function rowsUnder(rows: readonly IAggregateRow[], unitIds: readonly number[]): IAggregateRow[] {
  const ids = new Set(unitIds);
  return rows.filter((row) => row.unitId !== undefined && ids.has(row.unitId));
}

/**
 * What the figures are made from. The security function reads every case, so it counts them live;
 * everyone else reads the compiled rows, which say when they were compiled (undefined: never yet).
 */
export type StatisticsBasis =
  | { readonly source: 'live'; readonly cases: readonly CaseFact[]; readonly actions: readonly ActionFact[] }
  | { readonly source: 'aggregate'; readonly rows: readonly IAggregateRow[]; readonly computedAt?: string };

export interface IStatisticsScope {
  readonly units: readonly IOrganisationUnit[];
  /** A unit and the units below it; undefined for the whole region. */
  readonly unitIds?: readonly number[];
  readonly months: readonly string[];
  /** Decides what is overdue in live figures; compiled ones were decided when compiled. */
  readonly now: Date;
  /** Key for cases without an area or type. */
  readonly missingKey: string;
}

/** The figures of a scope from either basis; with a unit chosen, the roll-up starts at that unit. */
export function statisticsFor(basis: StatisticsBasis, scope: IStatisticsScope): IDeviationStatistics {
  const { unitIds, months, missingKey } = scope;
  const units = unitIds ? scope.units.filter((unit) => unitIds.indexOf(unit.id) >= 0) : scope.units;
  if (basis.source === 'aggregate') return statisticsFromAggregate(unitIds ? rowsUnder(basis.rows, unitIds) : basis.rows, units, months, missingKey);
  const cases = unitIds ? casesUnder(basis.cases, unitIds) : basis.cases;
  return computeStatistics({ cases, actions: basis.actions, units, months, now: scope.now, missingKey });
}
