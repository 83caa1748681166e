import { editableNumber, parseDecimal } from '../../../src/webparts/securityGoals/goalNumbers';

describe('parseDecimal', () => {
  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 000', 1000],
    ['1\u00a0000,25', 1000.25],
    ['1\u202f000', 1000],
    ['−3,5', -3.5],
    ['-3', -3],
    ['+7', 7],
    ['1.000,5', 1000.5],
    ['1,000.5', 1000.5],
    ['1,000,000', 1000000],
    ['0', 0],
    [' 42 ', 42]
  ])('reads %p as %p', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it('answers undefined for an empty field, so the domain can say it is required', () => {
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('   ')).toBeUndefined();
  });

  it.each(['abc', '12,5 %', '1e3', '1,2,3.4.5', ',', '-', '12,', '0x10', 'Infinity'])('refuses %p as NaN rather than guessing', (text) => {
    expect(parseDecimal(text)).toBeNaN();
  });
});

describe('editableNumber', () => {
  it('shows a stored number with the language decimal mark and no grouping', () => {
    expect(editableNumber(12.5, ',')).toBe('12,5');
    expect(editableNumber(12.5, '.')).toBe('12.5');
    expect(editableNumber(1000000, ',')).toBe('1000000');
    expect(editableNumber(undefined, ',')).toBe('');
  });

  it('round-trips through parseDecimal', () => {
    for (const value of [0, -4.25, 1000000, 0.001, 999999999]) expect(parseDecimal(editableNumber(value, ','))).toBe(value);
  });
});
