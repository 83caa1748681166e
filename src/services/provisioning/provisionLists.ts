import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { IList } from '@pnp/sp/lists';
import { TRYGG_GROUPS } from '../../schema/groups';
import { IFieldDefinition, IListDefinition } from '../../schema/types';
import { TRYGG_LISTS } from '../../schema/lists';
import { fieldSchemaXml } from './fieldXml';
import { basePermissionsMask, ICustomPermissionLevel, TRYGG_PERMISSION_LEVELS } from '../../schema/permissionLevels';

const ADD_FIELD_INTERNAL_NAME_HINT = 8;
/** SharePoint's DraftVisibilityType. */
const DRAFT_VISIBILITY = { editors: 1, approvers: 2 } as const;

/** What provisioning did; a run that finds the site as the schema declares it reports nothing. */
export type ProvisioningAction =
  /** A site group Trygg assigns permissions to was missing: created, with nobody in it yet. */
  | 'createdGroup'
  | 'createdPermissionLevel'
  | 'createdList'
  /** A setting of an existing list: versioning, content approval, read or write security, the Title field. */
  | 'updatedList'
  | 'addedField'
  /** An existing field gained an index, a unique constraint, choices, or its declared display name or Required. */
  | 'updatedField'
  /** A field of another type than declared: left as it is (changing a type loses data), for an administrator to look at. */
  | 'skippedField'
  | 'brokeInheritance'
  | 'addedRoleAssignment'
  | 'migratedItems'
  | 'recordedVersion';

export interface IProvisioningStep {
  /** The list's title; '' for the site (permission levels, the recorded version). */
  readonly list: string;
  readonly action: ProvisioningAction;
  /** The field, permission level or "group: level" the step concerns. */
  readonly field?: string;
  /** What changed, in a few words. */
  readonly detail?: string;
}

export interface IProvisionListsOptions {
  readonly permissionLevels?: Readonly<Record<string, ICustomPermissionLevel>>;
  /** Called with each step as it is done, so a long run shows its progress. */
  readonly onStep?: (step: IProvisioningStep) => void;
}

interface IStoredList {
  Id: string;
  EnableVersioning: boolean;
  EnableModeration: boolean;
  DraftVersionVisibility: number;
  ReadSecurity: number;
  WriteSecurity: number;
  HasUniqueRoleAssignments: boolean;
}

interface IStoredField {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Choices?: string[] | { results: string[] };
}

/**
 * Brings the site's lists to the schema, from nothing or from any earlier shape: creates what is
 * missing (permission levels, lists, fields) and adds to what exists (versioning, content approval,
 * indexes, unique constraints, choices, role assignments). It never deletes a list, a field, an item,
 * a choice or a role assignment, and never changes a field's type. Safe to run again: a second run
 * finds nothing to do and reports no step.
 */
export async function provisionLists(sp: SPFI, lists: readonly IListDefinition[] = TRYGG_LISTS, options: IProvisionListsOptions = {}): Promise<IProvisioningStep[]> {
  const steps: IProvisioningStep[] = [];
  const report = (step: IProvisioningStep): void => {
    steps.push(step);
    if (options.onStep) options.onStep(step);
  };
  const levels: Readonly<Record<string, ICustomPermissionLevel>> = options.permissionLevels || TRYGG_PERMISSION_LEVELS;
  const existingLevels: { Name: string }[] = await sp.web.roleDefinitions.select('Name')();
  for (const name of Object.keys(levels)) {
    if (existingLevels.some((definition) => definition.Name.toLowerCase() === name.toLowerCase())) continue;
    await addPermissionLevel(sp, name, levels[name]);
    report({ list: '', action: 'createdPermissionLevel', field: name });
  }
  const listIds: Record<string, string> = {};
  for (const definition of lists) {
    listIds[definition.title] = await provisionList(sp, definition, listIds, report);
  }
  return steps;
}

