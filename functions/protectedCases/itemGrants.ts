/**
 * Who holds a protected item, as SharePoint records it: the item's own role assignments. They,
 * not the item's Reporter and Handler fields (which a handler with Contribute can edit), are what
 * the function trusts when it decides who may act and whom to revoke.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { memoizePromiseByKey } from '../../src/common/memoizePromise';

export type GrantLevel = 'Read' | 'Contribute' | 'Full Control';

export interface IHolders {
  /** Users (not groups) with Read on the item itself. */
  readonly readers: ReadonlySet<number>;
  /** Users (not groups) with Contribute on the item itself. */
  readonly editors: ReadonlySet<number>;
}

interface IAssignment {
  PrincipalId: number;
  Member: { PrincipalType: number };
  RoleDefinitionBindings: { Name: string }[];
}

const USER = 1;

export class ItemGrants {
  private readonly _sp: SPFI;
  private readonly _roleId: (level: GrantLevel) => Promise<number>;

  constructor(sp: SPFI) {
    this._sp = sp;
    this._roleId = memoizePromiseByKey((level) => this._sp.web.roleDefinitions.getByName(level)().then((role: { Id: number }) => role.Id));
  }

  public async holders(listTitle: string, itemId: number): Promise<IHolders> {
    const assignments: IAssignment[] = await this._item(listTitle, itemId).roleAssignments.expand('Member', 'RoleDefinitionBindings')();
    const readers = new Set<number>();
    const editors = new Set<number>();
    for (const assignment of assignments) {
      if (assignment.Member.PrincipalType !== USER) continue;
      const names = assignment.RoleDefinitionBindings.map((role) => role.Name);
      if (names.indexOf('Contribute') >= 0) editors.add(assignment.PrincipalId);
      if (names.indexOf('Read') >= 0) readers.add(assignment.PrincipalId);
    }
    return { readers, editors };
  }

  /** Own permissions for the item (keeping the list's, i.e. the security function's), plus these. */
  public async share(listTitle: string, itemId: number, grants: readonly { principalId: number; level: GrantLevel }[]): Promise<void> {
    const item = this._item(listTitle, itemId);
    await item.breakRoleInheritance(true, false);
    for (const grant of grants) await item.roleAssignments.add(grant.principalId, await this._roleId(grant.level));
  }

  /**
   * Only these principals (people or site groups), none of the list's wider permissions: for an item
   * that must not follow them (a decision on a document that was never published).
   */
  public async restrict(listTitle: string, itemId: number, grants: readonly { principalId: number; level: GrantLevel }[]): Promise<void> {
    const item = this._item(listTitle, itemId);
    await item.breakRoleInheritance(false, false);
    for (const grant of grants) await item.roleAssignments.add(grant.principalId, await this._roleId(grant.level));
  }

  /** A site group's principal id, by its title. */
  public async groupId(title: string): Promise<number> {
    return ((await this._sp.web.siteGroups.getByName(title).select('Id')()) as { Id: number }).Id;
  }

  public async revoke(listTitle: string, itemId: number, principalId: number, level: GrantLevel): Promise<void> {
    await this._item(listTitle, itemId).roleAssignments.remove(principalId, await this._roleId(level));
  }

  /** No one but the app: for an open item on its way to the protected list. */
  public async seal(listTitle: string, itemId: number): Promise<void> {
    await this._item(listTitle, itemId).breakRoleInheritance(false, false);
  }

  private _item(listTitle: string, itemId: number): ReturnType<ReturnType<SPFI['web']['lists']['getByTitle']>['items']['getById']> {
    return this._sp.web.lists.getByTitle(listTitle).items.getById(itemId);
  }
}
