import { SPFI } from '@pnp/sp';
import { ITryggSchema, settingsList, TRYGG_SCHEMA } from '../../schema/schemaVersion';
import { IProvisioningStep, provisionLists } from './provisionLists';
import { ISchemaMigration, runMigrations, TRYGG_MIGRATIONS } from './migrations';
import { readSchemaVersion, recordSchemaVersion } from './schemaVersionStore';
import { ensureTryggGroups } from './ensureGroups';

export interface IProvisionSchemaOptions {
  /** Default: the current schema (TRYGG_SCHEMA). Tests pass an earlier shape. */
  readonly schema?: ITryggSchema;
  /** Default: TRYGG_MIGRATIONS. */
  readonly migrations?: readonly ISchemaMigration[];
  /** Called with each step as it is done. */
  readonly onStep?: (step: IProvisioningStep) => void;
}

export interface IProvisioningReport {
  /** The version the site had recorded before the run (0: none). */
  readonly fromVersion: number;
  readonly toVersion: number;
  /** Everything that was done, in order; empty when the site was already at the schema. */
  readonly steps: readonly IProvisioningStep[];
}

/**
 * Creates Trygg on a site or upgrades it, from any earlier shape, to the schema: lists, fields,
 * indexes, unique constraints, content approval, permission levels and role assignments
 * (provisionLists), then the value migrations of the versions above the one the site recorded, and
 * last the version reached (so a run that fails half-way is run again from the start, and finds
 * done what it did). Nothing is dropped. Run as a site owner (Manage Lists, Manage Permissions,
 * Create Groups): Trygg's site groups are created empty where missing.
 */
export async function provisionSchema(sp: SPFI, options: IProvisionSchemaOptions = {}): Promise<IProvisioningReport> {
  const schema = options.schema || TRYGG_SCHEMA;
  const steps: IProvisioningStep[] = [];
  const report = (step: IProvisioningStep): void => {
    steps.push(step);
    if (options.onStep) options.onStep(step);
  };
  const fromVersion = await readSchemaVersion(sp);
  if (fromVersion > schema.version) {
    throw new Error(
      `The site is at Trygg schema version ${fromVersion}, newer than this package's ${schema.version}: ` +
        'deploy the newer package instead of provisioning with this one.'
    );
  }
  await ensureTryggGroups(sp, report);
  const lists = schema.lists.some((list) => list.title === settingsList.title) ? schema.lists : [...schema.lists, settingsList];
  await provisionLists(sp, lists, { permissionLevels: schema.permissionLevels, onStep: report });
  await runMigrations(sp, options.migrations || TRYGG_MIGRATIONS, fromVersion, schema.version, report);
  if (fromVersion !== schema.version) {
    await recordSchemaVersion(sp, schema.version);
    report({ list: settingsList.title, action: 'recordedVersion', detail: `${fromVersion} → ${schema.version}` });
  }
  return { fromVersion, toVersion: schema.version, steps };
}

/** One line per step, for a person reading the run. */
export function describeStep(step: IProvisioningStep): string {
  const where = step.list ? `${step.list}${step.field ? ` / ${step.field}` : ''}` : step.field || '';
  return `${step.action}: ${where}${step.detail ? ` (${step.detail})` : ''}`;
}
