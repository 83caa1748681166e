/**
 * List items over REST: collection reads, single reads, add, MERGE/PATCH/PUT, DELETE, versions.
 * In a list with content approval every add and every change leaves the item pending (moderation.ts
 * approves and rejects); the last approved version is kept for readers who may not see drafts.
 */
import { randomUUID } from 'node:crypto';
import { SpError, sp } from '../errors';
import { ifMatchVersion, isVerbose, jsonBody } from '../http/body';
import { EmuResponse, emptyResponse } from '../http/types';
import { collectionResponse, Entity, entityResponse } from '../odata/format';
import { SqlValue, quoteIdent, stmt, transaction } from '../storage/database';
import { ListModel, MODERATION, approvedTableName, columnOf, itemEntityType, itemTableColumns } from '../storage/listTables';
import { SpContext } from './context';
import { ItemColumns } from './itemColumns';
import { buildSelection, isoDate, itemEntity, itemEtag } from './itemJson';
import { ReadableItem, fetchItem, queryItems, rawItem, readableItem } from './itemQuery';
import { ItemRow, assertCanAdd, assertCanWrite, seesDraft } from './itemSecurity';
import { assertRequired, columnsFromBody, isUniqueViolation } from './values';

export function metadataUrl(ctx: SpContext, list: ListModel, element: boolean): string {
  return `${ctx.siteUrl}/_api/$metadata#SP.ListData.${list.entityTypeName}Items${element ? '/@Element' : ''}`;
}

export function listItemsUrl(ctx: SpContext, list: ListModel): string {
  return `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items`;
}

export function getItems(ctx: SpContext, list: ListModel): EmuResponse {
  const page = queryItems(ctx, list);
  const entities = page.rows.map((r) => itemEntity(page.cols, r, page.selection, ctx.siteUrl));
  let nextLink: string | undefined;
  if (page.nextSkiptoken) {
    const next = new URL(ctx.req.url.toString());
    next.searchParams.set('$skiptoken', page.nextSkiptoken);
    if (!next.searchParams.has('$top')) next.searchParams.set('$top', String(page.rows.length));
    nextLink = `${ctx.state.origin}${next.pathname}${next.search}`;
  }
  return collectionResponse(ctx.mode, entities, metadataUrl(ctx, list, false), nextLink);
}

/**
 * The item's current row if the user may see the item (some version of it); SharePoint answers 404 for
 * items hidden by permissions, and for items never approved that the user may not see as drafts.
 */
export function visibleItem(ctx: SpContext, list: ListModel, id: number): ItemRow {
  return readItem(ctx, list, id).current;
}

/** The item as the user sees it (current, or its last approved version); 404 when hidden. */
export function readItem(ctx: SpContext, list: ListModel, id: number): ReadableItem {
  const item = readableItem(ctx, list, id);
  if (!item) throw sp.itemNotFound();
  return item;
}

export function getItem(ctx: SpContext, list: ListModel, id: number): EmuResponse {
  const item = readItem(ctx, list, id);
  const { cols, selection, row } = fetchItem(ctx, list, id, item.approved);
  if (!row) throw sp.itemNotFound();
  return entityResponse(ctx.mode, itemEntity(cols, row, selection, ctx.siteUrl), metadataUrl(ctx, list, true), 200, { ETag: itemEtag(row) });
}

/** Records the item's current version in its history (versioned lists). */
export function snapshot(ctx: SpContext, list: ListModel, id: number): void {
  if (!list.enableVersioning) return;
  const row = rawItem(ctx, list, id)!;
  stmt(ctx.state.db, 'INSERT OR REPLACE INTO _item_versions (ListId, ItemId, Version, Snapshot, Created, EditorId) VALUES (?, ?, ?, ?, ?, ?)').run(
    list.id,
    id,
    Number(row.Version),
    JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
    Number(row.Modified),
    Number(row.EditorId)
  );
}

function contentTypeId(list: ListModel): string {
  return `${list.template === 101 ? '0x0101' : '0x0100'}${list.id.replace(/-/g, '').toUpperCase()}`;
}

