import { IDeviationRow } from '../../domain/deviations/types';
import { DEVIATION_STATUSES, DeviationStatus, DeviationType } from '../../domain/deviations/vocabulary';
import { isOpen } from '../../domain/deviations/workflow';
import { SecurityArea } from '../../domain/securityAreas';

/** Which statuses the list shows: the open ones (the default), one status, or everything. */
export type StatusChoice = 'open' | 'all' | DeviationStatus;

export type PeriodChoice = 'all' | '30' | '90' | '365';

export interface IInboxFilter {
  readonly status: StatusChoice;
  readonly area?: SecurityArea;
  readonly type?: DeviationType;
  readonly unitId?: number;
  readonly period: PeriodChoice;
}

export const DEFAULT_INBOX_FILTER: IInboxFilter = { status: 'open', period: 'all' };

const DAY_MS = 24 * 60 * 60 * 1000;

function matchesStatus(deviation: IDeviationRow, status: StatusChoice): boolean {
  if (status === 'all') return true;
  if (status === 'open') return isOpen(deviation.status);
  return deviation.status === status;
}

/** Everything but the status, so that the status counts follow the other filters. */
function matchesOthers(deviation: IDeviationRow, filter: IInboxFilter, now: Date): boolean {
  if (filter.area && deviation.area !== filter.area) return false;
  if (filter.type && deviation.type !== filter.type) return false;
  if (filter.unitId !== undefined && (!deviation.unit || deviation.unit.id !== filter.unitId)) return false;
  if (filter.period !== 'all') {
    const oldest = now.getTime() - Number(filter.period) * DAY_MS;
    if (Date.parse(deviation.reportedAt) < oldest) return false;
  }
  return true;
}

/** The cases to list, newest report first. */
export function filterInbox<T extends IDeviationRow>(cases: readonly T[], filter: IInboxFilter, now: Date): T[] {
  return cases
    .filter((deviation) => matchesOthers(deviation, filter, now) && matchesStatus(deviation, filter.status))
    .sort((a, b) => Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
}

export type StatusCounts = Readonly<Record<StatusChoice, number>>;

/** How many cases each status choice would show under the other filters. */
export function countByStatus(cases: readonly IDeviationRow[], filter: IInboxFilter, now: Date): StatusCounts {
  const counts: Record<string, number> = { open: 0, all: 0 };
  DEVIATION_STATUSES.forEach((status) => (counts[status] = 0));
  cases
    .filter((deviation) => matchesOthers(deviation, filter, now))
    .forEach((deviation) => {
      counts.all += 1;
      counts[deviation.status] += 1;
      if (isOpen(deviation.status)) counts.open += 1;
    });
  return counts as StatusCounts;
}

/** The units that occur in the inbox, by name, for the unit filter. */
export function unitsIn(cases: readonly IDeviationRow[]): { id: number; title: string }[] {
  const byId = new Map<number, string>();
  cases.forEach((deviation) => deviation.unit && byId.set(deviation.unit.id, deviation.unit.title));
  return Array.from(byId.entries())
    .map(([id, title]) => ({ id, title }))
    .sort((a, b) => a.title.localeCompare(b.title, 'sv'));
}
