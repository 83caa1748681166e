/**
 * Writes seed data (seed/types.ts) into the database: people as Graph users and SharePoint site users
 * (site user ids from 10 up, in the seed's order), groups with members, apps, tenant properties, the
 * site's and lists' default role assignments (before the items, which may copy them), and list items
 * with their explicit ids and item-level permissions. One transaction with prepared statements, so
 * 50,000 items load in about a second.
 *
 * In a list with content approval a seeded item is approved unless its values give `_ModerationStatus`
 * (0 approved, 1 rejected, 2 pending, 3 draft, or those names) and perhaps `_ModerationComments`, or its
 * `moderation` does. A seeded item that is not approved was never approved, and readers who may not see
 * drafts do not see it at all, unless its `history` has an approved version: that one is what they see.
 *
 * Library items may carry their file (`_files`) and earlier versions their content (`_file_versions`),
 * so a reader opens the published version's file and anyone may open an earlier edition.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { IFieldDefinition, IListDefinition } from '../../../src/schema';
import type { StatementSync } from 'node:sqlite';
import type { ISeedData, ISeedItem, ISeedModeration, SeedValue } from '../seed/types';
import { registerApp } from '../apps';
import { applySchemaAssignments } from '../permissions';
import { claimsLogin, ensureBuiltInPrincipals } from '../sharepoint/principals';
import { setStorageEntities } from '../sharepoint/storageEntities';
import { parseIsoDate } from '../odata/filterParser';
import { Db, SqlValue, getMeta, nextPrincipalId, quoteIdent, setMeta, stmt, transaction } from './database';
import { ListCatalog } from './catalog';
import { ListModel, MODERATION, approvedTableName, columnOf } from './listTables';
import { SeedError } from './seedError';
import { ISeedPrincipals, ItemScopes, seedAuthor } from './seedScopes';

export { SeedError } from './seedError';

/** A deterministic GUID from a key (for Graph group ids). */
export function guidFrom(key: string): string {
  const h = createHash('sha1').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export interface ISeedSummary {
  readonly people: number;
  readonly groups: number;
  readonly items: Readonly<Record<string, number>>;
}

function seedValue(field: IFieldDefinition, value: SeedValue, people: ReadonlyMap<string, number>, where: string): SqlValue {
  if (value === undefined || value === null || value === '') return null;
  switch (field.type) {
    case 'User': {
      const id = typeof value === 'string' ? people.get(value) : undefined;
      if (id === undefined) throw new SeedError(`${where}: unknown person key '${String(value)}'.`);
      return id;
    }
    case 'Lookup':
    case 'Number':
    case 'Integer':
      if (typeof value !== 'number') throw new SeedError(`${where}: expected a number, got ${JSON.stringify(value)}.`);
      return value;
    case 'Boolean':
      if (typeof value !== 'boolean') throw new SeedError(`${where}: expected a boolean, got ${JSON.stringify(value)}.`);
      return value ? 1 : 0;
    case 'DateTime': {
      const t = typeof value === 'string' ? parseIsoDate(value) : undefined;
      if (t === undefined) throw new SeedError(`${where}: expected an ISO 8601 date, got ${JSON.stringify(value)}.`);
      return Math.floor(t / 1000) * 1000;
    }
    case 'MultiChoice': {
      const values = Array.isArray(value) ? (value as readonly string[]) : String(value).split(';#').filter(Boolean);
      if (field.choices && !values.every((entry) => field.choices!.indexOf(entry) >= 0)) throw new SeedError(`${where}: ${JSON.stringify(values)} is not among the choices.`);
      return values.length === 0 ? null : JSON.stringify(values);
    }
    default:
      if (typeof value !== 'string') throw new SeedError(`${where}: expected text, got ${JSON.stringify(value)}.`);
      return value;
  }
}

const MODERATION_NAMES: Readonly<Record<string, number>> = { approved: 0, denied: 1, rejected: 1, pending: 2, draft: 3 };

function moderationStatus(value: SeedValue, where: string): number {
  if (value === undefined || value === '') return MODERATION.approved;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? MODERATION_NAMES[value.toLowerCase()] : undefined;
  if (n === undefined || !Number.isInteger(n) || n < 0 || n > 3) {
    throw new SeedError(`${where}: _ModerationStatus must be 0-3 or Approved, Denied, Pending, Draft; got ${JSON.stringify(value)}.`);
  }
  return n;
}

function moderationOf(moderation: ISeedModeration | undefined, where: string): [number, string | null] {
  if (moderation === undefined) return [MODERATION.approved, null];
  const status = MODERATION_NAMES[moderation.status];
  if (status === undefined || status === MODERATION.draft) throw new SeedError(`${where}: moderation status must be approved, rejected or pending; got ${JSON.stringify(moderation.status)}.`);
  if (moderation.comment !== undefined && typeof moderation.comment !== 'string') throw new SeedError(`${where}: the moderation comment must be text.`);
  return [status, moderation.comment === undefined || moderation.comment === '' ? null : moderation.comment];
}

/** Statements for one library's files, prepared once per list. */
interface IFileStatements {
  readonly file: StatementSync;
  readonly version: StatementSync;
}

function loadItems(db: Db, list: ListModel, key: string, items: readonly ISeedItem[], principals: ISeedPrincipals, referenceTime: number): void {
  const people = principals.people;
  const fieldColumns = list.fields.map((f) => columnOf(f));
  const moderated = list.enableModeration;
  const library = list.template === 101;
  const columns = [
    'Id', 'Title', 'Created', 'Modified', 'AuthorId', 'EditorId', 'Version', 'GUID', 'ContentTypeId', 'HasUniquePerms',
    ...(library ? ['FileLeafRef', 'FileRef', 'FileDirRef'] : []),
    ...(moderated ? ['_ModerationStatus', '_ModerationComments'] : []),
    ...fieldColumns
  ];
  const column = new Map(columns.map((c, i) => [c, i]));
  const insertSql = (table: string): string => `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  const insert = db.prepare(insertSql(list.tableName));
  const insertApproved = moderated ? db.prepare(insertSql(approvedTableName(list))) : undefined;
  const ctId = `${library ? '0x0101' : '0x0100'}${list.id.replace(/-/g, '').toUpperCase()}`;
  const byName = new Map(list.fields.map((f) => [f.name, f]));
  const versioned = list.enableVersioning ? db.prepare('INSERT INTO _item_versions (ListId, ItemId, Version, Snapshot, Created, EditorId) VALUES (?, ?, ?, ?, ?, ?)') : undefined;
  const files: IFileStatements | undefined = library
    ? {
        file: db.prepare(
          `INSERT INTO _files (UniqueId, ListId, ItemId, ServerRelativeUrl, Name, Content, Length, TimeCreated, TimeLastModified, Version, AuthorId, ModifiedById)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
        ),
        version: db.prepare('INSERT INTO _file_versions (FileId, Version, Content, Length, Created, CreatedById) VALUES (?, ?, ?, ?, ?, ?)')
      }
    : undefined;
  const scopes = items.some((i) => i.roleAssignments !== undefined) ? new ItemScopes(db, list, principals) : undefined;
  const checkNames = (values: Readonly<Record<string, SeedValue>>, where: string): void => {
    for (const name of Object.keys(values)) {
      if (moderated && (name === '_ModerationStatus' || name === '_ModerationComments')) continue;
      if (name !== 'Title' && !byName.has(name)) throw new SeedError(`${where}: the list ${list.title} has no field '${name}'.`);
    }
  };
  for (const item of items) {
    const where = `seed ${key} item ${item.Id}`;
    if (!Number.isInteger(item.Id) || item.Id < 1) throw new SeedError(`${where}: Id must be a positive integer.`);
    checkNames(item.values, where);
    const author = seedAuthor(item, principals, where);
    const editor = item.Editor === undefined ? author : principals.people.get(item.Editor);
    if (editor === undefined) throw new SeedError(`${where}: unknown Editor '${item.Editor}'.`);
    const version = item.Version ?? 1;
    if (!Number.isInteger(version) || version < 1) throw new SeedError(`${where}: Version must be a positive integer.`);
    const created = item.Created ? parseIsoDate(item.Created) : referenceTime;
    const modified = item.Modified ? parseIsoDate(item.Modified) : created;
    if (created === undefined || modified === undefined) throw new SeedError(`${where}: Created/Modified must be ISO 8601.`);
    if (item.file !== undefined && !library) throw new SeedError(`${where}: only a document library's items have a file.`);
    if (item.history !== undefined && !list.enableVersioning) throw new SeedError(`${where}: history needs a list with versioning.`);
    const fileUrl = item.file ? `${list.url}/${item.file.name}` : null;
    const rowOf = (values: Readonly<Record<string, SeedValue>>, v: number, at: number, by: number, moderation: SqlValue[], w: string): SqlValue[] => {
      const title = values.Title;
      return [
        item.Id,
        typeof title === 'string' && title !== '' ? title : null,
        created,
        at,
        author,
        by,
        v,
        randomUUID(),
        ctId,
        item.roleAssignments !== undefined ? 1 : 0,
        ...(library ? [item.file ? item.file.name : null, fileUrl, item.file ? list.url : null] : []),
        ...(moderated ? moderation : []),
        ...list.fields.map((f) => seedValue(f, values[f.name], people, `${w} field ${f.name}`))
      ];
    };
    const row = rowOf(item.values, version, modified, editor, moderated ? moderationValues(item, where) : [], where);
    insert.run(...row);
    if (item.roleAssignments !== undefined) scopes!.write(item.Id, item.roleAssignments, where);
    const fileId = item.file ? randomUUID() : undefined;
    if (item.file && files) {
      const content = item.file.content;
      if (!(content instanceof Uint8Array)) throw new SeedError(`${where}: the file's content must be bytes (a Uint8Array).`);
      if (/["*:<>?/\\|#%]/.test(item.file.name)) throw new SeedError(`${where}: '${item.file.name}' is not a valid file name.`);
      files.file.run(fileId!, list.id, item.Id, fileUrl!, item.file.name, content, content.length, created, modified, version, author, editor);
    }
    const snapshot = (r: SqlValue[]): string => JSON.stringify(Object.fromEntries(columns.map((c, i) => [c, r[i]])));
    // Earlier versions: their values, and in a library their content; the last approved one is what
    // readers who may not see drafts keep seeing while the current version waits.
    let lastApproved: SqlValue[] | undefined;
    let previous = 0;
    for (const h of item.history ?? []) {
      const w = `${where} version ${h.Version}`;
      if (!Number.isInteger(h.Version) || h.Version <= previous || h.Version >= version) {
        throw new SeedError(`${w}: versions in history must be whole numbers, increasing, before the item's Version ${version}.`);
      }
      previous = h.Version;
      checkNames(h.values ?? {}, w);
      const at = h.Modified ? parseIsoDate(h.Modified) : created;
      if (at === undefined) throw new SeedError(`${w}: Modified must be ISO 8601.`);
      const by = h.Editor === undefined ? author : principals.people.get(h.Editor);
      if (by === undefined) throw new SeedError(`${w}: unknown Editor '${h.Editor}'.`);
      const [status, comment] = moderationOf(h.moderation, w);
      const past = rowOf({ ...item.values, ...(h.values ?? {}) }, h.Version, at, by, [status, comment], w);
      if (versioned) versioned.run(list.id, item.Id, h.Version, snapshot(past), at, by);
      if (fileId && files && item.file) {
        const content = h.content ?? item.file.content;
        files.version.run(fileId, h.Version, content, content.length, at, by);
      }
      if (status === MODERATION.approved) lastApproved = past;
    }
    if (versioned) {
      // The current version; earlier ones of a seeded item are known only when its history gives them.
      versioned.run(list.id, item.Id, version, snapshot(row), modified, editor);
    }
    if (insertApproved && lastApproved && Number(row[column.get('_ModerationStatus')!]) !== MODERATION.approved) insertApproved.run(...lastApproved);
  }
}

function moderationValues(item: ISeedItem, where: string): SqlValue[] {
  const comments = item.values._ModerationComments;
  if (item.moderation !== undefined) {
    if (item.values._ModerationStatus !== undefined || comments !== undefined) throw new SeedError(`${where}: give moderation or _ModerationStatus, not both.`);
    return moderationOf(item.moderation, where);
  }
  if (comments !== undefined && typeof comments !== 'string') throw new SeedError(`${where}: _ModerationComments must be text.`);
  return [moderationStatus(item.values._ModerationStatus, where), comments === undefined || comments === '' ? null : comments];
}

/**
 * Loads a seed into a database whose lists are provisioned. `lists` maps the seed's list keys to titles
 * (default: the schema the emulator was started with). Throws SeedError on the first inconsistency.
 */
export function loadSeed(db: Db, seed: ISeedData, lists: readonly IListDefinition[], sitePath = '/sites/trygg'): ISeedSummary {
  const catalog = new ListCatalog(db, sitePath, () => new Date(seed.referenceTime));
  const referenceTime = parseIsoDate(seed.referenceTime);
  if (referenceTime === undefined) throw new SeedError(`referenceTime '${seed.referenceTime}' is not ISO 8601.`);
  const counts: Record<string, number> = {};
  transaction(db, () => {
    ensureBuiltInPrincipals(db);
    const people = new Map<string, number>();
    const graphIds = new Map(seed.people.map((p) => [p.key, p.graphId.toLowerCase()]));
    const insertGraph = db.prepare(
      `INSERT INTO _graph_users (Id, UserPrincipalName, DisplayName, GivenName, Surname, Mail, JobTitle, Department, OfficeLocation, MobilePhone, ManagerId, PersonKey, Roles)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    );
    const insertSite = db.prepare(
      `INSERT INTO _site_users (Id, LoginName, Title, Email, UserPrincipalName, PrincipalType, IsSiteAdmin, JobTitle, Department, FirstName, LastName, Office, MobilePhone, PersonKey)
       VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?)`
    );
    for (const p of seed.people) {
      if (people.has(p.key)) throw new SeedError(`Duplicate person key '${p.key}'.`);
      const managerId = p.managerKey === undefined ? null : graphIds.get(p.managerKey);
      if (managerId === undefined) throw new SeedError(`Person '${p.key}': unknown managerKey '${p.managerKey}'.`);
      insertGraph.run(p.graphId.toLowerCase(), p.userPrincipalName, p.displayName, p.givenName, p.surname, p.mail, p.jobTitle, p.department, p.officeLocation ?? null, p.mobilePhone ?? null, managerId, p.key, JSON.stringify(p.roles ?? []));
      const id = nextPrincipalId(db);
      insertSite.run(id, claimsLogin(p.userPrincipalName), p.displayName, p.mail, p.userPrincipalName, p.jobTitle, p.department, p.givenName, p.surname, p.officeLocation ?? null, p.mobilePhone ?? null, p.key);
      people.set(p.key, id);
    }
    const groups = new Map<string, number>();
    for (const g of seed.groups) {
      const id = nextPrincipalId(db);
      groups.set(g.key, id);
      const graphId = guidFrom(`group:${g.key}`);
      stmt(db, 'INSERT INTO _site_groups (Id, Title, Description, GroupKey, GraphId) VALUES (?, ?, ?, ?, ?)').run(id, g.title, g.description, g.key, graphId);
      stmt(db, 'INSERT INTO _graph_groups (Id, DisplayName, Description, GroupKey) VALUES (?, ?, ?, ?)').run(graphId, g.title, g.description, g.key);
      for (const m of g.memberKeys) {
        const userId = people.get(m);
        if (userId === undefined) throw new SeedError(`Group '${g.key}': unknown member '${m}'.`);
        stmt(db, 'INSERT OR IGNORE INTO _group_members (GroupId, UserId) VALUES (?, ?)').run(id, userId);
        stmt(db, 'INSERT OR IGNORE INTO _graph_group_members (GroupId, UserId) VALUES (?, ?)').run(graphId, graphIds.get(m)!);
      }
    }
    const apps = new Map<string, number>();
    for (const app of seed.apps ?? []) apps.set(app.clientId.toLowerCase(), registerApp(db, app).siteUserId);
    setStorageEntities(db, seed.storageEntities ?? {});
    // As on a provisioned site: items that break inheritance copy these.
    applySchemaAssignments(db, catalog, lists);
    const principals: ISeedPrincipals = { people, groups, apps };
    for (const [key, items] of Object.entries(seed.items)) {
      const def = lists.find((l) => l.key === key);
      if (!def) throw new SeedError(`The seed has items for '${key}', which is not a list of the schema.`);
      const list = catalog.byTitle(def.title);
      if (!list) throw new SeedError(`The list '${def.title}' is not provisioned.`);
      loadItems(db, list, key, items, principals, referenceTime);
      counts[key] = items.length;
    }
    setMeta(db, 'seeded', seed.referenceTime);
  });
  return { people: seed.people.length, groups: seed.groups.length, items: counts };
}

export function isSeeded(db: Db): boolean {
  return getMeta(db, 'seeded') !== undefined;
}
