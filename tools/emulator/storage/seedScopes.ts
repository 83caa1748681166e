/**
 * Who seeded items belong to: Author (a person or an app) and item-level permissions. An item with
 * roleAssignments gets unique permissions that start from its list's assignments, as
 * breakroleinheritance(copyRoleAssignments=true) leaves them, plus its own; written with one prepared
 * statement inside the loader's transaction, so 50,000 items stay fast.
 */
import type { StatementSync } from 'node:sqlite';
import type { ISeedItem, ISeedRoleAssignment } from '../seed/types';
import { ensureTryggPermissionLevels, PermissionService } from '../permissions';
import { Db, SYSTEM_ACCOUNT_ID } from './database';
import { ListModel } from './listTables';
import { SeedError } from './seedError';

/** Principal ids by seed key; apps by lower-case client id. */
export interface ISeedPrincipals {
  readonly people: ReadonlyMap<string, number>;
  readonly groups: ReadonlyMap<string, number>;
  readonly apps: ReadonlyMap<string, number>;
}

export function seedAuthor(item: ISeedItem, principals: ISeedPrincipals, where: string): number {
  if (item.AuthorApp !== undefined) {
    if (item.Author !== undefined) throw new SeedError(`${where}: give Author or AuthorApp, not both.`);
    const app = principals.apps.get(item.AuthorApp.toLowerCase());
    if (app === undefined) throw new SeedError(`${where}: unknown AuthorApp '${item.AuthorApp}' (not in the seed's apps).`);
    return app;
  }
  if (item.Author === undefined) return SYSTEM_ACCOUNT_ID;
  const person = principals.people.get(item.Author);
  if (person === undefined) throw new SeedError(`${where}: unknown Author '${item.Author}'.`);
  return person;
}

function principalId(a: ISeedRoleAssignment, principals: ISeedPrincipals, where: string): number {
  const p = a.principal;
  const [id, what] =
    'personKey' in p
      ? [principals.people.get(p.personKey), `person key '${p.personKey}'`]
      : 'groupKey' in p
        ? [principals.groups.get(p.groupKey), `group key '${p.groupKey}'`]
        : [principals.apps.get(String(p.appClientId).toLowerCase()), `app '${p.appClientId}'`];
  if (id === undefined) throw new SeedError(`${where}: role assignment for an unknown ${what}.`);
  return id;
}

/** Writes the unique permissions of one list's seeded items. */
export class ItemScopes {
  private readonly insert: StatementSync;
  private readonly inherited: readonly { PrincipalId: number; RoleDefId: number }[];
  private readonly perms: PermissionService;

  /** `list` must be current: its assignments (or the web's, when it inherits) are what items copy. */
  constructor(db: Db, private readonly list: ListModel, private readonly principals: ISeedPrincipals) {
    this.insert = db.prepare("INSERT OR IGNORE INTO _role_assignments (ScopeKind, ListId, ItemId, PrincipalId, RoleDefId) VALUES ('item', ?, ?, ?, ?)");
    const perms = new PermissionService(db);
    ensureTryggPermissionLevels(perms);
    this.perms = perms;
    this.inherited = perms.assignments(perms.effectiveScope({ kind: 'list', list }));
  }

  write(itemId: number, assignments: readonly ISeedRoleAssignment[], where: string): void {
    for (const a of this.inherited) this.insert.run(this.list.id, itemId, a.PrincipalId, a.RoleDefId);
    for (const a of assignments) {
      const role = this.perms.roleIdByName(a.level);
      if (role === undefined) throw new SeedError(`${where}: unknown permission level '${String(a.level)}'.`);
      this.insert.run(this.list.id, itemId, principalId(a, this.principals, where), role);
    }
  }
}
