import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import { memoizePromise } from '../../common/memoizePromise';
import { IOrganisationUnit, UnitLevel } from '../../domain/organisation';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { unitsList } from '../../schema/lists';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { ListAccess, ListItem, readAllPages, readBoolean, readLookup, readPerson, readString } from '../lists/listAccess';

const PAGE_SIZE = 1000;

export class UnitRepository implements IUnitRepository {
  private readonly _all: () => Promise<IOrganisationUnit[]>;

  /** With a batch shared with the user's reads (createTryggServices), the units go in the same `$batch` as the user. */
  constructor(sp: SPFI, startup?: SameTurnBatch) {
    const read = (): Promise<ListItem[]> => (startup ? startup.items(unitItems, PAGE_SIZE) : readAllPages<ListItem>(unitItems(sp).top(PAGE_SIZE)));
    this._all = memoizePromise(() => read().then((items) => items.map(toUnit)));
  }

  /** The organisation changes seldom: read it once per page view. */
  public getAll(): Promise<IOrganisationUnit[]> {
    return this._all();
  }
}

function unitItems(sp: SPFI): IItems {
  const units = new ListAccess(sp, unitsList);
  return units.list.items.select(...units.select).expand(...units.expand);
}

function toUnit(item: ListItem): IOrganisationUnit {
  const parent = readLookup(item, 'ParentUnit');
  return {
    id: item.Id,
    title: readString(item, 'Title') || '',
    code: readString(item, 'UnitCode') || '',
    level: (readString(item, 'UnitLevel') || 'Enhet') as UnitLevel,
    parentId: parent ? parent.id : undefined,
    department: readString(item, 'Department'),
    manager: readPerson(item, 'UnitManager'),
    managerAbsent: readBoolean(item, 'ManagerAbsent'),
    substitute: readPerson(item, 'Substitute'),
    securityCoordinator: readPerson(item, 'SecurityCoordinator')
  };
}
