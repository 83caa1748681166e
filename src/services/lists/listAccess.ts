import { SPFI } from '@pnp/sp';
import { IList } from '@pnp/sp/lists';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IFieldDefinition, IListDefinition } from '../../schema/types';
import { IPerson } from '../../domain/organisation';

/** A list item as SharePoint's REST API returns it with minimal metadata. */
export type ListItem = Record<string, unknown> & { Id: number; 'odata.etag'?: string };

/** A value to write: person and lookup fields take the target's id; a multi-choice field its values; null clears a field, undefined leaves it. */
// eslint-disable-next-line @rushstack/no-new-null -- SharePoint's REST API clears a field with null
export type WriteValue = string | number | boolean | readonly string[] | null | undefined;

const PERSON_SUBFIELDS = ['Id', 'Title', 'EMail'];
const LOOKUP_SUBFIELDS = ['Id', 'Title'];

/**
 * Reads and writes one list as its schema declares it, so that no repository spells out
 * $select/$expand or the `XId` convention for person and lookup fields by hand.
 */
export class ListAccess {
  public readonly definition: IListDefinition;
  private readonly _sp: SPFI;
  private readonly _fields: Map<string, IFieldDefinition>;

  constructor(sp: SPFI, definition: IListDefinition) {
    this._sp = sp;
    this.definition = definition;
    this._fields = new Map(definition.fields.map((field) => [field.name, field] as [string, IFieldDefinition]));
  }

  public get list(): IList {
    return this._sp.web.lists.getByTitle(this.definition.title);
  }

  /** $select for every declared field, with person and lookup subfields. */
  public get select(): string[] {
    // Created, Created By and the version are SharePoint's own record of the item: nobody sets them.
    const select = ['Id', 'Title', 'Created', 'Modified', 'OData__UIVersionString', 'Author/Id', 'Author/Title', 'Author/EMail'];
    for (const field of this.definition.fields) {
      if (field.type === 'User') select.push(...PERSON_SUBFIELDS.map((sub) => `${field.name}/${sub}`));
      else if (field.type === 'Lookup') select.push(...LOOKUP_SUBFIELDS.map((sub) => `${field.name}/${sub}`));
      else select.push(field.name);
    }
    return select;
  }

  public get expand(): string[] {
    return ['Author'].concat(this.definition.fields.filter((f) => f.type === 'User' || f.type === 'Lookup').map((f) => f.name));
  }

  /** The REST property a field is filtered on: person and lookup fields by id. */
  public filterName(fieldName: string): string {
    const field = this.field(fieldName);
    return field.type === 'User' || field.type === 'Lookup' ? `${field.name}Id` : field.name;
  }

  /** Turns field values into the body SharePoint expects: `XId` for person and lookup fields. */
  public toWrite(values: Readonly<Record<string, WriteValue>>): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    for (const name of Object.keys(values)) {
      const value = values[name];
      if (value === undefined) continue;
      if (name === 'Title') {
        body.Title = value;
        continue;
      }
      const field = this.field(name);
      body[field.type === 'User' || field.type === 'Lookup' ? `${name}Id` : name] = value;
    }
    return body;
  }

  public field(name: string): IFieldDefinition {
    const field = this._fields.get(name);
    if (!field) throw new Error(`${this.definition.title} has no field ${name}`);
    return field;
  }
}

export function readString(item: ListItem, name: string): string | undefined {
  const value = item[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A multi-choice field's values (SharePoint answers an array, or { results } in verbose JSON). */
export function readStrings(item: ListItem, name: string): string[] {
  const value = item[name] as unknown;
  const values = Array.isArray(value) ? value : value && Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results : [];
  return values.filter((entry): entry is string => typeof entry === 'string');
}

export function readBoolean(item: ListItem, name: string): boolean {
  return item[name] === true;
}

export function readNumber(item: ListItem, name: string): number | undefined {
  const value = item[name];
  return typeof value === 'number' ? value : undefined;
}

export function readPerson(item: ListItem, name: string): IPerson | undefined {
  const value = item[name] as { Id?: number; Title?: string; EMail?: string } | undefined;
  if (!value || typeof value.Id !== 'number') return undefined;
  return { id: value.Id, displayName: value.Title || '', email: value.EMail || '' };
}

export function readLookup(item: ListItem, name: string): { id: number; title: string } | undefined {
  const value = item[name] as { Id?: number; Title?: string } | undefined;
  if (!value || typeof value.Id !== 'number') return undefined;
  return { id: value.Id, title: value.Title || '' };
}

/** JSON kept in a multiline text field; bad or missing JSON reads as the fallback. */
export function readJson<T>(item: ListItem, name: string, fallback: T): T {
  const text = readString(item, name);
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function etagOf(item: ListItem): string {
  return (item['odata.etag'] as string) || '*';
}

/** Every item a query matches, page by page (PnPjs follows odata.nextLink). */
export async function readAllPages<T>(query: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of query) all.push(...page);
  return all;
}
