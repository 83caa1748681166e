/**
 * One SQLite table per list, derived from the list's field definitions (src/schema's IFieldDefinition).
 * User and Lookup fields become integer `<Name>Id` columns, as SharePoint exposes them over REST.
 *
 * A list with content approval (EnableModeration) has two more columns, `_ModerationStatus` and
 * `_ModerationComments`, and a second table `<table>_approved` with the same columns: the last approved
 * version of each item whose current version is not approved (pending or rejected) but was approved
 * before. Readers who may not see drafts read those rows instead of the current ones.
 */
import type { FieldType, IFieldDefinition, ListTemplate } from '../../../src/schema';
import { Db, clearStatementCache, quoteIdent } from './database';

/** A field as the emulator knows it at run time: the schema's definition plus SharePoint's identity. */
export interface FieldModel extends IFieldDefinition {
  readonly id: string;
  /** Lookup fields: the target list's id (resolved from lookupList when provisioned). */
  readonly lookupListId?: string;
}

export interface ListModel {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly template: ListTemplate;
  /** Server-relative URL of the root folder, e.g. /sites/trygg/Lists/TryggEnheter. */
  readonly url: string;
  readonly tableName: string;
  /** E.g. TryggEnheterList; the item type is SP.Data.<EntityTypeName>Item. */
  readonly entityTypeName: string;
  readonly readSecurity: 1 | 2;
  readonly writeSecurity: 1 | 2 | 4;
  readonly enableVersioning: boolean;
  readonly hasUniquePerms: boolean;
  /** Content approval: new and changed items wait (pending) for someone with Approve Items. */
  readonly enableModeration: boolean;
  /** SharePoint's DraftVisibilityType: 0 readers, 1 those who can edit (and the author), 2 approvers and the author. */
  readonly draftVersionVisibility: 0 | 1 | 2;
  readonly titleField: { readonly title: string; readonly required: boolean };
  readonly created: number;
  readonly fields: readonly FieldModel[];
}

export const SYSTEM_COLUMNS = ['Id', 'Title', 'Created', 'Modified', 'AuthorId', 'EditorId', 'Version', 'GUID', 'ContentTypeId', 'HasUniquePerms'] as const;

/** Names SharePoint reserves on every list item: a field may not take them. */
export const RESERVED_NAMES = new Set(
  ['id', 'title', 'created', 'modified', 'author', 'editor', 'authorid', 'editorid', 'guid', 'contenttypeid', 'version', 'hasuniqueperms',
    'attachments', 'filesystemobjecttype', 'filename', 'fileleafref', 'fileref', 'contenttype', 'owshiddenversion',
    '_moderationstatus', '_moderationcomments']
);

/** SharePoint's _ModerationStatus values (SPModerationStatusType). */
export const MODERATION = { approved: 0, denied: 1, pending: 2, draft: 3 } as const;

/** The table of last approved versions (content approval); see the module comment. */
export function approvedTableName(list: ListModel): string {
  return `${list.tableName}_approved`;
}

export function itemEntityType(list: ListModel): string {
  return `SP.Data.${list.entityTypeName}Item`;
}

/** The SQL column holding a field's value. */
export function columnOf(field: IFieldDefinition): string {
  return field.type === 'User' || field.type === 'Lookup' ? `${field.name}Id` : field.name;
}

function sqlType(type: FieldType): string {
  switch (type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return 'TEXT COLLATE NOCASE';
    case 'MultiChoice':
      return 'TEXT';
    case 'Number':
      return 'REAL';
    case 'Integer':
    case 'Boolean':
    case 'DateTime':
    case 'User':
    case 'Lookup':
      return 'INTEGER';
  }
}

const MODERATION_COLUMN_DEFS = ['_ModerationStatus INTEGER NOT NULL DEFAULT 0', '_ModerationComments TEXT'];

/** Column definitions of a list's item table (the approved-versions table has the same ones). */
function columnDefinitions(list: ListModel, approved: boolean): string[] {
  return [
    approved ? 'Id INTEGER PRIMARY KEY' : 'Id INTEGER PRIMARY KEY AUTOINCREMENT',
    'Title TEXT COLLATE NOCASE',
    'Created INTEGER NOT NULL',
    'Modified INTEGER NOT NULL',
    'AuthorId INTEGER NOT NULL',
    'EditorId INTEGER NOT NULL',
    'Version INTEGER NOT NULL DEFAULT 1',
    'GUID TEXT NOT NULL',
    'ContentTypeId TEXT NOT NULL',
    'HasUniquePerms INTEGER NOT NULL DEFAULT 0',
    // Libraries: the file's name and server-relative URL, as SharePoint's FileLeafRef / FileRef.
    ...(list.template === 101 ? ['FileLeafRef TEXT COLLATE NOCASE', 'FileRef TEXT COLLATE NOCASE', 'FileDirRef TEXT COLLATE NOCASE'] : []),
    ...(list.enableModeration || approved ? MODERATION_COLUMN_DEFS : []),
    ...list.fields.map((f) => `${quoteIdent(columnOf(f))} ${sqlType(f.type)}`)
  ];
}

