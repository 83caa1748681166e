import { escapeXml } from '../../common/xml';
import { IFieldDefinition } from '../../schema/types';

const BOOL = (value: boolean | undefined): string => (value ? 'TRUE' : 'FALSE');

/**
 * CAML for one field, so that the internal name stays ASCII while the display name is Swedish
 * (fields.addText would derive the internal name from the display name). Without `lookupListIds` a
 * lookup names no list: a site script gives its target by name beside the XML.
 */
export function fieldSchemaXml(field: IFieldDefinition, lookupListIds?: Readonly<Record<string, string>>): string {
  const common =
    `Name="${escapeXml(field.name)}" StaticName="${escapeXml(field.name)}" DisplayName="${escapeXml(field.title)}" ` +
    `Required="${BOOL(field.required)}" Indexed="${BOOL(field.indexed || field.unique)}" EnforceUniqueValues="${BOOL(field.unique)}"`;
  const description = field.description ? ` Description="${escapeXml(field.description)}"` : '';
  switch (field.type) {
    case 'Text':
      return `<Field Type="Text" ${common}${description} MaxLength="${field.maxLength || 255}" />`;
    case 'Note':
      return `<Field Type="Note" ${common}${description} NumLines="6" RichText="${BOOL(field.richText)}" />`;
    case 'Number':
    case 'Integer': {
      const bounds = `${field.min !== undefined ? ` Min="${field.min}"` : ''}${field.max !== undefined ? ` Max="${field.max}"` : ''}`;
      const decimals = field.type === 'Integer' ? ' Decimals="0"' : '';
      return `<Field Type="Number" ${common}${description}${bounds}${decimals} />`;
    }
    case 'Boolean':
      return `<Field Type="Boolean" ${common}${description}><Default>0</Default></Field>`;
    case 'DateTime':
      return `<Field Type="DateTime" ${common}${description} Format="DateTime" />`;
    case 'Choice':
    case 'MultiChoice': {
      const choices = (field.choices || []).map((choice) => `<CHOICE>${escapeXml(choice)}</CHOICE>`).join('');
      return `<Field Type="${field.type}" ${common}${description} FillInChoice="FALSE"><CHOICES>${choices}</CHOICES></Field>`;
    }
    case 'User':
      return `<Field Type="User" ${common}${description} UserSelectionMode="PeopleOnly" UserSelectionScope="0" ShowField="ImnName" />`;
    case 'Lookup': {
      if (!lookupListIds) return `<Field Type="Lookup" ${common}${description} ShowField="Title" />`;
      const listId = field.lookupList ? lookupListIds[field.lookupList] : undefined;
      if (!listId) throw new Error(`Provision ${field.lookupList} before the lookup ${field.name} that points to it.`);
      return `<Field Type="Lookup" ${common}${description} List="{${escapeXml(listId)}}" ShowField="Title" />`;
    }
    default:
      throw new Error(`Unsupported field type for ${field.name}`);
  }
}
