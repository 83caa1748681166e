/**
 * SharePoint's permission model, as the emulator enforces it, and the default role assignments of a
 * Trygg site. The assignment configuration is kept here, in one place, so the model can be refined
 * without touching the handlers.
 *
 * - Permission levels are SharePoint's built-in role definitions with their real ids.
 * - "Override List Behaviors" (PermissionKind CancelCheckout) is what lets a user read and edit other
 *   people's items in a list whose ReadSecurity/WriteSecurity is "own items only". Design and Full Control
 *   carry it; Edit, Contribute and Read do not.
 */
import { Db, EVERYONE_ID, stmt } from './storage/database';
import { ListModel } from './storage/listTables';
import type { ListCatalog } from './storage/catalog';
import type { IListDefinition, PermissionLevel } from '../../src/schema';
import { basePermissionsMask as maskOf, Permission, PERMISSION_KIND, TRYGG_PERMISSION_LEVELS } from '../../src/schema/permissionLevels';

export type { Permission } from '../../src/schema/permissionLevels';
export { PERMISSION_KIND } from '../../src/schema/permissionLevels';

export const ROLE = {
  fullControl: 1073741829,
  design: 1073741828,
  edit: 1073741830,
  contribute: 1073741827,
  read: 1073741826,
  limitedAccess: 1073741825
} as const;

export interface IRoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly roleTypeKind: number;
  readonly order: number;
  readonly permissions: ReadonlySet<Permission>;
}

const READ: Permission[] = ['ViewListItems', 'OpenItems', 'ViewVersions', 'CreateAlerts', 'ViewFormPages', 'Open', 'ViewPages', 'BrowseUserInfo', 'UseRemoteAPIs', 'UseClientIntegration'];
const CONTRIBUTE: Permission[] = [...READ, 'AddListItems', 'EditListItems', 'DeleteListItems', 'DeleteVersions', 'BrowseDirectories', 'EditMyUserInfo', 'ManagePersonalViews', 'AddDelPrivateWebParts', 'UpdatePersonalWebParts'];
const EDIT: Permission[] = [...CONTRIBUTE, 'ManageLists'];
const DESIGN: Permission[] = [...EDIT, 'ApproveItems', 'CancelCheckout', 'AddAndCustomizePages', 'ApplyThemeAndBorder', 'ApplyStyleSheets'];
const ALL = Object.keys(PERMISSION_KIND) as Permission[];

export const ROLE_DEFINITIONS: readonly IRoleDefinition[] = [
  { id: ROLE.fullControl, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, permissions: new Set(ALL) },
  { id: ROLE.design, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32, permissions: new Set(DESIGN) },
  { id: ROLE.edit, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, permissions: new Set(EDIT) },
  { id: ROLE.contribute, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, permissions: new Set(CONTRIBUTE) },
  { id: ROLE.read, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, permissions: new Set(READ) },
  { id: ROLE.limitedAccess, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, permissions: new Set<Permission>(['Open', 'BrowseUserInfo', 'UseClientIntegration', 'UseRemoteAPIs']) }
];

export function roleDefinition(id: number): IRoleDefinition | undefined {
  return ROLE_DEFINITIONS.find((r) => r.id === id);
}

/** Who gets what, by seed group key; `everyone` is "Everyone except external users". */
export type AssignmentTarget = { readonly groupKey: string } | { readonly everyone: true };
export interface IDefaultAssignment {
  readonly to: AssignmentTarget;
  readonly role: number;
}

/**
 * The web's assignments of a Trygg site: what the site itself and lists created later over REST
 * inherit. Lists declared in src/schema carry their own assignments (IListDefinition.roleAssignments),
 * applied with inheritance broken, as provisioning does on SharePoint.
 */
export const WEB_ASSIGNMENTS: readonly IDefaultAssignment[] = [
  { to: { groupKey: 'admins' }, role: ROLE.fullControl },
  // Every signed-in user can open the site and read what inherits from it.
  { to: { everyone: true }, role: ROLE.read }
];

/** SharePoint's built-in role definition ids by name; Trygg's own levels are looked up by name. */
const BUILT_IN_ROLE_BY_LEVEL: Readonly<Record<string, number>> = {
  'Full Control': ROLE.fullControl,
  'Design': ROLE.design,
  'Edit': ROLE.edit,
  'Contribute': ROLE.contribute,
  'Read': ROLE.read
};

export type Scope = { readonly kind: 'web' } | { readonly kind: 'list'; readonly list: ListModel } | { readonly kind: 'item'; readonly list: ListModel; readonly itemId: number };

interface AssignmentRow {
  PrincipalId: number;
  RoleDefId: number;
}

/** Answers "may this user do that here", following inheritance web → list → item. */
export class PermissionService {
  constructor(private readonly db: Db) {}

