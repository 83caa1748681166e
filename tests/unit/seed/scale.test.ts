import { DEVIATION_STATUSES } from '../../../src/domain/deviations/vocabulary';
import { SECURITY_AREAS } from '../../../src/domain/securityAreas';
import { buildRegionCases, buildRegionExempel } from '../../../tools/emulator/seed/regionExempel';
import { buildRegionExempelAtScale, generateScaleCases, generateScaleDeviations } from '../../../tools/emulator/seed/scale';
import { PROTECTED_CASES_APP } from '../../../tools/emulator/seed/protectedCases';
import { ISeedData, ISeedItem } from '../../../tools/emulator/seed/types';
import { schemaErrors } from './schemaCheck';

const region = buildRegionExempel();

describe('generateScaleDeviations', () => {
  it('makes 50,000 valid deviations with unique client request ids (how fast: npm run bench)', () => {
    const deviations = generateScaleDeviations(50000, { seed: 3, units: region.items.units, people: region.people });
    expect(deviations.length).toBe(50000);

    const ids = deviations.map((d) => d.values.ClientRequestId);
    expect(new Set(ids).size).toBe(50000);
    expect(deviations.map((d) => d.Id)).toEqual(deviations.map((_, i) => i + 1));

    // Every 97th item, against the schema (all of them would be slow and prove nothing more).
    const sample = deviations.filter((_, i) => i % 97 === 0);
    expect(schemaErrors({ ...region, items: { units: region.items.units, deviations: sample } })).toEqual([]);
    expect(new Set(deviations.map((d) => d.values.Status))).toEqual(new Set(DEVIATION_STATUSES));
    expect(new Set(deviations.map((d) => d.values.SecurityArea).filter(Boolean))).toEqual(new Set(SECURITY_AREAS));
  });

  it('is deterministic per seed and honours startId', () => {
    const a = generateScaleDeviations(300, { seed: 11, startId: 1001 });
    expect(generateScaleDeviations(300, { seed: 11, startId: 1001 })).toEqual(a);
    expect(a[0].Id).toBe(1001);
    expect(a[299].Id).toBe(1300);
    const b = generateScaleDeviations(300, { seed: 12, startId: 1001 });
    expect(b).not.toEqual(a);
    const both = new Set([...a, ...b].map((d) => d.values.ClientRequestId));
    expect(both.size).toBe(600);
  });

  it('works with another organisation: only the units and people given', () => {
    const someUnits = region.items.units.filter((u) => String(u.values.UnitCode).indexOf('RE-PV') === 0 || u.values.UnitLevel !== 'Enhet');
    const { deviations, actions } = generateScaleCases(500, { seed: 5, units: someUnits, people: region.people });
    const allowed = new Set(someUnits.map((u) => u.Id));
    for (const d of deviations) expect(allowed.has(d.values.Unit as number)).toBe(true);
    expect(
      schemaErrors({ ...region, items: { units: someUnits, deviations, deviationActions: actions } })
    ).toEqual([]);
  });
});

/** Every case in all: the open list and the protected one. */
const allCases = (data: ISeedData): ISeedItem[] => [...data.items.deviations, ...data.items.protectedDeviations];

/** Sensitive cases, and only they, in the protected lists, shared as the function shares them; actions in their case's list. */
function expectSplit(data: ISeedData): void {
  const { deviations, deviationActions, protectedDeviations, protectedActions } = data.items;
  expect(protectedDeviations.length).toBeGreaterThan(0);
  for (const d of deviations) expect(d.values.Sensitive).toBe(false);
  for (const d of protectedDeviations) {
    expect(d.values.Sensitive).toBe(true);
    expect(d.AuthorApp).toBe(PROTECTED_CASES_APP.clientId);
    expect(d.roleAssignments).toEqual([
      { principal: { personKey: d.values.Reporter }, level: 'Read' },
      { principal: { personKey: d.values.Handler }, level: 'Contribute' }
    ]);
  }
  expect(protectedDeviations.map((d) => d.Id)).toEqual(protectedDeviations.map((_, i) => i + 1));
  const openIds = new Set(deviations.map((d) => d.Id));
  const protectedIds = new Set(protectedDeviations.map((d) => d.Id));
  for (const a of deviationActions) expect(openIds.has(a.values.Deviation as number)).toBe(true);
  for (const a of protectedActions) {
    expect(protectedIds.has(a.values.Deviation as number)).toBe(true);
    expect(a.AuthorApp).toBe(PROTECTED_CASES_APP.clientId);
  }
}

describe('buildRegionExempelAtScale', () => {
  it('keeps the curated cases and adds generated ones after them, with their actions', () => {
    const scaled = buildRegionExempelAtScale(2000);
    const deviations = allCases(scaled);
    expect(deviations.length).toBe(2000);
    // The curated ones first in each list, as they are in the region.
    expect(scaled.items.deviations.slice(0, region.items.deviations.length)).toEqual(region.items.deviations);
    expect(scaled.items.protectedDeviations.slice(0, region.items.protectedDeviations.length)).toEqual(region.items.protectedDeviations);
    expect(scaled.items.deviations.length).toBeGreaterThan(region.items.deviations.length);
    expect(scaled.items.protectedDeviations.length).toBeGreaterThan(region.items.protectedDeviations.length);
    // Open cases keep the ids they were generated with: rising, unique, within 1–2000.
    const openIds = scaled.items.deviations.map((d) => d.Id);
    expect(openIds.every((id, i) => id >= 1 && id <= 2000 && (i === 0 || id > openIds[i - 1]))).toBe(true);
    expect(scaled.items.deviationActions.length).toBeGreaterThan(region.items.deviationActions.length);
    expect(scaled.items.protectedActions.length).toBeGreaterThan(region.items.protectedActions.length);
    expect(new Set(deviations.map((d) => d.values.ClientRequestId)).size).toBe(2000);
    expectSplit(scaled);
    expect(schemaErrors(scaled)).toEqual([]);
  });

  it('trims to the most recent curated cases when asked for fewer', () => {
    const small = buildRegionExempelAtScale(40);
    expect(allCases(small).length).toBe(40);
    expect(schemaErrors(small)).toEqual([]);
    expectSplit(small);
    // The 40 most recent of the region's 150 (in report order before the split): the open ones with
    // their ids, the protected ones renumbered from 1.
    const recent = new Set(buildRegionCases().deviations.slice(-40).map((d) => d.values.ClientRequestId));
    expect(small.items.deviations).toEqual(region.items.deviations.filter((d) => recent.has(d.values.ClientRequestId)));
    const recentProtected = region.items.protectedDeviations.filter((d) => recent.has(d.values.ClientRequestId));
    expect(small.items.protectedDeviations.map((d) => d.values)).toEqual(recentProtected.map((d) => d.values));
    const kept = new Set(small.items.deviations.map((d: ISeedItem) => d.Id));
    for (const a of small.items.deviationActions) expect(kept.has(a.values.Deviation as number)).toBe(true);
  });
});
