import { SPFI } from '@pnp/sp';
import { IOrganisationUnit, UnitLevel } from '../../domain/organisation';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { unitsList } from '../../schema/lists';
import { ListAccess, ListItem, readAllPages, readBoolean, readLookup, readPerson, readString } from '../lists/listAccess';

export class UnitRepository implements IUnitRepository {
  private readonly _units: ListAccess;
  private _cache: Promise<IOrganisationUnit[]> | undefined;

  constructor(sp: SPFI) {
    this._units = new ListAccess(sp, unitsList);
  }

  /** The organisation changes seldom: read it once per page view. */
  public getAll(): Promise<IOrganisationUnit[]> {
    if (!this._cache) {
      const query = this._units.list.items.select(...this._units.select).expand(...this._units.expand).top(1000);
      this._cache = readAllPages<ListItem>(query).then((items) => items.map(toUnit));
      this._cache.catch(() => (this._cache = undefined));
    }
    return this._cache;
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
