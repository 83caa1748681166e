/**
 * A tokenizer and recursive-descent parser for the OData v3 `$filter` dialect SharePoint speaks.
 *
 * Why not the odata-parser package: its grammar gives `and` and `or` the same precedence and nests to the
 * right (`A and B or C` parses as `A and (B or C)`), has no `not`, accepts only single spaces between
 * tokens and rejects `datetime'…Z'`. Any of these would make the emulator answer a different set of items
 * than SharePoint does, so this parser binds `and` tighter than `or`, as OData does, and `not` tighter
 * than both; `not` takes the whole comparison, call or parenthesised group after it (`not A eq 1` is
 * `not (A eq 1)`).
 */

export type Literal =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'number'; readonly value: number; readonly text: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'null' }
  | { readonly type: 'datetime'; readonly value: number; readonly text: string }
  | { readonly type: 'guid'; readonly value: string };

export type Operand =
  | { readonly kind: 'member'; readonly path: readonly string[]; readonly pos: number }
  | { readonly kind: 'literal'; readonly literal: Literal; readonly pos: number }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Operand[]; readonly pos: number };

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly operand: FilterNode }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: Operand; readonly right: Operand; readonly pos: number }
  | { readonly kind: 'call'; readonly call: Extract<Operand, { kind: 'call' }> };

/** A syntax error, with OData's wording and the position it refers to. */
export class FilterSyntaxError extends Error {}

type Token =
  | { readonly t: 'ident'; readonly v: string; readonly pos: number }
  | { readonly t: 'string'; readonly v: string; readonly pos: number }
  | { readonly t: 'number'; readonly v: string; readonly pos: number }
  | { readonly t: 'typed'; readonly prefix: string; readonly v: string; readonly pos: number }
  | { readonly t: 'punct'; readonly v: '(' | ')' | ',' | '/'; readonly pos: number }
  | { readonly t: 'end'; readonly pos: number };

const COMPARE_OPS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const MAX_FILTER_LENGTH = 8000;
const MAX_DEPTH = 64;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const isIdentStart = (c: string): boolean => /[A-Za-z_]/.test(c);
  const isIdentPart = (c: string): boolean => /[A-Za-z0-9_.]/.test(c);
  const readQuoted = (start: number): [string, number] => {
    // start is the index of the opening quote; '' inside is an escaped quote.
    let j = start + 1;
    let value = '';
    for (;;) {
      if (j >= text.length) throw new FilterSyntaxError(`Unterminated string literal at position ${start} in '${text}'.`);
      const c = text[j];
      if (c === "'") {
        if (text[j + 1] === "'") {
          value += "'";
          j += 2;
          continue;
        }
        return [value, j + 1];
      }
      value += c;
      j++;
    }
  };
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
    } else if (c === '(' || c === ')' || c === ',' || c === '/') {
      tokens.push({ t: 'punct', v: c, pos: i });
      i++;
    } else if (c === "'") {
      const [v, next] = readQuoted(i);
      tokens.push({ t: 'string', v, pos: i });
      i = next;
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(text[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < text.length && /[0-9.eE+-]/.test(text[j])) {
        // a sign is part of the number only right after an exponent marker
        if ((text[j] === '+' || text[j] === '-') && !/[eE]/.test(text[j - 1])) break;
        j++;
      }
      if (j < text.length && /[LlMmDdFf]/.test(text[j]) && !isIdentPart(text[j + 1] ?? ' ')) j++;
      tokens.push({ t: 'number', v: text.slice(i, j), pos: i });
      i = j;
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < text.length && isIdentPart(text[j])) j++;
      const word = text.slice(i, j);
      if (text[j] === "'" && /^(datetime|datetimeoffset|guid|X|binary)$/i.test(word)) {
        const [v, next] = readQuoted(j);
        tokens.push({ t: 'typed', prefix: word.toLowerCase(), v, pos: i });
        i = next;
      } else {
        tokens.push({ t: 'ident', v: word, pos: i });
        i = j;
      }
    } else {
      throw new FilterSyntaxError(`Syntax error: character '${c}' is not valid at position ${i} in '${text}'.`);
    }
  }
  tokens.push({ t: 'end', pos: text.length });
  return tokens;
}

/** ISO 8601 with optional fraction and zone; no zone means UTC, as SharePoint's REST treats it. */
export function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone = 'Z'] = m;
  const ms = Number(`0.${frac}`) * 1000;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.floor(ms));
  const check = new Date(t);
  if (check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
  }
  return t;
}

