/**
 * Splits a SharePoint REST path (`web/lists/getByTitle('A/B')/items(3)`) into segments with their
 * arguments. Quotes and parentheses are respected, so a title may contain '/' or ')'; parameter
 * aliases (`getByTitle(@a1)?@a1='…'`, as PnPjs sends `!@p1::` values) are resolved from the query.
 */
import { sp } from '../errors';

export type ArgValue =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'guid'; readonly value: string }
  | { readonly type: 'null' };

export interface PathSegment {
  readonly name: string;
  /** Lower-case name: SharePoint's REST names are case-insensitive. */
  readonly key: string;
  readonly hasArgs: boolean;
  readonly positional: readonly ArgValue[];
  /** Named arguments, lower-case names. */
  readonly named: ReadonlyMap<string, ArgValue>;
}

const MAX_SEGMENTS = 32;

function parseArgValue(text: string, query: URLSearchParams, depth = 0): ArgValue {
  const t = text.trim();
  if (t.startsWith('@')) {
    const aliased = query.get(t);
    if (aliased === null || depth > 0) throw sp.invalidQuery(`The parameter alias '${t}' was not given a value in the query string.`);
    return parseArgValue(aliased, query, depth + 1);
  }
  if (t.startsWith("'") && t.endsWith("'") && t.length >= 2) {
    const inner = t.slice(1, -1);
    // Inside a quoted value a quote must be doubled.
    if (/(^|[^'])'(?!')/.test(inner.replace(/''/g, ''))) throw sp.invalidQuery(`Bad literal: ${t}`);
    return { type: 'string', value: inner.replace(/''/g, "'") };
  }
  const guid = /^guid'([0-9a-fA-F-]{36})'$/i.exec(t);
  if (guid) return { type: 'guid', value: guid[1].toLowerCase() };
  if (/^-?\d+(\.\d+)?$/.test(t)) return { type: 'number', value: Number(t) };
  if (t === 'true' || t === 'false') return { type: 'boolean', value: t === 'true' };
  if (t === 'null') return { type: 'null' };
  throw sp.invalidQuery(`The literal '${t}' is not valid.`);
}

/** Splits `a=1, b='x,y'` or `'x'` at top-level commas. */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      if (inQuote && text[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      inQuote = !inQuote;
    }
    if (c === ',' && !inQuote) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  if (inQuote) throw sp.invalidQuery('Unterminated string literal in the request path.');
  if (current.trim() !== '' || parts.length > 0) parts.push(current);
  return parts;
}

export function parseApiPath(path: string, query: URLSearchParams): PathSegment[] {
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '/') {
      i++;
      continue;
    }
    let name = '';
    while (i < path.length && path[i] !== '/' && path[i] !== '(') name += path[i++];
    let argsText: string | undefined;
    if (path[i] === '(') {
      let depth = 0;
      let inQuote = false;
      const start = ++i;
      for (; i < path.length; i++) {
        const c = path[i];
        if (c === "'") {
          if (inQuote && path[i + 1] === "'") {
            i++;
            continue;
          }
          inQuote = !inQuote;
        } else if (!inQuote && c === '(') depth++;
        else if (!inQuote && c === ')') {
          if (depth === 0) break;
          depth--;
        }
      }
      if (i >= path.length) throw sp.invalidQuery(`The request path is not valid: unbalanced parentheses in '${path}'.`);
      argsText = path.slice(start, i);
      i++;
      if (i < path.length && path[i] !== '/') throw sp.invalidQuery(`The request path is not valid near '${path.slice(i, i + 20)}'.`);
    }
    if (!/^[A-Za-z_$][A-Za-z0-9_.$]*$/.test(name)) throw sp.resourceNotFound(name);
    const positional: ArgValue[] = [];
    const named = new Map<string, ArgValue>();
    if (argsText !== undefined) {
      for (const part of splitArgs(argsText)) {
        const eq = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
        if (eq && !part.trim().startsWith("'")) named.set(eq[1].toLowerCase(), parseArgValue(eq[2], query));
        else positional.push(parseArgValue(part, query));
      }
    }
    segments.push({ name, key: name.toLowerCase(), hasArgs: argsText !== undefined, positional, named });
    if (segments.length > MAX_SEGMENTS) throw sp.invalidQuery('The request path has too many segments.');
  }
  return segments;
}

export function argString(seg: PathSegment, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = seg.named.get(n.toLowerCase());
    if (v && (v.type === 'string' || v.type === 'guid')) return v.value;
  }
  const p = seg.positional[0];
  if (p && (p.type === 'string' || p.type === 'guid')) return p.value;
  return undefined;
}

export function argNumber(seg: PathSegment, ...names: string[]): number | undefined {
  for (const n of names) {
    const v = seg.named.get(n.toLowerCase());
    if (v && v.type === 'number') return v.value;
  }
  const p = seg.positional[0];
  if (p && p.type === 'number') return p.value;
  return undefined;
}

export function argBoolean(seg: PathSegment, name: string): boolean | undefined {
  const v = seg.named.get(name.toLowerCase());
  if (!v) return undefined;
  if (v.type === 'boolean') return v.value;
  throw sp.invalidQuery(`The parameter '${name}' must be true or false.`);
}
