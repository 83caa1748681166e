import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { IListDefinition } from '../../schema/types';
import { TRYGG_LISTS } from '../../schema/lists';
import { fieldSchemaXml } from './fieldXml';

const ADD_FIELD_INTERNAL_NAME_HINT = 8;

export interface IProvisioningStep {
  readonly list: string;
  readonly action: 'createdList' | 'updatedList' | 'addedField';
  readonly field?: string;
}

/**
 * Creates or completes Trygg's lists and fields from the schema. Safe to run again: existing
 * lists are updated in place and only missing fields are added.
 */
export async function provisionLists(sp: SPFI, lists: readonly IListDefinition[] = TRYGG_LISTS): Promise<IProvisioningStep[]> {
  const steps: IProvisioningStep[] = [];
  const listIds: Record<string, string> = {};
  for (const definition of lists) {
    const ensured = await sp.web.lists.ensure(definition.title, definition.description, definition.template, false, {
      EnableVersioning: !!definition.enableVersioning,
      ReadSecurity: definition.readSecurity || 1,
      WriteSecurity: definition.writeSecurity || 1
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
