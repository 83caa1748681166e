import { breakdown, CaseFact, casesUnder, computeStatistics, daysBetween, isActionOverdue, median, recentChange, unitRollup } from '../../../src/domain/deviations/statistics';
import { monthKey, monthsBack, monthsBetween } from '../../../src/domain/deviations/months';
import { IOrganisationUnit } from '../../../src/domain/organisation';
import { descendantUnitIds } from '../../../src/domain/organisation';

function unit(id: number, title: string, parentId?: number): IOrganisationUnit {
  return { id, title, code: `U${id}`, level: parentId === undefined ? 'Region' : 'Enhet', parentId, managerAbsent: false };
}

// Region 1 → Sjukhuset 2 → Akuten 3, Ortopeden 4; Kollektivtrafiken 5 → Depån 6
const UNITS = [unit(1, 'Region Exempel'), unit(2, 'Sjukhuset', 1), unit(3, 'Akuten', 2), unit(4, 'Ortopeden', 2), unit(5, 'Kollektivtrafiken', 1), unit(6, 'Depån', 5)];

let nextId = 1;
function fact(reportedAt: string, overrides: Partial<CaseFact> = {}): CaseFact {
  return { id: nextId++, store: 'open', reportedAt, status: 'Ny', ...overrides };
}

describe('months', () => {
  it('counts in Swedish time, so a report just after midnight on 1 March belongs to March', () => {
    expect(monthKey('2026-02-28T23:30:00Z')).toBe('2026-03'); // 00:30 CET
    expect(monthKey('2026-02-28T22:30:00Z')).toBe('2026-02');
    expect(monthKey('2026-07-31T22:30:00Z')).toBe('2026-08'); // 00:30 CEST
  });

  it('lists the months of a period across a new year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
    expect(monthsBack('2026-02', 12)).toBe('2025-03');
    expect(monthsBetween(monthsBack('2026-11', 12), '2026-11')).toHaveLength(12);
  });
});

describe('median and durations', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeUndefined();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 4])).toBe(4);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });

  it('measures days between instants and ignores missing or reversed ones', () => {
    expect(daysBetween('2026-01-01T00:00:00Z', '2026-01-03T12:00:00Z')).toBe(2.5);
    expect(daysBetween('2026-01-01T00:00:00Z', undefined)).toBeUndefined();
    expect(daysBetween('2026-01-03T00:00:00Z', '2026-01-01T00:00:00Z')).toBeUndefined();
  });
});

describe('actions', () => {
  const now = new Date('2026-11-20T08:00:00Z');
  it('is overdue once its due day has ended, and never when done', () => {
    expect(isActionOverdue({ status: 'Planerad', dueDate: '2026-11-20T00:00:00Z' }, now)).toBe(false);
    expect(isActionOverdue({ status: 'Pågår', dueDate: '2026-11-19T00:00:00Z' }, now)).toBe(true);
    expect(isActionOverdue({ status: 'Klar', dueDate: '2026-01-01T00:00:00Z' }, now)).toBe(false);
    expect(isActionOverdue({ status: 'Planerad', dueDate: '' }, now)).toBe(false);
  });
});

describe('breakdown', () => {
  it('counts per key and month, largest first, with unclassified cases under the missing key', () => {
    const months = ['2026-09', '2026-10', '2026-11'];
    const cases = [
      fact('2026-09-10T10:00:00Z', { area: 'Brandsäkerhet' }),
      fact('2026-11-02T10:00:00Z', { area: 'Brandsäkerhet' }),
      fact('2026-11-03T10:00:00Z', { area: 'Hot och våld' }),
      fact('2026-10-03T10:00:00Z'),
      fact('2026-05-03T10:00:00Z', { area: 'Hot och våld' }) // outside the period
    ];
    expect(breakdown(cases, (c) => c.area, months, '')).toEqual([
      { key: 'Brandsäkerhet', total: 2, byMonth: [1, 0, 1] },
      { key: '', total: 1, byMonth: [0, 1, 0] },
      { key: 'Hot och våld', total: 1, byMonth: [0, 0, 1] }
    ]);
  });

  it('compares the last three months with the three before', () => {
    expect(recentChange([1, 1, 1, 2, 0, 3])).toEqual({ recent: 5, previous: 3 });
    expect(recentChange([4])).toEqual({ recent: 4, previous: 0 });
  });
});

