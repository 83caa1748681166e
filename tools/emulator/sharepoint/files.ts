/**
 * Document libraries (template 101): upload with files.addUsingPath, read a file's properties and
 * content ($value), replace its content, its list item (listItemAllFields / getItem) and its versions.
 * Files live in one folder per library (the root folder); sub-folders are not emulated.
 *
 * Content approval: a user who may not see a document's pending or rejected version gets its last approved
 * version (properties and content from the file's version history, which a versioned library keeps).
 */
import { randomUUID } from 'node:crypto';
import { SpError, sp } from '../errors';
import { EmuResponse, emptyResponse } from '../http/types';
import { collectionResponse, Entity, entityResponse } from '../odata/format';
import { stmt, transaction } from '../storage/database';
import { ListModel, MODERATION, approvedTableName } from '../storage/listTables';
import { SpContext } from './context';
import { ItemColumns } from './itemColumns';
import { buildSelection, isoDate, itemEntity, itemEtag } from './itemJson';
import { ReadableItem, readableItem } from './itemQuery';
import { assertCanAdd, assertCanWrite, seesDraft } from './itemSecurity';
import { insertItem, metadataUrl, readItem, visibleItem, writeItem } from './items';

export interface FileRow {
  UniqueId: string;
  ListId: string;
  ItemId: number;
  ServerRelativeUrl: string;
  Name: string;
  Content: Uint8Array;
  Length: number;
  TimeCreated: number;
  TimeLastModified: number;
  Version: number;
  AuthorId: number;
  ModifiedById: number;
}

