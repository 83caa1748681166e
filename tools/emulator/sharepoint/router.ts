/**
 * Dispatches a SharePoint REST path (after `/_api/`) to its handler, segment by segment, the way
 * SharePoint's REST service resolves it. Names are case-insensitive; an unknown segment is SharePoint's
 * "Cannot find resource" 404 and a wrong method is 405.
 */
import { jsonBody } from '../http/body';
import { sp } from '../errors';
import { PathSegment, argBoolean, argNumber, argString } from '../http/odataPath';
import { EmuResponse } from '../http/types';
import { Scope } from '../permissions';
import { ListModel, MODERATION } from '../storage/listTables';
import { SpContext } from './context';
import { addField, addFieldAsXml, addFieldWithParameters, deleteField, findField, getField, getFields, updateField } from './fields';
import {
  FileRow,
  addFile,
  deleteFile,
  fileById,
  fileByUrl,
  fileItem,
  fileOfItem,
  fileVersion,
  fileVersionContent,
  fileVersions,
  getFile,
  getFileContent,
  listFiles,
  setFileContent,
  visibleFile
} from './files';
import { addItem, deleteItem, getItem, getItemVersions, getItems, recycleItem, updateItem } from './items';
import { addList, deleteList, getList, getLists, updateList } from './lists';
import { moderateFile, validateUpdateListItem } from './moderation';
import { addRoleDefinition, breakRoleInheritance, changeRoleAssignment, effectivePermissions, getRoleAssignments, getRoleDefinition, getRoleDefinitions, resetRoleInheritance } from './security';
import {
  contextInfo,
  ensureUser,
  findGroup,
  getCurrentUser,
  getUserGroups,
  getGroupUsers,
  getSiteGroup,
  getSiteGroups,
  addSiteGroup,
  getSiteUser,
  getSiteUsers,
  getUserInformationItem,
  getWeb
} from './site';
import { siteUserByLogin } from './principals';
import { getStorageEntity } from './storageEntities';

type Handlers = Partial<Record<'GET' | 'POST' | 'MERGE' | 'PATCH' | 'PUT' | 'DELETE', () => EmuResponse>>;

function on(ctx: SpContext, handlers: Handlers): EmuResponse {
  const h = handlers[ctx.req.method as keyof Handlers];
  if (!h) throw sp.methodNotAllowed(ctx.req.method, ctx.req.url.pathname);
  return h();
}

function notFound(seg: PathSegment | undefined): never {
  throw sp.resourceNotFound(seg?.name ?? '');
}

function noArgs(seg: PathSegment): void {
  if (seg.hasArgs) notFound(seg);
}

export function routeSharePoint(ctx: SpContext, segs: readonly PathSegment[]): EmuResponse {
  const [first, ...rest] = segs;
  if (!first) return notFound(first);
  switch (first.key) {
    case 'contextinfo':
      noArgs(first);
      if (rest.length) notFound(rest[0]);
      return on(ctx, { POST: () => contextInfo(ctx) });
    case 'web':
      noArgs(first);
      return routeWeb(ctx, rest);
    case 'lists':
      return routeLists(ctx, segs);
    default:
      return notFound(first);
  }
}

