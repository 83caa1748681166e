/**
 * List items as SharePoint returns them: the default property set (or what $select asks for), `<Field>Id`
 * for people and lookups, expanded projections as nested entities, dates as ISO 8601 UTC without
 * milliseconds and the ETag `"<version>"`.
 */
import { randomUUID } from 'node:crypto';
import { sp } from '../errors';
import { Entity } from '../odata/format';
import { quoteIdent } from '../storage/database';
import { ListModel, columnOf, itemEntityType } from '../storage/listTables';
import type { FieldType } from '../../../src/schema';
import { DEFAULT_USER_PROJECTION, ItemColumns, Reference, USER_PROJECTIONS } from './itemColumns';
import { ItemRow } from './itemSecurity';

export interface ExpandSpec {
  readonly ref: Reference;
  /** Projected sub-fields; the defaults when $select names none. */
  readonly subs: readonly string[];
}

export interface ItemSelection {
  /** No $select, or `*`: every default property. */
  readonly all: boolean;
  readonly props: readonly string[];
  readonly expands: ReadonlyMap<string, ExpandSpec>;
}

const SYSTEM_PROPS = [
  'FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'Title', 'ComplianceAssetId',
  'ID', 'Modified', 'Created', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID'
];
const LIBRARY_PROPS = ['FileLeafRef', 'FileRef', 'FileDirRef'];
/** Content approval's columns, as REST names `_ModerationStatus` and `_ModerationComments`. */
const MODERATION_PROPS = ['OData__ModerationComments', 'OData__ModerationStatus'];

function selectableProps(list: ListModel): Set<string> {
  const names = new Set([...SYSTEM_PROPS, ...(list.template === 101 ? LIBRARY_PROPS : []), ...(list.enableModeration ? MODERATION_PROPS : [])]);
  for (const f of list.fields) {
    if (f.type === 'User') {
      names.add(`${f.name}Id`);
      names.add(`${f.name}StringId`);
    } else if (f.type === 'Lookup') names.add(`${f.name}Id`);
    else names.add(f.name);
  }
  return names;
}

export function buildSelection(cols: ItemColumns, select: string[][] | undefined, expand: readonly string[]): ItemSelection {
  const expands = new Map<string, { ref: Reference; subs: string[] }>();
  for (const name of expand) {
    const ref = cols.reference(name);
    if (!ref) {
      if (cols.field(name) || SYSTEM_PROPS.includes(name)) throw sp.notSupported(`The field '${name}' cannot be expanded: it is not a lookup or person field.`);
      throw sp.selectFieldNotFound(name);
    }
    expands.set(name, { ref, subs: [] });
  }
  if (!select) {
    return { all: true, props: [], expands: new Map([...expands].map(([k, v]) => [k, { ref: v.ref, subs: defaults(v.ref) }])) };
  }
  const allowed = selectableProps(cols.list);
  const props: string[] = [];
  let all = false;
  const mentioned = new Set<string>();
  for (const path of select) {
    if (path[0] === '*') {
      all = true;
      continue;
    }
    const [name, sub] = path;
    const exp = expands.get(name);
    if (sub === undefined) {
      if (exp) mentioned.add(name);
      else if (cols.reference(name)) throw sp.lookupNeedsExpand(name, name);
      else if (allowed.has(name)) props.push(name);
      else throw sp.selectFieldNotFound(name);
      continue;
    }
    const ref = cols.reference(name);
    if (!ref) throw sp.selectFieldNotFound(`${name}/${sub}`);
    if (!exp) throw sp.lookupNeedsExpand(`${name}/${sub}`, name);
    const ok = ref.kind === 'user' ? USER_PROJECTIONS[sub] !== undefined : cols.lookupProjection(ref, sub) !== undefined;
    if (!ok) throw sp.selectFieldNotFound(`${name}/${sub}`);
    if (!exp.subs.includes(sub)) exp.subs.push(sub);
    mentioned.add(name);
  }
  const finalExpands = new Map<string, ExpandSpec>();
  for (const [name, e] of expands) {
    if (!mentioned.has(name) && !all) continue;
    finalExpands.set(name, { ref: e.ref, subs: e.subs.length > 0 ? e.subs : defaults(e.ref) });
  }
  return { all, props, expands: finalExpands };
}

function defaults(ref: Reference): string[] {
  return ref.kind === 'user' ? DEFAULT_USER_PROJECTION : ['Id', 'Title'];
}

/** SELECT list entries for expanded projections, aliased `<Field>__<Sub>`. */
export function expansionColumns(cols: ItemColumns, selection: ItemSelection): string[] {
  const out: string[] = [];
  for (const [name, e] of selection.expands) {
    const j = cols.join(e.ref);
    for (const sub of e.subs) {
      const column = e.ref.kind === 'user' ? USER_PROJECTIONS[sub] : cols.lookupProjection(e.ref, sub)!.column;
      out.push(`${j.alias}.${quoteIdent(column)} AS ${quoteIdent(`${name}__${sub}`)}`);
    }
  }
  return out;
}

