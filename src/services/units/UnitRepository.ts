import { SPFI } from '@pnp/sp';
import { memoizePromise } from '../../common/memoizePromise';
import { IOrganisationUnit, UnitLevel } from '../../domain/organisation';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { unitsList } from '../../schema/lists';
import { ListAccess, ListItem, readAllPages, readBoolean, readLookup, readPerson, readString } from '../lists/listAccess';

export class UnitRepository implements IUnitRepository {
  private readonly _units: ListAccess;
  private readonly _all: () => Promise<IOrganisationUnit[]>;

  constructor(sp: SPFI) {
    this._units = new ListAccess(sp, unitsList);
    this._all = memoizePromise(() => {
      const query = this._units.list.items.select(...this._units.select).expand(...this._units.expand).top(1000);
      return readAllPages<ListItem>(query).then((items) => items.map(toUnit));
    });
  }

  /** The organisation changes seldom: read it once per page view. */
  public getAll(): Promise<IOrganisationUnit[]> {
    return this._all();
  }
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
