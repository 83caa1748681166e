/**
 * The query options other than $filter: $select, $expand, $orderby, $top, $skiptoken. Each is parsed to
 * a whitelisted structure; anything that does not fit is a SharePoint-shaped 400.
 */
import { sp } from '../errors';

export interface OrderKey {
  readonly path: readonly string[];
  readonly desc: boolean;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function splitList(text: string, option: string): string[] {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => p === '')) throw sp.invalidQuery(`The query option ${option} is not valid: '${text}'.`);
  return parts;
}

function parsePath(text: string, option: string): string[] {
  const path = text.split('/');
  if (path.length > 2 || !path.every((p) => IDENT.test(p))) {
    throw sp.invalidQuery(`The query option ${option} is not valid: '${text}' is not a property path.`);
  }
  return path;
}

/** `$select=Title,Unit/Title,*` → paths; `*` is kept as ['*']. */
export function parseSelect(text: string | null): string[][] | undefined {
  if (text === null) return undefined;
  if (text.trim() === '') return undefined;
  return splitList(text, '$select').map((p) => (p === '*' ? ['*'] : parsePath(p, '$select')));
}

export function parseExpand(text: string | null): string[] {
  if (text === null || text.trim() === '') return [];
  return splitList(text, '$expand').map((p) => {
    const path = parsePath(p, '$expand');
    if (path.length !== 1) throw sp.notSupported(`The query option $expand is not valid: '${p}' (only one level of expansion is supported).`);
    return path[0];
  });
}

export function parseOrderBy(text: string | null): OrderKey[] {
  if (text === null || text.trim() === '') return [];
  return splitList(text, '$orderby').map((item) => {
    const words = item.split(/\s+/);
    if (words.length > 2) throw sp.invalidQuery(`The query option $orderby is not valid: '${item}'.`);
    const dir = (words[1] ?? 'asc').toLowerCase();
    if (dir !== 'asc' && dir !== 'desc') throw sp.invalidQuery(`The query option $orderby is not valid: '${item}'.`);
    return { path: parsePath(words[0], '$orderby'), desc: dir === 'desc' };
  });
}

export function parseTop(text: string | null, fallback: number): number {
  if (text === null) return fallback;
  if (!/^\d{1,9}$/.test(text.trim())) throw sp.invalidQuery(`The query option $top is not valid: '${text}'. It must be a non-negative integer.`);
  return Number(text.trim());
}

/** Query options the emulator understands; any other `$option` is rejected rather than ignored. */
export function assertKnownOptions(query: URLSearchParams, allowed: readonly string[]): void {
  const seen = new Set<string>();
  for (const key of query.keys()) {
    if (!key.startsWith('$')) continue;
    if (seen.has(key.toLowerCase())) throw sp.invalidQuery(`Query option '${key}' was specified more than once, but it must be specified at most once.`);
    seen.add(key.toLowerCase());
    if (!allowed.includes(key.toLowerCase())) {
      throw sp.invalidQuery(`The query option '${key}' is not supported on this resource.`);
    }
  }
}
