/**
 * Item by item, what the archive move needs from SharePoint: a copy of an item in a list of the same
 * definition, keyed by the live item's id (OriginalId, unique), and the same permissions on it. Both
 * are brought to the live item's state rather than added blindly, so a run that stopped anywhere is
 * finished by the next one, and `differences` says whether a copy may stand in for its original.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { IListDefinition } from '../../src/schema/types';
import { ORIGINAL_ID_FIELD } from '../../src/schema/archiveLists';
import { isDuplicateValue } from '../../src/services/errors';
import { ListAccess, ListItem, readAllPages, WriteValue } from '../../src/services/lists/listAccess';
import { odataNumber } from '../../src/services/odata';

/** Limited Access (RoleTypeKind Guest) is SharePoint's own bookkeeping for access below a scope, not a grant. */
const LIMITED_ACCESS = 1;

interface IAssignment {
  PrincipalId: number;
  RoleDefinitionBindings: { Id: number; RoleTypeKind: number }[];
}

/** One grant on one item, as `principalId:roleDefinitionId`. */
type GrantKey = string;

export class ArchiveItems {
  constructor(private readonly _sp: SPFI) {}

  /** Every item of `definition` a filter matches, with every declared field. */
  public async find(definition: IListDefinition, filter: string): Promise<ListItem[]> {
    const access = new ListAccess(this._sp, definition);
    return readAllPages<ListItem>(access.list.items.select(...access.select).expand(...access.expand).filter(filter).top(500));
  }

  /** The archive's copy of a live item, if a run made one. */
  public async copyOf(archive: IListDefinition, originalId: number): Promise<ListItem | undefined> {
    return (await this.find(archive, `${ORIGINAL_ID_FIELD.name} eq ${odataNumber(originalId)}`))[0];
  }

  /**
   * The copy of `item` in `archive`, made now or found from an earlier run and brought up to date
   * (the live item stays the truth until it is deleted). `overrides` replace copied values (a lookup
   * that must point into the archive).
   */
  public async ensureCopy(live: IListDefinition, item: ListItem, archive: IListDefinition, overrides: Record<string, WriteValue> = {}): Promise<ListItem> {
    const wanted = { ...valuesOf(live, item), ...overrides, [ORIGINAL_ID_FIELD.name]: item.Id };
    const access = new ListAccess(this._sp, archive);
    let copy = await this.copyOf(archive, item.Id);
    if (!copy) {
      try {
        await access.list.items.add(access.toWrite(wanted));
      } catch (error) {
        // Another run added it first: the unique OriginalId keeps it to one copy, which is ours too.
        if (!isDuplicateValue(error)) throw error;
      }
      copy = await this.copyOf(archive, item.Id);
      if (!copy) throw new Error(`${archive.title}: the copy of ${item.Id} vanished after it was added`);
    }
    const changed = differentFields(wanted, valuesOf(archive, copy));
    if (changed.length === 0) return copy;
    const patch: Record<string, WriteValue> = {};
    for (const name of changed) patch[name] = wanted[name];
    await access.list.items.getById(copy.Id).update(access.toWrite(patch));
    return (await this.copyOf(archive, item.Id))!;
  }

  /**
   * Gives the copy the live item's own permissions: the same principals with the same levels, no
   * more. Until this has run the copy inherits the archive list's (the security function and
   * administrators, as the live list), so an interrupted move exposes nothing. Every protected item
   * has its own permissions, so the copy gets its own too (a second break is a no-op).
   */
  public async copyGrants(fromList: string, fromId: number, toList: string, toId: number): Promise<void> {
    const copy = this._item(toList, toId);
    await copy.breakRoleInheritance(true, false);
    const wanted = await this.grants(fromList, fromId);
    const present = await this.grants(toList, toId);
    for (const key of Array.from(wanted).filter((grant) => !present.has(grant))) {
      const [principalId, roleId] = key.split(':').map(Number);
      await copy.roleAssignments.add(principalId, roleId);
    }
    for (const key of Array.from(present).filter((grant) => !wanted.has(grant))) {
      const [principalId, roleId] = key.split(':').map(Number);
      await copy.roleAssignments.remove(principalId, roleId);
    }
  }

  /** The item's grants, Limited Access left out. */
  public async grants(listTitle: string, itemId: number): Promise<Set<GrantKey>> {
    const assignments: IAssignment[] = await this._item(listTitle, itemId).roleAssignments.expand('RoleDefinitionBindings')();
    const keys = new Set<GrantKey>();
    for (const assignment of assignments) {
      for (const role of assignment.RoleDefinitionBindings) {
        if (role.RoleTypeKind !== LIMITED_ACCESS) keys.add(`${assignment.PrincipalId}:${role.Id}`);
      }
    }
    return keys;
  }

  /**
   * What keeps a copy from standing in for its original: fields whose values differ and grants one
   * has and the other lacks. Empty when the original may go.
   */
  public async differences(live: IListDefinition, item: ListItem, archive: IListDefinition, overrides: Record<string, WriteValue> = {}): Promise<string[]> {
    const copy = await this.copyOf(archive, item.Id);
    if (!copy) return ['no copy'];
    const fields = differentFields({ ...valuesOf(live, item), ...overrides, [ORIGINAL_ID_FIELD.name]: item.Id }, valuesOf(archive, copy));
    const [liveGrants, copyGrants] = await Promise.all([this.grants(live.title, item.Id), this.grants(archive.title, copy.Id)]);
    const grants = Array.from(liveGrants).filter((key) => !copyGrants.has(key)).concat(Array.from(copyGrants).filter((key) => !liveGrants.has(key)));
    return fields.concat(grants.map((key) => `grant ${key}`));
  }

  /** To the recycle bin, the app's own (as the move of an open case does): only after `differences` came back empty. */
  public async recycle(listTitle: string, itemId: number): Promise<void> {
    await this._item(listTitle, itemId).recycle();
  }

  private _item(listTitle: string, itemId: number): ReturnType<ReturnType<SPFI['web']['lists']['getByTitle']>['items']['getById']> {
    return this._sp.web.lists.getByTitle(listTitle).items.getById(itemId);
  }
}

/** An item's values as the definition declares them, as they are written (person and lookup fields by id). */
function valuesOf(definition: IListDefinition, item: ListItem): Record<string, WriteValue> {
  // An empty field is written as null, so bringing a copy up to date also empties what was emptied.
  // eslint-disable-next-line @rushstack/no-new-null -- SharePoint's REST API clears a field with null
  const values: Record<string, WriteValue> = { Title: (item.Title as string | undefined) ?? null };
  for (const field of definition.fields) {
    const value = item[field.name] as unknown;
    if (field.type === 'User' || field.type === 'Lookup') {
      const id = value && typeof (value as { Id?: unknown }).Id === 'number' ? (value as { Id: number }).Id : undefined;
      values[field.name] = id ?? null; // eslint-disable-line @rushstack/no-new-null
    } else {
      values[field.name] = value === undefined ? null : (value as WriteValue); // eslint-disable-line @rushstack/no-new-null
    }
  }
  return values;
}

function differentFields(wanted: Record<string, WriteValue>, actual: Record<string, WriteValue>): string[] {
  return Object.keys(wanted).filter((name) => JSON.stringify(wanted[name] ?? null) !== JSON.stringify(actual[name] ?? null));
}
