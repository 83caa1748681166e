/**
 * The emulator's $filter parser: the tree it gives decides which items the emulator answers, so a
 * wrong precedence or a misread literal would make tests pass against data SharePoint would not
 * return. Every row asserts the whole tree, positions included.
 */
import { CompareOp, FilterNode, FilterSyntaxError, Literal, Operand, parseFilter } from '../../../tools/emulator/odata/filterParser';

const member = (pos: number, ...path: string[]): Operand => ({ kind: 'member', path, pos });
const literal = (pos: number, value: Literal): Operand => ({ kind: 'literal', literal: value, pos });
const num = (pos: number, value: number, text: string = String(value)): Operand => literal(pos, { type: 'number', value, text });
const str = (pos: number, value: string): Operand => literal(pos, { type: 'string', value });
const call = (pos: number, name: string, ...args: Operand[]): Extract<Operand, { kind: 'call' }> => ({ kind: 'call', name, args, pos });
const compare = (op: CompareOp, pos: number, left: Operand, right: Operand): FilterNode => ({ kind: 'compare', op, left, right, pos });
const and = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'and', left, right });
const or = (left: FilterNode, right: FilterNode): FilterNode => ({ kind: 'or', left, right });
const not = (operand: FilterNode): FilterNode => ({ kind: 'not', operand });
/** `<name> eq <digit>` starting at pos: the shape every precedence row is built from. */
const is = (pos: number, name: string, digit: number): FilterNode => compare('eq', pos + 2, member(pos, name), num(pos + 5, digit));

describe('parseFilter: precedence and grouping', () => {
  it.each<[string, FilterNode]>([
    ['A eq 1 and B eq 2 or C eq 3', or(and(is(0, 'A', 1), is(11, 'B', 2)), is(21, 'C', 3))],
    ['A eq 1 or B eq 2 and C eq 3', or(is(0, 'A', 1), and(is(10, 'B', 2), is(21, 'C', 3)))],
    ['A eq 1 and B eq 2 and C eq 3', and(and(is(0, 'A', 1), is(11, 'B', 2)), is(22, 'C', 3))],
    ['A eq 1 or B eq 2 or C eq 3', or(or(is(0, 'A', 1), is(10, 'B', 2)), is(20, 'C', 3))],
    ['not A eq 1 and B eq 2', and(not(is(4, 'A', 1)), is(15, 'B', 2))],
    ['not A eq 1 or B eq 2', or(not(is(4, 'A', 1)), is(14, 'B', 2))],
    ['A eq 1 and not B eq 2', and(is(0, 'A', 1), not(is(15, 'B', 2)))],
    ['A eq 1 or not B eq 2 and C eq 3', or(is(0, 'A', 1), and(not(is(14, 'B', 2)), is(25, 'C', 3)))],
    ['not not A eq 1', not(not(is(8, 'A', 1)))],
    ['A eq 1 and (B eq 2 or C eq 3)', and(is(0, 'A', 1), or(is(12, 'B', 2), is(22, 'C', 3)))],
    ['(A eq 1 or B eq 2) and C eq 3', and(or(is(1, 'A', 1), is(11, 'B', 2)), is(23, 'C', 3))],
    ['not (A eq 1 or B eq 2)', not(or(is(5, 'A', 1), is(15, 'B', 2)))],
    ['not(A eq 1)', not(is(4, 'A', 1))],
    ['((A eq 1))', is(2, 'A', 1)],
    ['A eq 1 and(B eq 2)', and(is(0, 'A', 1), is(11, 'B', 2))]
  ])('%s', (text, tree) => {
    expect(parseFilter(text)).toEqual(tree);
  });
});

describe('parseFilter: comparison operators', () => {
  it.each<CompareOp>(['eq', 'ne', 'lt', 'le', 'gt', 'ge'])('Id %s 5', (op) => {
    expect(parseFilter(`Id ${op} 5`)).toEqual(compare(op, 3, member(0, 'Id'), num(6, 5)));
  });

  it('takes any whitespace between tokens', () => {
    expect(parseFilter(' Id\t eq\n\r 5 ')).toEqual(compare('eq', 5, member(1, 'Id'), num(10, 5)));
  });
});

