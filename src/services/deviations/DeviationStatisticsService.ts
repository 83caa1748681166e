import { SPFI } from '@pnp/sp';
import { IListDefinition } from '../../schema/types';
import { CaseStore } from '../../domain/deviations/types';
import { ActionFact, CaseFact } from '../../domain/deviations/statistics';
import { StatisticsBasis } from '../../domain/deviations/statisticsAggregate';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { ACTION_STATUSES, ActionStatus } from '../../domain/deviations/vocabulary';
import { IOrganisationUnit } from '../../domain/organisation';
import { ICurrentUserService } from '../currentUser/ICurrentUserService';
import { ListItem, readNumber, readString } from '../lists/listAccess';
import { allOf, anyOf, odataDateTime, odataString } from '../odata';
import { toDeviation } from './DeviationRepository';
import { ACTION_LISTS, CASE_LISTS } from './caseLists';
import { StatisticsAggregateRepository } from './StatisticsAggregateRepository';
import { IItemsQuery, readEach } from '../lists/batchedReads';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { archiveYearsOnSite } from './archivedCases';
import { ORIGINAL_ID_FIELD, protectedArchiveLists } from '../../schema/archiveLists';

/** The figures' basis for a period (live cases, or compiled rows and when), with the units to roll up. */
export type IStatisticsData = StatisticsBasis & { readonly units: IOrganisationUnit[] };

/** The data behind regional follow-up, for one period of 'YYYY-MM' months. */
export interface IDeviationStatisticsService {
  load(months: readonly string[]): Promise<IStatisticsData>;
}

const STORES: readonly CaseStore[] = ['open', 'protected'];
const DAY_MS = 24 * 60 * 60 * 1000;

function monthStart(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return Date.UTC(year, monthNumber - 1, 1);
}

/**
 * The ReportedAt ranges to ask for, one per month: months are counted in Swedish time, so the
 * first starts a day early and the last ends a day late; the ranges meet without overlapping, and
 * the statistics then keep exactly the cases in the months. One month at a time keeps each query
 * under the list view threshold at any region's volume.
 */
export function reportedRanges(months: readonly string[]): { from: string; to: string }[] {
  return months.map((month, i) => {
    const from = i === 0 ? monthStart(month) - DAY_MS : monthStart(month);
    const to = i === months.length - 1 ? monthStart(monthAfter(month)) + DAY_MS : monthStart(months[i + 1]);
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  });
}