const INVALID_NAME = /["*:<>?/\\|#%]|^\s|\s$|^\.|\.$|^$/;

/**
 * SharePoint Online blocks custom script on modern sites (NoScript, the default), and with it the
 * upload of file types that may carry script. Without this the emulator stored an .aspx page that
 * SharePoint would refuse, so a test could pass here and the upload fail in production.
 */
const SCRIPT_FILE_TYPES = new Set(['asmx', 'ascx', 'aspx', 'htc', 'jar', 'master', 'swf', 'xap', 'xsf']);

function isBlockedFileType(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && SCRIPT_FILE_TYPES.has(name.slice(dot + 1).toLowerCase());
}

export function fileByUrl(ctx: SpContext, serverRelativeUrl: string): FileRow | undefined {
  const url = serverRelativeUrl.startsWith('/') ? serverRelativeUrl : `${ctx.state.sitePath}/${serverRelativeUrl}`;
  return stmt(ctx.state.db, 'SELECT * FROM _files WHERE ServerRelativeUrl = ?').get(url.replace(/\/+$/, '')) as FileRow | undefined;
}

export function fileById(ctx: SpContext, uniqueId: string): FileRow | undefined {
  return stmt(ctx.state.db, 'SELECT * FROM _files WHERE UniqueId = ?').get(uniqueId.toLowerCase()) as FileRow | undefined;
}

export function fileOfItem(ctx: SpContext, list: ListModel, itemId: number): FileRow | undefined {
  return stmt(ctx.state.db, 'SELECT * FROM _files WHERE ListId = ? AND ItemId = ?').get(list.id, itemId) as FileRow | undefined;
}

/**
 * The file as the user sees it: its last approved version for a reader who may not see the pending one
 * (when the library kept that version's content); 404 when its item is not visible to the user.
 */
export function visibleFile(ctx: SpContext, file: FileRow | undefined, url: string): { file: FileRow; list: ListModel } {
  const list = file ? ctx.state.catalog.byId(file.ListId) : undefined;
  if (!file || !list) throw sp.fileNotFound(url);
  const item = readableItem(ctx, list, file.ItemId);
  if (!item) throw sp.fileNotFound(url);
  return { file: approvedFile(ctx, file, item), list };
}

function approvedFile(ctx: SpContext, file: FileRow, item: ReadableItem): FileRow {
  const version = Number(item.row.Version);
  if (!item.approved || version === file.Version) return file;
  const v = stmt(ctx.state.db, 'SELECT Content, Length, Created, CreatedById FROM _file_versions WHERE FileId = ? AND Version = ?').get(file.UniqueId, version) as
    | { Content: Uint8Array; Length: number; Created: number; CreatedById: number }
    | undefined;
  if (!v) return file;
  return { ...file, Content: v.Content, Length: v.Length, TimeLastModified: v.Created, ModifiedById: v.CreatedById, Version: version };
}

function fileEntity(ctx: SpContext, f: FileRow): Entity {
  const editLink = `Web/GetFileByServerRelativePath(decodedurl='${f.ServerRelativeUrl.replace(/'/g, "''")}')`;
  return new Entity(
    { type: 'SP.File', id: `${ctx.siteUrl}/_api/${editLink}`, editLink },
    {
      CheckInComment: '',
      CheckOutType: 2,
      ContentTag: `{${f.UniqueId.toUpperCase()}},${f.Version},${f.Version}`,
      CustomizedPageStatus: 0,
      ETag: `"{${f.UniqueId.toUpperCase()}},${f.Version}"`,
      Exists: true,
      Length: String(f.Length),
      Level: 1,
      LinkingUri: null,
      LinkingUrl: '',
      MajorVersion: f.Version,
      MinorVersion: 0,
      Name: f.Name,
      ServerRelativeUrl: f.ServerRelativeUrl,
      TimeCreated: isoDate(f.TimeCreated),
      TimeLastModified: isoDate(f.TimeLastModified),
      Title: null,
      UIVersion: f.Version * 512,
      UIVersionLabel: `${f.Version}.0`,
      UniqueId: f.UniqueId
    }
  );
}

export function getFile(ctx: SpContext, f: FileRow): EmuResponse {
  return entityResponse(ctx.mode, fileEntity(ctx, f), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Files12/@Element`);
}

export function getFileContent(_ctx: SpContext, f: FileRow): EmuResponse {
  return { status: 200, headers: { 'Content-Type': 'application/octet-stream', ETag: `"{${f.UniqueId.toUpperCase()}},${f.Version}"` }, body: Buffer.from(f.Content) };
}

export function listFiles(ctx: SpContext, list: ListModel): EmuResponse {
  const rows = stmt(ctx.state.db, 'SELECT * FROM _files WHERE ListId = ? ORDER BY Name').all(list.id) as unknown as FileRow[];
  const visible: FileRow[] = [];
  for (const f of rows) {
    const item = readableItem(ctx, list, f.ItemId);
    if (item) visible.push(approvedFile(ctx, f, item));
  }
  return collectionResponse(ctx.mode, visible.map((f) => fileEntity(ctx, f)), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Files12`);
}

/** Replaces a file's content: a new version of the file and of its item (writeItem archives the old one). */
function replaceContent(ctx: SpContext, list: ListModel, f: FileRow, content: Buffer): FileRow {
  const row = visibleItem(ctx, list, f.ItemId);
  assertCanWrite(ctx.state.perms, ctx.user, list, row, 'edit');
  transaction(ctx.state.db, () => {
    writeItem(ctx, list, f.ItemId, new Map());
    stmt(ctx.state.db, 'UPDATE _files SET Content = ?, Length = ? WHERE UniqueId = ?').run(content, content.length, f.UniqueId);
  });
  return fileById(ctx, f.UniqueId)!;
}

export function setFileContent(ctx: SpContext, f: FileRow): EmuResponse {
  const list = ctx.state.catalog.byId(f.ListId)!;
  replaceContent(ctx, list, f, ctx.req.body);
  return emptyResponse(204);
}

export function addFile(ctx: SpContext, list: ListModel, name: string, overwrite: boolean): EmuResponse {
  if (list.template !== 101) throw new SpError(400, '-2147024809, System.ArgumentException', 'Files can only be added to a document library.');
  if (INVALID_NAME.test(name) || name.length > 255) {
    throw new SpError(400, '-2130575245, Microsoft.SharePoint.SPException', `The file name '${name}' is not valid: it contains characters SharePoint does not allow.`);
  }
  if (isBlockedFileType(name)) {
    throw new SpError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      `The file '${name}' is of a type that is blocked on this site: custom script is not allowed here.`
    );
  }
  const url = `${list.url}/${name}`;
  const existing = fileByUrl(ctx, url);
  if (existing) {
    if (!overwrite) throw sp.fileExists(url);
    const f = replaceContent(ctx, list, visibleFile(ctx, existing, url).file, ctx.req.body);
    return getFile(ctx, f);
  }
  assertCanAdd(ctx.state.perms, ctx.user, list);
  const uniqueId = randomUUID();
  transaction(ctx.state.db, () => {
    const itemId = insertItem(
      ctx,
      list,
      new Map<string, string | null>([
        ['FileLeafRef', name],
        ['FileRef', url],
        ['FileDirRef', list.url]
      ])
    );
    const now = ctx.state.now().getTime();
    stmt(
      ctx.state.db,
      `INSERT INTO _files (UniqueId, ListId, ItemId, ServerRelativeUrl, Name, Content, Length, TimeCreated, TimeLastModified, Version, AuthorId, ModifiedById)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`
    ).run(uniqueId, list.id, itemId, url, name, ctx.req.body, ctx.req.body.length, now, now, ctx.user.id, ctx.user.id);
  });
  return getFile(ctx, fileById(ctx, uniqueId)!);
}

export function deleteFile(ctx: SpContext, f: FileRow): EmuResponse {
  const list = ctx.state.catalog.byId(f.ListId)!;
  const row = visibleItem(ctx, list, f.ItemId);
  assertCanWrite(ctx.state.perms, ctx.user, list, row, 'delete');
  transaction(ctx.state.db, () => {
    stmt(ctx.state.db, 'DELETE FROM _file_versions WHERE FileId = ?').run(f.UniqueId);
    stmt(ctx.state.db, 'DELETE FROM _files WHERE UniqueId = ?').run(f.UniqueId);
    stmt(ctx.state.db, `DELETE FROM "${list.tableName}" WHERE "Id" = ?`).run(f.ItemId);
    if (list.enableModeration) stmt(ctx.state.db, `DELETE FROM "${approvedTableName(list)}" WHERE "Id" = ?`).run(f.ItemId);
  });
  return emptyResponse(200);
}

