/**
 * List fields over REST, as PnPjs v4 creates and changes them: fields.add (verbose, FieldTypeKind),
 * AddField (lookups), createfieldasxml, getByInternalNameOrTitle(…).update (Indexed, EnforceUniqueValues …).
 * A field becomes a column of the list's table, with an index or a unique index as declared.
 */
import { SpError, sp } from '../errors';
import { isVerbose, jsonBody } from '../http/body';
import { EmuResponse, emptyResponse } from '../http/types';
import { collectionResponse, Entity, entityResponse, selectProps } from '../odata/format';
import { parseSelect } from '../odata/query';
import { FieldPatch } from '../storage/catalog';
import { FieldModel, ListModel, RESERVED_NAMES, columnOf } from '../storage/listTables';
import type { FieldType, IFieldDefinition } from '../../../src/schema';
import { SpContext } from './context';
import { parseXmlElement } from './fieldXml';
import { assertListPermission } from './itemSecurity';
import { queryEntities } from './lists';
import { isUniqueViolation } from './values';

const KIND_BY_TYPE: Record<FieldType, number> = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Choice: 6, Lookup: 7, Boolean: 8, Number: 9, MultiChoice: 15, User: 20
};
const TYPE_BY_KIND = new Map<number, FieldType>(Object.entries(KIND_BY_TYPE).map(([t, k]) => [k, t as FieldType]));
const CLASS_BY_TYPE: Record<FieldType, string> = {
  Integer: 'SP.FieldNumber', Text: 'SP.FieldText', Note: 'SP.FieldMultiLineText', DateTime: 'SP.FieldDateTime', Choice: 'SP.FieldChoice',
  Lookup: 'SP.FieldLookup', Boolean: 'SP.Field', Number: 'SP.FieldNumber', MultiChoice: 'SP.FieldMultiChoice', User: 'SP.FieldUser'
};

