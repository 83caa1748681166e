import { SPFI } from '@pnp/sp';
import { CaseStore, IDeviation } from '../../domain/deviations/types';
import { ActionFact } from '../../domain/deviations/statistics';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { ActionStatus } from '../../domain/deviations/vocabulary';
import { IOrganisationUnit } from '../../domain/organisation';
import { ListAccess, ListItem, readAllPages, readLookup, readString } from '../lists/listAccess';
import { allOf, odataDateTime } from '../odata';
import { toDeviation } from './DeviationRepository';
import { ACTION_LISTS, CASE_LISTS, unlessNotShared } from './caseLists';

export interface IStatisticsPeriod {
  /** ISO instants bounding the cases' ReportedAt. */
  readonly reportedFrom: string;
  readonly reportedTo: string;
}

export interface IStatisticsData {
  readonly cases: IDeviation[];
  readonly actions: ActionFact[];
  readonly units: IOrganisationUnit[];
}

/** The data behind regional follow-up: what the signed-in user may read, for one period. */
export interface IDeviationStatisticsService {
  load(period: IStatisticsPeriod): Promise<IStatisticsData>;
}

/** SharePoint's largest page; every page is read, so a busy region's year is counted in full. */
const PAGE_SIZE = 5000;

/**
 * Reads every case in the period and every action, page by page, on indexed columns only so
 * that it holds above the list view threshold. SharePoint's item permissions decide what is
 * counted: the security function sees the region, a manager their own units.
 */
export class DeviationStatisticsService implements IDeviationStatisticsService {
  private readonly _sp: SPFI;
  private readonly _units: IUnitRepository;

  constructor(sp: SPFI, units: IUnitRepository) {
    this._sp = sp;
    this._units = units;
  }

  public async load(period: IStatisticsPeriod): Promise<IStatisticsData> {
    const [open, protectedCases, openActions, protectedActions, units] = await Promise.all([
      this._loadCases('open', period),
      this._loadCases('protected', period),
      this._loadActions('open'),
      this._loadActions('protected'),
      this._units.getAll()
    ]);
    return { cases: open.concat(protectedCases), actions: openActions.concat(protectedActions), units };
  }

  private async _loadCases(store: CaseStore, period: IStatisticsPeriod): Promise<IDeviation[]> {
    const access = new ListAccess(this._sp, CASE_LISTS[store]);
    const query = access.list.items
      .select(...access.select)
      .expand(...access.expand)
      .filter(allOf(`ReportedAt ge ${odataDateTime(period.reportedFrom)}`, `ReportedAt le ${odataDateTime(period.reportedTo)}`))
      .top(PAGE_SIZE);
    return (await unlessNotShared(store, readAllPages<ListItem>(query))).map((item) => toDeviation(item, store));
  }

  private async _loadActions(store: CaseStore): Promise<ActionFact[]> {
    const access = new ListAccess(this._sp, ACTION_LISTS[store]);
    const query = access.list.items
      .select('Id', 'Deviation/Id', 'Deviation/Title', 'ActionStatus', 'DueDate')
      .expand('Deviation')
      .top(PAGE_SIZE);
    return (await unlessNotShared(store, readAllPages<ListItem>(query))).map((item) => toActionFact(item, store));
  }
}

function toActionFact(item: ListItem, store: CaseStore): ActionFact {
  const deviation = readLookup(item, 'Deviation');
  return {
    deviationId: deviation ? deviation.id : 0,
    store,
    status: (readString(item, 'ActionStatus') || 'Planerad') as ActionStatus,
    dueDate: readString(item, 'DueDate') || ''
  };
}