describe('parseFilter: literals', () => {
  const jan1 = Date.UTC(2026, 0, 1);
  it.each<[string, Literal]>([
    ["'Anna'", { type: 'string', value: 'Anna' }],
    ["'O''Brien'", { type: 'string', value: "O'Brien" }],
    ["''''", { type: 'string', value: "'" }],
    ["''", { type: 'string', value: '' }],
    ["'a and b or not c eq d'", { type: 'string', value: 'a and b or not c eq d' }],
    ["'Å, ä & ö (100 %)'", { type: 'string', value: 'Å, ä & ö (100 %)' }],
    ['42', { type: 'number', value: 42, text: '42' }],
    ['-7', { type: 'number', value: -7, text: '-7' }],
    ['3.25', { type: 'number', value: 3.25, text: '3.25' }],
    ['1.5e3', { type: 'number', value: 1500, text: '1.5e3' }],
    ['2E-2', { type: 'number', value: 0.02, text: '2E-2' }],
    ['10L', { type: 'number', value: 10, text: '10' }],
    ['2.5M', { type: 'number', value: 2.5, text: '2.5' }],
    ['null', { type: 'null' }],
    ['true', { type: 'boolean', value: true }],
    ['false', { type: 'boolean', value: false }],
    ["datetime'2026-01-01T00:00:00Z'", { type: 'datetime', value: jan1, text: '2026-01-01T00:00:00Z' }],
    // No zone means UTC, as SharePoint's REST reads it.
    ["datetime'2026-01-01T00:00:00'", { type: 'datetime', value: jan1, text: '2026-01-01T00:00:00' }],
    ["datetime'2026-01-01T01:00:00+01:00'", { type: 'datetime', value: jan1, text: '2026-01-01T01:00:00+01:00' }],
    ["datetime'2026-01-01T00:00:00.250Z'", { type: 'datetime', value: jan1 + 250, text: '2026-01-01T00:00:00.250Z' }],
    ["datetime'2026-03-05'", { type: 'datetime', value: Date.UTC(2026, 2, 5), text: '2026-03-05' }],
    ["DateTime'2026-01-01T00:00:00Z'", { type: 'datetime', value: jan1, text: '2026-01-01T00:00:00Z' }],
    ["datetimeoffset'2026-01-01T00:00:00Z'", { type: 'datetime', value: jan1, text: '2026-01-01T00:00:00Z' }],
    ["guid'0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9'", { type: 'guid', value: '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9' }]
  ])('X eq %s', (text, value) => {
    expect(parseFilter(`X eq ${text}`)).toEqual(compare('eq', 2, member(0, 'X'), literal(5, value)));
  });

  it('takes a literal on the left', () => {
    expect(parseFilter("'Anna' eq Title")).toEqual(compare('eq', 7, str(0, 'Anna'), member(10, 'Title')));
  });
});

describe('parseFilter: lookups and functions', () => {
  it.each<[string, FilterNode]>([
    ['Handler/Id eq 7', compare('eq', 11, member(0, 'Handler', 'Id'), num(14, 7))],
    ["Unit/Title eq 'Akuten'", compare('eq', 11, member(0, 'Unit', 'Title'), str(14, 'Akuten'))],
    ['Id eq Handler/Id', compare('eq', 3, member(0, 'Id'), member(6, 'Handler', 'Id'))],
    ['Handler/Id eq null', compare('eq', 11, member(0, 'Handler', 'Id'), literal(14, { type: 'null' }))],
    ["substringof('x', Title)", { kind: 'call', call: call(0, 'substringof', str(12, 'x'), member(17, 'Title')) }],
    ["startswith(Title, 'Br')", { kind: 'call', call: call(0, 'startswith', member(11, 'Title'), str(18, 'Br')) }],
    ["startswith(Title,'Br')", { kind: 'call', call: call(0, 'startswith', member(11, 'Title'), str(17, 'Br')) }],
    [
      "substringof('O''Brien', Title) eq true",
      compare('eq', 31, call(0, 'substringof', str(12, "O'Brien"), member(24, 'Title')), literal(34, { type: 'boolean', value: true }))
    ],
    ["not startswith(Title, 'Br')", not({ kind: 'call', call: call(4, 'startswith', member(15, 'Title'), str(22, 'Br')) })],
    [
      "substringof('x', Title) and Id eq 1",
      and({ kind: 'call', call: call(0, 'substringof', str(12, 'x'), member(17, 'Title')) }, compare('eq', 31, member(28, 'Id'), num(34, 1)))
    ],
    ['now()', { kind: 'call', call: call(0, 'now') }]
  ])('%s', (text, tree) => {
    expect(parseFilter(text)).toEqual(tree);
  });
});