async function provisionList(sp: SPFI, definition: IListDefinition, listIds: Readonly<Record<string, string>>, report: (step: IProvisioningStep) => void): Promise<string> {
  const list = sp.web.lists.getByTitle(definition.title);
  let stored = await readList(list);
  const created = !stored;
  if (!stored) {
    await sp.web.lists.add(definition.title, definition.description, definition.template, false, listSettings(definition));
    report({ list: definition.title, action: 'createdList' });
    stored = (await readList(list))!;
  } else {
    const changes = settingsToAdd(definition, stored);
    if (Object.keys(changes).length > 0) {
      await list.update(changes);
      report({ list: definition.title, action: 'updatedList', detail: Object.keys(changes).join(', ') });
    }
  }
  const ids = { ...listIds, [definition.title]: stored.Id };

  if (definition.titleField) {
    const title = list.fields.getByInternalNameOrTitle('Title');
    const current: { Title: string; Required: boolean } = await title.select('Title', 'Required')();
    if (current.Title !== definition.titleField.title || current.Required !== definition.titleField.required) {
      await title.update({ Title: definition.titleField.title, Required: definition.titleField.required }, 'SP.Field');
      // Part of creating a list; on an existing one, a change worth reporting.
      if (!created) report({ list: definition.title, action: 'updatedList', detail: 'Title field' });
    }
  }
  if (definition.roleAssignments && definition.roleAssignments.length > 0) {
    await addRoleAssignments(sp, list, definition, stored.HasUniqueRoleAssignments, report);
  }

  // Choices belongs to SP.FieldChoice, not SP.Field: it is read per choice field below.
  const existing: IStoredField[] = await list.fields.select('InternalName', 'Title', 'TypeAsString', 'Required', 'Indexed', 'EnforceUniqueValues')();
  const byName = new Map(existing.map((field) => [field.InternalName, field] as [string, IStoredField]));
  for (const field of definition.fields) {
    const current = byName.get(field.name);
    if (!current) {
      // Option 8 (AddFieldInternalNameHint): keep Name as the internal name; SharePoint would
      // otherwise derive it from the Swedish display name.
      await list.fields.createFieldAsXml({ SchemaXml: fieldSchemaXml(field, ids), Options: ADD_FIELD_INTERNAL_NAME_HINT });
      report({ list: definition.title, action: 'addedField', field: field.name });
      continue;
    }
    if (current.TypeAsString !== storedType(field)) {
      report({ list: definition.title, action: 'skippedField', field: field.name, detail: `is ${current.TypeAsString}, the schema declares ${storedType(field)}` });
      continue;
    }
    if (field.choices) {
      const choices: Pick<IStoredField, 'Choices'> = await list.fields.getByInternalNameOrTitle(field.name).select('Choices')();
      current.Choices = choices.Choices;
    }
    const patch = fieldChanges(field, current);
    if (Object.keys(patch).length === 0) continue;
    try {
      await list.fields.getByInternalNameOrTitle(field.name).update(patch, 'SP.Field');
    } catch (e) {
      if (patch.EnforceUniqueValues) {
        throw new Error(
          `${definition.title}.${field.name} has duplicate values, so it cannot be made unique: ` +
            `remove the duplicates and run provisioning again. (${e instanceof Error ? e.message : String(e)})`
        );
      }
      throw e;
    }
    report({ list: definition.title, action: 'updatedField', field: field.name, detail: describePatch(patch, current) });
  }
  return stored.Id;
}

