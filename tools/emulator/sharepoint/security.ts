/**
 * Role assignments on the web, lists and items: breakroleinheritance, resetroleinheritance,
 * roleassignments (add/remove), role definitions and effective permissions.
 */
import { SpError, sp } from '../errors';
import { EmuResponse, emptyResponse } from '../http/types';
import { collectionResponse, Entity, entityResponse } from '../odata/format';
import { parseExpand } from '../odata/query';
import { IRoleDefinition, Permission, ROLE, Scope, basePermissionsMask } from '../permissions';
import { permissionsOfMask } from '../../../src/schema/permissionLevels';
import { stmt, transaction } from '../storage/database';
import { SpContext } from './context';
import { visibleItem } from './items';
import { groupEntity, siteGroupById, siteUserById, userEntity } from './principals';

function hasUnique(ctx: SpContext, scope: Scope): boolean {
  if (scope.kind === 'web') return true;
  if (scope.kind === 'list') return scope.list.hasUniquePerms;
  return Number(visibleItem(ctx, scope.list, scope.itemId).HasUniquePerms) === 1;
}

function scopePermissions(ctx: SpContext, scope: Scope): Set<Permission> {
  if (scope.kind === 'item') {
    const row = visibleItem(ctx, scope.list, scope.itemId);
    return ctx.state.perms.permissions(ctx.user.id, scope, Number(row.HasUniquePerms) === 1);
  }
  return ctx.state.perms.permissions(ctx.user.id, scope);
}

function assertManage(ctx: SpContext, scope: Scope): void {
  if (!scopePermissions(ctx, scope).has('ManagePermissions')) throw sp.accessDenied();
}

export function breakRoleInheritance(ctx: SpContext, scope: Scope, copy: boolean, clearSubscopes: boolean): EmuResponse {
  if (scope.kind === 'web') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The root web of a site collection has no parent to inherit permissions from.');
  assertManage(ctx, scope);
  if (hasUnique(ctx, scope)) return emptyResponse(200);
  const perms = ctx.state.perms;
  transaction(ctx.state.db, () => {
    const inherited = perms.assignments(perms.effectiveScope(scope, false));
    perms.setAssignments(scope, copy ? inherited : []);
    // Without copying, SharePoint keeps the caller in with Full Control so the object is not orphaned.
    if (!copy) perms.addAssignment(scope, ctx.user.id, ROLE.fullControl);
    if (scope.kind === 'item') {
      stmt(ctx.state.db, `UPDATE "${scope.list.tableName}" SET "HasUniquePerms" = 1 WHERE "Id" = ?`).run(scope.itemId);
    } else {
      ctx.state.catalog.updateList(scope.list.id, { hasUniquePerms: true });
      if (clearSubscopes) {
        stmt(ctx.state.db, "DELETE FROM _role_assignments WHERE ScopeKind = 'item' AND ListId = ?").run(scope.list.id);
        stmt(ctx.state.db, `UPDATE "${scope.list.tableName}" SET "HasUniquePerms" = 0`).run();
      }
    }
  });
  return emptyResponse(200);
}

export function resetRoleInheritance(ctx: SpContext, scope: Scope): EmuResponse {
  if (scope.kind === 'web') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The root web of a site collection has no parent to inherit permissions from.');
  assertManage(ctx, scope);
  transaction(ctx.state.db, () => {
    ctx.state.perms.setAssignments(scope, []);
    if (scope.kind === 'item') stmt(ctx.state.db, `UPDATE "${scope.list.tableName}" SET "HasUniquePerms" = 0 WHERE "Id" = ?`).run(scope.itemId);
    else ctx.state.catalog.updateList(scope.list.id, { hasUniquePerms: false });
  });
  return emptyResponse(200);
}

function roleDefinitionEntity(ctx: SpContext, r: IRoleDefinition): Entity {
  return new Entity(
    { type: 'SP.RoleDefinition', id: `${ctx.siteUrl}/_api/Web/RoleDefinitions(${r.id})`, editLink: `Web/RoleDefinitions(${r.id})` },
    { BasePermissions: basePermissionsMask(r.permissions), Description: r.description, Hidden: false, Id: r.id, Name: r.name, Order: r.order, RoleTypeKind: r.roleTypeKind }
  );
}

