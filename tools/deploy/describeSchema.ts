import { IProvisionStep } from './plan';
import { TRYGG_GROUPS } from '../../src/schema/groups';
import { settingsList } from '../../src/schema/schemaVersion';

/**
 * What provisioning will bring the site to, for the dry run: each permission level and list with
 * its fields, indexes, unique columns, content approval and permissions. On a site that has some
 * of it, provisioning adds only what is missing.
 */
export function describeSchema(step: IProvisionStep): string[] {
  const { schema } = step;
  const lines = [`provisionSchema on ${step.siteUrl} to schema version ${schema.version} (adds what is missing, drops nothing):`];
  for (const name of Object.keys(schema.permissionLevels)) lines.push(`  permission level "${name}"`);
  const lists = schema.lists.some((l) => l.title === settingsList.title) ? schema.lists : [...schema.lists, settingsList];
  for (const list of lists) {
    const indexed = list.fields.filter((f) => f.indexed || f.unique).map((f) => f.name);
    const unique = list.fields.filter((f) => f.unique).map((f) => f.name);
    const extras = [
      list.template === 101 ? 'library' : 'list',
      `${list.fields.length} fields`,
      indexed.length ? `indexed ${indexed.join(', ')}` : '',
      unique.length ? `unique ${unique.join(', ')}` : '',
      list.contentApproval ? 'content approval' : '',
      list.enableVersioning ? 'versioning' : ''
    ].filter((part) => part !== '');
    lines.push(`  list "${list.title}" (${extras.join('; ')})`);
    for (const assignment of list.roleAssignments || []) lines.push(`    "${TRYGG_GROUPS[assignment.group].title}": ${assignment.level}`);
  }
  for (const [key, value] of Object.entries(step.settings)) lines.push(`  setting ${key} = ${value}`);
  lines.push(`  risk matrix: preset ${step.riskMatrixPreset} as version 1, unless the site has a matrix`);
  lines.push(`  then records SchemaVersion = ${schema.version} in "${settingsList.title}"`);
  return lines;
}
