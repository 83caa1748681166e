import { SPFI } from '@pnp/sp';
import { IDeviation } from '../../domain/deviations/types';
import { ActionFact } from '../../domain/deviations/statistics';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { ActionStatus } from '../../domain/deviations/vocabulary';
import { IOrganisationUnit } from '../../domain/organisation';
import { deviationActionsList, deviationsList } from '../../schema/lists';
import { ListAccess, ListItem, readAllPages, readLookup, readString } from '../lists/listAccess';
import { allOf, odataDateTime } from '../odata';
import { toDeviation } from './DeviationRepository';

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
  private readonly _deviations: ListAccess;
  private readonly _actions: ListAccess;
  private readonly _units: IUnitRepository;

  constructor(sp: SPFI, units: IUnitRepository) {
    this._deviations = new ListAccess(sp, deviationsList);
    this._actions = new ListAccess(sp, deviationActionsList);
    this._units = units;
  }

  public async load(period: IStatisticsPeriod): Promise<IStatisticsData> {
    const [cases, actions, units] = await Promise.all([this._loadCases(period), this._loadActions(), this._units.getAll()]);
    return { cases, actions, units };
  }

  private async _loadCases(period: IStatisticsPeriod): Promise<IDeviation[]> {
    const query = this._deviations.list.items
      .select(...this._deviations.select)
      .expand(...this._deviations.expand)
      .filter(allOf(`ReportedAt ge ${odataDateTime(period.reportedFrom)}`, `ReportedAt le ${odataDateTime(period.reportedTo)}`))
      .top(PAGE_SIZE);
    return (await readAllPages<ListItem>(query)).map(toDeviation);
  }

  private async _loadActions(): Promise<ActionFact[]> {
    const query = this._actions.list.items
      .select('Id', 'Deviation/Id', 'Deviation/Title', 'ActionStatus', 'DueDate')
      .expand('Deviation')
      .top(PAGE_SIZE);
    return (await readAllPages<ListItem>(query)).map(toActionFact);
  }
}

function toActionFact(item: ListItem): ActionFact {
  const deviation = readLookup(item, 'Deviation');
  return {
    deviationId: deviation ? deviation.id : 0,
    status: (readString(item, 'ActionStatus') || 'Planerad') as ActionStatus,
    dueDate: readString(item, 'DueDate') || ''
  };
}