/** Built-in fields every list shows in /fields (read-only here, except Title's display name and Required). */
const BUILT_IN: readonly { id: string; name: string; title: string; type: string; kind: number; cls: string }[] = [
  { id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', name: 'ID', title: 'ID', type: 'Counter', kind: 5, cls: 'SP.Field' },
  { id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', name: 'Title', title: 'Title', type: 'Text', kind: 2, cls: 'SP.FieldText' },
  { id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', name: 'Modified', title: 'Modified', type: 'DateTime', kind: 4, cls: 'SP.FieldDateTime' },
  { id: '8c06beca-0777-48f7-91c7-6da68bc07b69', name: 'Created', title: 'Created', type: 'DateTime', kind: 4, cls: 'SP.FieldDateTime' },
  { id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', name: 'Author', title: 'Created By', type: 'User', kind: 20, cls: 'SP.FieldUser' },
  { id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', name: 'Editor', title: 'Modified By', type: 'User', kind: 20, cls: 'SP.FieldUser' }
];
const TITLE_FIELD_ID = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

function fieldEntity(ctx: SpContext, list: ListModel, f: FieldModel): Entity {
  const base = `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`;
  const props: Record<string, unknown> = {
    CanBeDeleted: true,
    DefaultValue: null,
    Description: f.description ?? '',
    EnforceUniqueValues: !!f.unique,
    EntityPropertyName: f.name,
    FieldTypeKind: KIND_BY_TYPE[f.type],
    Group: 'Custom Columns',
    Hidden: false,
    Id: f.id,
    Indexed: !!f.indexed,
    InternalName: f.name,
    ReadOnlyField: false,
    Required: !!f.required,
    SchemaXml: `<Field Type="${f.type}" DisplayName="${f.title}" Name="${f.name}" StaticName="${f.name}" ID="{${f.id}}" />`,
    StaticName: f.name,
    Title: f.title,
    TypeAsString: f.type,
    TypeDisplayName: f.type
  };
  if (f.type === 'Text') props.MaxLength = f.maxLength ?? 255;
  if (f.type === 'Choice' || f.type === 'MultiChoice') {
    props.Choices = [...(f.choices ?? [])];
    props.FillInChoice = false;
  }
  if (f.type === 'Number' || f.type === 'Integer') {
    props.MinimumValue = f.min ?? -1.7976931348623157e308;
    props.MaximumValue = f.max ?? 1.7976931348623157e308;
  }
  if (f.type === 'Note') props.RichText = !!f.richText;
  if (f.type === 'DateTime') props.DisplayFormat = 1;
  if (f.type === 'Lookup' || f.type === 'User') {
    props.AllowMultipleValues = false;
    props.LookupField = 'Title';
    props.LookupList = f.type === 'Lookup' ? `{${f.lookupListId}}` : '{00000000-0000-0000-0000-000000000000}';
  }
  if (f.type === 'User') props.SelectionMode = 0;
  return new Entity({ type: CLASS_BY_TYPE[f.type], id: `${ctx.siteUrl}/_api/${base}`, editLink: base }, props);
}

function builtInEntity(ctx: SpContext, list: ListModel, b: (typeof BUILT_IN)[number]): Entity {
  const base = `Web/Lists(guid'${list.id}')/Fields(guid'${b.id}')`;
  const isTitle = b.id === TITLE_FIELD_ID;
  return new Entity(
    { type: b.cls, id: `${ctx.siteUrl}/_api/${base}`, editLink: base },
    {
      CanBeDeleted: false,
      Description: '',
      EnforceUniqueValues: false,
      EntityPropertyName: b.name,
      FieldTypeKind: b.kind,
      Group: 'Custom Columns',
      Hidden: false,
      Id: b.id,
      Indexed: b.name === 'ID',
      InternalName: b.name,
      ReadOnlyField: !isTitle,
      Required: isTitle ? list.titleField.required : false,
      StaticName: b.name,
      Title: isTitle ? list.titleField.title : b.title,
      TypeAsString: b.type
    }
  );
}

function allFieldEntities(ctx: SpContext, list: ListModel): Entity[] {
  return [...BUILT_IN.map((b) => builtInEntity(ctx, list, b)), ...list.fields.map((f) => fieldEntity(ctx, list, f))];
}

export function getFields(ctx: SpContext, list: ListModel): EmuResponse {
  const entities = queryEntities(ctx, allFieldEntities(ctx, list), 'SP.Field');
  return collectionResponse(ctx.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Fields`);
}

export type FieldRef = { kind: 'custom'; field: FieldModel } | { kind: 'builtin'; id: string };

export function findField(list: ListModel, by: 'id' | 'title' | 'nameOrTitle', key: string): FieldRef {
  const k = key.toLowerCase().replace(/[{}]/g, '');
  const builtin = BUILT_IN.find((b) =>
    by === 'id' ? b.id === k : by === 'title' ? (b.id === TITLE_FIELD_ID ? list.titleField.title : b.title).toLowerCase() === k : b.name.toLowerCase() === k || b.title.toLowerCase() === k
  );
  const custom = list.fields.find((f) =>
    by === 'id' ? f.id === k : by === 'title' ? f.title.toLowerCase() === k : f.name.toLowerCase() === k || f.title.toLowerCase() === k
  );
  // Internal names win over titles, as in SharePoint.
  if (by === 'nameOrTitle') {
    const byName = list.fields.find((f) => f.name.toLowerCase() === k);
    if (byName) return { kind: 'custom', field: byName };
  }
  if (custom) return { kind: 'custom', field: custom };
  if (builtin) return { kind: 'builtin', id: builtin.id };
  throw new SpError(404, '-2147024809, System.ArgumentException', `Column '${key}' does not exist. It may have been deleted by another user.`);
}

export function getField(ctx: SpContext, list: ListModel, ref: FieldRef): EmuResponse {
  const entity = ref.kind === 'custom' ? fieldEntity(ctx, list, ref.field) : builtInEntity(ctx, list, BUILT_IN.find((b) => b.id === ref.id)!);
  const select = parseSelect(ctx.query.get('$select'))?.map((p) => p.join('/'));
  return entityResponse(ctx.mode, selectProps(entity, select, 'SP.Field'), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Fields/@Element`);
}

/** SharePoint derives the internal name from the title at creation: spaces and the like become _xHHHH_. */
function internalNameFor(list: ListModel, title: string): string {
  let name = '';
  for (const ch of title) name += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  name = name.slice(0, 32);
  if (!/^[A-Za-z_]/.test(name)) name = `_${name}`.slice(0, 32);
  let candidate = name;
  for (let n = 0; RESERVED_NAMES.has(candidate.toLowerCase()) || list.fields.some((f) => f.name.toLowerCase() === candidate.toLowerCase() || columnOf(f).toLowerCase() === candidate.toLowerCase()); n++) {
    candidate = `${name}${n}`;
  }
  return candidate;
}

const ADD_PROPS = new Set([
  '__metadata', 'Title', 'FieldTypeKind', 'Description', 'Required', 'Indexed', 'EnforceUniqueValues', 'MaxLength', 'MinimumValue', 'MaximumValue',
  'Choices', 'FillInChoice', 'EditFormat', 'SelectionMode', 'SelectionGroup', 'AllowMultipleValues', 'DisplayFormat', 'DateTimeCalendarType',
  'FriendlyDisplayFormat', 'RichText', 'NumberOfLines', 'AllowHyperlink', 'AppendOnly', 'RestrictedMode', 'UnlimitedLengthInDocumentLibrary',
  'LookupListId', 'LookupFieldName', 'LookupWebId', 'StaticName', 'Group', 'Hidden', 'DefaultValue', 'CurrencyLocaleId', 'ShowAsPercentage',
  'Decimals', 'IsRelationship', 'RelationshipDeleteBehavior', 'ValidationFormula', 'ValidationMessage'
]);

function boolProp(body: Record<string, unknown>, key: string): boolean | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw sp.conversion('Edm.Boolean');
  return v;
}

function numberProp(body: Record<string, unknown>, key: string): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw sp.conversion('Edm.Double');
  return v;
}

function choicesProp(body: Record<string, unknown>): string[] | undefined {
  const v = body.Choices;
  if (v === undefined || v === null) return undefined;
  const arr = Array.isArray(v) ? v : typeof v === 'object' && Array.isArray((v as { results?: unknown }).results) ? (v as { results: unknown[] }).results : undefined;
  if (!arr || !arr.every((c) => typeof c === 'string')) throw sp.conversion('Collection(Edm.String)');
  return arr as string[];
}

function assertUniqueNeedsIndex(indexed: boolean | undefined, unique: boolean | undefined): void {
  if (unique && !indexed) {
    throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The field must be indexed to enforce unique values. Set Indexed to true first.');
  }
}

function createField(ctx: SpContext, list: ListModel, def: Omit<IFieldDefinition, 'name'> & { name?: string }, lookupListId?: string): FieldModel {
  assertListPermission(ctx.state.perms, ctx.user, list, 'ManageLists');
  assertUniqueNeedsIndex(def.indexed, def.unique);
  if (def.type === 'Lookup' && (!lookupListId || !ctx.state.catalog.byId(lookupListId))) {
    throw new SpError(400, '-2147024809, System.ArgumentException', 'The lookup list was not found: LookupListId must be the id of a list of this site.');
  }
  const name = def.name && !list.fields.some((f) => f.name.toLowerCase() === def.name!.toLowerCase()) && !RESERVED_NAMES.has(def.name.toLowerCase()) ? def.name : internalNameFor(list, def.name ?? def.title);
  try {
    return ctx.state.catalog.addField(list.id, { ...def, name }, lookupListId);
  } catch (e) {
    if (e instanceof SpError) throw e;
    throw sp.badRequest(e instanceof Error ? e.message : String(e));
  }
}

function typeFromKind(kind: unknown): FieldType {
  const t = typeof kind === 'number' ? TYPE_BY_KIND.get(kind) : undefined;
  if (!t) throw sp.notSupported(`The field type (FieldTypeKind ${String(kind)}) is not supported by the emulator.`);
  return t;
}

function fieldCreated(ctx: SpContext, list: ListModel, field: FieldModel): EmuResponse {
  return entityResponse(ctx.mode, fieldEntity(ctx, list, field), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Fields/@Element`, 201);
}

/** POST …/fields: PnPjs's fields.add / addText / addNumber / addChoice / addDateTime / addUser / addBoolean / addMultilineText. */
export function addField(ctx: SpContext, list: ListModel): EmuResponse {
  const body = jsonBody(ctx.req);
  for (const key of Object.keys(body)) {
    if (!ADD_PROPS.has(key) || (key === '__metadata' && !isVerbose(ctx.req))) throw sp.propertyNotOnType(key, 'SP.Field');
  }
  if (typeof body.Title !== 'string' || body.Title.trim() === '') throw sp.badRequest('The field title is required.');
  const type = typeFromKind(body.FieldTypeKind);
  if (type === 'Lookup') throw sp.notSupported('Create lookup fields with AddField (PnPjs fields.addLookup).');
  if (type === 'User' && boolProp(body, 'AllowMultipleValues')) throw sp.notSupported('Multi-value person fields are not supported by the emulator.');
  const field = createField(ctx, list, {
    title: body.Title,
    type: type === 'Number' && body.Decimals === 0 ? 'Number' : type,
    required: boolProp(body, 'Required'),
    indexed: boolProp(body, 'Indexed'),
    unique: boolProp(body, 'EnforceUniqueValues'),
    maxLength: type === 'Text' ? numberProp(body, 'MaxLength') : undefined,
    min: numberProp(body, 'MinimumValue'),
    max: numberProp(body, 'MaximumValue'),
    choices: choicesProp(body),
    richText: boolProp(body, 'RichText'),
    description: typeof body.Description === 'string' ? body.Description : undefined
  });
  return fieldCreated(ctx, list, field);
}

/** POST …/fields/AddField: `{ parameters: { Title, FieldTypeKind, LookupListId, LookupFieldName, … } }`. */
export function addFieldWithParameters(ctx: SpContext, list: ListModel): EmuResponse {
  const body = jsonBody(ctx.req);
  const p = body.parameters;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) throw sp.badRequest("The body must be { parameters: { … } }.");
  const params = p as Record<string, unknown>;
  for (const key of Object.keys(params)) if (!ADD_PROPS.has(key)) throw sp.propertyNotOnType(key, 'SP.FieldCreationInformation');
  if (typeof params.Title !== 'string' || params.Title.trim() === '') throw sp.badRequest('The field title is required.');
  const type = typeFromKind(params.FieldTypeKind);
  if (params.LookupFieldName !== undefined && params.LookupFieldName !== 'Title') throw sp.notSupported('Lookups show the target Title only in the emulator.');
  const field = createField(
    ctx,
    list,
    { title: params.Title, type, required: boolProp(params, 'Required'), indexed: boolProp(params, 'Indexed'), unique: boolProp(params, 'EnforceUniqueValues'), choices: choicesProp(params) },
    typeof params.LookupListId === 'string' ? params.LookupListId.toLowerCase().replace(/[{}]/g, '') : undefined
  );
  return fieldCreated(ctx, list, field);
}

const XML_TYPES: Record<string, FieldType> = {
  Text: 'Text', Note: 'Note', Number: 'Number', Integer: 'Integer', Boolean: 'Boolean', DateTime: 'DateTime', Choice: 'Choice', MultiChoice: 'MultiChoice', User: 'User', Lookup: 'Lookup'
};

/** POST …/fields/createfieldasxml: `{ parameters: { SchemaXml, Options } }`. */
export function addFieldAsXml(ctx: SpContext, list: ListModel): EmuResponse {
  const body = jsonBody(ctx.req);
  const p = body.parameters as Record<string, unknown> | undefined;
  if (typeof p !== 'object' || p === null || typeof p.SchemaXml !== 'string') throw sp.badRequest('The body must be { parameters: { SchemaXml: "<Field … />" } }.');
  const el = parseXmlElement(p.SchemaXml);
  if (el.name !== 'Field') throw sp.badRequest('The SchemaXml must be a <Field> element.');
  const a = (k: string): string | undefined => el.attrs.get(k);
  const flag = (k: string): boolean | undefined => (a(k) === undefined ? undefined : a(k)!.toUpperCase() === 'TRUE');
  const type = XML_TYPES[a('Type') ?? ''];
  if (!type) throw sp.notSupported(`The field type '${a('Type') ?? ''}' is not supported by the emulator.`);
  if (flag('Mult')) throw sp.notSupported('Multi-value fields are not supported by the emulator.');
  const options = typeof p.Options === 'number' ? p.Options : 0;
  // Without AddFieldInternalNameHint (8) SharePoint names the field after its display name.
  const title = a('DisplayName') ?? a('Name') ?? '';
  const name = options & 8 ? a('Name') ?? a('StaticName') : undefined;
  const num = (k: string): number | undefined => {
    const v = a(k);
    if (v === undefined) return undefined;
    if (!/^-?\d+(\.\d+)?$/.test(v)) throw sp.badRequest(`The attribute ${k} must be a number.`);
    return Number(v);
  };
  const choices = el.children.find((c) => c.name === 'CHOICES')?.children.filter((c) => c.name === 'CHOICE').map((c) => c.text);
  let lookupListId: string | undefined;
  if (type === 'Lookup') {
    const target = a('List') ?? '';
    const byGuid = ctx.state.catalog.byId(target);
    const byTitle = ctx.state.catalog.byTitle(target.replace(/^Lists\//i, ''));
    lookupListId = (byGuid ?? byTitle)?.id;
    if (a('ShowField') !== undefined && a('ShowField') !== 'Title') throw sp.notSupported('Lookups show the target Title only in the emulator.');
  }
  if (!title) throw sp.badRequest('The field needs a DisplayName or a Name.');
  const field = createField(
    ctx,
    list,
    {
      name,
      title,
      type,
      required: flag('Required'),
      indexed: flag('Indexed'),
      unique: flag('EnforceUniqueValues'),
      maxLength: type === 'Text' ? num('MaxLength') : undefined,
      min: num('Min'),
      max: num('Max'),
      choices,
      richText: flag('RichText'),
      description: a('Description')
    },
    lookupListId
  );
  return fieldCreated(ctx, list, field);
}

const UPDATE_PROPS = new Set(['__metadata', 'Title', 'Description', 'Required', 'Indexed', 'EnforceUniqueValues', 'MaxLength', 'MinimumValue', 'MaximumValue', 'Choices', 'Hidden', 'Group', 'DefaultValue', 'RichText']);

export function updateField(ctx: SpContext, list: ListModel, ref: FieldRef): EmuResponse {
  assertListPermission(ctx.state.perms, ctx.user, list, 'ManageLists');
  const body = jsonBody(ctx.req);
  for (const key of Object.keys(body)) {
    if (!UPDATE_PROPS.has(key) || (key === '__metadata' && !isVerbose(ctx.req))) throw sp.propertyNotOnType(key, 'SP.Field');
  }
  if (ref.kind === 'builtin') {
    if (ref.id !== TITLE_FIELD_ID) throw sp.accessDenied();
    const title = typeof body.Title === 'string' ? body.Title : list.titleField.title;
    const required = boolProp(body, 'Required') ?? list.titleField.required;
    if (body.Indexed === true || body.EnforceUniqueValues === true) throw sp.notSupported('Indexing the Title field is not supported by the emulator.');
    ctx.state.catalog.updateList(list.id, { titleField: { title, required } });
    return emptyResponse(204);
  }
  const f = ref.field;
  const patch: FieldPatch = {
    title: typeof body.Title === 'string' ? body.Title : undefined,
    description: typeof body.Description === 'string' ? body.Description : undefined,
    required: boolProp(body, 'Required'),
    indexed: boolProp(body, 'Indexed'),
    unique: boolProp(body, 'EnforceUniqueValues'),
    maxLength: numberProp(body, 'MaxLength'),
    min: numberProp(body, 'MinimumValue'),
    max: numberProp(body, 'MaximumValue'),
    choices: choicesProp(body),
    richText: boolProp(body, 'RichText')
  };
  const indexed = patch.indexed ?? f.indexed;
  const unique = patch.unique ?? f.unique;
  assertUniqueNeedsIndex(indexed, unique);
  if (patch.maxLength !== undefined && (f.type !== 'Text' || patch.maxLength < 1 || patch.maxLength > 255)) throw sp.badRequest('MaxLength must be between 1 and 255 for a Text field.');
  try {
    ctx.state.catalog.updateField(list.id, f.id, patch);
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException', 'This field contains duplicate values. Remove all duplicate values and try the operation again.');
    }
    throw e;
  }
  return emptyResponse(204);
}

export function deleteField(ctx: SpContext, list: ListModel, ref: FieldRef): EmuResponse {
  assertListPermission(ctx.state.perms, ctx.user, list, 'ManageLists');
  if (ref.kind === 'builtin') throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete a built-in field.');
  ctx.state.catalog.deleteField(list.id, ref.field.id);
  return emptyResponse(200);
}
