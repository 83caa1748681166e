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

export type Permission =
  | 'ViewListItems' | 'AddListItems' | 'EditListItems' | 'DeleteListItems' | 'ApproveItems' | 'OpenItems'
  | 'ViewVersions' | 'DeleteVersions' | 'CancelCheckout' | 'ManagePersonalViews' | 'ManageLists' | 'ViewFormPages'
  | 'Open' | 'ViewPages' | 'AddAndCustomizePages' | 'ApplyThemeAndBorder' | 'ApplyStyleSheets' | 'ViewUsageData'
  | 'CreateSSCSite' | 'ManageSubwebs' | 'CreateGroups' | 'ManagePermissions' | 'BrowseDirectories' | 'BrowseUserInfo'
  | 'AddDelPrivateWebParts' | 'UpdatePersonalWebParts' | 'ManageWeb' | 'UseClientIntegration' | 'UseRemoteAPIs'
  | 'ManageAlerts' | 'CreateAlerts' | 'EditMyUserInfo' | 'EnumeratePermissions';

/** SP.PermissionKind numbers: bit (n - 1) of the 64-bit mask SharePoint returns as { High, Low }. */
export const PERMISSION_KIND: Readonly<Record<Permission, number>> = {
  ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ApproveItems: 5, OpenItems: 6, ViewVersions: 7,
  DeleteVersions: 8, CancelCheckout: 9, ManagePersonalViews: 10, ManageLists: 12, ViewFormPages: 13, Open: 17, ViewPages: 18,
  AddAndCustomizePages: 19, ApplyThemeAndBorder: 20, ApplyStyleSheets: 21, ViewUsageData: 22, CreateSSCSite: 23,
  ManageSubwebs: 24, CreateGroups: 25, ManagePermissions: 26, BrowseDirectories: 27, BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29, UpdatePersonalWebParts: 30, ManageWeb: 31, UseClientIntegration: 37, UseRemoteAPIs: 38,
  ManageAlerts: 39, CreateAlerts: 40, EditMyUserInfo: 41, EnumeratePermissions: 63
};

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

/** Role definition ids by the permission level names the schema uses. */
export const ROLE_BY_LEVEL: Readonly<Record<PermissionLevel, number>> = {
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
      for (const p of roleDefinition(a.RoleDefId)?.permissions ?? []) result.add(p);
    }
    return result;
  }

  /** Role definition ids that grant a permission (for SQL trimming of items with unique permissions). */
  rolesGranting(permission: Permission): number[] {
    return ROLE_DEFINITIONS.filter((r) => r.permissions.has(permission)).map((r) => r.id);
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

/** SharePoint's { High, Low } representation of a permission set. */
export function basePermissionsMask(perms: ReadonlySet<Permission>): { High: string; Low: string } {
  if (perms.size === ALL.length) return { High: '2147483647', Low: '4294967295' };
  let high = 0;
  let low = 0;
  for (const p of perms) {
    const bit = PERMISSION_KIND[p] - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: String(high), Low: String(low) };
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
      if (p !== undefined) perms.addAssignment({ kind: 'list', list: model }, p, ROLE_BY_LEVEL[a.level]);
    }
  }
}

/** applyDefaultAssignments for the schema lists the catalogue has (those not provisioned are skipped). */
export function applySchemaAssignments(db: Db, catalog: ListCatalog, definitions: readonly IListDefinition[]): void {
  const lists = definitions
    .map((definition) => ({ definition, model: catalog.byTitle(definition.title) }))
    .filter((l): l is { definition: IListDefinition; model: ListModel } => l.model !== undefined);
  applyDefaultAssignments(db, new PermissionService(db), lists, (l) => catalog.updateList(l.id, { hasUniquePerms: true }));
}
