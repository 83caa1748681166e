/**
 * What the five PDSA repositories share: one list read and written as its schema declares it, an
 * add that happens once per ClientRequestId, an update guarded by the ETag, and reads on indexed
 * columns that page past SharePoint's page size and split long `in`-style filters into chunks.
 */
import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import { calendarDay } from '../../domain/days';
import { IAdded, IStoredMeta } from '../../domain/pdsa/repositories';
import { IListDefinition } from '../../schema/types';
import { ConflictError, classifyError, isDuplicateValue } from '../errors';
import { etagOf, ListAccess, ListItem, readPerson, readString, WriteValue } from '../lists/listAccess';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { allOf, anyOf, odataNumber, odataString } from '../odata';

/** Ids in one $filter: under a kilobyte of URL, as the risk register reads them. */
export const ID_CHUNK = 50;
/** Items per page; a full first page is read again page by page. */
const PAGE_SIZE = 2000;

const EDITOR = ['Editor/Id', 'Editor/Title', 'Editor/EMail'];

export class PdsaListItems<T> {
  public readonly access: ListAccess;

  /** Reads of the list asked for together (a view's log and its due list) go in one `$batch`. */
  private readonly _reads: SameTurnBatch;

  /** `reads`: shared with another list's items, so that reads of both asked together share the `$batch`. */
  constructor(sp: SPFI, definition: IListDefinition, private readonly _toItem: (item: ListItem) => T, reads: SameTurnBatch = new SameTurnBatch(sp)) {
    this.access = new ListAccess(sp, definition);
    this._reads = reads;
  }

  private get _select(): string[] {
    return this.access.select.concat(EDITOR);
  }

  private get _expand(): string[] {
    return this.access.expand.concat('Editor');
  }

  public async get(id: number): Promise<T | undefined> {
    try {
      return this._toItem(await this.access.list.items.getById(id).select(...this._select).expand(...this._expand)());
    } catch (error) {
      if (classifyError(error).kind === 'notFound') return undefined;
      throw error;
    }
  }

  /** The item a save with this ClientRequestId added, if any. */
  public async byClientRequestId(clientRequestId: string): Promise<T | undefined> {
    const items: ListItem[] = await this.access.list.items
      .select(...this._select)
      .expand(...this._expand)
      .filter(`ClientRequestId eq ${odataString(clientRequestId)}`)
      .top(1)();
    return items.length > 0 ? this._toItem(items[0]) : undefined;
  }

  /** Adds once: a retry whose first attempt landed gets that item back, never a second. */
  public async add(columns: Record<string, WriteValue>, clientRequestId: string): Promise<IAdded<T>> {
    try {
      const added: ListItem = await this.access.list.items.add(this.access.toWrite({ ...columns, ClientRequestId: clientRequestId }));
      return { item: (await this.get(added.Id)) as T, created: true };
    } catch (error) {
      if (!isDuplicateValue(error)) throw error;
      const first = await this.byClientRequestId(clientRequestId);
      if (!first) throw error;
      return { item: first, created: false };
    }
  }

  /** Saves if the item is still at `etag`; otherwise throws a ConflictError with what is stored. */
  public async update(id: number, etag: string, columns: Record<string, WriteValue>): Promise<T> {
    try {
      await this.access.list.items.getById(id).update(this.access.toWrite(columns), etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      const current = await this.get(id);
      if (!current) throw error;
      throw new ConflictError<T>(current);
    }
    return (await this.get(id)) as T;
  }

  /** Every item the filter (indexed columns only) matches, in id order. */
  public async where(filter: string): Promise<T[]> {
    const query = (sp: SPFI): IItems => {
      const items = new ListAccess(sp, this.access.definition).list.items.select(...this._select).expand(...this._expand).orderBy('Id', true);
      return filter ? items.filter(filter) : items;
    };
    return (await this._reads.items(query, PAGE_SIZE)).map(this._toItem);
  }

  /**
   * Every item whose `column` is one of `ids` (and that the rest of the filter matches), a chunk of
   * ids per request so no URL grows past what SharePoint takes; in id order.
   */
  public async whereIn(column: string, ids: readonly number[], rest?: string): Promise<T[]> {
    const unique = Array.from(new Set(ids));
    const chunks: number[][] = [];
    for (let start = 0; start < unique.length; start += ID_CHUNK) chunks.push(unique.slice(start, start + ID_CHUNK));
    const pages = await Promise.all(chunks.map((chunk) => this.where(allOf(anyOf(column, chunk.map(odataNumber)), rest))));
    return ([] as T[]).concat(...pages);
  }
}

/** What every stored PDSA item carries besides its values. */
export function storedMeta(item: ListItem): IStoredMeta {
  const editor = readPerson(item, 'Editor');
  return { etag: etagOf(item), modified: readString(item, 'Modified') || '', ...(editor ? { modifiedBy: editor } : {}) };
}

/** A stored DateTime as the day it holds (YYYY-MM-DD); dates are stored at midnight UTC. */
export function readDay(item: ListItem, name: string): string | undefined {
  const value = readString(item, name);
  return value ? value.slice(0, 10) : undefined;
}

/** A day (YYYY-MM-DD or an ISO instant) as the midnight UTC instant SharePoint stores; null clears it. */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint's REST API clears a field with null
export function dayValue(value: string | undefined): string | null {
  const day = calendarDay(value);
  return day === undefined ? null : new Date(day).toISOString();
}

/** A finite number from JSON, or undefined. */
export function finiteOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' && isFinite(value) ? value : undefined;
}

/** An object read from JSON (not null, not an array), or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
