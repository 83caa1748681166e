/**
 * Compiles a parsed `$filter` to parameterized SQL through a whitelist: comparisons, and/or/not,
 * substringof, startswith and null checks on columns the resolver knows. Anything else is an error,
 * never a clause that is quietly dropped. Literals only ever travel as parameters.
 */
import { SqlValue } from '../storage/database';
import { sp } from '../errors';
import { CompareOp, FilterNode, Literal, Operand, parseIsoDate } from './filterParser';

export type ValueKind = 'text' | 'number' | 'boolean' | 'datetime' | 'multichoice' | 'reference';

export interface ResolvedMember {
  /** SQL expression for the column (already quoted, with its table alias). */
  readonly sql: string;
  readonly kind: ValueKind;
  /** Indexed in SharePoint's sense (Id and indexed fields): decides what the list view threshold allows. */
  readonly indexed: boolean;
  /** The name as the query wrote it, for error messages. */
  readonly name: string;
}

export interface MemberResolver {
  /** Throws SharePoint's error for an unknown column. */
  resolve(path: readonly string[]): ResolvedMember;
}

export interface CompiledFilter {
  readonly sql: string;
  readonly params: SqlValue[];
  readonly members: ResolvedMember[];
}

const SQL_OPS: Record<CompareOp, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };
const FLIPPED: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

function edmOf(literal: Literal): string {
  switch (literal.type) {
    case 'string':
      return 'Edm.String';
    case 'number':
      return Number.isInteger(literal.value) ? 'Edm.Int32' : 'Edm.Double';
    case 'boolean':
      return 'Edm.Boolean';
    case 'datetime':
      return 'Edm.DateTime';
    case 'guid':
      return 'Edm.Guid';
    case 'null':
      return 'null';
  }
}

function edmOfKind(kind: ValueKind): string {
  return { text: 'Edm.String', number: 'Edm.Double', boolean: 'Edm.Boolean', datetime: 'Edm.DateTime', multichoice: 'Collection(Edm.String)', reference: 'Edm.Int32' }[kind];
}

function incompatible(op: string, member: ResolvedMember, literal: Literal): never {
  throw sp.invalidQuery(`Operator '${op}' incompatible with operand types '${edmOfKind(member.kind)}' and '${edmOf(literal)}' for '${member.name}'.`);
}

/** Converts a literal to the column's storage form, as SharePoint would interpret it. */
function coerce(op: string, member: ResolvedMember, literal: Literal): SqlValue {
  switch (member.kind) {
    case 'text':
      if (literal.type === 'string' || literal.type === 'guid') return literal.value;
      return incompatible(op, member, literal);
    case 'number':
    case 'reference':
      if (literal.type === 'number') return literal.value;
      if (literal.type === 'string' && /^-?\d+(\.\d+)?$/.test(literal.value)) return Number(literal.value);
      return incompatible(op, member, literal);
    case 'boolean':
      if (literal.type === 'boolean') return literal.value ? 1 : 0;
      // SharePoint's REST accepts 1 and 0 for Yes/No columns.
      if (literal.type === 'number' && (literal.value === 0 || literal.value === 1)) return literal.value;
      return incompatible(op, member, literal);
    case 'datetime': {
      if (literal.type === 'datetime') return literal.value;
      if (literal.type === 'string') {
        const t = parseIsoDate(literal.value);
        if (t !== undefined) return t;
      }
      return incompatible(op, member, literal);
    }
    case 'multichoice':
      return incompatible(op, member, literal);
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function compileFilter(node: FilterNode, resolver: MemberResolver): CompiledFilter {
  const params: SqlValue[] = [];
  const members: ResolvedMember[] = [];
  const member = (operand: Operand): ResolvedMember => {
    if (operand.kind !== 'member') throw sp.invalidQuery('The expression is not supported: a column was expected.');
    const m = resolver.resolve(operand.path);
    members.push(m);
    return m;
  };
  const literalOf = (operand: Operand, what: string): Literal => {
    if (operand.kind !== 'literal') throw sp.invalidQuery(`The expression is not supported: ${what} must be a literal value.`);
    return operand.literal;
  };

  const call = (c: Extract<Operand, { kind: 'call' }>): string => {
    if (c.name === 'substringof' || c.name === 'startswith') {
      if (c.args.length !== 2) throw sp.invalidQuery(`No function signature for the function with name '${c.name}' matches the specified arguments.`);
      const [fieldArg, valueArg] = c.name === 'substringof' ? [c.args[1], c.args[0]] : [c.args[0], c.args[1]];
      const m = member(fieldArg);
      const lit = literalOf(valueArg, `the value of ${c.name}`);
      if (lit.type !== 'string') throw sp.invalidQuery(`No function signature for the function with name '${c.name}' matches the specified arguments.`);
      if (m.kind !== 'text' && m.kind !== 'multichoice') {
        throw sp.invalidQuery(`The function '${c.name}' is not supported on the column '${m.name}'.`);
      }
      params.push(c.name === 'substringof' ? `%${escapeLike(lit.value)}%` : `${escapeLike(lit.value)}%`);
      return `(${m.sql} LIKE ? ESCAPE '\\')`;
    }
    throw sp.invalidQuery(`The function '${c.name}' is not supported by SharePoint's $filter.`);
  };

  const compare = (n: Extract<FilterNode, { kind: 'compare' }>): string => {
    let op = n.op;
    let left = n.left;
    let right = n.right;
    if (left.kind === 'literal' && right.kind === 'member') {
      [left, right] = [right, left];
      op = FLIPPED[op];
    }
    if (left.kind === 'call' || right.kind === 'call') {
      throw sp.invalidQuery('The expression is not supported: functions can only be used as conditions (substringof, startswith).');
    }
    const m = member(left);
    const lit = literalOf(right, 'the right side of a comparison');
    if (lit.type === 'null') {
      if (op === 'eq') return `(${m.sql} IS NULL)`;
      if (op === 'ne') return `(${m.sql} IS NOT NULL)`;
      throw sp.invalidQuery(`Operator '${op}' incompatible with operand types '${edmOfKind(m.kind)}' and 'null' for '${m.name}'.`);
    }
    const value = coerce(op, m, lit);
    params.push(value);
    // SharePoint's "not equal" keeps items where the column is empty.
    if (op === 'ne') return `(${m.sql} IS NULL OR ${m.sql} <> ?)`;
    return `(${m.sql} ${SQL_OPS[op]} ?)`;
  };

  const walk = (n: FilterNode): string => {
    switch (n.kind) {
      case 'and':
        return `(${walk(n.left)} AND ${walk(n.right)})`;
      case 'or':
        return `(${walk(n.left)} OR ${walk(n.right)})`;
      case 'not':
        return `(NOT COALESCE(${walk(n.operand)}, 0))`;
      case 'compare':
        return compare(n);
      case 'call':
        return call(n.call);
    }
  };

  const sql = walk(node);
  return { sql, params, members };
}
