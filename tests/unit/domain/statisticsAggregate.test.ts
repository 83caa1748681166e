import { ActionFact, CaseFact, computeStatistics } from '../../../src/domain/deviations/statistics';
import { monthsBetween } from '../../../src/domain/deviations/months';
import {
  aggregateRows,
  groupKey,
  IAggregateRow,
  sameFigures,
  statisticsFor,
  statisticsFromAggregate
} from '../../../src/domain/deviations/statisticsAggregate';
import { ACTION_STATUSES, DEVIATION_STATUSES, DEVIATION_TYPES } from '../../../src/domain/deviations/vocabulary';
import { SECURITY_AREAS } from '../../../src/domain/securityAreas';
import { descendantUnitIds, IOrganisationUnit } from '../../../src/domain/organisation';
import { Random } from '../../../tools/emulator/seed/random';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-20T08:00:00Z');
const MONTHS = monthsBetween('2025-12', '2026-11');

function unit(id: number, title: string, parentId?: number): IOrganisationUnit {
  return { id, title, code: `U${id}`, level: parentId === undefined ? 'Region' : 'Enhet', parentId, managerAbsent: false };
}

// Region 1 → Sjukhuset 2 → Akuten 3, Ortopeden 4; Kollektivtrafiken 5 → Depån 6
const UNITS = [unit(1, 'Region Exempel'), unit(2, 'Sjukhuset', 1), unit(3, 'Akuten', 2), unit(4, 'Ortopeden', 2), unit(5, 'Kollektivtrafiken', 1), unit(6, 'Depån', 5)];

/** Cases like the seed's: both lists with overlapping ids, some unclassified, some without a unit, across and around the period. */
function randomRegion(seed: number, count: number): { cases: CaseFact[]; actions: ActionFact[] } {
  // The seed's own generator, so that a failing run can be repeated.
  const rng = new Random(seed);
  const next = (): number => rng.next();
  const pick = <T>(values: readonly T[]): T => rng.pick(values);
  const maybe = <T>(value: T, chance = 0.85): T | undefined => (next() < chance ? value : undefined);
  const cases: CaseFact[] = [];
  const actions: ActionFact[] = [];
  const ids = { open: 0, protected: 0 };
  for (let i = 0; i < count; i++) {
    const store = next() < 0.3 ? 'protected' : 'open';
    const id = ++ids[store];
    // About 14 months back, so that some fall before the period; any minute of the day, so month edges in Swedish time come up.
    const reported = NOW.getTime() - Math.floor(next() * 430 * 24 * 60) * 60000;
    const status = pick(DEVIATION_STATUSES);
    const acknowledged = status !== 'Ny' ? reported + Math.floor(next() * 9 * DAY) : undefined;
    const closed = status === 'Avslutad' || status === 'Avvisad' ? (acknowledged || reported) + Math.floor(next() * 60 * DAY) : undefined;
    const unitId = maybe(pick(UNITS).id, 0.95);
    cases.push({
      id,
      store,
      reportedAt: new Date(reported).toISOString(),
      status,
      area: maybe(pick(SECURITY_AREAS)),
      type: maybe(pick(DEVIATION_TYPES)),
      unit: unitId === undefined ? undefined : { id: unitId, title: '' },
      acknowledgedAt: acknowledged === undefined ? undefined : new Date(acknowledged).toISOString(),
      closedAt: closed === undefined ? undefined : new Date(closed).toISOString()
    });
    for (let n = Math.floor(next() * 3); n > 0; n--) {
      const due = new Date(reported + Math.floor(next() * 90) * DAY);
      actions.push({ deviationId: id, store, status: pick(ACTION_STATUSES), dueDate: `${due.toISOString().slice(0, 10)}T00:00:00.000Z` });
    }
  }
  return { cases, actions };
}