async function readList(list: IList): Promise<IStoredList | undefined> {
  try {
    return await list.select('Id', 'EnableVersioning', 'EnableModeration', 'DraftVersionVisibility', 'ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments')();
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}

/** The list settings the schema declares, as SharePoint's list properties. */
function listSettings(definition: IListDefinition): Record<string, unknown> {
  // Libraries have no per-item read/write security; SharePoint refuses the settings there.
  const itemSecurity = definition.template === 100 ? { ReadSecurity: definition.readSecurity || 1, WriteSecurity: definition.writeSecurity || 1 } : {};
  const approval = definition.contentApproval
    ? { EnableModeration: true, DraftVersionVisibility: DRAFT_VISIBILITY[definition.contentApproval.draftVisibility] }
    : {};
  return { EnableVersioning: !!definition.enableVersioning, ...itemSecurity, ...approval };
}

/**
 * The settings an existing list lacks. Versioning and content approval are only ever switched on
 * (switching them off would drop history or show drafts to everyone); item-level security follows
 * the schema, which is where Trygg's rules about who sees what are declared.
 */
function settingsToAdd(definition: IListDefinition, stored: IStoredList): Record<string, unknown> {
  const wanted = listSettings(definition);
  const changes: Record<string, unknown> = {};
  if (wanted.EnableVersioning === true && !stored.EnableVersioning) changes.EnableVersioning = true;
  if (wanted.EnableModeration === true && !stored.EnableModeration) changes.EnableModeration = true;
  if (wanted.DraftVersionVisibility !== undefined && wanted.DraftVersionVisibility !== stored.DraftVersionVisibility) {
    changes.DraftVersionVisibility = wanted.DraftVersionVisibility;
  }
  if (wanted.ReadSecurity !== undefined && wanted.ReadSecurity !== stored.ReadSecurity) changes.ReadSecurity = wanted.ReadSecurity;
  if (wanted.WriteSecurity !== undefined && wanted.WriteSecurity !== stored.WriteSecurity) changes.WriteSecurity = wanted.WriteSecurity;
  return changes;
}

/** The type SharePoint reports for a field of the schema (Integer is a Number with no decimals). */
function storedType(field: IFieldDefinition): string {
  return field.type === 'Integer' ? 'Number' : field.type;
}

function choicesOf(field: IStoredField): string[] {
  if (!field.Choices) return [];
  return Array.isArray(field.Choices) ? field.Choices : field.Choices.results;
}

/** What an existing field lacks: an index, a unique constraint, choices; and the declared display name and Required. */
function fieldChanges(field: IFieldDefinition, current: IStoredField): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if ((field.indexed || field.unique) && !current.Indexed) patch.Indexed = true;
  if (field.unique && !current.EnforceUniqueValues) patch.EnforceUniqueValues = true;
  if (field.title !== current.Title) patch.Title = field.title;
  if (!!field.required !== current.Required) patch.Required = !!field.required;
  if (field.choices) {
    const stored = choicesOf(current);
    const missing = field.choices.filter((choice) => stored.indexOf(choice) < 0);
    // Choices only grow: a value the schema dropped may still be on items.
    if (missing.length > 0) patch.Choices = [...field.choices, ...stored.filter((choice) => field.choices!.indexOf(choice) < 0)];
  }
  return patch;
}

function describePatch(patch: Record<string, unknown>, current: IStoredField): string {
  const parts: string[] = [];
  if (patch.Indexed) parts.push('indexed');
  if (patch.EnforceUniqueValues) parts.push('unique');
  if (patch.Title !== undefined) parts.push(`display name "${String(patch.Title)}"`);
  if (patch.Required !== undefined) parts.push(patch.Required ? 'required' : 'optional');
  if (patch.Choices) {
    const before = choicesOf(current);
    parts.push(`choices + ${(patch.Choices as string[]).filter((choice) => before.indexOf(choice) < 0).join(', ')}`);
  }
  return parts.join('; ');
}

async function addPermissionLevel(sp: SPFI, name: string, level: ICustomPermissionLevel): Promise<void> {
  const mask = basePermissionsMask(level.permissions);
  await sp.web.roleDefinitions.add(name, level.description, level.order, { High: Number(mask.High), Low: Number(mask.Low) });
}

/**
 * Gives the list its declared permissions. A list that still inherits from the site gets its own,
 * without copying the site's, then each Trygg group its level; a list that already has its own gets
 * only the assignments it lacks (an administrator's additions stay). The groups come with the site;
 * a missing one is an error that names it.
 */
async function addRoleAssignments(
  sp: SPFI,
  list: IList,
  definition: IListDefinition,
  hasUnique: boolean,
  report: (step: IProvisioningStep) => void
): Promise<void> {
  let present = new Set<string>();
  if (!hasUnique) {
    await list.breakRoleInheritance(false, true);
    report({ list: definition.title, action: 'brokeInheritance' });
  } else {
    const assignments: { PrincipalId: number; RoleDefinitionBindings: { Name: string }[] }[] = await list.roleAssignments
      .expand('RoleDefinitionBindings')
      .select('PrincipalId', 'RoleDefinitionBindings/Name')();
    present = new Set(assignments.flatMap((a) => a.RoleDefinitionBindings.map((role) => `${a.PrincipalId}:${role.Name.toLowerCase()}`)));
  }
  for (const assignment of definition.roleAssignments || []) {
    const title = TRYGG_GROUPS[assignment.group].title;
    let groupId: number;
    try {
      groupId = (await sp.web.siteGroups.getByName(title).select('Id')()).Id;
    } catch {
      throw new Error(`The site group "${title}" is missing: create Trygg's groups before provisioning ${definition.title}.`);
    }
    if (present.has(`${groupId}:${assignment.level.toLowerCase()}`)) continue;
    const role: { Id: number } = await sp.web.roleDefinitions.getByName(assignment.level).select('Id')();
    await list.roleAssignments.add(groupId, role.Id);
    report({ list: definition.title, action: 'addedRoleAssignment', field: `${title}: ${assignment.level}` });
  }
}