describe('parseFilter: errors', () => {
  const deep = (levels: number): string => `${'('.repeat(levels)}Id eq 1${')'.repeat(levels)}`;

  it.each<[string, string]>([
    ['', "Expression expected at position 0 in ''."],
    ['   ', "Expression expected at position 0 in '   '."],
    ["Title eq 'abc", "Unterminated string literal at position 9 in 'Title eq 'abc'."],
    ["Title eq 'O''Brien", "Unterminated string literal at position 9 in 'Title eq 'O''Brien'."],
    ["Title eq 'abc''", "Unterminated string literal at position 9 in 'Title eq 'abc'''."],
    ["Title like 'x'", "Syntax error at position 6 in 'Title like 'x''."],
    ["Title EQ 'x'", "Syntax error at position 6 in 'Title EQ 'x''."],
    ["Title = 'x'", "Syntax error: character '=' is not valid at position 6 in 'Title = 'x''."],
    ['Id eq 1 2', "Syntax error at position 8 in 'Id eq 1 2'."],
    ['Id eq 1 eq 2', "Syntax error at position 8 in 'Id eq 1 eq 2'."],
    ['Id eq 1)', "Syntax error at position 7 in 'Id eq 1)'."],
    ['(Id eq 1', "Syntax error at position 8 in '(Id eq 1'."],
    ['()', "Syntax error at position 1 in '()'."],
    ['Id eq 1 and', "Expression expected at position 11 in 'Id eq 1 and'."],
    ['not', "Expression expected at position 3 in 'not'."],
    ['Id eq', "Expression expected at position 5 in 'Id eq'."],
    ['Title', "Expression expected at position 5 in 'Title'."],
    ["substringof('x', )", "Syntax error at position 17 in 'substringof('x', )'."],
    ["substringof('x' Title)", "Syntax error at position 16 in 'substringof('x' Title)'."],
    ['Title.Length eq 1', "Syntax error at position 5 in 'Title.Length eq 1'."],
    ['Id eq 1e', "Invalid number '1e' at position 6 in 'Id eq 1e'."],
    [
      "Created gt datetime'2026-13-01'",
      "Unrecognized 'Edm.DateTime' literal 'datetime'2026-13-01'' at '11' in 'Created gt datetime'2026-13-01''."
    ],
    [
      "Created gt datetime'2026-02-30T00:00:00Z'",
      "Unrecognized 'Edm.DateTime' literal 'datetime'2026-02-30T00:00:00Z'' at '11' in 'Created gt datetime'2026-02-30T00:00:00Z''."
    ],
    ["Id eq guid'nope'", "Unrecognized 'Edm.Guid' literal 'guid'nope'' at '6' in 'Id eq guid'nope''."],
    ["Id eq X'0F'", "Binary literals are not supported at position 6 in 'Id eq X'0F''."],
    [deep(64), `The expression '${deep(64)}' is nested too deeply.`],
    [`Title eq '${'x'.repeat(8000)}'`, 'The $filter expression is longer than 8000 characters.']
  ])('%j', (text, message) => {
    let error: unknown;
    try {
      parseFilter(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FilterSyntaxError);
    expect((error as Error).message).toBe(message);
  });

  it('takes parentheses nested as deep as the limit allows', () => {
    expect(parseFilter(`${'('.repeat(63)}Id eq 1${')'.repeat(63)}`)).toEqual(compare('eq', 66, member(63, 'Id'), num(69, 1)));
  });
});