function monthAfter(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/** What a case counts by, read as the case views read it (an open report's time from SharePoint's own record). */
function toCaseFact(item: ListItem, store: CaseStore): CaseFact {
  const { id, reportedAt, status, area, type, unit, acknowledgedAt, closedAt } = toDeviation(item, store);
  return { id, store, reportedAt, status, area, type, unit, acknowledgedAt, closedAt };
}

function toActionFact(item: ListItem, store: CaseStore): ActionFact {
  return {
    deviationId: readNumber(item, 'DeviationId') || 0,
    store,
    status: (readString(item, 'ActionStatus') || 'Planerad') as ActionStatus,
    dueDate: readString(item, 'DueDate') || ''
  };
}

/** Only what statistics count by, and what toDeviation needs to read an open report's time and state. */
const CASE_SELECT = ['Id', 'Created', 'OData__UIVersionString', 'ReportedAt', 'Status', 'SecurityArea', 'DeviationType', 'Unit/Id', 'AcknowledgedAt', 'ClosedAt'];
const ACTION_SELECT = ['Id', 'DeviationId', 'ActionStatus', 'DueDate'];
/** Done actions count for nothing (tallyCases): only the others are read, on the indexed status. */
const UNDONE_ACTIONS = anyOf('ActionStatus', ACTION_STATUSES.filter((status) => status !== 'Klar').map(odataString)) as string;

/**
 * The actions that can belong to a case reported from `from` on and are not done: an action is due
 * no earlier than it was decided, which is after its case was reported (as pdsaEvidence.ts reads them).
 */
function undoneActions(list: IListDefinition, from: string): IItemsQuery {
  return { listTitle: list.title, select: ACTION_SELECT, filter: allOf(`DueDate ge ${odataDateTime(from)}`, UNDONE_ACTIONS) };
}

/** The cases of a list reported in a range (ReportedAt, indexed). */
function casesReported(list: IListDefinition, range: { from: string; to: string }, select: readonly string[]): IItemsQuery {
  return { listTitle: list.title, select, expand: ['Unit'], filter: allOf(`ReportedAt ge ${odataDateTime(range.from)}`, `ReportedAt lt ${odataDateTime(range.to)}`) };
}

/**
 * Every case of both lists reported in the months, and every action of both action lists not yet done that can be theirs, as far as
 * the caller may read them: for the security function (live figures) and the Trygg function
 * (compiling the aggregate), which read everything. One `$batch`, filtered on indexed columns only.
 */
export class StatisticsFacts {
  private readonly _reads: SameTurnBatch;

  /** `reads`: shared with other services, so that reads asked in the same turn share a `$batch`. */
  constructor(sp: SPFI, reads: SameTurnBatch = new SameTurnBatch(sp)) {
    this._reads = reads;
  }

  public async read(months: readonly string[]): Promise<{ cases: CaseFact[]; actions: ActionFact[] }> {
    const ranges = reportedRanges(months);
    const caseQueries = STORES.map((store) => ranges.map((range) => casesReported(CASE_LISTS[store], range, CASE_SELECT)));
    const actionQueries = STORES.map((store) => undoneActions(ACTION_LISTS[store], ranges[0].from));
    // Asked in the same turn as the cases, so it rides in their first $batch.
    const archiveYears = this._reads.read((batched) => archiveYearsOnSite(batched));
    // Observed now, so a failure is not unhandled while the cases are still read; awaited below.
    archiveYears.catch(() => undefined);
    const pages = await readEach(this._reads, ([] as IItemsQuery[]).concat(...caseQueries, actionQueries));
    const cases: CaseFact[] = [];
    STORES.forEach((store, s) => {
      for (const page of pages.slice(s * ranges.length, (s + 1) * ranges.length)) cases.push(...page.map((item) => toCaseFact(item, store)));
    });
    const actionPages = pages.slice(STORES.length * ranges.length);
    const actions = ([] as ActionFact[]).concat(...STORES.map((store, s) => actionPages[s].map((item) => toActionFact(item, store))));
    const archived = await this._archived(ranges, await archiveYears);
    return { cases: cases.concat(archived.cases), actions: actions.concat(archived.actions) };
  }

  /**
   * Protected cases the yearly archive moved (archivedCases.ts) count as if they had never moved:
   * each year's archive that exists, by the same month ranges, every case by its original id and
   * its actions by that id too.
   */
  private async _archived(ranges: readonly { from: string; to: string }[], years: readonly number[]): Promise<{ cases: CaseFact[]; actions: ActionFact[] }> {
    // A case is closed in the year it was reported or later (ranges start a day early: one year back covers it).
    const firstYear = new Date(ranges[0].from).getUTCFullYear();
    const lists = years.filter((year) => year >= firstYear).map(protectedArchiveLists);
    if (lists.length === 0) return { cases: [], actions: [] };
    const caseQueries = lists.map((list) => ranges.map((range) => casesReported(list.cases, range, CASE_SELECT.concat([ORIGINAL_ID_FIELD.name]))));
    const actionQueries = lists.map((list) => undoneActions(list.actions, ranges[0].from));
    const pages = await readEach(this._reads, ([] as IItemsQuery[]).concat(...caseQueries, actionQueries));
    const cases: CaseFact[] = [];
    const actions: ActionFact[] = [];
    lists.forEach((_list, l) => {
      const originalOf = new Map<number, number>();
      for (const item of ([] as ListItem[]).concat(...pages.slice(l * ranges.length, (l + 1) * ranges.length))) {
        const originalId = readNumber(item, ORIGINAL_ID_FIELD.name) || 0;
        originalOf.set(item.Id, originalId);
        cases.push({ ...toCaseFact(item, 'protected'), id: originalId });
      }
      for (const item of pages[lists.length * ranges.length + l]) {
        const fact = toActionFact(item, 'protected');
        const originalId = originalOf.get(fact.deviationId);
        if (originalId !== undefined) actions.push({ ...fact, deviationId: originalId });
      }
    });
    return { cases, actions };
  }
}

function newest(instants: readonly string[]): string | undefined {
  const times = instants.map((instant) => Date.parse(instant)).filter((time) => !isNaN(time));
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : undefined;
}

/**
 * Regional figures that mean the same whoever reads them. SharePoint trims every case list to what
 * the reader may see, so only the security function, which sees every case, counts them live; for
 * everyone else the region's figures come from the aggregate the Trygg function compiles, which has
 * no case detail and is readable by all. Nobody else touches a case or action list here, so an
 * employee's view asks nothing that would answer 403 or 404.
 */
export class DeviationStatisticsService implements IDeviationStatisticsService {
  private readonly _units: IUnitRepository;
  private readonly _currentUser: ICurrentUserService;
  private readonly _facts: StatisticsFacts;
  private readonly _aggregates: StatisticsAggregateRepository;

  constructor(sp: SPFI, units: IUnitRepository, currentUser: ICurrentUserService, reads: SameTurnBatch = new SameTurnBatch(sp)) {
    this._units = units;
    this._currentUser = currentUser;
    this._facts = new StatisticsFacts(sp, reads);
    this._aggregates = new StatisticsAggregateRepository(sp, reads);
  }

  public async load(months: readonly string[]): Promise<IStatisticsData> {
    const [user, units] = await Promise.all([this._currentUser.get(), this._units.getAll()]);
    if (user.roles.securityFunction) {
      const { cases, actions } = await this._facts.read(months);
      return { source: 'live', cases, actions, units };
    }
    const stored = await this._aggregates.read(months);
    // A period without a single case has no rows; whether the region was compiled at all shows in the list.
    const computedAt = stored.length > 0 ? newest(stored.map((item) => item.computedAt)) : await this._aggregates.lastAdded();
    return { source: 'aggregate', rows: stored.map((item) => item.row), computedAt, units };
  }
}