export function getRoleDefinitions(ctx: SpContext): EmuResponse {
  return collectionResponse(ctx.mode, ctx.state.perms.roleDefinitions().map((r) => roleDefinitionEntity(ctx, r)), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.RoleDefinitions`);
}

/**
 * `POST /_api/web/roledefinitions` (PnPjs roleDefinitions.add): a custom permission level. Only those
 * who may manage permissions on the site; a name the site has already is refused, as SharePoint does.
 */
export function addRoleDefinition(ctx: SpContext, body: Record<string, unknown>): EmuResponse {
  assertManage(ctx, { kind: 'web' });
  const name = typeof body.Name === 'string' ? body.Name.trim() : '';
  const mask = body.BasePermissions as { High?: unknown; Low?: unknown } | undefined;
  if (!name || !mask || mask.High === undefined || mask.Low === undefined) throw sp.badRequest('Name and BasePermissions are required.');
  if (ctx.state.perms.roleIdByName(name) !== undefined) {
    throw new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The permission level name is already in use.');
  }
  const order = typeof body.Order === 'number' ? body.Order : 0;
  const created = ctx.state.perms.addRoleDefinition(name, typeof body.Description === 'string' ? body.Description : '', order, permissionsOfMask(mask as { High: string; Low: string }));
  return entityResponse(ctx.mode, roleDefinitionEntity(ctx, created), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.RoleDefinitions/@Element`, 201);
}

export function getRoleDefinition(ctx: SpContext, by: { id?: number; name?: string; type?: number }): EmuResponse {
  const r = ctx.state.perms.roleDefinitions().find((d) => d.id === by.id || (by.name !== undefined && d.name.toLowerCase() === by.name.toLowerCase()) || d.roleTypeKind === by.type);
  if (!r) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level does not exist.');
  return entityResponse(ctx.mode, roleDefinitionEntity(ctx, r), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.RoleDefinitions/@Element`);
}

export function getRoleAssignments(ctx: SpContext, scope: Scope): EmuResponse {
  const perms = ctx.state.perms;
  if (!scopePermissions(ctx, scope).has('EnumeratePermissions')) throw sp.accessDenied();
  const expand = parseExpand(ctx.query.get('$expand'));
  for (const e of expand) if (e !== 'Member' && e !== 'RoleDefinitionBindings') throw sp.selectFieldNotFound(e);
  const own = hasUnique(ctx, scope) ? scope : perms.effectiveScope(scope, false);
  const byPrincipal = new Map<number, number[]>();
  for (const a of perms.assignments(own)) byPrincipal.set(a.PrincipalId, [...(byPrincipal.get(a.PrincipalId) ?? []), a.RoleDefId]);
  const entities = [...byPrincipal].map(([principalId, roles]) => {
    const props: Record<string, unknown> = { PrincipalId: principalId };
    if (expand.includes('Member')) {
      const user = siteUserById(ctx.state.db, principalId);
      const group = siteGroupById(ctx.state.db, principalId);
      props.Member = user ? userEntity(user, ctx.siteUrl) : group ? groupEntity(group, ctx.siteUrl) : null;
    }
    if (expand.includes('RoleDefinitionBindings')) props.RoleDefinitionBindings = roles.map((r) => roleDefinitionEntity(ctx, ctx.state.perms.roleDefinition(r)!));
    return new Entity({ type: 'SP.RoleAssignment', id: `${ctx.siteUrl}/_api/Web/RoleAssignments/GetByPrincipalId(${principalId})`, editLink: `Web/RoleAssignments/GetByPrincipalId(${principalId})` }, props);
  });
  return collectionResponse(ctx.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.RoleAssignments`);
}

export function changeRoleAssignment(ctx: SpContext, scope: Scope, principalId: number | undefined, roleDefId: number | undefined, add: boolean): EmuResponse {
  assertManage(ctx, scope);
  if (principalId === undefined || roleDefId === undefined) throw sp.badRequest('principalid and roledefid are required.');
  if (!hasUnique(ctx, scope)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
  if (!siteUserById(ctx.state.db, principalId) && !siteGroupById(ctx.state.db, principalId)) {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
  }
  if (!ctx.state.perms.roleDefinition(roleDefId)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level does not exist.');
  if (add) ctx.state.perms.addAssignment(scope, principalId, roleDefId);
  else ctx.state.perms.removeAssignment(scope, principalId, roleDefId);
  return emptyResponse(200);
}

export function effectivePermissions(ctx: SpContext, scope: Scope, userId = ctx.user.id): EmuResponse {
  const row = scope.kind === 'item' ? visibleItem(ctx, scope.list, scope.itemId) : undefined;
  const perms = ctx.state.perms.permissions(userId, scope, row ? Number(row.HasUniquePerms) === 1 : undefined);
  return entityResponse(ctx.mode, new Entity(undefined, basePermissionsMask(perms)), `${ctx.siteUrl}/_api/$metadata#SP.BasePermissions`);
}
