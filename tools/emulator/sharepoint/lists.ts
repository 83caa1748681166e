/** Lists over REST: the collection, add (lists.add / lists.ensure), a list's properties, update, delete. */
import { SpError, sp } from '../errors';
import { isVerbose, jsonBody } from '../http/body';
import { EmuResponse, emptyResponse } from '../http/types';
import { collectionResponse, Entity, entityResponse, selectProps } from '../odata/format';
import { FilterNode, FilterSyntaxError, parseFilter } from '../odata/filterParser';
import { UnsupportedFilterError, evaluateFilter } from '../odata/evaluate';
import { assertKnownOptions, parseOrderBy, parseSelect, parseTop } from '../odata/query';
import { ListModel, itemEntityType } from '../storage/listTables';
import type { ListTemplate } from '../../../src/schema';
import { SpContext } from './context';
import { itemCount } from './itemQuery';
import { assertListPermission, assertWebPermission } from './itemSecurity';
import { isoDate } from './itemJson';

export function listEntity(ctx: SpContext, list: ListModel): Entity {
  return new Entity(
    { type: 'SP.List', id: `${ctx.siteUrl}/_api/Web/Lists(guid'${list.id}')`, editLink: `Web/Lists(guid'${list.id}')`, etag: '"1"' },
    {
      AllowContentTypes: true,
      BaseTemplate: list.template,
      BaseType: list.template === 101 ? 1 : 0,
      ContentTypesEnabled: false,
      Created: isoDate(list.created),
      Description: list.description,
      DocumentTemplateUrl: null,
      DraftVersionVisibility: list.draftVersionVisibility,
      EnableAttachments: list.template !== 101,
      EnableFolderCreation: list.template === 101,
      EnableMinorVersions: false,
      EnableModeration: list.enableModeration,
      EnableVersioning: list.enableVersioning,
      EntityTypeName: list.entityTypeName,
      ForceCheckout: false,
      HasExternalDataSource: false,
      HasUniqueRoleAssignments: list.hasUniquePerms,
      Hidden: false,
      Id: list.id,
      ItemCount: itemCount(ctx, list),
      LastItemDeletedDate: isoDate(list.created),
      LastItemModifiedDate: isoDate(list.created),
      ListItemEntityTypeFullName: itemEntityType(list),
      MajorVersionLimit: list.enableVersioning ? 500 : 0,
      NoCrawl: false,
      ParentWebUrl: ctx.state.sitePath,
      ReadSecurity: list.readSecurity,
      WriteSecurity: list.writeSecurity,
      ServerTemplateCanCreateFolders: true,
      TemplateFeatureId: list.template === 101 ? '00bfea71-e717-4e80-aa17-d0c71b360101' : '00bfea71-de22-43b2-a848-c05709900100',
      Title: list.title,
      RootFolder: { ServerRelativeUrl: list.url }
    }
  );
}

/** Applies $filter/$orderby/$top/$select to a small in-memory collection of entities. */
export function queryEntities(ctx: SpContext, entities: Entity[], typeName: string): Entity[] {
  assertKnownOptions(ctx.query, ['$select', '$filter', '$orderby', '$top', '$expand']);
  if (ctx.query.get('$expand')) throw sp.notSupported(`$expand is not supported on ${typeName} collections by the emulator.`);
  let result = entities;
  const filter = ctx.query.get('$filter');
  if (filter !== null) {
    let node: FilterNode;
    try {
      node = parseFilter(filter);
    } catch (e) {
      if (e instanceof FilterSyntaxError) throw sp.invalidQuery(e.message);
      throw e;
    }
    try {
      result = result.filter((e) =>
        evaluateFilter(node, (path) => {
          if (path.length !== 1) return { found: false, value: undefined };
          const key = Object.keys(e.props).find((k) => k === path[0]);
          return key ? { found: true, value: e.props[key] } : { found: false, value: undefined };
        })
      );
    } catch (e) {
      if (e instanceof UnsupportedFilterError) throw sp.invalidQuery(e.message);
      throw e;
    }
  }
  for (const key of parseOrderBy(ctx.query.get('$orderby')).reverse()) {
    const name = key.path.join('/');
    if (result.length > 0 && !(name in result[0].props)) throw sp.propertyNotOnType(name, typeName);
    result = [...result].sort((a, b) => {
      const x = a.props[name] as string | number;
      const y = b.props[name] as string | number;
      const c = x < y ? -1 : x > y ? 1 : 0;
      return key.desc ? -c : c;
    });
  }
  result = result.slice(0, parseTop(ctx.query.get('$top'), result.length));
  const select = parseSelect(ctx.query.get('$select'))?.map((p) => p.join('/'));
  return result.map((e) => selectProps(e, select, typeName));
}

export function getLists(ctx: SpContext): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'ViewPages');
  const visible = ctx.state.catalog.all().filter((l) => ctx.state.perms.permissions(ctx.user.id, { kind: 'list', list: l }).has('ViewListItems'));
  const entities = queryEntities(ctx, visible.map((l) => listEntity(ctx, l)), 'SP.List');
  return collectionResponse(ctx.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Lists`);
}

export function getList(ctx: SpContext, list: ListModel): EmuResponse {
  assertKnownOptions(ctx.query, ['$select', '$expand']);
  if (ctx.query.get('$expand')) throw sp.notSupported('$expand on a list is not supported by the emulator.');
  const select = parseSelect(ctx.query.get('$select'))?.map((p) => p.join('/'));
  return entityResponse(ctx.mode, selectProps(listEntity(ctx, list), select, 'SP.List'), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Lists/@Element`);
}

