/**
 * The emulator's SQLite database (node:sqlite, Node 22). Core tables hold what SharePoint keeps outside of
 * lists: the list catalogue, principals, role assignments, the Graph directory, registered apps, tenant
 * properties, the outbox and files.
 * Each list's items live in a table of their own (see listTables.ts).
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dropSqliteExperimentalWarning } from '../../node/sqliteWarning';
import { dirname } from 'node:path';

export type Db = DatabaseSync;
export type SqlValue = null | number | bigint | string | Uint8Array;

/**
 * Loaded through getBuiltinModule: jest's module registry does not resolve 'node:sqlite'. Its one
 * "experimental" warning is dropped (tools/node/sqliteWarning.js).
 */
function sqliteModule(): typeof import('node:sqlite') {
  dropSqliteExperimentalWarning(process);
  const mod = process.getBuiltinModule('node:sqlite');
  if (!mod) throw new Error('node:sqlite is not available: the emulator needs Node 22.5 or later.');
  return mod;
}

/** Fixed principal ids, as a SharePoint site has them. */
export const SYSTEM_ACCOUNT_ID = 1073741823;
export const EVERYONE_ID = 9;
export const FIRST_SEEDED_PRINCIPAL_ID = 10;

const CORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS _lists (
  Id TEXT PRIMARY KEY, Title TEXT NOT NULL UNIQUE COLLATE NOCASE, Url TEXT NOT NULL UNIQUE COLLATE NOCASE,
  Description TEXT NOT NULL DEFAULT '', Template INTEGER NOT NULL, TableName TEXT NOT NULL UNIQUE,
  EntityTypeName TEXT NOT NULL, ReadSecurity INTEGER NOT NULL DEFAULT 1, WriteSecurity INTEGER NOT NULL DEFAULT 1,
  EnableVersioning INTEGER NOT NULL DEFAULT 0, HasUniquePerms INTEGER NOT NULL DEFAULT 0,
  TitleFieldTitle TEXT NOT NULL DEFAULT 'Title', TitleRequired INTEGER NOT NULL DEFAULT 1, Created INTEGER NOT NULL,
  Ord INTEGER NOT NULL, EnableModeration INTEGER NOT NULL DEFAULT 0, DraftVersionVisibility INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS _fields (
  Id TEXT PRIMARY KEY, ListId TEXT NOT NULL, InternalName TEXT NOT NULL COLLATE NOCASE, Def TEXT NOT NULL,
  LookupListId TEXT, Ord INTEGER NOT NULL, UNIQUE (ListId, InternalName)
);
CREATE TABLE IF NOT EXISTS _site_users (
  Id INTEGER PRIMARY KEY, LoginName TEXT NOT NULL UNIQUE COLLATE NOCASE, Title TEXT NOT NULL, Email TEXT NOT NULL DEFAULT '',
  UserPrincipalName TEXT COLLATE NOCASE, PrincipalType INTEGER NOT NULL DEFAULT 1, IsSiteAdmin INTEGER NOT NULL DEFAULT 0,
  JobTitle TEXT, Department TEXT, FirstName TEXT, LastName TEXT, Office TEXT, MobilePhone TEXT, PersonKey TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_site_users_upn ON _site_users (UserPrincipalName);
CREATE TABLE IF NOT EXISTS _site_groups (
  Id INTEGER PRIMARY KEY, Title TEXT NOT NULL UNIQUE COLLATE NOCASE, Description TEXT NOT NULL DEFAULT '',
  GroupKey TEXT, GraphId TEXT
);
CREATE TABLE IF NOT EXISTS _group_members (GroupId INTEGER NOT NULL, UserId INTEGER NOT NULL, PRIMARY KEY (GroupId, UserId));
CREATE TABLE IF NOT EXISTS _role_assignments (
  ScopeKind TEXT NOT NULL, ListId TEXT NOT NULL DEFAULT '', ItemId INTEGER NOT NULL DEFAULT 0,
  PrincipalId INTEGER NOT NULL, RoleDefId INTEGER NOT NULL,
  PRIMARY KEY (ScopeKind, ListId, ItemId, PrincipalId, RoleDefId)
);
CREATE INDEX IF NOT EXISTS ix_role_assignments_principal ON _role_assignments (ListId, PrincipalId, ItemId);
CREATE TABLE IF NOT EXISTS _role_definitions (
  Id INTEGER PRIMARY KEY, Name TEXT NOT NULL UNIQUE COLLATE NOCASE, Description TEXT NOT NULL DEFAULT '',
  Ord INTEGER NOT NULL, Permissions TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS _graph_users (
  Id TEXT PRIMARY KEY, UserPrincipalName TEXT NOT NULL UNIQUE COLLATE NOCASE, DisplayName TEXT NOT NULL,
  GivenName TEXT, Surname TEXT, Mail TEXT COLLATE NOCASE, JobTitle TEXT, Department TEXT, OfficeLocation TEXT,
  MobilePhone TEXT, ManagerId TEXT, PersonKey TEXT, Roles TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS ix_graph_users_manager ON _graph_users (ManagerId);
CREATE TABLE IF NOT EXISTS _graph_groups (Id TEXT PRIMARY KEY, DisplayName TEXT NOT NULL, Description TEXT, GroupKey TEXT);
CREATE TABLE IF NOT EXISTS _graph_group_members (GroupId TEXT NOT NULL, UserId TEXT NOT NULL, PRIMARY KEY (GroupId, UserId));
CREATE TABLE IF NOT EXISTS _outbox (
  Id INTEGER PRIMARY KEY AUTOINCREMENT, SentAt TEXT NOT NULL, FromAddress TEXT NOT NULL, FromName TEXT,
  Recipients TEXT NOT NULL, Subject TEXT NOT NULL, BodyContentType TEXT NOT NULL, Body TEXT NOT NULL, Message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS _files (
  UniqueId TEXT PRIMARY KEY, ListId TEXT NOT NULL, ItemId INTEGER NOT NULL, ServerRelativeUrl TEXT NOT NULL UNIQUE COLLATE NOCASE,
  Name TEXT NOT NULL, Content BLOB NOT NULL, Length INTEGER NOT NULL, TimeCreated INTEGER NOT NULL,
  TimeLastModified INTEGER NOT NULL, Version INTEGER NOT NULL, AuthorId INTEGER NOT NULL, ModifiedById INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_files_item ON _files (ListId, ItemId);
CREATE TABLE IF NOT EXISTS _file_versions (
  FileId TEXT NOT NULL, Version INTEGER NOT NULL, Content BLOB NOT NULL, Length INTEGER NOT NULL,
  Created INTEGER NOT NULL, CreatedById INTEGER NOT NULL, PRIMARY KEY (FileId, Version)
);
CREATE TABLE IF NOT EXISTS _apps (ClientId TEXT PRIMARY KEY COLLATE NOCASE, DisplayName TEXT NOT NULL, SiteUserId INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS _storage_entities (Key TEXT PRIMARY KEY, Value TEXT NOT NULL, Comment TEXT, Description TEXT);
CREATE TABLE IF NOT EXISTS _item_versions (
  ListId TEXT NOT NULL, ItemId INTEGER NOT NULL, Version INTEGER NOT NULL, Snapshot TEXT NOT NULL,
  Created INTEGER NOT NULL, EditorId INTEGER NOT NULL, PRIMARY KEY (ListId, ItemId, Version)
);
`;

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const { DatabaseSync } = sqliteModule();
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;');
  db.exec(CORE_SCHEMA);
  migrate(db);
  return db;
}

/** Columns added to the core tables after a file database may have been created. */
function migrate(db: Db): void {
  const listColumns = new Set((db.prepare('PRAGMA table_info(_lists)').all() as unknown as { name: string }[]).map((c) => c.name));
  if (!listColumns.has('EnableModeration')) db.exec('ALTER TABLE _lists ADD COLUMN EnableModeration INTEGER NOT NULL DEFAULT 0');
  if (!listColumns.has('DraftVersionVisibility')) db.exec('ALTER TABLE _lists ADD COLUMN DraftVersionVisibility INTEGER NOT NULL DEFAULT 0');
}

/** Prepared statements are cached per SQL text: the same queries run for every request. */
const statementCache = new WeakMap<Db, Map<string, StatementSync>>();

export function stmt(db: Db, sql: string): StatementSync {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s;
}

/** Drops cached statements: needed after ALTER TABLE, which invalidates prepared statements' column lists. */
export function clearStatementCache(db: Db): void {
  statementCache.delete(db);
}

let savepointCounter = 0;

/** Savepoints nest, so a handler's transaction may run inside a seed load or a batch's. */
export function transaction<T>(db: Db, work: () => T): T {
  const name = `sp_${++savepointCounter}`;
  db.exec(`SAVEPOINT ${name}`);
  try {
    const result = work();
    db.exec(`RELEASE ${name}`);
    return result;
  } catch (e) {
    db.exec(`ROLLBACK TO ${name}`);
    db.exec(`RELEASE ${name}`);
    throw e;
  }
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = stmt(db, 'SELECT value FROM _meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT INTO _meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Users and groups share one id sequence, as SharePoint principals do. */
export function nextPrincipalId(db: Db): number {
  const current = Number(getMeta(db, 'nextPrincipalId') ?? FIRST_SEEDED_PRINCIPAL_ID);
  setMeta(db, 'nextPrincipalId', String(current + 1));
  return current;
}

/** SQL identifiers come only from validated internal names; quoting keeps reserved words safe. */
export function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}