describe('aggregateRows', () => {
  const cases: CaseFact[] = [
    // Two alike: one group. Acknowledged after 1.04 and 2.5 days; the first closed after 10.
    { id: 1, store: 'open', reportedAt: '2026-10-01T08:00:00Z', status: 'Avslutad', area: 'Brandsäkerhet', type: 'Tillbud', unit: { id: 3, title: 'Akuten' }, acknowledgedAt: '2026-10-02T09:00:00Z', closedAt: '2026-10-11T08:00:00Z' },
    { id: 2, store: 'open', reportedAt: '2026-10-20T08:00:00Z', status: 'Avslutad', area: 'Brandsäkerhet', type: 'Tillbud', unit: { id: 3, title: 'Akuten' }, acknowledgedAt: '2026-10-22T20:00:00Z' },
    // Rejected: its closedAt is no closure.
    { id: 3, store: 'open', reportedAt: '2026-10-05T08:00:00Z', status: 'Avvisad', unit: { id: 3, title: 'Akuten' }, closedAt: '2026-10-06T08:00:00Z' },
    // Protected, with the same item id as an open case; new and past the acknowledgement deadline.
    { id: 1, store: 'protected', reportedAt: '2026-11-01T08:00:00Z', status: 'Ny', area: 'Hot och våld', unit: { id: 4, title: 'Ortopeden' } },
    // 00:30 Swedish time on 1 November: November, not October.
    { id: 4, store: 'open', reportedAt: '2026-10-31T23:30:00Z', status: 'Mottagen' },
    // Before the period.
    { id: 5, store: 'open', reportedAt: '2026-08-01T08:00:00Z', status: 'Ny', unit: { id: 3, title: 'Akuten' } }
  ];
  const actions: ActionFact[] = [
    { deviationId: 1, store: 'open', status: 'Planerad', dueDate: '2026-10-15T00:00:00Z' },
    { deviationId: 1, store: 'open', status: 'Klar', dueDate: '2026-10-15T00:00:00Z' },
    { deviationId: 2, store: 'open', status: 'Pågår', dueDate: '2026-12-15T00:00:00Z' },
    { deviationId: 1, store: 'protected', status: 'Pågår', dueDate: '2026-11-10T00:00:00Z' },
    { deviationId: 5, store: 'open', status: 'Planerad', dueDate: '2026-09-01T00:00:00Z' }
  ];
  const months = monthsBetween('2026-10', '2026-11');
  const rows = aggregateRows(cases, actions, months, NOW);

  it('keys a group by month, unit, area, type and status', () => {
    expect(rows.map(groupKey)).toEqual([
      '2026-10|3|||Avvisad',
      '2026-10|3|Brandsäkerhet|Tillbud|Avslutad',
      '2026-11||||Mottagen',
      '2026-11|4|Hot och våld||Ny'
    ]);
  });

  it('counts each group’s cases, overdue cases, days to a tenth and actions of its own list', () => {
    const fire = rows[1];
    expect(fire).toMatchObject({ caseCount: 2, overdueCount: 0, acknowledgeDays: [1, 2.5], closeDays: [10], openActions: 2, overdueActions: 1 });
    expect(rows[0]).toMatchObject({ caseCount: 1, closeDays: [], openActions: 0 });
    expect(rows[3]).toMatchObject({ caseCount: 1, overdueCount: 1, acknowledgeDays: [], openActions: 1, overdueActions: 1 });
    expect(rows.every((row) => row.caseCount > 0)).toBe(true);
  });

  it('gives the same rows whatever order the cases are read in', () => {
    const region = randomRegion(7, 300);
    const reversed = aggregateRows(region.cases.slice().reverse(), region.actions.slice().reverse(), MONTHS, NOW);
    const forward = aggregateRows(region.cases, region.actions, MONTHS, NOW);
    expect(reversed).toEqual(forward);
    expect(new Set(forward.map(groupKey)).size).toBe(forward.length);
  });

  it('tells a changed group from an unchanged one', () => {
    const fire = rows[1];
    expect(sameFigures(fire, { ...fire })).toBe(true);
    expect(sameFigures(fire, { ...fire, overdueActions: 0 })).toBe(false);
    expect(sameFigures(fire, { ...fire, acknowledgeDays: [1, 2.6] })).toBe(false);
    expect(sameFigures(fire, { ...fire, unitId: 4 })).toBe(false);
  });
});

describe('the same figures from the cases and from the aggregate', () => {
  it.each([1, 2, 3, 42, 20261120])('for random region %i, medians included', (seed) => {
    const { cases, actions } = randomRegion(seed, 400);
    const live = computeStatistics({ cases, actions, units: UNITS, months: MONTHS, now: NOW, missingKey: '–' });
    // Compiled over a longer window, as the function does, and read back through JSON as the list stores the days.
    const stored: IAggregateRow[] = JSON.parse(JSON.stringify(aggregateRows(cases, actions, monthsBetween('2024-12', '2026-11'), NOW)));
    const compiled = statisticsFromAggregate(stored, UNITS, MONTHS, '–');
    expect(compiled).toEqual(live);
    expect(live.total).toBeGreaterThan(200);
    expect(live.total).toBeLessThan(cases.length);
    expect(live.medianDaysToClosure).toBeDefined();
    expect(live.overdueActions).toBeGreaterThan(0);
  });

  it('for a unit and the units below it, and for the whole region', () => {
    const { cases, actions } = randomRegion(5, 400);
    const rows = aggregateRows(cases, actions, MONTHS, NOW);
    for (const unitIds of [undefined, descendantUnitIds(UNITS, 2), descendantUnitIds(UNITS, 6)]) {
      const scope = { units: UNITS, unitIds, months: MONTHS, now: NOW, missingKey: '' };
      const live = statisticsFor({ source: 'live', cases, actions }, scope);
      expect(statisticsFor({ source: 'aggregate', rows, computedAt: NOW.toISOString() }, scope)).toEqual(live);
      expect(live.byUnit[0].unit.id).toBe(unitIds ? unitIds[0] : 1);
    }
  });

  it('counts nothing from no rows', () => {
    const empty = statisticsFor({ source: 'aggregate', rows: [] }, { units: UNITS, months: MONTHS, now: NOW, missingKey: '' });
    expect([empty.total, empty.byUnit.length, empty.medianDaysToAcknowledgement]).toEqual([0, 0, undefined]);
  });
});