function bool(value: unknown, name: string): boolean {
  if (typeof value !== 'boolean') throw new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Cannot convert a primitive value to the expected type 'Edm.Boolean' (${name}).`);
  return value;
}

const LIST_PROPS_ACCEPTED = new Set([
  '__metadata', 'Title', 'Description', 'BaseTemplate', 'AllowContentTypes', 'ContentTypesEnabled', 'EnableVersioning', 'ReadSecurity', 'WriteSecurity',
  'EnableAttachments', 'EnableFolderCreation', 'Hidden', 'NoCrawl', 'OnQuickLaunch', 'EnableMinorVersions', 'MajorVersionLimit', 'ForceCheckout',
  'EnableModeration', 'DraftVersionVisibility', 'DocumentTemplateType', 'TemplateFeatureId'
]);

function readListBody(ctx: SpContext): Record<string, unknown> {
  const body = jsonBody(ctx.req);
  for (const key of Object.keys(body)) {
    if (key === '__metadata' && !isVerbose(ctx.req)) throw sp.propertyNotOnType(key, 'SP.List');
    if (!LIST_PROPS_ACCEPTED.has(key)) throw sp.propertyNotOnType(key, 'SP.List');
  }
  if (body.ReadSecurity !== undefined && body.ReadSecurity !== 1 && body.ReadSecurity !== 2) throw sp.badRequest('ReadSecurity must be 1 (all items) or 2 (items the user created).');
  if (body.WriteSecurity !== undefined && body.WriteSecurity !== 1 && body.WriteSecurity !== 2 && body.WriteSecurity !== 4) {
    throw sp.badRequest('WriteSecurity must be 1 (all items), 2 (items the user created) or 4 (none).');
  }
  if (body.EnableVersioning !== undefined) bool(body.EnableVersioning, 'EnableVersioning');
  if (body.EnableModeration !== undefined) bool(body.EnableModeration, 'EnableModeration');
  if (body.DraftVersionVisibility !== undefined && body.DraftVersionVisibility !== 0 && body.DraftVersionVisibility !== 1 && body.DraftVersionVisibility !== 2) {
    throw sp.badRequest('DraftVersionVisibility must be 0 (any user who can read items), 1 (users who can edit items) or 2 (users who can approve items, and the author).');
  }
  if (body.Title !== undefined && (typeof body.Title !== 'string' || body.Title.trim() === '' || body.Title.length > 255)) throw sp.conversion('Edm.String');
  if (body.Description !== undefined && typeof body.Description !== 'string') throw sp.conversion('Edm.String');
  return body;
}

export function addList(ctx: SpContext): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'ManageLists');
  const body = readListBody(ctx);
  const title = body.Title;
  if (typeof title !== 'string') throw sp.badRequest('The list title is required.');
  const template = body.BaseTemplate ?? 100;
  if (template !== 100 && template !== 101) throw sp.badRequest(`The list template ${String(template)} is not supported by the emulator (100 and 101 are).`);
  if (ctx.state.catalog.byTitle(title)) throw sp.listExists();
  const list = ctx.state.catalog.createList({
    title,
    description: typeof body.Description === 'string' ? body.Description : '',
    template: template as ListTemplate,
    readSecurity: body.ReadSecurity as 1 | 2 | undefined,
    writeSecurity: body.WriteSecurity as 1 | 2 | 4 | undefined,
    enableVersioning: body.EnableVersioning === true,
    enableModeration: body.EnableModeration === true,
    draftVersionVisibility: body.DraftVersionVisibility as 0 | 1 | 2 | undefined
  });
  return entityResponse(ctx.mode, listEntity(ctx, list), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Lists/@Element`, 201);
}

export function updateList(ctx: SpContext, list: ListModel): EmuResponse {
  assertListPermission(ctx.state.perms, ctx.user, list, 'ManageLists');
  const body = readListBody(ctx);
  if (typeof body.Title === 'string' && body.Title.toLowerCase() !== list.title.toLowerCase() && ctx.state.catalog.byTitle(body.Title)) throw sp.listExists();
  if (body.BaseTemplate !== undefined && body.BaseTemplate !== list.template) throw sp.badRequest('The list template cannot be changed.');
  ctx.state.catalog.updateList(list.id, {
    title: typeof body.Title === 'string' ? body.Title : undefined,
    description: typeof body.Description === 'string' ? body.Description : undefined,
    readSecurity: body.ReadSecurity as 1 | 2 | undefined,
    writeSecurity: body.WriteSecurity as 1 | 2 | 4 | undefined,
    enableVersioning: typeof body.EnableVersioning === 'boolean' ? body.EnableVersioning : undefined,
    enableModeration: typeof body.EnableModeration === 'boolean' ? body.EnableModeration : undefined,
    draftVersionVisibility: body.DraftVersionVisibility as 0 | 1 | 2 | undefined
  });
  return emptyResponse(204);
}

export function deleteList(ctx: SpContext, list: ListModel): EmuResponse {
  assertListPermission(ctx.state.perms, ctx.user, list, 'ManageLists');
  ctx.state.catalog.deleteList(list.id);
  return emptyResponse(200);
}