  /** The principals a user acts as: the user, the groups the user is in, and Everyone. */
  principalsOf(userId: number): number[] {
    const groups = stmt(this.db, 'SELECT GroupId FROM _group_members WHERE UserId = ?').all(userId) as unknown as { GroupId: number }[];
    return [userId, EVERYONE_ID, ...groups.map((g) => g.GroupId)];
  }

  /**
   * Whether the user (or a group of theirs) holds a role on some item of the list. SharePoint then gives
   * them Limited Access on the list, so they can reach the item through it; the items stay trimmed.
   */
  hasItemGrant(userId: number, list: ListModel): boolean {
    const principals = this.principalsOf(userId);
    const sql = `SELECT 1 FROM _role_assignments WHERE ListId = ? AND PrincipalId IN (${principals.map(() => '?').join(', ')}) AND ScopeKind = 'item' LIMIT 1`;
    return stmt(this.db, sql).get(list.id, ...principals) !== undefined;
  }

  isSiteAdmin(userId: number): boolean {
    const row = stmt(this.db, 'SELECT IsSiteAdmin FROM _site_users WHERE Id = ?').get(userId) as { IsSiteAdmin: number } | undefined;
    return row?.IsSiteAdmin === 1;
  }

  assignments(scope: Scope): AssignmentRow[] {
    const [kind, listId, itemId] = this.scopeKey(scope);
    return stmt(this.db, 'SELECT PrincipalId, RoleDefId FROM _role_assignments WHERE ScopeKind = ? AND ListId = ? AND ItemId = ? ORDER BY PrincipalId, RoleDefId').all(
      kind,
      listId,
      itemId
    ) as unknown as AssignmentRow[];
  }

  /** The scope whose assignments apply (the nearest one with unique permissions). */
  effectiveScope(scope: Scope, itemHasUniquePerms?: boolean): Scope {
    if (scope.kind === 'item' && itemHasUniquePerms) return scope;
    if (scope.kind !== 'web' && scope.list.hasUniquePerms) return { kind: 'list', list: scope.list };
    return { kind: 'web' };
  }

  permissions(userId: number, scope: Scope, itemHasUniquePerms?: boolean): Set<Permission> {
    if (this.isSiteAdmin(userId)) return new Set(ALL);
    const principals = new Set(this.principalsOf(userId));
    const result = new Set<Permission>();
    for (const a of this.assignments(this.effectiveScope(scope, itemHasUniquePerms))) {
      if (!principals.has(a.PrincipalId)) continue;
      for (const p of this.roleDefinition(a.RoleDefId)?.permissions ?? []) result.add(p);
    }
    return result;
  }

  /** The site's role definitions: SharePoint's built-in ones and those added to the site (custom). */
  roleDefinitions(): IRoleDefinition[] {
    const rows = stmt(this.db, 'SELECT Id, Name, Description, Ord, Permissions FROM _role_definitions ORDER BY Ord, Id').all() as unknown as ICustomRoleRow[];
    return [...ROLE_DEFINITIONS, ...rows.map(customRole)];
  }

  roleDefinition(id: number): IRoleDefinition | undefined {
    const builtIn = roleDefinition(id);
    if (builtIn) return builtIn;
    const row = stmt(this.db, 'SELECT Id, Name, Description, Ord, Permissions FROM _role_definitions WHERE Id = ?').get(id) as unknown as ICustomRoleRow | undefined;
    return row ? customRole(row) : undefined;
  }

  /** The id of a permission level by name (built-in or custom); undefined when the site has none. */
  roleIdByName(name: string): number | undefined {
    if (BUILT_IN_ROLE_BY_LEVEL[name] !== undefined) return BUILT_IN_ROLE_BY_LEVEL[name];
    const row = stmt(this.db, 'SELECT Id FROM _role_definitions WHERE Name = ?').get(name) as { Id: number } | undefined;
    return row?.Id;
  }

  /** Adds a custom permission level, as `POST /_api/web/roledefinitions` does; ids follow SharePoint's from 1073741924. */
  addRoleDefinition(name: string, description: string, order: number, permissions: Iterable<Permission>): IRoleDefinition {
    const next = stmt(this.db, 'SELECT COALESCE(MAX(Id), 1073741923) + 1 AS id FROM _role_definitions').get() as { id: number };
    stmt(this.db, 'INSERT INTO _role_definitions (Id, Name, Description, Ord, Permissions) VALUES (?, ?, ?, ?, ?)').run(
      next.id,
      name,
      description,
      order,
      JSON.stringify([...new Set(permissions)])
    );
    return this.roleDefinition(next.id)!;
  }

  /** Role definition ids that grant a permission (for SQL trimming of items with unique permissions). */
  rolesGranting(permission: Permission): number[] {
    return this.roleDefinitions().filter((r) => r.permissions.has(permission)).map((r) => r.id);
  }

