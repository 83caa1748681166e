import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IItem } from '@pnp/sp/items';
import { IProvisioningStep } from './provisionLists';
import { governingDocumentsLibrary } from '../../schema/documentLists';
import { goalsList, measurementsList } from '../../schema/pdsaLists';
import { asksForReadConfirmation, audienceFrom } from '../../domain/documents/readConfirmations';
import { readAllPages, readJson } from '../lists/listAccess';
import { moderationValue, validateUpdate } from '../documents/formValues';

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
  /**
   * On a list with content approval: only published items (approved), each written in its current
   * version with its approval kept (ValidateUpdateListItem), so readers keep seeing it and no new
   * version asks for approval again. An item with a version in work is left as it is.
   */
  readonly keepApproval?: boolean;
  /**
   * Another list whose items the values come from (a measurement's goal), read whole, with only
   * these fields, before any item is migrated; migrate gets them by id.
   */
  readonly lookup?: { readonly list: string; readonly select: readonly string[] };
  /** The values to write to the item, or undefined when it needs nothing. */
  migrate(item: MigrationItem, lookup: ReadonlyMap<number, MigrationItem>): Readonly<Record<string, unknown>> | undefined;
}

/**
 * Trygg's value migrations, oldest first. tests/integration/services/provisioningUpgrade.test.ts
 * shows the mechanism with a made-up one, and runs these.
 */
export const TRYGG_MIGRATIONS: readonly ISchemaMigration[] = [
  {
    version: 8,
    list: governingDocumentsLibrary.title,
    description:
      'AsksReadConfirmation from ReadAudience on published documents, their approval kept; a document with a version in work gets it when that version is approved',
    select: ['ReadAudience', 'AsksReadConfirmation'],
    keepApproval: true,
    migrate: (item) => (asksForReadConfirmation(audienceFrom(readJson<unknown>(item, 'ReadAudience', undefined))) && item.AsksReadConfirmation !== true ? { AsksReadConfirmation: true } : undefined)
  },
  {
    version: 9,
    list: measurementsList.title,
    description: "GoalYear from the measurement's goal; a measurement whose goal is gone is left as it is",
    select: ['GoalId', 'GoalYear'],
    lookup: { list: goalsList.title, select: ['GoalYear'] },
    migrate: (item, goals) => {
      const goal = goals.get(Number(item.GoalId));
      const year = goal ? goal.GoalYear : undefined;
      return typeof year === 'number' && item.GoalYear !== year ? { GoalYear: year } : undefined;
    }
  }
];

/** SharePoint's approval state of an approved item (OData__ModerationStatus). */
const APPROVED = 0;

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
    const select = migration.keepApproval ? migration.select.concat(['OData__ModerationStatus']) : migration.select;
    let query = list.items.select('Id', ...select).top(PAGE_SIZE);
    if (migration.filter) query = query.filter(migration.filter);
    const lookup = new Map<number, MigrationItem>();
    if (migration.lookup) {
      for (const item of await readAllPages<MigrationItem>(sp.web.lists.getByTitle(migration.lookup.list).items.select('Id', ...migration.lookup.select).top(PAGE_SIZE))) lookup.set(item.Id, item);
    }
    const changes: { id: number; values: Readonly<Record<string, unknown>> }[] = [];
    // Read everything first, then write: writing while paging could move items between pages.
    for await (const page of query) {
      for (const item of page as MigrationItem[]) {
        if (migration.keepApproval && item.OData__ModerationStatus !== APPROVED) continue;
        const values = migration.migrate(item, lookup);
        if (values && Object.keys(values).length > 0) changes.push({ id: item.Id, values });
      }
    }
    for (const change of changes) {
      if (migration.keepApproval) await updateKeepingApproval(list.items.getById(change.id), change.values);
      else await list.items.getById(change.id).update(change.values);
    }
    report({ list: migration.list, action: 'migratedItems', detail: `v${migration.version}: ${migration.description} (${changes.length} items)` });
  }
}

/**
 * The values in a new version of the item, approved in the same call: readers never see it pending.
 * A new version, not the current one rewritten: the version the Trygg function saved at approval
 * keeps its editor, and with it the edition and number the function trusts (documentAccess.ts).
 */
async function updateKeepingApproval(item: IItem, values: Readonly<Record<string, unknown>>): Promise<void> {
  const fields = Object.keys(values).map((name) => {
    const value = values[name];
    return { FieldName: name, FieldValue: typeof value === 'boolean' ? (value ? '1' : '0') : String(value) };
  });
  await validateUpdate(item, fields.concat([moderationValue('approved')]), false);
}