/** The SQL columns of a list's item table, by name (both tables of a moderated list have them all). */
export function itemTableColumns(list: ListModel): string[] {
  return columnDefinitions(list, false).map((d) => /^"?([A-Za-z_][A-Za-z0-9_]*)"?/.exec(d)![1]);
}

export function createListTable(db: Db, list: ListModel): void {
  const t = quoteIdent(list.tableName);
  db.exec(`CREATE TABLE IF NOT EXISTS ${t} (${columnDefinitions(list, false).join(', ')})`);
  // Not a SharePoint index (the threshold logic ignores it): it keeps "own items" trimming fast.
  db.exec(`CREATE INDEX IF NOT EXISTS ${quoteIdent(`ix_${list.tableName}_AuthorId`)} ON ${t} (AuthorId)`);
  for (const f of list.fields) applyFieldIndexes(db, list, f);
  if (list.enableModeration) ensureModerationTables(db, list);
  clearStatementCache(db);
}

/**
 * Content approval switched on: the moderation columns (existing items become approved, as SharePoint
 * marks them when approval is enabled) and the approved-versions table. Idempotent.
 */
export function ensureModerationTables(db: Db, list: ListModel): void {
  const t = quoteIdent(list.tableName);
  const existing = new Set((db.prepare(`PRAGMA table_info(${t})`).all() as unknown as { name: string }[]).map((c) => c.name));
  for (const def of MODERATION_COLUMN_DEFS) {
    const name = def.split(' ')[0];
    if (!existing.has(name)) db.exec(`ALTER TABLE ${t} ADD COLUMN ${def}`);
  }
  db.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdent(approvedTableName(list))} (${columnDefinitions(list, true).join(', ')})`);
  clearStatementCache(db);
}

/** Content approval switched off: every item is visible again, so every item counts as approved. */
export function clearModeration(db: Db, list: ListModel): void {
  db.exec(`DROP TABLE IF EXISTS ${quoteIdent(approvedTableName(list))}`);
  const t = quoteIdent(list.tableName);
  const existing = new Set((db.prepare(`PRAGMA table_info(${t})`).all() as unknown as { name: string }[]).map((c) => c.name));
  if (existing.has('_ModerationStatus')) db.exec(`UPDATE ${t} SET "_ModerationStatus" = 0`);
  clearStatementCache(db);
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export function addFieldColumn(db: Db, list: ListModel, field: FieldModel): void {
  db.exec(`ALTER TABLE ${quoteIdent(list.tableName)} ADD COLUMN ${quoteIdent(columnOf(field))} ${sqlType(field.type)}`);
  if (hasTable(db, approvedTableName(list))) {
    db.exec(`ALTER TABLE ${quoteIdent(approvedTableName(list))} ADD COLUMN ${quoteIdent(columnOf(field))} ${sqlType(field.type)}`);
  }
  applyFieldIndexes(db, list, field);
  clearStatementCache(db);
}

/** Indexed → an index; unique → a UNIQUE index (SQLite cannot add a UNIQUE constraint to an existing table). */
export function applyFieldIndexes(db: Db, list: ListModel, field: IFieldDefinition): void {
  const t = quoteIdent(list.tableName);
  const col = quoteIdent(columnOf(field));
  const ix = quoteIdent(`ix_${list.tableName}_${columnOf(field)}`);
  const ux = quoteIdent(`ux_${list.tableName}_${columnOf(field)}`);
  if (field.indexed) db.exec(`CREATE INDEX IF NOT EXISTS ${ix} ON ${t} (${col})`);
  else db.exec(`DROP INDEX IF EXISTS ${ix}`);
  if (field.unique) db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS ${ux} ON ${t} (${col})`);
  else db.exec(`DROP INDEX IF EXISTS ${ux}`);
  clearStatementCache(db);
}

/** Drops a field's column from the item table (and the approved-versions table). */
export function dropFieldColumn(db: Db, list: ListModel, field: IFieldDefinition): void {
  db.exec(`ALTER TABLE ${quoteIdent(list.tableName)} DROP COLUMN ${quoteIdent(columnOf(field))}`);
  if (hasTable(db, approvedTableName(list))) db.exec(`ALTER TABLE ${quoteIdent(approvedTableName(list))} DROP COLUMN ${quoteIdent(columnOf(field))}`);
  clearStatementCache(db);
}

export function dropListTable(db: Db, list: ListModel): void {
  db.exec(`DROP TABLE IF EXISTS ${quoteIdent(list.tableName)}`);
  db.exec(`DROP TABLE IF EXISTS ${quoteIdent(approvedTableName(list))}`);
  clearStatementCache(db);
}

/** SharePoint's XML-name encoding of characters outside [A-Za-z0-9] (space → _x0020_, å → _x00e5_). */
export function encodeXmlName(name: string): string {
  let out = '';
  for (const ch of name) {
    if (/[A-Za-z0-9]/.test(ch)) out += ch;
    else out += `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  }
  return out;
}
