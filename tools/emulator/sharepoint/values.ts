/**
 * Validation and conversion of the values a client writes to an item, with SharePoint's errors:
 * unknown properties, type conversion, text length, choices, number bounds, lookup targets, people.
 */
import { sp } from '../errors';
import { parseIsoDate } from '../odata/filterParser';
import { Db, SqlValue, quoteIdent, stmt } from '../storage/database';
import { FieldModel, ListModel, columnOf, itemEntityType } from '../storage/listTables';
import { ListCatalog } from '../storage/catalog';
import { principalExists } from './principals';

const READ_ONLY = new Set([
  'Id', 'ID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'Author', 'Editor', 'GUID', 'Attachments', 'FileSystemObjectType',
  'ContentTypeId', 'OData__UIVersionString', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ComplianceAssetId',
  'FileRef', 'FileDirRef'
]);

const DEFAULT_TEXT_MAX = 255;

const MODERATION_PROPS = new Set(['OData__ModerationStatus', 'OData__ModerationComments']);

export interface WriteOptions {
  /** Content-Type had odata=verbose: `__metadata` is then expected, otherwise it is an unknown property. */
  readonly verbose: boolean;
  /** New item: every required field must have a value. */
  readonly isNew: boolean;
}

function textValue(field: { title: string; maxLength?: number }, value: unknown, limit: number | undefined): SqlValue {
  if (value === null) return null;
  if (typeof value !== 'string') throw sp.conversion('Edm.String');
  if (limit !== undefined && value.length > limit) {
    throw sp.fieldValidation(`The value of the field '${field.title}' is longer than its maximum length of ${limit} characters.`);
  }
  return value === '' ? null : value;
}

function convert(db: Db, catalog: ListCatalog, field: FieldModel, value: unknown): SqlValue {
  switch (field.type) {
    case 'Text':
      return textValue(field, value, Math.min(field.maxLength ?? DEFAULT_TEXT_MAX, DEFAULT_TEXT_MAX));
    case 'Note':
      return textValue(field, value, undefined);
    case 'Choice': {
      const v = textValue(field, value, DEFAULT_TEXT_MAX);
      if (v !== null && field.choices && !field.choices.includes(v as string)) throw sp.invalidChoice();
      return v;
    }
    case 'MultiChoice': {
      if (value === null) return null;
      const arr = Array.isArray(value) ? value : typeof value === 'object' && Array.isArray((value as { results?: unknown }).results) ? (value as { results: unknown[] }).results : undefined;
      if (!arr || !arr.every((x) => typeof x === 'string')) throw sp.conversion('Collection(Edm.String)');
      if (field.choices && !arr.every((x) => field.choices!.includes(x as string))) throw sp.invalidChoice();
      return arr.length === 0 ? null : JSON.stringify(arr);
    }
    case 'Number':
    case 'Integer': {
      if (value === null || value === '') return null;
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value) ? Number(value) : NaN;
      if (!Number.isFinite(n)) throw sp.conversion(field.type === 'Integer' ? 'Edm.Int32' : 'Edm.Double');
      if (field.type === 'Integer' && !Number.isInteger(n)) throw sp.conversion('Edm.Int32');
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
        throw sp.fieldValidation(`The value of the field '${field.title}' must be between ${field.min ?? '-∞'} and ${field.max ?? '∞'}.`);
      }
      return n;
    }
    case 'Boolean':
      if (value === null) return null;
      if (typeof value !== 'boolean') throw sp.conversion('Edm.Boolean');
      return value ? 1 : 0;
    case 'DateTime': {
      if (value === null || value === '') return null;
      const t = typeof value === 'string' ? parseIsoDate(value) : undefined;
      if (t === undefined) throw sp.conversion('Edm.DateTime');
      // SharePoint keeps date and time to the second.
      return Math.floor(t / 1000) * 1000;
    }
    case 'User': {
      if (value === null || value === '') return null;
      const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(id)) throw sp.conversion('Edm.Int32');
      if (id === -1) return null;
      if (!principalExists(db, id)) throw sp.userNotFound();
      return id;
    }
    case 'Lookup': {
      if (value === null || value === '') return null;
      const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(id)) throw sp.conversion('Edm.Int32');
      if (id === 0 || id === -1) return null;
      const target = field.lookupListId ? catalog.byId(field.lookupListId) : undefined;
      if (!target || !stmt(db, `SELECT 1 AS x FROM ${quoteIdent(target.tableName)} WHERE "Id" = ?`).get(id)) throw sp.invalidLookup();
      return id;
    }
  }
}

/** Converts a write body to column values; throws SharePoint's error for the first problem found. */
export function columnsFromBody(db: Db, catalog: ListCatalog, list: ListModel, body: Record<string, unknown>, options: WriteOptions): Map<string, SqlValue> {
  const typeName = itemEntityType(list);
  const columns = new Map<string, SqlValue>();
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') {
      if (!options.verbose) throw sp.propertyNotOnType(key, typeName);
      const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
      if (type !== undefined && type !== typeName) {
        throw sp.invalidQuery(`A type named '${String(type)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
      }
      continue;
    }
    if (key === 'odata.type') {
      if (value !== typeName) throw sp.invalidQuery(`A type named '${String(value)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
      continue;
    }
    if (key.startsWith('odata.')) continue;
    // Content approval: a plain update does not approve or reject. The status and comments in the body are
    // ignored and the change leaves the item pending (approve with file.approve or ValidateUpdateListItem).
    if (list.enableModeration && MODERATION_PROPS.has(key)) continue;
    if (key === 'Title') {
      columns.set('Title', textValue({ title: list.titleField.title }, value, DEFAULT_TEXT_MAX));
      continue;
    }
    if (list.template === 101 && key === 'FileLeafRef') throw sp.notSupported('Renaming a file through its item is not supported by the emulator.');
    if (READ_ONLY.has(key)) throw sp.invalidQuery(`The property '${key}' is read-only and cannot be set.`);
    const field = list.fields.find((f) => f.name === key || columnOf(f) === key || ((f.type === 'User' || f.type === 'Lookup') && `${f.name}StringId` === key));
    if (!field) throw sp.propertyNotOnType(key, typeName);
    if ((field.type === 'User' || field.type === 'Lookup') && key === field.name) {
      throw sp.invalidQuery(
        `A 'PrimitiveValue' node with non-null value was found when trying to read the value of a navigation property; however, a 'StartArray' node, a 'StartObject' node, or a 'PrimitiveValue' node with null value was expected. (Write '${field.name}Id' for the field '${field.name}'.)`
      );
    }
    if (value === undefined) continue;
    columns.set(columnOf(field), convert(db, catalog, field, value));
  }
  return columns;
}

/** Required fields: on a new item every one must have a value; an update may not empty one. */
export function assertRequired(list: ListModel, columns: ReadonlyMap<string, SqlValue>, isNew: boolean): void {
  const required: { column: string; title: string }[] = list.fields.filter((f) => f.required).map((f) => ({ column: columnOf(f), title: f.title }));
  if (list.titleField.required && list.template !== 101) required.unshift({ column: 'Title', title: list.titleField.title });
  for (const r of required) {
    const has = columns.has(r.column);
    if ((isNew && (!has || columns.get(r.column) === null)) || (!isNew && has && columns.get(r.column) === null)) throw sp.requiredField(r.title);
  }
}

export function isUniqueViolation(e: unknown): boolean {
  // Duck-typed: under jest, node:sqlite's errors come from another realm than `Error`.
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' && /UNIQUE constraint failed/.test(message);
}