class Parser {
  private i = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly text: string
  ) {}

  parse(): FilterNode {
    const node = this.orExpr();
    const t = this.peek();
    if (t.t !== 'end') this.fail(t.pos);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.i];
  }

  private next(): Token {
    return this.tokens[this.i++];
  }

  private fail(pos: number): never {
    throw new FilterSyntaxError(`Syntax error at position ${pos} in '${this.text}'.`);
  }

  private isWord(word: string): boolean {
    const t = this.peek();
    return t.t === 'ident' && t.v === word;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new FilterSyntaxError(`The expression '${this.text}' is nested too deeply.`);
  }

  private orExpr(): FilterNode {
    this.enter();
    let left = this.andExpr();
    while (this.isWord('or')) {
      this.next();
      left = { kind: 'or', left, right: this.andExpr() };
    }
    this.depth--;
    return left;
  }

  private andExpr(): FilterNode {
    let left = this.unary();
    while (this.isWord('and')) {
      this.next();
      left = { kind: 'and', left, right: this.unary() };
    }
    return left;
  }

  private unary(): FilterNode {
    if (this.isWord('not')) {
      this.next();
      this.enter();
      const operand = this.unary();
      this.depth--;
      return { kind: 'not', operand };
    }
    return this.comparison();
  }

  private comparison(): FilterNode {
    const t = this.peek();
    if (t.t === 'punct' && t.v === '(') {
      // A parenthesised boolean expression (comparisons never take parenthesised operands in SharePoint's dialect).
      this.next();
      const inner = this.orExpr();
      const close = this.next();
      if (close.t !== 'punct' || close.v !== ')') this.fail(close.pos);
      return inner;
    }
    const left = this.operand();
    const opTok = this.peek();
    if (opTok.t === 'ident' && COMPARE_OPS.has(opTok.v)) {
      this.next();
      const right = this.operand();
      return { kind: 'compare', op: opTok.v as CompareOp, left, right, pos: opTok.pos };
    }
    if (left.kind === 'call') return { kind: 'call', call: left };
    if (opTok.t === 'end') throw new FilterSyntaxError(`Expression expected at position ${opTok.pos} in '${this.text}'.`);
    return this.fail(opTok.pos);
  }

  private operand(): Operand {
    const t = this.next();
    switch (t.t) {
      case 'string':
        return { kind: 'literal', literal: { type: 'string', value: t.v }, pos: t.pos };
      case 'number': {
        const text = t.v.replace(/[LlMmDdFf]$/, '');
        const value = Number(text);
        if (!Number.isFinite(value)) throw new FilterSyntaxError(`Invalid number '${t.v}' at position ${t.pos} in '${this.text}'.`);
        return { kind: 'literal', literal: { type: 'number', value, text }, pos: t.pos };
      }
      case 'typed': {
        if (t.prefix === 'datetime' || t.prefix === 'datetimeoffset') {
          const value = parseIsoDate(t.v);
          if (value === undefined) throw new FilterSyntaxError(`Unrecognized 'Edm.DateTime' literal '${t.prefix}'${t.v}'' at '${t.pos}' in '${this.text}'.`);
          return { kind: 'literal', literal: { type: 'datetime', value, text: t.v }, pos: t.pos };
        }
        if (t.prefix === 'guid') {
          if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(t.v)) {
            throw new FilterSyntaxError(`Unrecognized 'Edm.Guid' literal 'guid'${t.v}'' at '${t.pos}' in '${this.text}'.`);
          }
          return { kind: 'literal', literal: { type: 'guid', value: t.v.toLowerCase() }, pos: t.pos };
        }
        throw new FilterSyntaxError(`Binary literals are not supported at position ${t.pos} in '${this.text}'.`);
      }
      case 'ident': {
        if (t.v === 'true' || t.v === 'false') return { kind: 'literal', literal: { type: 'boolean', value: t.v === 'true' }, pos: t.pos };
        if (t.v === 'null') return { kind: 'literal', literal: { type: 'null' }, pos: t.pos };
        const after = this.peek();
        if (after.t === 'punct' && after.v === '(') {
          this.next();
          const args: Operand[] = [];
          if (!(this.peek().t === 'punct' && (this.peek() as { v: string }).v === ')')) {
            for (;;) {
              this.enter();
              args.push(this.operand());
              this.depth--;
              const sep = this.next();
              if (sep.t === 'punct' && sep.v === ',') continue;
              if (sep.t === 'punct' && sep.v === ')') break;
              this.fail(sep.pos);
            }
          } else {
            this.next();
          }
          return { kind: 'call', name: t.v, args, pos: t.pos };
        }
        if (t.v.includes('.')) this.fail(t.pos + t.v.indexOf('.'));
        const path = [t.v];
        while (this.peek().t === 'punct' && (this.peek() as { v: string }).v === '/') {
          this.next();
          const part = this.next();
          if (part.t !== 'ident' || part.v.includes('.')) this.fail(part.pos);
          path.push(part.v);
        }
        return { kind: 'member', path, pos: t.pos };
      }
      case 'end':
        throw new FilterSyntaxError(`Expression expected at position ${t.pos} in '${this.text}'.`);
      default:
        return this.fail(t.pos);
    }
  }
}

export function parseFilter(text: string): FilterNode {
  if (text.length > MAX_FILTER_LENGTH) throw new FilterSyntaxError(`The $filter expression is longer than ${MAX_FILTER_LENGTH} characters.`);
  if (text.trim() === '') throw new FilterSyntaxError(`Expression expected at position 0 in '${text}'.`);
  return new Parser(tokenize(text), text).parse();
}
