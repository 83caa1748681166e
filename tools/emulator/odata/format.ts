/**
 * JSON in the three shapes SharePoint answers with, chosen by the Accept header:
 * `application/json` / `odata=minimalmetadata` (odata.type, odata.id, odata.etag, odata.editLink, values in
 * `value`, `odata.nextLink`), `odata=nometadata`, and `odata=verbose` (`{"d":{…}}` with `__metadata`).
 */
import { SpError, sp } from '../errors';
import { EmuResponse } from '../http/types';

export type MetadataMode = 'minimal' | 'none' | 'verbose';

export interface EntityMeta {
  readonly type: string;
  /** Absolute URI of the entity. */
  readonly id: string;
  /** Relative to /_api, e.g. Web/Lists(guid'…')/Items(3); absent for expanded (nested) entities. */
  readonly editLink?: string;
  readonly etag?: string;
}

/** An entity with its metadata; property values may be nested entities (expanded lookups). */
export class Entity {
  constructor(
    readonly meta: EntityMeta | undefined,
    readonly props: Record<string, unknown>
  ) {}
}

export function metadataMode(accept: string | undefined): MetadataMode {
  if (!accept) return 'minimal';
  const a = accept.toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'none';
  if (a.includes('application/json') || a.includes('*/*') || a.includes('application/*')) return 'minimal';
  // SharePoint would answer Atom XML here; the emulator speaks JSON only and says so.
  throw new SpError(406, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `The emulator answers JSON only; Accept '${accept}' is not supported.`);
}

const CONTENT_TYPE: Record<MetadataMode, string> = {
  minimal: 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
  none: 'application/json;odata=nometadata;streaming=true;charset=utf-8',
  verbose: 'application/json;odata=verbose;charset=utf-8'
};

function render(value: unknown, mode: MetadataMode, root: boolean): unknown {
  if (value instanceof Entity) {
    const out: Record<string, unknown> = {};
    if (value.meta && mode === 'minimal') {
      out['odata.type'] = value.meta.type;
      out['odata.id'] = value.meta.id;
      if (value.meta.etag !== undefined) out['odata.etag'] = value.meta.etag;
      if (value.meta.editLink !== undefined) out['odata.editLink'] = value.meta.editLink;
    } else if (value.meta && mode === 'verbose') {
      out.__metadata = {
        id: value.meta.id,
        uri: value.meta.id,
        ...(value.meta.etag !== undefined ? { etag: value.meta.etag } : {}),
        type: value.meta.type
      };
    }
    for (const [k, v] of Object.entries(value.props)) out[k] = render(v, mode, false);
    return out;
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => render(v, mode, false));
    return mode === 'verbose' && !root ? { results: items } : items;
  }
  return value;
}

export function entityResponse(
  mode: MetadataMode,
  entity: Entity,
  metadataUrl: string,
  status = 200,
  headers: Record<string, string> = {}
): EmuResponse {
  const rendered = render(entity, mode, true) as Record<string, unknown>;
  const body = mode === 'verbose' ? { d: rendered } : mode === 'minimal' ? { 'odata.metadata': metadataUrl, ...rendered } : rendered;
  return { status, headers: { 'Content-Type': CONTENT_TYPE[mode], ...headers }, body: JSON.stringify(body) };
}

export function collectionResponse(mode: MetadataMode, entities: readonly Entity[], metadataUrl: string, nextLink?: string): EmuResponse {
  const value = entities.map((e) => render(e, mode, false));
  let body: unknown;
  if (mode === 'verbose') body = { d: { results: value, ...(nextLink ? { __next: nextLink } : {}) } };
  else if (mode === 'minimal') body = { 'odata.metadata': metadataUrl, value, ...(nextLink ? { 'odata.nextLink': nextLink } : {}) };
  else body = { value, ...(nextLink ? { 'odata.nextLink': nextLink } : {}) };
  return { status: 200, headers: { 'Content-Type': CONTENT_TYPE[mode] }, body: JSON.stringify(body) };
}

/** A primitive result such as a method's return value: `{"value": …}` or verbose `{"d":{"Name": …}}`. */
export function valueResponse(mode: MetadataMode, name: string, value: unknown, metadataUrl: string): EmuResponse {
  const body = mode === 'verbose' ? { d: { [name]: value } } : mode === 'minimal' ? { 'odata.metadata': metadataUrl, value } : { value };
  return { status: 200, headers: { 'Content-Type': CONTENT_TYPE[mode] }, body: JSON.stringify(body) };
}

/** $select on entities that are not list items: only known properties may be selected. */
export function selectProps(entity: Entity, select: readonly string[] | undefined, typeName: string): Entity {
  if (!select || select.length === 0 || select.includes('*')) return entity;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(entity.props);
  for (const s of select) {
    const key = keys.find((k) => k.toLowerCase() === s.toLowerCase());
    if (!key) {
      if (s.includes('/')) throw sp.notSupported(`The query to field '${s}' is not valid: $expand is not supported on '${typeName}'.`);
      throw sp.propertyNotOnType(s, typeName);
    }
    out[key] = entity.props[key];
  }
  return new Entity(entity.meta, out);
}