function routeWeb(ctx: SpContext, segs: readonly PathSegment[]): EmuResponse {
  const [seg, ...rest] = segs;
  if (!seg) return on(ctx, { GET: () => getWeb(ctx) });
  const end = (h: Handlers): EmuResponse => {
    if (rest.length) notFound(rest[0]);
    return on(ctx, h);
  };
  const web: Scope = { kind: 'web' };
  switch (seg.key) {
    case 'currentuser': {
      noArgs(seg);
      const [sub, ...beyond] = rest;
      if (!sub) return on(ctx, { GET: () => getCurrentUser(ctx) });
      if (sub.key !== 'groups' || beyond.length) return notFound(sub);
      return on(ctx, { GET: () => getUserGroups(ctx, ctx.user.id) });
    }
    case 'getuserbyid':
      return end({ GET: () => getSiteUser(ctx, { id: requireNumber(seg) }) });
    case 'siteuserinfolist': {
      // Only a user's own item by id: `siteuserinfolist/items(7)` or `…/items/getbyid(7)`.
      noArgs(seg);
      const [items, byId, ...beyond] = rest;
      if (!items || items.key !== 'items') return notFound(items);
      const id = items.hasArgs ? requireNumber(items) : byId && byId.key === 'getbyid' ? requireNumber(byId) : notFound(byId);
      const after = items.hasArgs ? [byId, ...beyond].filter((entry) => entry !== undefined) : beyond;
      if (after.length) notFound(after[0]);
      return on(ctx, { GET: () => getUserInformationItem(ctx, id) });
    }
    case 'siteusers':
      return routeSiteUsers(ctx, seg, rest);
    case 'ensureuser':
      noArgs(seg);
      return end({ POST: () => ensureUser(ctx) });
    case 'sitegroups':
      return routeSiteGroups(ctx, seg, rest);
    case 'lists':
      return routeLists(ctx, segs);
    case 'getlist': {
      const url = argString(seg) ?? notFound(seg);
      const list = ctx.state.catalog.byUrl(url) ?? listNotFound(ctx, url);
      return routeList(ctx, list, rest);
    }
    case 'getfilebyserverrelativepath':
    case 'getfilebyserverrelativeurl':
    case 'getfilebyurl': {
      const url = argString(seg, 'decodedurl') ?? notFound(seg);
      return routeFile(ctx, visibleFile(ctx, fileByUrl(ctx, url), url).file, rest);
    }
    case 'getfilebyid': {
      const id = argString(seg) ?? notFound(seg);
      return routeFile(ctx, visibleFile(ctx, fileById(ctx, id), id).file, rest);
    }
    case 'getfolderbyserverrelativepath':
    case 'getfolderbyserverrelativeurl': {
      const url = argString(seg, 'decodedurl') ?? notFound(seg);
      const list = ctx.state.catalog.byUrl(url);
      if (!list || list.url.toLowerCase() !== url.toLowerCase().replace(/\/+$/, '')) throw sp.folderNotFound(url);
      return routeFolder(ctx, list, rest);
    }
    case 'roledefinitions':
      return routeRoleDefinitions(ctx, seg, rest);
    case 'roleassignments':
      return routeRoleAssignments(ctx, web, seg, rest);
    case 'effectivebasepermissions':
      return end({ GET: () => effectivePermissions(ctx, web) });
    case 'getusereffectivepermissions':
      return end({ GET: () => effectivePermissions(ctx, web, userIdFromLogin(ctx, seg)) });
    case 'breakroleinheritance':
      return end({ POST: () => breakRoleInheritance(ctx, web, true, false) });
    case 'getstorageentity':
      return end({ GET: () => getStorageEntity(ctx, argString(seg) ?? notFound(seg)) });
    default:
      return notFound(seg);
  }
}

function requireNumber(seg: PathSegment): number {
  const n = argNumber(seg);
  if (n === undefined || !Number.isInteger(n)) throw sp.invalidQuery(`The argument of '${seg.name}' must be an integer.`);
  return n;
}

function userIdFromLogin(ctx: SpContext, seg: PathSegment): number {
  const login = argString(seg) ?? notFound(seg);
  const u = siteUserByLogin(ctx.state.db, login);
  if (!u) throw sp.userNotFound();
  return u.Id;
}

function routeSiteUsers(ctx: SpContext, seg: PathSegment, rest: readonly PathSegment[]): EmuResponse {
  if (seg.hasArgs) {
    if (rest.length) notFound(rest[0]);
    const login = argString(seg);
    const id = argNumber(seg);
    return on(ctx, { GET: () => getSiteUser(ctx, id !== undefined ? { id } : { login: login ?? '' }) });
  }
  const [next, ...more] = rest;
  if (!next) return on(ctx, { GET: () => getSiteUsers(ctx) });
  if (next.key === 'getbyid' && more.length === 1 && more[0].key === 'groups') {
    return on(ctx, { GET: () => getUserGroups(ctx, requireNumber(next)) });
  }
  if (more.length) notFound(more[0]);
  switch (next.key) {
    case 'getbyid':
      return on(ctx, { GET: () => getSiteUser(ctx, { id: requireNumber(next) }) });
    case 'getbyemail':
      return on(ctx, { GET: () => getSiteUser(ctx, { email: argString(next) ?? '' }) });
    case 'getbyloginname':
      return on(ctx, { GET: () => getSiteUser(ctx, { login: argString(next) ?? '' }) });
    default:
      return notFound(next);
  }
}

