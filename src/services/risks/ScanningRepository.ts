import { SPFI } from '@pnp/sp';
import { IScanningRepository } from '../../domain/risks/repositories';
import { IScanningDraft, IScanningEntry } from '../../domain/risks/scanning';
import { SecurityArea } from '../../domain/securityAreas';
import { scanningList } from '../../schema/lists';
import { ConflictError, classifyError, isDuplicateValue } from '../errors';
import { etagOf, ListAccess, ListItem, readJson, readPerson, readString, readStrings, WriteValue } from '../lists/listAccess';
import { odataString } from '../odata';

/** TryggOmvarldsbevakning, newest observation first (ObservedOn is indexed). */
export class ScanningRepository implements IScanningRepository {
  private readonly _access: ListAccess;

  constructor(sp: SPFI) {
    this._access = new ListAccess(sp, scanningList);
  }

  public async list(top: number): Promise<IScanningEntry[]> {
    const items: ListItem[] = await this._access.list.items
      .select(...this._access.select)
      .expand(...this._access.expand)
      .orderBy('ObservedOn', false)
      .orderBy('Id', false)
      .top(Math.min(Math.max(top, 1), 500))();
    return items.map(toScanningEntry);
  }

  public async get(id: number): Promise<IScanningEntry | undefined> {
    try {
      return toScanningEntry(await this._access.list.items.getById(id).select(...this._access.select).expand(...this._access.expand)());
    } catch (error) {
      if (classifyError(error).kind === 'notFound') return undefined;
      throw error;
    }
  }

  public async add(values: IScanningDraft, clientRequestId: string): Promise<IScanningEntry> {
    try {
      const added: ListItem = await this._access.list.items.add(this._access.toWrite({ ...columns(values), ClientRequestId: clientRequestId }));
      return (await this.get(added.Id)) as IScanningEntry;
    } catch (error) {
      // A retry whose first attempt landed: that entry, never a second.
      if (!isDuplicateValue(error)) throw error;
      const items: ListItem[] = await this._access.list.items
        .select(...this._access.select)
        .expand(...this._access.expand)
        .filter(`ClientRequestId eq ${odataString(clientRequestId)}`)
        .top(1)();
      if (items.length === 0) throw error;
      return toScanningEntry(items[0]);
    }
  }

  public async update(id: number, etag: string, values: IScanningDraft): Promise<IScanningEntry> {
    try {
      await this._access.list.items.getById(id).update(this._access.toWrite(columns(values)), etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      const current = await this.get(id);
      if (!current) throw error;
      throw new ConflictError<IScanningEntry>(current);
    }
    return (await this.get(id)) as IScanningEntry;
  }
}

function columns(values: IScanningDraft): Record<string, WriteValue> {
  return {
    Title: values.title,
    ScanningSource: values.source,
    // An emptied link is cleared, not left as it was.
    SourceUrl: values.sourceUrl || null,
    ObservedOn: values.observedOn,
    Summary: values.summary,
    SecurityAreas: values.areas,
    AffectedUnits: JSON.stringify(values.unitIds)
  };
}

export function toScanningEntry(item: ListItem): IScanningEntry {
  const author = readPerson(item, 'Author');
  return {
    id: item.Id,
    etag: etagOf(item),
    title: readString(item, 'Title') || '',
    source: readString(item, 'ScanningSource') || '',
    sourceUrl: readString(item, 'SourceUrl'),
    observedOn: readString(item, 'ObservedOn') || '',
    summary: readString(item, 'Summary') || '',
    areas: readStrings(item, 'SecurityAreas') as SecurityArea[],
    unitIds: readJson<number[]>(item, 'AffectedUnits', []).filter((id) => typeof id === 'number'),
    recordedBy: author ? { displayName: author.displayName, email: author.email } : undefined,
    created: readString(item, 'Created') || ''
  };
}