/** Inserts an item row; shared by REST adds and file uploads. Returns the new id. */
export function insertItem(ctx: SpContext, list: ListModel, columns: Map<string, SqlValue>): number {
  const now = ctx.state.now().getTime();
  const all = new Map<string, SqlValue>([
    ['Created', now],
    ['Modified', now],
    ['AuthorId', ctx.user.id],
    ['EditorId', ctx.user.id],
    ['Version', 1],
    ['GUID', randomUUID()],
    ['ContentTypeId', contentTypeId(list)],
    ...columns,
    // Content approval: whoever adds it, a new item waits for approval.
    ...(list.enableModeration ? ([['_ModerationStatus', MODERATION.pending]] as [string, SqlValue][]) : [])
  ]);
  const names = [...all.keys()];
  try {
    const result = ctx.state.db
      .prepare(`INSERT INTO ${quoteIdent(list.tableName)} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
      .run(...names.map((n) => all.get(n) ?? null));
    const id = Number(result.lastInsertRowid);
    snapshot(ctx, list, id);
    return id;
  } catch (e) {
    if (isUniqueViolation(e)) throw sp.duplicateValues();
    throw e;
  }
}

export function addItem(ctx: SpContext, list: ListModel): EmuResponse {
  if (list.template === 101) {
    throw new SpError(400, '-2147024809, System.ArgumentException', 'To add an item to a document library, use SPFileCollection.Add()');
  }
  assertCanAdd(ctx.state.perms, ctx.user, list);
  const body = jsonBody(ctx.req);
  const columns = columnsFromBody(ctx.state.db, ctx.state.catalog, list, body, { verbose: isVerbose(ctx.req), isNew: true });
  assertRequired(list, columns, true);
  const id = transaction(ctx.state.db, () => insertItem(ctx, list, columns));
  const row = rawItem(ctx, list, id)!;
  const cols = new ItemColumns(list, ctx.state.catalog);
  const entity = itemEntity(cols, row, buildSelection(cols, undefined, []), ctx.siteUrl);
  return entityResponse(ctx.mode, entity, metadataUrl(ctx, list, true), 201, { ETag: itemEtag(row) });
}

function assertEtag(ctx: SpContext, row: ItemRow): void {
  const m = ifMatchVersion(ctx.req);
  if (m && m.version !== Number(row.Version)) throw sp.etagMismatch(m.header, itemEtag(row));
}

/**
 * Applies column values to an existing item, as the user, with a new version (or, `newVersion` false, in
 * the current one: ValidateUpdateListItem's bNewDocumentUpdate). With content approval the item becomes
 * pending; if it was approved, that version is kept first as the one readers go on seeing.
 */
export function writeItem(ctx: SpContext, list: ListModel, id: number, columns: Map<string, SqlValue>, newVersion = true): ItemRow {
  const db = ctx.state.db;
  if (list.enableModeration) {
    const before = rawItem(ctx, list, id)!;
    if (Number(before._ModerationStatus) === MODERATION.approved) {
      const names = itemTableColumns(list).map((c) => quoteIdent(c)).join(', ');
      stmt(db, `INSERT OR REPLACE INTO ${quoteIdent(approvedTableName(list))} (${names}) SELECT ${names} FROM ${quoteIdent(list.tableName)} WHERE "Id" = ?`).run(id);
    }
    columns = new Map(columns).set('_ModerationStatus', MODERATION.pending);
  }
  // A document and its item share one version history: archive the file's current version first.
  if (list.template === 101 && list.enableVersioning && newVersion) {
    stmt(
      db,
      `INSERT OR REPLACE INTO _file_versions (FileId, Version, Content, Length, Created, CreatedById)
       SELECT UniqueId, Version, Content, Length, TimeLastModified, ModifiedById FROM _files WHERE ListId = ? AND ItemId = ?`
    ).run(list.id, id);
  }
  const names = [...columns.keys()];
  const sets = [...names.map((n) => `${quoteIdent(n)} = ?`), '"Modified" = ?', '"EditorId" = ?', ...(newVersion ? ['"Version" = "Version" + 1'] : [])];
  try {
    ctx.state.db
      .prepare(`UPDATE ${quoteIdent(list.tableName)} SET ${sets.join(', ')} WHERE "Id" = ?`)
      .run(...names.map((n) => columns.get(n) ?? null), ctx.state.now().getTime(), ctx.user.id, id);
  } catch (e) {
    if (isUniqueViolation(e)) throw sp.duplicateValues();
    throw e;
  }
  snapshot(ctx, list, id);
  const updated = rawItem(ctx, list, id)!;
  if (list.template === 101) {
    stmt(db, 'UPDATE _files SET Version = ?, TimeLastModified = ?, ModifiedById = ? WHERE ListId = ? AND ItemId = ?').run(
      Number(updated.Version),
      Number(updated.Modified),
      ctx.user.id,
      list.id,
      id
    );
  }
  return updated;
}

export function updateItem(ctx: SpContext, list: ListModel, id: number, replace: boolean): EmuResponse {
  const row = visibleItem(ctx, list, id);
  assertCanWrite(ctx.state.perms, ctx.user, list, row, 'edit');
  assertEtag(ctx, row);
  const body = jsonBody(ctx.req);
  const columns = columnsFromBody(ctx.state.db, ctx.state.catalog, list, body, { verbose: isVerbose(ctx.req), isNew: false });
  if (replace) {
    // PUT replaces the item: fields the body leaves out are cleared.
    for (const f of list.fields) if (!columns.has(columnOf(f))) columns.set(columnOf(f), null);
    if (!columns.has('Title') && list.template !== 101) columns.set('Title', null);
  }
  assertRequired(list, columns, false);
  const updated = transaction(ctx.state.db, () => writeItem(ctx, list, id, columns));
  return emptyResponse(204, { ETag: itemEtag(updated) });
}

export function deleteItem(ctx: SpContext, list: ListModel, id: number): EmuResponse {
  const row = visibleItem(ctx, list, id);
  assertCanWrite(ctx.state.perms, ctx.user, list, row, 'delete');
  assertEtag(ctx, row);
  transaction(ctx.state.db, () => {
    const db = ctx.state.db;
    stmt(db, `DELETE FROM ${quoteIdent(list.tableName)} WHERE "Id" = ?`).run(id);
    stmt(db, "DELETE FROM _role_assignments WHERE ScopeKind = 'item' AND ListId = ? AND ItemId = ?").run(list.id, id);
    stmt(db, 'DELETE FROM _item_versions WHERE ListId = ? AND ItemId = ?').run(list.id, id);
    if (list.enableModeration) stmt(db, `DELETE FROM ${quoteIdent(approvedTableName(list))} WHERE "Id" = ?`).run(id);
    const files = stmt(db, 'SELECT UniqueId FROM _files WHERE ListId = ? AND ItemId = ?').all(list.id, id) as unknown as { UniqueId: string }[];
    for (const f of files) stmt(db, 'DELETE FROM _file_versions WHERE FileId = ?').run(f.UniqueId);
    stmt(db, 'DELETE FROM _files WHERE ListId = ? AND ItemId = ?').run(list.id, id);
  });
  return emptyResponse(200);
}

export function recycleItem(ctx: SpContext, list: ListModel, id: number): EmuResponse {
  deleteItem(ctx, list, id);
  return entityResponse(ctx.mode, new Entity(undefined, { value: randomUUID() }), `${ctx.siteUrl}/_api/$metadata#Edm.Guid`);
}

export function getItemVersions(ctx: SpContext, list: ListModel, id: number): EmuResponse {
  const current = visibleItem(ctx, list, id);
  let rows = stmt(ctx.state.db, 'SELECT Version, Snapshot FROM _item_versions WHERE ListId = ? AND ItemId = ? ORDER BY Version DESC').all(list.id, id) as unknown as {
    Version: number;
    Snapshot: string;
  }[];
  // Content approval: who may not see drafts sees only the versions that were approved.
  if (list.enableModeration && !seesDraft(ctx.state.perms, ctx.user, list, current)) {
    rows = rows.filter((r) => Number((JSON.parse(r.Snapshot) as ItemRow)._ModerationStatus ?? MODERATION.approved) === MODERATION.approved);
  }
  const cols = new ItemColumns(list, ctx.state.catalog);
  const selection = buildSelection(cols, undefined, []);
  const entities = rows.map((r) => {
    const snap = JSON.parse(r.Snapshot) as ItemRow;
    const base = itemEntity(cols, snap, selection, ctx.siteUrl);
    const versionId = (Number(r.Version) - 1) * 512 + 512;
    return new Entity(
      {
        type: 'SP.ListItemVersion',
        id: `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')/Items(${id})/versions(${versionId})`,
        editLink: `Web/Lists(guid'${list.id}')/Items(${id})/versions(${versionId})`
      },
      {
        ...base.props,
        VersionId: versionId,
        VersionLabel: `${r.Version}.0`,
        IsCurrentVersion: Number(r.Version) === Number(current.Version),
        Created: isoDate(snap.Modified)
      }
    );
  });
  return collectionResponse(ctx.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.ListItemVersions`);
}

export { itemEntityType };