function routeSiteGroups(ctx: SpContext, seg: PathSegment, rest: readonly PathSegment[]): EmuResponse {
  let groupId: number | undefined;
  let tail = rest;
  if (seg.hasArgs) groupId = findGroup(ctx, { id: requireNumber(seg) });
  else if (rest[0] && (rest[0].key === 'getbyid' || rest[0].key === 'getbyname')) {
    groupId = rest[0].key === 'getbyid' ? findGroup(ctx, { id: requireNumber(rest[0]) }) : findGroup(ctx, { name: argString(rest[0]) ?? '' });
    tail = rest.slice(1);
  }
  if (groupId === undefined) {
    if (rest.length) notFound(rest[0]);
    return on(ctx, { GET: () => getSiteGroups(ctx), POST: () => addSiteGroup(ctx) });
  }
  const id = groupId;
  if (tail.length === 0) return on(ctx, { GET: () => getSiteGroup(ctx, id) });
  if (tail[0].key === 'users' && tail.length === 1) return on(ctx, { GET: () => getGroupUsers(ctx, id) });
  return notFound(tail[0]);
}

function listNotFound(ctx: SpContext, title: string): never {
  throw sp.listNotFound(title, ctx.siteUrl);
}

function routeLists(ctx: SpContext, segs: readonly PathSegment[]): EmuResponse {
  const [seg, ...rest] = segs;
  const catalog = ctx.state.catalog;
  if (seg.hasArgs) {
    const id = argString(seg) ?? notFound(seg);
    return routeList(ctx, catalog.byId(id) ?? listNotFound(ctx, id), rest);
  }
  const [next, ...more] = rest;
  if (!next) return on(ctx, { GET: () => getLists(ctx), POST: () => addList(ctx) });
  switch (next.key) {
    case 'getbytitle': {
      const title = argString(next) ?? notFound(next);
      return routeList(ctx, catalog.byTitle(title) ?? listNotFound(ctx, title), more);
    }
    case 'getbyid': {
      const id = argString(next) ?? notFound(next);
      return routeList(ctx, catalog.byId(id) ?? listNotFound(ctx, id), more);
    }
    default:
      return notFound(next);
  }
}

function routeList(ctx: SpContext, list: ListModel, segs: readonly PathSegment[]): EmuResponse {
  const perms = ctx.state.perms;
  // A list the user cannot see does not exist for the user; a grant on one of its items (SharePoint's
  // Limited Access) or a list-level level with Open only is enough to reach it.
  const listPermissions = perms.permissions(ctx.user.id, { kind: 'list', list });
  if (
    !listPermissions.has('ViewListItems') &&
    !listPermissions.has('Open') &&
    !perms.permissions(ctx.user.id, { kind: 'web' }).has('ManageLists') &&
    !perms.hasItemGrant(ctx.user.id, list)
  ) {
    listNotFound(ctx, list.title);
  }
  const [seg, ...rest] = segs;
  const scope: Scope = { kind: 'list', list };
  if (!seg) return on(ctx, { GET: () => getList(ctx, list), MERGE: () => updateList(ctx, list), PATCH: () => updateList(ctx, list), DELETE: () => deleteList(ctx, list) });
  const end = (h: Handlers): EmuResponse => {
    if (rest.length) notFound(rest[0]);
    return on(ctx, h);
  };
  switch (seg.key) {
    case 'items':
      if (seg.hasArgs) return routeItem(ctx, list, requireNumber(seg), rest);
      if (rest[0]?.key === 'getbyid') return routeItem(ctx, list, requireNumber(rest[0]), rest.slice(1));
      return end({ GET: () => getItems(ctx, list), POST: () => addItem(ctx, list) });
    case 'getitembyid':
      return routeItem(ctx, list, requireNumber(seg), rest);
    case 'fields':
      return routeFields(ctx, list, seg, rest);
    case 'rootfolder':
      noArgs(seg);
      return routeFolder(ctx, list, rest);
    case 'roleassignments':
      return routeRoleAssignments(ctx, scope, seg, rest);
    case 'breakroleinheritance':
      return end({ POST: () => breakRoleInheritance(ctx, scope, argBoolean(seg, 'copyroleassignments') ?? false, argBoolean(seg, 'clearsubscopes') ?? false) });
    case 'resetroleinheritance':
      return end({ POST: () => resetRoleInheritance(ctx, scope) });
    case 'effectivebasepermissions':
      return end({ GET: () => effectivePermissions(ctx, scope) });
    case 'getusereffectivepermissions':
      return end({ GET: () => effectivePermissions(ctx, scope, userIdFromLogin(ctx, seg)) });
    default:
      return notFound(seg);
  }
}