  setAssignments(scope: Scope, rows: readonly AssignmentRow[]): void {
    const [kind, listId, itemId] = this.scopeKey(scope);
    stmt(this.db, 'DELETE FROM _role_assignments WHERE ScopeKind = ? AND ListId = ? AND ItemId = ?').run(kind, listId, itemId);
    for (const r of rows) this.addAssignment(scope, r.PrincipalId, r.RoleDefId);
  }

  addAssignment(scope: Scope, principalId: number, roleDefId: number): void {
    const [kind, listId, itemId] = this.scopeKey(scope);
    stmt(this.db, 'INSERT OR IGNORE INTO _role_assignments (ScopeKind, ListId, ItemId, PrincipalId, RoleDefId) VALUES (?, ?, ?, ?, ?)').run(
      kind,
      listId,
      itemId,
      principalId,
      roleDefId
    );
  }

  removeAssignment(scope: Scope, principalId: number, roleDefId: number): void {
    const [kind, listId, itemId] = this.scopeKey(scope);
    stmt(this.db, 'DELETE FROM _role_assignments WHERE ScopeKind = ? AND ListId = ? AND ItemId = ? AND PrincipalId = ? AND RoleDefId = ?').run(
      kind,
      listId,
      itemId,
      principalId,
      roleDefId
    );
  }

  private scopeKey(scope: Scope): [string, string, number] {
    if (scope.kind === 'web') return ['web', '', 0];
    if (scope.kind === 'list') return ['list', scope.list.id, 0];
    return ['item', scope.list.id, scope.itemId];
  }
}

/** SharePoint's { High, Low } representation of a permission set (Full Control's is all ones). */
export function basePermissionsMask(perms: ReadonlySet<Permission>): { High: string; Low: string } {
  return maskOf(perms, perms.size === ALL.length);
}

interface ICustomRoleRow {
  Id: number;
  Name: string;
  Description: string;
  Ord: number;
  Permissions: string;
}

function customRole(row: ICustomRoleRow): IRoleDefinition {
  // RoleTypeKind 0 (None) is what SharePoint reports for a custom level.
  return { id: row.Id, name: row.Name, description: row.Description, roleTypeKind: 0, order: row.Ord, permissions: new Set(JSON.parse(row.Permissions) as Permission[]) };
}

/** Trygg's own permission levels (src/schema), added once, as provisioning adds them on SharePoint. */
export function ensureTryggPermissionLevels(perms: PermissionService): void {
  for (const [name, level] of Object.entries(TRYGG_PERMISSION_LEVELS)) {
    if (perms.roleIdByName(name) === undefined) perms.addRoleDefinition(name, level.description, level.order, level.permissions);
  }
}

/** A level's id, or an error naming it (a schema level the site lacks is a provisioning mistake). */
function roleIdOf(perms: PermissionService, level: PermissionLevel): number {
  const id = perms.roleIdByName(level);
  if (id === undefined) throw new Error(`The site has no permission level '${level}'.`);
  return id;
}

/**
 * Applies the web's assignments, and on each schema list its declared ones (inheritance broken).
 * Idempotent; assignments to groups the seed does not have are skipped.
 */
export function applyDefaultAssignments(
  db: Db,
  perms: PermissionService,
  lists: readonly { readonly model: ListModel; readonly definition: IListDefinition }[],
  markList: (list: ListModel) => void
): void {
  const groups = stmt(db, 'SELECT Id, GroupKey FROM _site_groups').all() as unknown as { Id: number; GroupKey: string | null }[];
  const principal = (to: AssignmentTarget): number | undefined =>
    'everyone' in to ? EVERYONE_ID : groups.find((g) => g.GroupKey === to.groupKey)?.Id;
  for (const a of WEB_ASSIGNMENTS) {
    const p = principal(a.to);
    if (p !== undefined) perms.addAssignment({ kind: 'web' }, p, a.role);
  }
  for (const { model, definition } of lists) {
    if (!definition.roleAssignments) continue;
    if (!model.hasUniquePerms) markList(model);
    for (const a of definition.roleAssignments) {
      const p = principal({ groupKey: a.group });
      if (p !== undefined) perms.addAssignment({ kind: 'list', list: model }, p, roleIdOf(perms, a.level));
    }
  }
}

/** applyDefaultAssignments for the schema lists the catalogue has (those not provisioned are skipped). */
export function applySchemaAssignments(db: Db, catalog: ListCatalog, definitions: readonly IListDefinition[]): void {
  const lists = definitions
    .map((definition) => ({ definition, model: catalog.byTitle(definition.title) }))
    .filter((l): l is { definition: IListDefinition; model: ListModel } => l.model !== undefined);
  const perms = new PermissionService(db);
  if (lists.length > 0) ensureTryggPermissionLevels(perms);
  applyDefaultAssignments(db, perms, lists, (l) => catalog.updateList(l.id, { hasUniquePerms: true }));
}
