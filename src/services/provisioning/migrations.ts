import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IProvisioningStep } from './provisionLists';

/** An item as a migration reads it: Id plus the fields it selects. */
export type MigrationItem = { readonly Id: number } & Readonly<Record<string, unknown>>;

/**
 * A change to existing values that a schema version needs (a renamed choice, a value moved to a new
 * field). It runs after provisioning has added the version's lists and fields, on a site that has
 * recorded an earlier version (or none), and before the new version is recorded.
 *
 * It must be idempotent: a run that stopped half-way leaves the old version recorded, so the next
 * run migrates again, and must skip the items it already did (migrate returns undefined for them).
 * A migration never deletes an item or empties a value it cannot map: it leaves that item as it is.
 */
export interface ISchemaMigration {
  /** The schema version that needs it (SCHEMA_CHANGELOG). */
  readonly version: number;
  /** The list's title. */
  readonly list: string;
  /** What it does, for the report. */
  readonly description: string;
  /** The fields migrate reads (Id is always read). */
  readonly select: readonly string[];
  /** An OData filter that narrows the items to look at (use indexed fields on large lists). */
  readonly filter?: string;
  /** The values to write to the item, or undefined when it needs nothing. */
  migrate(item: MigrationItem): Readonly<Record<string, unknown>> | undefined;
}

/**
 * Trygg's value migrations, oldest first. None yet: every version so far only added lists and
 * fields. tests/integration/services/provisioningUpgrade.test.ts shows the mechanism with a made-up one.
 */
export const TRYGG_MIGRATIONS: readonly ISchemaMigration[] = [];

const PAGE_SIZE = 1000;

/**
 * Runs the migrations of versions above `fromVersion` up to `toVersion`, in version order, and
 * reports how many items each changed. Items are read in pages and updated one by one. On a list
 * with content approval an update makes the item wait for approval again, as any edit does: a
 * migration there must say so in its description.
 */
export async function runMigrations(
  sp: SPFI,
  migrations: readonly ISchemaMigration[],
  fromVersion: number,
  toVersion: number,
  report: (step: IProvisioningStep) => void
): Promise<void> {
  const due = migrations.filter((m) => m.version > fromVersion && m.version <= toVersion).sort((a, b) => a.version - b.version);
  for (const migration of due) {
    const list = sp.web.lists.getByTitle(migration.list);
    let query = list.items.select('Id', ...migration.select).top(PAGE_SIZE);
    if (migration.filter) query = query.filter(migration.filter);
    const changes: { id: number; values: Readonly<Record<string, unknown>> }[] = [];
    // Read everything first, then write: writing while paging could move items between pages.
    for await (const page of query) {
      for (const item of page as MigrationItem[]) {
        const values = migration.migrate(item);
        if (values && Object.keys(values).length > 0) changes.push({ id: item.Id, values });
      }
    }
    for (const change of changes) await list.items.getById(change.id).update(change.values);
    report({ list: migration.list, action: 'migratedItems', detail: `v${migration.version}: ${migration.description} (${changes.length} items)` });
  }
}