function routeItem(ctx: SpContext, list: ListModel, id: number, segs: readonly PathSegment[]): EmuResponse {
  const [seg, ...rest] = segs;
  const scope: Scope = { kind: 'item', list, itemId: id };
  if (!seg) {
    return on(ctx, {
      GET: () => getItem(ctx, list, id),
      MERGE: () => updateItem(ctx, list, id, false),
      PATCH: () => updateItem(ctx, list, id, false),
      PUT: () => updateItem(ctx, list, id, true),
      DELETE: () => deleteItem(ctx, list, id)
    });
  }
  const end = (h: Handlers): EmuResponse => {
    if (rest.length) notFound(rest[0]);
    return on(ctx, h);
  };
  switch (seg.key) {
    case 'versions':
      return end({ GET: () => getItemVersions(ctx, list, id) });
    case 'recycle':
      return end({ POST: () => recycleItem(ctx, list, id) });
    case 'validateupdatelistitem':
      return end({ POST: () => validateUpdateListItem(ctx, list, id) });
    case 'breakroleinheritance':
      return end({ POST: () => breakRoleInheritance(ctx, scope, argBoolean(seg, 'copyroleassignments') ?? false, argBoolean(seg, 'clearsubscopes') ?? false) });
    case 'resetroleinheritance':
      return end({ POST: () => resetRoleInheritance(ctx, scope) });
    case 'roleassignments':
      return routeRoleAssignments(ctx, scope, seg, rest);
    case 'effectivebasepermissions':
      return end({ GET: () => effectivePermissions(ctx, scope) });
    case 'getusereffectivepermissions':
      return end({ GET: () => effectivePermissions(ctx, scope, userIdFromLogin(ctx, seg)) });
    case 'file': {
      const f = fileOfItem(ctx, list, id);
      if (!f) throw sp.fileNotFound(`${list.url}/${id}`);
      return routeFile(ctx, visibleFile(ctx, f, f.ServerRelativeUrl).file, rest);
    }
    default:
      return notFound(seg);
  }
}

function routeFields(ctx: SpContext, list: ListModel, seg: PathSegment, rest: readonly PathSegment[]): EmuResponse {
  const fieldOps = (ref: ReturnType<typeof findField>, tail: readonly PathSegment[]): EmuResponse => {
    if (tail.length) notFound(tail[0]);
    return on(ctx, {
      GET: () => getField(ctx, list, ref),
      MERGE: () => updateField(ctx, list, ref),
      PATCH: () => updateField(ctx, list, ref),
      DELETE: () => deleteField(ctx, list, ref)
    });
  };
  if (seg.hasArgs) return fieldOps(findField(list, 'id', argString(seg) ?? notFound(seg)), rest);
  const [next, ...more] = rest;
  if (!next) return on(ctx, { GET: () => getFields(ctx, list), POST: () => addField(ctx, list) });
  switch (next.key) {
    case 'getbyinternalnameortitle':
      return fieldOps(findField(list, 'nameOrTitle', argString(next) ?? notFound(next)), more);
    case 'getbytitle':
      return fieldOps(findField(list, 'title', argString(next) ?? notFound(next)), more);
    case 'getbyid':
      return fieldOps(findField(list, 'id', argString(next) ?? notFound(next)), more);
    case 'addfield':
      if (more.length) notFound(more[0]);
      return on(ctx, { POST: () => addFieldWithParameters(ctx, list) });
    case 'createfieldasxml':
      if (more.length) notFound(more[0]);
      return on(ctx, { POST: () => addFieldAsXml(ctx, list) });
    default:
      return notFound(next);
  }
}

