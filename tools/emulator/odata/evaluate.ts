/**
 * Evaluates a parsed filter against plain objects: used for small collections that are not list items
 * (lists, fields, site users and groups, Graph users), with the same whitelist as the SQL compiler.
 */
import { CompareOp, FilterNode, Literal, Operand, parseIsoDate } from './filterParser';

export class UnsupportedFilterError extends Error {}

export type PropertyGetter = (path: readonly string[]) => { found: boolean; value: unknown };

function literalValue(l: Literal): unknown {
  switch (l.type) {
    case 'null':
      return undefined;
    case 'datetime':
      return l.value;
    default:
      return l.value;
  }
}

function normalise(value: unknown, other: unknown): unknown {
  if (typeof value === 'string' && typeof other === 'number') {
    const t = parseIsoDate(value);
    if (t !== undefined) return t;
  }
  if (typeof value === 'boolean' && typeof other === 'number') return value ? 1 : 0;
  return typeof value === 'string' ? value.toLowerCase() : value;
}

function compareValues(op: CompareOp, a: unknown, b: unknown): boolean {
  if (b === undefined || b === null) {
    const isNull = a === undefined || a === null || a === '';
    if (op === 'eq') return isNull;
    if (op === 'ne') return !isNull;
    throw new UnsupportedFilterError(`Operator '${op}' cannot compare with null.`);
  }
  if (a === undefined || a === null) return op === 'ne';
  const x = normalise(a, b) as number | string;
  const y = normalise(b, a) as number | string;
  switch (op) {
    case 'eq':
      return x === y;
    case 'ne':
      return x !== y;
    case 'gt':
      return x > y;
    case 'ge':
      return x >= y;
    case 'lt':
      return x < y;
    case 'le':
      return x <= y;
  }
}

export function evaluateFilter(node: FilterNode, get: PropertyGetter): boolean {
  const operandValue = (o: Operand): unknown => {
    if (o.kind === 'literal') return literalValue(o.literal);
    if (o.kind === 'member') {
      const r = get(o.path);
      if (!r.found) throw new UnsupportedFilterError(`Could not find a property named '${o.path.join('/')}'.`);
      return r.value;
    }
    throw new UnsupportedFilterError(`The function '${o.name}' is not supported here.`);
  };
  const call = (c: Extract<Operand, { kind: 'call' }>): boolean => {
    if ((c.name === 'startswith' || c.name === 'substringof' || c.name === 'endswith') && c.args.length === 2) {
      const [hay, needle] = c.name === 'substringof' ? [c.args[1], c.args[0]] : [c.args[0], c.args[1]];
      const h = operandValue(hay);
      const n = operandValue(needle);
      if (typeof n !== 'string') throw new UnsupportedFilterError(`The function '${c.name}' needs a string value.`);
      if (typeof h !== 'string') return false;
      const hl = h.toLowerCase();
      const nl = n.toLowerCase();
      return c.name === 'startswith' ? hl.startsWith(nl) : c.name === 'endswith' ? hl.endsWith(nl) : hl.includes(nl);
    }
    throw new UnsupportedFilterError(`The function '${c.name}' is not supported.`);
  };
  const walk = (n: FilterNode): boolean => {
    switch (n.kind) {
      case 'and':
        return walk(n.left) && walk(n.right);
      case 'or':
        return walk(n.left) || walk(n.right);
      case 'not':
        return !walk(n.operand);
      case 'call':
        return call(n.call);
      case 'compare': {
        if (n.left.kind === 'call' || n.right.kind === 'call') throw new UnsupportedFilterError('Functions can only be used as conditions.');
        return compareValues(n.op, operandValue(n.left), operandValue(n.right));
      }
    }
  };
  return walk(node);
}