describe('unit roll-up', () => {
  it('adds every unit below to its parents and keeps the hierarchy order', () => {
    const cases = [
      fact('2026-11-01T10:00:00Z', { unit: { id: 3, title: 'Akuten' } }),
      fact('2026-11-01T10:00:00Z', { unit: { id: 3, title: 'Akuten' }, status: 'Avslutad' }),
      fact('2026-11-01T10:00:00Z', { unit: { id: 4, title: 'Ortopeden' } }),
      fact('2026-11-01T10:00:00Z', { unit: { id: 2, title: 'Sjukhuset' } }),
      fact('2026-11-01T10:00:00Z', { unit: { id: 6, title: 'Depån' }, status: 'Avvisad' })
    ];
    const rows = unitRollup(UNITS, cases).map((row) => [row.unit.title, row.depth, row.own, row.total, row.open]);
    expect(rows).toEqual([
      ['Region Exempel', 0, 0, 5, 3],
      ['Kollektivtrafiken', 1, 0, 1, 0],
      ['Depån', 2, 1, 1, 0],
      ['Sjukhuset', 1, 1, 4, 3],
      ['Akuten', 2, 2, 2, 1],
      ['Ortopeden', 2, 1, 1, 1]
    ]);
  });

  it('leaves out units without cases and survives a cycle in the data', () => {
    const cyclic = [unit(10, 'A', 11), unit(11, 'B', 10), unit(12, 'Root')];
    const rows = unitRollup(cyclic, [fact('2026-11-01T10:00:00Z', { unit: { id: 12, title: 'Root' } })]);
    expect(rows.map((row) => row.unit.title)).toEqual(['Root']);
  });

  it('scopes cases to a unit and everything below it', () => {
    const cases = [fact('2026-11-01T10:00:00Z', { unit: { id: 3, title: 'Akuten' } }), fact('2026-11-01T10:00:00Z', { unit: { id: 6, title: 'Depån' } })];
    expect(casesUnder(cases, descendantUnitIds(UNITS, 2)).map((c) => c.unit && c.unit.id)).toEqual([3]);
  });
});

describe('computeStatistics', () => {
  const now = new Date('2026-11-20T08:00:00Z');
  const months = monthsBetween('2026-09', '2026-11');
  const cases: CaseFact[] = [
    // acknowledged after 1 day, closed after 10
    fact('2026-09-01T08:00:00Z', { id: 101, status: 'Avslutad', acknowledgedAt: '2026-09-02T08:00:00Z', closedAt: '2026-09-11T08:00:00Z', area: 'Brandsäkerhet', type: 'Tillbud', unit: { id: 3, title: 'Akuten' } }),
    // acknowledged after 3 days, closed after 20
    fact('2026-10-01T08:00:00Z', { id: 102, status: 'Avslutad', acknowledgedAt: '2026-10-04T08:00:00Z', closedAt: '2026-10-21T08:00:00Z', area: 'Brandsäkerhet', type: 'Avvikelse', unit: { id: 4, title: 'Ortopeden' } }),
    // rejected: not a closure
    fact('2026-10-15T08:00:00Z', { id: 103, status: 'Avvisad', closedAt: '2026-10-16T08:00:00Z', unit: { id: 6, title: 'Depån' } }),
    // open, acknowledged after 2 days, past the 30-day closing deadline
    fact('2026-10-10T08:00:00Z', { id: 104, status: 'Åtgärdas', acknowledgedAt: '2026-10-12T08:00:00Z', area: 'Hot och våld', type: 'Olycka', unit: { id: 3, title: 'Akuten' } }),
    // new, five days old: not acknowledged in time
    fact('2026-11-15T08:00:00Z', { id: 105, status: 'Ny', unit: { id: 3, title: 'Akuten' } }),
    // before the period
    fact('2026-08-15T08:00:00Z', { id: 106, status: 'Ny', unit: { id: 3, title: 'Akuten' } })
  ];
  const actions = [
    { deviationId: 104, status: 'Planerad' as const, dueDate: '2026-11-01T00:00:00Z' },
    { deviationId: 104, status: 'Pågår' as const, dueDate: '2026-12-01T00:00:00Z' },
    { deviationId: 101, status: 'Klar' as const, dueDate: '2026-09-05T00:00:00Z' },
    // the case is outside the period
    { deviationId: 106, status: 'Planerad' as const, dueDate: '2026-09-01T00:00:00Z' },
    // a protected case's action: item ids repeat between the lists, and case 101 here is an open one
    { deviationId: 101, store: 'protected' as const, status: 'Planerad' as const, dueDate: '2026-09-01T00:00:00Z' }
  ].map((action) => ({ store: 'open' as const, ...action }));
  const statistics = computeStatistics({ cases, actions, units: UNITS, months, now, missingKey: '' });

  it('counts the cases of the period by status', () => {
    expect([statistics.total, statistics.open, statistics.closed, statistics.rejected]).toEqual([5, 2, 2, 1]);
    expect(statistics.byMonth).toEqual([1, 3, 1]);
    expect(statistics.overdueCases).toBe(2);
  });

  it('takes the medians over the cases that reached the step', () => {
    expect(statistics.medianDaysToAcknowledgement).toBe(2);
    expect(statistics.acknowledgedCount).toBe(3);
    expect(statistics.medianDaysToClosure).toBe(15);
    expect(statistics.closedCount).toBe(2);
  });

  it('counts open and overdue actions of the cases counted', () => {
    expect(statistics.openActions).toBe(2);
    expect(statistics.overdueActions).toBe(1);
  });

  it('breaks the period down by area, type and unit', () => {
    expect(statistics.byArea.map((row) => [row.key, row.total])).toEqual([
      ['', 2],
      ['Brandsäkerhet', 2],
      ['Hot och våld', 1]
    ]);
    expect(statistics.byType.map((row) => row.key)).toEqual(['', 'Avvikelse', 'Olycka', 'Tillbud']);
    expect(statistics.byUnit[0]).toMatchObject({ unit: { title: 'Region Exempel' }, total: 5, open: 2 });
  });
});