function routeFolder(ctx: SpContext, list: ListModel, segs: readonly PathSegment[]): EmuResponse {
  const [seg, ...rest] = segs;
  if (!seg) {
    return on(ctx, {
      GET: () => ({
        status: 200,
        headers: { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' },
        body: JSON.stringify({ Exists: true, Name: list.url.slice(list.url.lastIndexOf('/') + 1), ServerRelativeUrl: list.url, ItemCount: 0 })
      })
    });
  }
  if (seg.key !== 'files') return notFound(seg);
  if (seg.hasArgs) {
    const name = argString(seg) ?? notFound(seg);
    return routeFile(ctx, visibleFile(ctx, fileByUrl(ctx, `${list.url}/${name}`), name).file, rest);
  }
  const [next, ...more] = rest;
  if (!next) return on(ctx, { GET: () => listFiles(ctx, list) });
  if (more.length && next.key !== 'getbyurl') notFound(more[0]);
  switch (next.key) {
    case 'addusingpath': {
      const name = argString(next, 'decodedurl') ?? notFound(next);
      if (next.named.has('ensureuniquefilename') && argBoolean(next, 'EnsureUniqueFileName')) throw sp.notSupported('EnsureUniqueFileName is not supported by the emulator.');
      return on(ctx, { POST: () => addFile(ctx, list, name, argBoolean(next, 'overwrite') ?? false) });
    }
    case 'add': {
      const name = argString(next, 'url') ?? notFound(next);
      return on(ctx, { POST: () => addFile(ctx, list, name, argBoolean(next, 'overwrite') ?? false) });
    }
    case 'getbyurl': {
      const name = argString(next) ?? notFound(next);
      return routeFile(ctx, visibleFile(ctx, fileByUrl(ctx, `${list.url}/${name}`), name).file, more);
    }
    default:
      return notFound(next);
  }
}

function routeFile(ctx: SpContext, f: FileRow, segs: readonly PathSegment[]): EmuResponse {
  const [seg, ...rest] = segs;
  if (!seg) return on(ctx, { GET: () => getFile(ctx, f), DELETE: () => deleteFile(ctx, f) });
  const end = (h: Handlers): EmuResponse => {
    if (rest.length) notFound(rest[0]);
    return on(ctx, h);
  };
  switch (seg.key) {
    case '$value':
      return end({ GET: () => getFileContent(ctx, f), PUT: () => setFileContent(ctx, f) });
    case 'listitemallfields':
      return end({ GET: () => fileItem(ctx, f) });
    case 'approve':
      return end({ POST: () => moderateFile(ctx, f, MODERATION.approved, argString(seg, 'comment') ?? '') });
    case 'deny':
      return end({ POST: () => moderateFile(ctx, f, MODERATION.denied, argString(seg, 'comment') ?? '') });
    case 'versions': {
      if (seg.hasArgs) {
        const versionId = requireNumber(seg);
        if (rest.length === 0) return on(ctx, { GET: () => fileVersion(ctx, f, versionId) });
        if (rest.length === 1 && rest[0].key === '$value') return on(ctx, { GET: () => fileVersionContent(ctx, f, versionId) });
        return notFound(rest[0]);
      }
      return end({ GET: () => fileVersions(ctx, f) });
    }
    default:
      return notFound(seg);
  }
}

function routeRoleAssignments(ctx: SpContext, scope: Scope, seg: PathSegment, rest: readonly PathSegment[]): EmuResponse {
  noArgs(seg);
  const [next, ...more] = rest;
  if (!next) return on(ctx, { GET: () => getRoleAssignments(ctx, scope) });
  if (more.length) notFound(more[0]);
  const principal = argNumber(next, 'principalid');
  const role = argNumber(next, 'roledefid');
  switch (next.key) {
    case 'addroleassignment':
      return on(ctx, { POST: () => changeRoleAssignment(ctx, scope, principal, role, true) });
    case 'removeroleassignment':
      return on(ctx, { POST: () => changeRoleAssignment(ctx, scope, principal, role, false) });
    default:
      return notFound(next);
  }
}

function routeRoleDefinitions(ctx: SpContext, seg: PathSegment, rest: readonly PathSegment[]): EmuResponse {
  if (seg.hasArgs) {
    if (rest.length) notFound(rest[0]);
    return on(ctx, { GET: () => getRoleDefinition(ctx, { id: requireNumber(seg) }) });
  }
  const [next, ...more] = rest;
  if (!next) return on(ctx, { GET: () => getRoleDefinitions(ctx), POST: () => addRoleDefinition(ctx, jsonBody(ctx.req)) });
  if (more.length) notFound(more[0]);
  switch (next.key) {
    case 'getbyid':
      return on(ctx, { GET: () => getRoleDefinition(ctx, { id: requireNumber(next) }) });
    case 'getbyname':
      return on(ctx, { GET: () => getRoleDefinition(ctx, { name: argString(next) ?? '' }) });
    case 'getbytype':
      return on(ctx, { GET: () => getRoleDefinition(ctx, { type: requireNumber(next) }) });
    default:
      return notFound(next);
  }
}
