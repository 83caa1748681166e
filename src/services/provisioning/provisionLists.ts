import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { IList } from '@pnp/sp/lists';
import { TRYGG_GROUPS } from '../../schema/groups';
import { IListDefinition } from '../../schema/types';
import { TRYGG_LISTS } from '../../schema/lists';
import { fieldSchemaXml } from './fieldXml';
import { basePermissionsMask, TRYGG_PERMISSION_LEVELS, TryggPermissionLevel } from '../../schema/permissionLevels';

const ADD_FIELD_INTERNAL_NAME_HINT = 8;
/** SharePoint's DraftVisibilityType. */
const DRAFT_VISIBILITY = { editors: 1, approvers: 2 } as const;

export interface IProvisioningStep {
  readonly list: string;
  readonly action: 'createdPermissionLevel' | 'createdList' | 'updatedList' | 'addedField' | 'setPermissions';
  readonly field?: string;
}

/**
 * Creates or completes Trygg's lists and fields from the schema. Safe to run again: existing
 * lists are updated in place and only missing fields are added.
 */
export async function provisionLists(sp: SPFI, lists: readonly IListDefinition[] = TRYGG_LISTS): Promise<IProvisioningStep[]> {
  const steps: IProvisioningStep[] = [];
  const listIds: Record<string, string> = {};
  for (const name of Object.keys(TRYGG_PERMISSION_LEVELS) as TryggPermissionLevel[]) {
    if (await ensurePermissionLevel(sp, name)) steps.push({ list: '', action: 'createdPermissionLevel', field: name });
  }
  for (const definition of lists) {
    // Libraries have no per-item read/write security; SharePoint refuses the settings there.
    const itemSecurity = definition.template === 100 ? { ReadSecurity: definition.readSecurity || 1, WriteSecurity: definition.writeSecurity || 1 } : {};
    const approval = definition.contentApproval
      ? { EnableModeration: true, DraftVersionVisibility: DRAFT_VISIBILITY[definition.contentApproval.draftVisibility] }
      : {};
    const ensured = await sp.web.lists.ensure(definition.title, definition.description, definition.template, false, {
      EnableVersioning: !!definition.enableVersioning,
      ...itemSecurity,
      ...approval
    });
    steps.push({ list: definition.title, action: ensured.created ? 'createdList' : 'updatedList' });
    const info: { Id: string } = await ensured.list.select('Id')();
    listIds[definition.title] = info.Id;

    const existing: { InternalName: string }[] = await ensured.list.fields.select('InternalName')();
    const present = new Set(existing.map((field) => field.InternalName));
    if (definition.titleField) {
      await ensured.list.fields
        .getByInternalNameOrTitle('Title')
        .update({ Title: definition.titleField.title, Required: definition.titleField.required });
    }
    if (definition.roleAssignments && definition.roleAssignments.length > 0) {
      await applyRoleAssignments(sp, ensured.list, definition);
      steps.push({ list: definition.title, action: 'setPermissions' });
    }
    for (const field of definition.fields) {
      if (present.has(field.name)) continue;
      // Option 8 (AddFieldInternalNameHint): keep Name as the internal name; SharePoint would
      // otherwise derive it from the Swedish display name.
      await ensured.list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, listIds), Options: ADD_FIELD_INTERNAL_NAME_HINT });
      steps.push({ list: definition.title, action: 'addedField', field: field.name });
    }
  }
  return steps;
}

/** Adds one of Trygg's permission levels to the site unless it has it; true when it was added. */
async function ensurePermissionLevel(sp: SPFI, name: TryggPermissionLevel): Promise<boolean> {
  const existing: { Name: string }[] = await sp.web.roleDefinitions.select('Name')();
  if (existing.some((definition) => definition.Name.toLowerCase() === name.toLowerCase())) return false;
  const level = TRYGG_PERMISSION_LEVELS[name];
  const mask = basePermissionsMask(level.permissions);
  await sp.web.roleDefinitions.add(name, level.description, level.order, { High: Number(mask.High), Low: Number(mask.Low) });
  return true;
}

/**
 * Gives the list exactly its declared permissions: inheritance from the site is broken without
 * copying, then each Trygg group gets its level. The groups come with the site; a missing one is
 * an error that names it.
 */
async function applyRoleAssignments(sp: SPFI, list: IList, definition: IListDefinition): Promise<void> {
  await list.breakRoleInheritance(false, true);
  for (const assignment of definition.roleAssignments || []) {
    const title = TRYGG_GROUPS[assignment.group].title;
    let groupId: number;
    try {
      groupId = (await sp.web.siteGroups.getByName(title).select('Id')()).Id;
    } catch {
      throw new Error(`The site group "${title}" is missing: create Trygg's groups before provisioning ${definition.title}.`);
    }
    const role: { Id: number } = await sp.web.roleDefinitions.getByName(assignment.level).select('Id')();
    await list.roleAssignments.add(groupId, role.Id);
  }
}