export function fileItem(ctx: SpContext, f: FileRow): EmuResponse {
  const list = ctx.state.catalog.byId(f.ListId)!;
  const row = readItem(ctx, list, f.ItemId).row;
  const cols = new ItemColumns(list, ctx.state.catalog);
  const selection = buildSelection(cols, undefined, []);
  const entity = itemEntity(cols, row, selection, ctx.siteUrl);
  entity.props.FileLeafRef = row.FileLeafRef;
  entity.props.FileRef = row.FileRef;
  return entityResponse(ctx.mode, entity, metadataUrl(ctx, list, true), 200, { ETag: itemEtag(row) });
}

interface VersionRow {
  Version: number;
  Length: number;
  Created: number;
  CreatedById: number;
  Content: Uint8Array;
}

/**
 * The file's earlier versions the user may see, oldest first: those before the version the user sees as
 * current (`f` as visibleFile gives it). With content approval, who may not see drafts sees only the
 * versions that were approved, as in the item's /versions: a pending or rejected version is not theirs to open.
 */
function visibleFileVersions(ctx: SpContext, f: FileRow): { list: ListModel; rows: VersionRow[] } {
  const list = ctx.state.catalog.byId(f.ListId)!;
  let rows = (
    stmt(ctx.state.db, 'SELECT Version, Length, Created, CreatedById FROM _file_versions WHERE FileId = ? AND Version < ? ORDER BY Version').all(
      f.UniqueId,
      f.Version
    ) as unknown as VersionRow[]
  ).map((v) => ({ ...v, Version: Number(v.Version), Length: Number(v.Length) }));
  const item = list.enableModeration ? readableItem(ctx, list, f.ItemId) : undefined;
  if (item && !seesDraft(ctx.state.perms, ctx.user, list, item.current)) {
    const snapshots = stmt(ctx.state.db, 'SELECT Version, Snapshot FROM _item_versions WHERE ListId = ? AND ItemId = ?').all(list.id, f.ItemId) as unknown as {
      Version: number;
      Snapshot: string;
    }[];
    const approved = new Set(
      snapshots
        .filter((s) => Number((JSON.parse(s.Snapshot) as Record<string, unknown>)._ModerationStatus ?? MODERATION.approved) === MODERATION.approved)
        .map((s) => Number(s.Version))
    );
    rows = rows.filter((v) => approved.has(v.Version));
  }
  return { list, rows };
}

function fileVersionEntity(ctx: SpContext, list: ListModel, f: FileRow, v: VersionRow): Entity {
  const id = v.Version * 512;
  return new Entity(
    { type: 'SP.FileVersion', id: `${ctx.siteUrl}/_api/SP.FileVersion${id}`, editLink: `SP.FileVersion${id}` },
    {
      CheckInComment: '',
      Created: isoDate(v.Created),
      ID: id,
      IsCurrentVersion: false,
      Length: String(v.Length),
      Size: v.Length,
      Url: `_vti_history/${id}${f.ServerRelativeUrl.slice(list.url.lastIndexOf('/'))}`,
      VersionLabel: `${v.Version}.0`
    }
  );
}

export function fileVersions(ctx: SpContext, f: FileRow): EmuResponse {
  const { list, rows } = visibleFileVersions(ctx, f);
  return collectionResponse(
    ctx.mode,
    rows.map((v) => fileVersionEntity(ctx, list, f, v)),
    `${ctx.siteUrl}/_api/$metadata#SP.ApiData.FileVersions`
  );
}

function visibleFileVersion(ctx: SpContext, f: FileRow, versionId: number): { list: ListModel; version: VersionRow } {
  const { list, rows } = visibleFileVersions(ctx, f);
  const version = rows.find((v) => v.Version * 512 === versionId);
  if (!version) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Version does not exist.');
  return { list, version };
}

/** GET …/versions(id): one earlier version (PnPjs `file.versions.getById(id)()`). */
export function fileVersion(ctx: SpContext, f: FileRow, versionId: number): EmuResponse {
  const { list, version } = visibleFileVersion(ctx, f, versionId);
  return entityResponse(ctx.mode, fileVersionEntity(ctx, list, f, version), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.FileVersions/@Element`);
}

/** GET …/versions(id)/$value: that version's content (PnPjs `file.versions.getById(id).getBuffer()`). */
export function fileVersionContent(ctx: SpContext, f: FileRow, versionId: number): EmuResponse {
  visibleFileVersion(ctx, f, versionId);
  const v = stmt(ctx.state.db, 'SELECT Content FROM _file_versions WHERE FileId = ? AND Version = ?').get(f.UniqueId, versionId / 512) as unknown as VersionRow;
  return { status: 200, headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from(v.Content) };
}
