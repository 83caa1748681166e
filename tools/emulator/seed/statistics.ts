/**
 * The compiled regional figures (TryggStatistik) as the Trygg function's nightly job would have left
 * them at the seed's reference time, so that employees and managers see the region's figures as soon
 * as the emulator starts. Computed from the seeded cases with the product's own rules: each item is
 * read as the case lists' reader reads it (toDeviation: an open report's time from Created, its state
 * only once someone else has written it), then compiled with aggregateRows and written with the
 * repository's values, by the app that writes the list in production.
 */
import type { ISeedItem } from './types';
import { ActionFact, CaseFact } from '../../../src/domain/deviations/statistics';
import { monthKey, monthsBack, monthsBetween } from '../../../src/domain/deviations/months';
import { aggregateRows } from '../../../src/domain/deviations/statisticsAggregate';
import { CaseStore } from '../../../src/domain/deviations/types';
import { ActionStatus } from '../../../src/domain/deviations/vocabulary';
import { toDeviation } from '../../../src/services/deviations/DeviationRepository';
import { aggregateValues } from '../../../src/services/deviations/StatisticsAggregateRepository';
import { ListItem } from '../../../src/services/lists/listAccess';
import { PROTECTED_CASES_APP } from './protectedCases';

/** The months the function compiles: as StatisticsAggregator.refresh by default. */
export const COMPILED_MONTHS = 24;

type CaseItems = Readonly<Record<'deviations' | 'deviationActions' | 'protectedDeviations' | 'protectedActions', readonly ISeedItem[]>>;

/** SharePoint keeps date and time to the second (the emulator too): what a reader gets back. */
function stored(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? `${value.slice(0, 19)}Z` : undefined;
}

/** A seeded case as the REST API returns the columns StatisticsFacts selects. */
function asListItem(item: ISeedItem, referenceTime: string): ListItem {
  const values = item.values;
  return {
    Id: item.Id,
    Created: stored(item.Created || referenceTime),
    OData__UIVersionString: `${item.Version ?? 1}.0`,
    ReportedAt: stored(values.ReportedAt),
    Status: values.Status,
    SecurityArea: values.SecurityArea,
    DeviationType: values.DeviationType,
    Unit: typeof values.Unit === 'number' ? { Id: values.Unit, Title: '' } : undefined,
    AcknowledgedAt: stored(values.AcknowledgedAt),
    ClosedAt: stored(values.ClosedAt)
  };
}

function caseFact(item: ISeedItem, store: CaseStore, referenceTime: string): CaseFact {
  const { id, reportedAt, status, area, type, unit, acknowledgedAt, closedAt } = toDeviation(asListItem(item, referenceTime), store);
  return { id, store, reportedAt, status, area, type, unit, acknowledgedAt, closedAt };
}

function actionFact(item: ISeedItem, store: CaseStore): ActionFact {
  return { deviationId: item.values.Deviation as number, store, status: item.values.ActionStatus as ActionStatus, dueDate: stored(item.values.DueDate) || '' };
}

/** The 'deviationAggregate' items for the seeded cases, compiled at `referenceTime`. */
export function compiledStatistics(items: CaseItems, referenceTime: string): ISeedItem[] {
  const current = monthKey(referenceTime);
  const months = monthsBetween(monthsBack(current, COMPILED_MONTHS), current);
  const cases = [
    ...items.deviations.map((item) => caseFact(item, 'open', referenceTime)),
    ...items.protectedDeviations.map((item) => caseFact(item, 'protected', referenceTime))
  ];
  const actions = [...items.deviationActions.map((item) => actionFact(item, 'open')), ...items.protectedActions.map((item) => actionFact(item, 'protected'))];
  return aggregateRows(cases, actions, months, new Date(referenceTime)).map((row, i) => ({
    Id: i + 1,
    AuthorApp: PROTECTED_CASES_APP.clientId,
    Created: referenceTime,
    Modified: referenceTime,
    values: aggregateValues(row, referenceTime)
  }));
}
