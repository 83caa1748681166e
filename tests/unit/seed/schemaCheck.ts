import { IFieldDefinition, IListDefinition, listByTitle, TRYGG_SCHEMA } from '../../../src/schema';
import { ISeedData, ISeedItem, SeedValue } from '../../../tools/emulator/seed/types';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const DEFAULT_TEXT_MAX = 255;

function isIso(value: unknown): boolean {
  return typeof value === 'string' && ISO_INSTANT.test(value) && !isNaN(Date.parse(value));
}

/** What a value of one field must look like, from its declaration alone. */
function checkValue(field: IFieldDefinition, value: SeedValue, ctx: ICheckContext): string | undefined {
  switch (field.type) {
    case 'Text': {
      if (typeof value !== 'string') return 'is not a string';
      const max = field.maxLength ?? DEFAULT_TEXT_MAX;
      return value.length > max ? `is ${value.length} characters, max ${max}` : undefined;
    }
    case 'Note':
      return typeof value === 'string' ? undefined : 'is not a string';
    case 'Number':
    case 'Integer':
      if (typeof value !== 'number' || !isFinite(value)) return 'is not a number';
      if (field.type === 'Integer' && !Number.isInteger(value)) return 'is not an integer';
      if (field.min !== undefined && value < field.min) return `is below ${field.min}`;
      if (field.max !== undefined && value > field.max) return `is above ${field.max}`;
      return undefined;
    case 'Boolean':
      return typeof value === 'boolean' ? undefined : 'is not a boolean';
    case 'DateTime':
      return isIso(value) ? undefined : 'is not an ISO 8601 UTC instant';
    case 'Choice':
      return typeof value === 'string' && (field.choices || []).indexOf(value) >= 0 ? undefined : `'${String(value)}' is not a declared choice`;
    case 'MultiChoice':
      return (Array.isArray(value) ? (value as readonly string[]) : typeof value === 'string' ? value.split(';#') : [undefined]).every((v) => (field.choices || []).indexOf(v as string) >= 0)
        ? undefined
        : `'${String(value)}' has undeclared choices`;
    case 'User':
      return typeof value === 'string' && ctx.personKeys.has(value) ? undefined : `'${String(value)}' is not a seeded person`;
    case 'Lookup': {
      const target = field.lookupList ? listByTitle(field.lookupList) : undefined;
      if (!target) return `targets unknown list ${field.lookupList}`;
      const ids = ctx.idsByList.get(target.key);
      if (!ids) return `targets list ${target.key} that has no seed items`;
      return typeof value === 'number' && ids.has(value) ? undefined : `${String(value)} is not an Id in ${target.key}`;
    }
    default:
      return `has unhandled type ${String(field.type)}`;
  }
}

interface ICheckContext {
  readonly personKeys: ReadonlySet<string>;
  readonly idsByList: ReadonlyMap<string, ReadonlySet<number>>;
}

function checkItem(list: IListDefinition, item: ISeedItem, ctx: ICheckContext, uniques: Map<string, Set<unknown>>, errors: string[]): void {
  const where = `${list.key} #${item.Id}`;
  const declared = new Set(['Title', ...list.fields.map((f) => f.name)]);
  for (const name of Object.keys(item.values)) {
    if (!declared.has(name)) errors.push(`${where}: undeclared field ${name}`);
  }
  if (item.Author !== undefined && !ctx.personKeys.has(item.Author)) errors.push(`${where}: Author ${item.Author} is not a seeded person`);
  for (const stamp of [item.Created, item.Modified]) {
    if (stamp !== undefined && !isIso(stamp)) errors.push(`${where}: Created/Modified ${stamp} is not ISO`);
  }
  if (item.Created && item.Modified && item.Modified < item.Created) errors.push(`${where}: Modified before Created`);

  const title = item.values.Title;
  if (list.titleField?.required && (typeof title !== 'string' || title.trim() === '')) errors.push(`${where}: Title is required`);
  if (title !== undefined && (typeof title !== 'string' || title.length > DEFAULT_TEXT_MAX)) errors.push(`${where}: Title is not a text of ≤ 255`);

  for (const field of list.fields) {
    const value = item.values[field.name];
    if (value === undefined || value === '') {
      if (field.required) errors.push(`${where}: ${field.name} is required`);
      continue;
    }
    const problem = checkValue(field, value, ctx);
    if (problem) errors.push(`${where}: ${field.name} ${problem}`);
    if (field.unique) {
      const seen = uniques.get(field.name) || new Set<unknown>();
      if (seen.has(value)) errors.push(`${where}: ${field.name} '${String(value)}' is not unique`);
      seen.add(value);
      uniques.set(field.name, seen);
    }
  }
}

/** Every problem with the seed's items against the schema declaration; empty when valid. */
export function schemaErrors(data: ISeedData, lists: readonly IListDefinition[] = TRYGG_SCHEMA.lists): string[] {
  const errors: string[] = [];
  const idsByList = new Map<string, Set<number>>();
  for (const [key, items] of Object.entries(data.items)) {
    const ids = new Set<number>();
    for (const item of items) {
      if (!Number.isInteger(item.Id) || item.Id < 1) errors.push(`${key}: bad Id ${item.Id}`);
      if (ids.has(item.Id)) errors.push(`${key}: duplicate Id ${item.Id}`);
      ids.add(item.Id);
    }
    idsByList.set(key, ids);
  }
  const ctx: ICheckContext = { personKeys: new Set(data.people.map((p) => p.key)), idsByList };
  for (const [key, items] of Object.entries(data.items)) {
    const list = lists.filter((l) => l.key === key)[0];
    if (!list) {
      errors.push(`items for unknown list ${key}`);
      continue;
    }
    const uniques = new Map<string, Set<unknown>>();
    for (const item of items) checkItem(list, item, ctx, uniques, errors);
  }
  return errors;
}
