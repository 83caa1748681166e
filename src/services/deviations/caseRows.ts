import { IItems } from '@pnp/sp/items';
import { IDeviationQuery } from '../../domain/deviations/repositories';
import { CaseStore, IDeviationRow } from '../../domain/deviations/types';
import { ListItem } from '../lists/listAccess';
import { allOf, anyOf, odataDateTime, odataNumber, odataString } from '../odata';
import { toDeviation } from './DeviationRepository';

/** The $filter of a case query: only indexed columns, so it holds above the list view threshold. */
export function caseFilter(query: IDeviationQuery): string {
  const owners = [
    anyOf('HandlerId', (query.handlerIds || []).map(odataNumber)),
    anyOf('UnitId', (query.unitIds || []).map(odataNumber))
  ].filter((clause): clause is string => !!clause);
  return allOf(
    owners.length > 1 ? `(${owners.join(' or ')})` : owners[0],
    query.reporterId !== undefined ? `ReporterId eq ${odataNumber(query.reporterId)}` : undefined,
    anyOf('Status', (query.statuses || []).map(odataString)),
    query.area ? `SecurityArea eq ${odataString(query.area)}` : undefined,
    query.type ? `DeviationType eq ${odataString(query.type)}` : undefined,
    query.reportedFrom ? `ReportedAt ge ${odataDateTime(query.reportedFrom)}` : undefined,
    query.reportedTo ? `ReportedAt le ${odataDateTime(query.reportedTo)}` : undefined
  );
}

/** Most cases a query returns: 100 unless asked, and never more than one page. */
export function topOf(query: IDeviationQuery): number {
  return Math.min(Math.max(query.top || 100, 1), 5000);
}

/** A query's newest cases first, filtered on indexed columns (caseFilter). */
export function newestFirst(items: IItems, query: IDeviationQuery, top: number): IItems {
  const filter = caseFilter(query);
  const ordered = items.orderBy('ReportedAt', false).top(top);
  return filter ? ordered.filter(filter) : ordered;
}

/** Both stores' cases merged, newest report first. */
export function byNewestReport<T extends { reportedAt: string }>(cases: T[]): T[] {
  return cases.sort((a, b) => Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
}

/** What a row shows, and what toDeviation needs to read an open report's time and state (created, version). */
export const ROW_SELECT = [
  'Id', 'Title', 'Headline', 'Created', 'OData__UIVersionString', 'ReportedAt', 'Status', 'SecurityArea', 'DeviationType',
  'Unit/Id', 'Unit/Title', 'Handler/Id', 'Handler/Title', 'Handler/EMail'
];
export const ROW_EXPAND = ['Unit', 'Handler'];

/** A row read as the case views read the whole case, so both agree on number, time and status. */
export function toDeviationRow(item: ListItem, store: CaseStore): IDeviationRow {
  const { id, caseNumber, title, reportedAt, status, type, area, unit, handler } = toDeviation(item, store);
  return { id, store, caseNumber, title, reportedAt, status, type, area, unit, handler };
}
