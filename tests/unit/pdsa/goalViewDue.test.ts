import { duePeriod } from '../../../src/webparts/securityGoals/goalDue';
import { dueText } from '../../../src/webparts/securityGoals/labels';
import { goalFromQuery } from '../../../src/webparts/securityGoals/goalLink';
import { measurementPeriods } from '../../../src/domain/pdsa/goals';

const period = (start: string): { start: string; end: string; dueDay: string } => ({ start, end: start, dueDay: start });

describe('duePeriod and dueText (Swedish, as the tests run)', () => {
  it('names a quarter by its number: Mätning för kvartal 3 saknas', () => {
    expect(duePeriod(period('2026-07-01'), 'Kvartal', 2026)).toEqual({ kind: 'quarter', number: 3, year: 2026, otherYear: false });
    expect(dueText(duePeriod(period('2026-07-01'), 'Kvartal', 2026))).toBe('Mätning för kvartal 3 saknas');
  });

  it('names a month by its name, a half-year by its number and a year by itself', () => {
    expect(dueText(duePeriod(period('2026-03-01'), 'Månad', 2026))).toBe('Mätning för mars saknas');
    expect(dueText(duePeriod(period('2026-07-01'), 'Halvår', 2026))).toBe('Mätning för halvår 2 saknas');
    expect(dueText(duePeriod(period('2026-01-01'), 'År', 2026))).toBe('Mätning för 2026 saknas');
  });

  it('says the year of a period outside the goal year', () => {
    expect(dueText(duePeriod(period('2027-01-01'), 'Kvartal', 2026))).toBe('Mätning för kvartal 1 2027 saknas');
    expect(dueText(duePeriod(period('2027-01-01'), 'År', 2026))).toBe('Mätning för 2027 saknas');
  });

  it("numbers every period the domain asks for, in order", () => {
    const periods = measurementPeriods({ year: 2026, targetDate: '2026-12-31', frequency: 'Kvartal' });
    expect(periods.map((entry) => duePeriod(entry, 'Kvartal', 2026).number)).toEqual([1, 2, 3, 4]);
  });
});

describe('goalFromQuery', () => {
  it('reads an item id and nothing else', () => {
    expect(goalFromQuery('12')).toBe(12);
    expect(goalFromQuery(' 7 ')).toBe(7);
    for (const value of [undefined, '', '0', '-3', 'abc', '1.5', '12; DROP']) expect(goalFromQuery(value)).toBeUndefined();
  });
});