export function isoDate(ms: unknown): string | null {
  if (typeof ms !== 'number' && typeof ms !== 'bigint') return null;
  return new Date(Number(ms)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function fieldValue(type: FieldType | 'Counter', raw: unknown): unknown {
  if (raw === null || raw === undefined) return type === 'MultiChoice' ? [] : null;
  switch (type) {
    case 'Boolean':
      return Number(raw) === 1;
    case 'DateTime':
      return isoDate(raw);
    case 'MultiChoice':
      return JSON.parse(String(raw)) as string[];
    case 'Number':
    case 'Integer':
    case 'Counter':
    case 'User':
    case 'Lookup':
      return Number(raw);
    default:
      return raw;
  }
}

export function itemEtag(row: ItemRow): string {
  return `"${Number(row.Version)}"`;
}

function propValue(list: ListModel, row: ItemRow, name: string): unknown {
  switch (name) {
    case 'FileSystemObjectType':
      return 0;
    case 'Id':
    case 'ID':
      return Number(row.Id);
    case 'ServerRedirectedEmbedUri':
    case 'ComplianceAssetId':
      return null;
    case 'ServerRedirectedEmbedUrl':
      return '';
    case 'Modified':
    case 'Created':
      return isoDate(row[name]);
    case 'AuthorId':
    case 'EditorId':
      return Number(row[name]);
    case 'OData__UIVersionString':
      return list.enableVersioning ? `${Number(row.Version)}.0` : '1.0';
    case 'Attachments':
      return false;
    case 'Title':
    case 'GUID':
    case 'ContentTypeId':
    case 'FileLeafRef':
    case 'FileRef':
    case 'FileDirRef':
      return row[name] ?? null;
    case 'OData__ModerationStatus':
      if (list.enableModeration) return Number(row._ModerationStatus ?? 0);
      break;
    case 'OData__ModerationComments':
      if (list.enableModeration) return row._ModerationComments ?? null;
      break;
  }
  const f = list.fields.find((x) => x.name === name || `${x.name}Id` === name || `${x.name}StringId` === name);
  if (!f) return undefined;
  if (name === `${f.name}StringId`) return row[columnOf(f)] === null || row[columnOf(f)] === undefined ? null : String(row[columnOf(f)]);
  return fieldValue(f.type, row[columnOf(f)]);
}

export function defaultPropNames(list: ListModel): string[] {
  const fieldProps: string[] = [];
  for (const f of list.fields) {
    if (f.type === 'User') fieldProps.push(`${f.name}Id`, `${f.name}StringId`);
    else if (f.type === 'Lookup') fieldProps.push(`${f.name}Id`);
    else fieldProps.push(f.name);
  }
  return [...SYSTEM_PROPS.slice(0, 7), ...fieldProps, ...SYSTEM_PROPS.slice(7), ...(list.enableModeration ? MODERATION_PROPS : [])];
}

export function itemEntity(cols: ItemColumns, row: ItemRow, selection: ItemSelection, siteUrl: string): Entity {
  const list = cols.list;
  const props: Record<string, unknown> = {};
  const names = selection.all ? [...new Set([...defaultPropNames(list), ...selection.props])] : selection.props;
  for (const name of names) props[name] = propValue(list, row, name);
  for (const [name, e] of selection.expands) {
    const idValue = row[`${name}__Id`] ?? row[`${name}__ID`] ?? (e.subs.length > 0 ? row[`${name}__${e.subs[0]}`] : null);
    const present = row[e.ref.column] !== null && row[e.ref.column] !== undefined && idValue !== undefined;
    if (!present) {
      props[name] = null;
      continue;
    }
    const nested: Record<string, unknown> = {};
    for (const sub of e.subs) {
      const raw = row[`${name}__${sub}`];
      if (e.ref.kind === 'user') nested[sub] = sub === 'Id' || sub === 'ID' ? Number(raw) : raw ?? null;
      else nested[sub] = fieldValue(cols.lookupProjection(e.ref, sub)!.type, raw);
    }
    const type = e.ref.kind === 'user' ? 'SP.Data.UserInfoItem' : itemEntityType(e.ref.target);
    props[name] = new Entity({ type, id: randomUUID() }, nested);
  }
  return new Entity(
    {
      type: itemEntityType(list),
      id: `${siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${Number(row.Id)})`,
      editLink: `Web/Lists(guid'${list.id}')/Items(${Number(row.Id)})`,
      etag: itemEtag(row)
    },
    props
  );
}
