/**
 * Item-level security as SharePoint applies it: the permissions of the item's scope (its own unique
 * permissions, or the list's, or the web's), then the list's ReadSecurity / WriteSecurity ("only their
 * own items") unless the user has Override List Behaviors (CancelCheckout).
 *
 * Content approval adds draft visibility: in a list with EnableModeration and DraftVersionVisibility 1
 * (those who can edit items) or 2 (those who can approve them), an item's current version is seen only by
 * its author and by users with Edit Items / Approve Items on it, unless it is approved; everyone else sees
 * its last approved version, or nothing.
 */
import { sp } from '../errors';
import { CurrentUser } from '../identity';
import { Permission, PermissionService } from '../permissions';
import { SqlValue } from '../storage/database';
import { ListModel } from '../storage/listTables';

export type ItemRow = Record<string, SqlValue>;

/** SQL that keeps only the items the user may read (appended to every collection query). */
export function readTrimming(perms: PermissionService, user: CurrentUser, list: ListModel, alias: string): { sql: string; params: SqlValue[] } {
  if (perms.isSiteAdmin(user.id)) return { sql: '1', params: [] };
  const listPerms = perms.permissions(user.id, { kind: 'list', list });
  const ownOnly = list.readSecurity === 2 && !listPerms.has('CancelCheckout');
  const params: SqlValue[] = [];
  const inherited = listPerms.has('ViewListItems') ? (ownOnly ? `${alias}."AuthorId" = ?` : '1') : '0';
  if (inherited.includes('?')) params.push(user.id);

  const principals = perms.principalsOf(user.id);
  const marks = principals.map(() => '?').join(', ');
  const viewRoles = perms.rolesGranting('ViewListItems');
  const overrideRoles = perms.rolesGranting('CancelCheckout');
  const grants = (roles: number[]): string =>
    // A probe of the assignments' primary key per row, not a list of every item's grants: a window of 5,000 ids checks 5,000, not the whole list's.
    // The unary + keeps SQLite from one lookup per principal and role: it seeks the item once and reads its few grants.
    `EXISTS (SELECT 1 FROM _role_assignments AS ra WHERE ra.ScopeKind = 'item' AND ra.ListId = ? AND ra.ItemId = ${alias}."Id" AND +ra.PrincipalId IN (${marks}) AND +ra.RoleDefId IN (${roles.map(() => '?').join(', ')}))`;
  let unique = grants(viewRoles);
  params.push(list.id, ...principals, ...viewRoles);
  if (list.readSecurity === 2) {
    unique += ` AND (${alias}."AuthorId" = ? OR ${grants(overrideRoles)})`;
    params.push(user.id, list.id, ...principals, ...overrideRoles);
  }
  return { sql: `((${alias}."HasUniquePerms" = 0 AND ${inherited}) OR (${alias}."HasUniquePerms" = 1 AND ${unique}))`, params };
}

/** The permission that lets a user see drafts (pending or rejected versions), or undefined: everyone may. */
export function draftPermission(list: ListModel): Permission | undefined {
  if (!list.enableModeration) return undefined;
  if (list.draftVersionVisibility === 2) return 'ApproveItems';
  if (list.draftVersionVisibility === 1) return 'EditListItems';
  return undefined;
}

/**
 * SQL that is true for the items whose current version (draft or not) the user sees; undefined when the
 * user sees every item's current version (no approval, drafts visible to readers, or a site admin).
 */
export function draftVisibility(perms: PermissionService, user: CurrentUser, list: ListModel, alias: string): { sql: string; params: SqlValue[] } | undefined {
  const permission = draftPermission(list);
  if (!permission || perms.isSiteAdmin(user.id)) return undefined;
  const inherited = perms.permissions(user.id, { kind: 'list', list }).has(permission) ? '1' : '0';
  const principals = perms.principalsOf(user.id);
  const roles = perms.rolesGranting(permission);
  const unique = `EXISTS (SELECT 1 FROM _role_assignments AS ra WHERE ra.ScopeKind = 'item' AND ra.ListId = ? AND ra.ItemId = ${alias}."Id" AND +ra.PrincipalId IN (${principals
    .map(() => '?')
    .join(', ')}) AND +ra.RoleDefId IN (${roles.map(() => '?').join(', ')}))`;
  return {
    sql: `(${alias}."AuthorId" = ? OR (${alias}."HasUniquePerms" = 0 AND ${inherited}) OR (${alias}."HasUniquePerms" = 1 AND ${unique}))`,
    params: [user.id, list.id, ...principals, ...roles]
  };
}

/** Whether the user sees this item's current version (see draftVisibility). */
export function seesDraft(perms: PermissionService, user: CurrentUser, list: ListModel, row: ItemRow): boolean {
  const permission = draftPermission(list);
  if (!permission || Number(row.AuthorId) === user.id) return true;
  return itemPermissions(perms, user, list, row).has(permission);
}

/** Approve or reject: Approve Items on the item (Design and Full Control have it). 403 otherwise. */
export function assertCanApprove(perms: PermissionService, user: CurrentUser, list: ListModel, row: ItemRow): void {
  if (!itemPermissions(perms, user, list, row).has('ApproveItems')) throw sp.accessDenied();
}

function itemPermissions(perms: PermissionService, user: CurrentUser, list: ListModel, row: ItemRow): Set<Permission> {
  return perms.permissions(user.id, { kind: 'item', list, itemId: Number(row.Id) }, Number(row.HasUniquePerms) === 1);
}

export function canRead(perms: PermissionService, user: CurrentUser, list: ListModel, row: ItemRow): boolean {
  const p = itemPermissions(perms, user, list, row);
  if (!p.has('ViewListItems')) return false;
  return list.readSecurity !== 2 || p.has('CancelCheckout') || row.AuthorId === user.id;
}

/** Throws 404 for an item the user cannot see, 403 for one the user sees but may not change. */
export function assertCanWrite(perms: PermissionService, user: CurrentUser, list: ListModel, row: ItemRow, action: 'edit' | 'delete'): void {
  if (!canRead(perms, user, list, row)) throw sp.itemNotFound();
  const p = itemPermissions(perms, user, list, row);
  if (!p.has(action === 'edit' ? 'EditListItems' : 'DeleteListItems')) throw sp.accessDenied();
  if (p.has('CancelCheckout')) return;
  if (list.writeSecurity === 4) throw sp.accessDenied();
  if (list.writeSecurity === 2 && row.AuthorId !== user.id) throw sp.accessDenied();
}

export function assertCanAdd(perms: PermissionService, user: CurrentUser, list: ListModel): void {
  const p = perms.permissions(user.id, { kind: 'list', list });
  if (!p.has('AddListItems')) throw sp.accessDenied();
  if (list.writeSecurity === 4 && !p.has('CancelCheckout')) throw sp.accessDenied();
}

export function assertListPermission(perms: PermissionService, user: CurrentUser, list: ListModel, permission: Permission): void {
  if (!perms.permissions(user.id, { kind: 'list', list }).has(permission)) throw sp.accessDenied();
}

export function assertWebPermission(perms: PermissionService, user: CurrentUser, permission: Permission): void {
  if (!perms.permissions(user.id, { kind: 'web' }).has(permission)) throw sp.accessDenied();
}
