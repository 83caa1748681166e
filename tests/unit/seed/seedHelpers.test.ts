import * as fs from 'fs';
import * as path from 'path';
import { guidFromText, Random } from '../../../tools/emulator/seed/random';
import { fromStockholm, intoOfficeHours, stockholmParts } from '../../../tools/emulator/seed/time';
import { SCENARIOS } from '../../../tools/emulator/seed/scenarios';
import { AREAS_WITH_MSB_CATEGORY } from '../../../src/domain/securityAreas';
import { CONSEQUENCE_LEVELS } from '../../../src/domain/deviations/vocabulary';
import { listByKey } from '../../../src/schema';
import { schemaErrors } from './schemaCheck';
import { buildRegionExempel } from '../../../tools/emulator/seed/regionExempel';

describe('seed helpers', () => {
  it('Random is deterministic and in range', () => {
    const a = new Random(42);
    const b = new Random(42);
    const values = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const r = new Random(1);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });

  it('guidFromText is a stable version-4-shaped GUID', () => {
    expect(guidFromText('anna.svensson')).toBe(guidFromText('anna.svensson'));
    expect(guidFromText('anna.svensson')).not.toBe(guidFromText('anna.svenson'));
    expect(guidFromText('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('converts Swedish local time across daylight saving', () => {
    expect(new Date(fromStockholm(2026, 0, 15, 9, 0)).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(new Date(fromStockholm(2026, 6, 15, 9, 0)).toISOString()).toBe('2026-07-15T07:00:00.000Z');
    // Saturday 2026-11-21 → Monday morning.
    const moved = intoOfficeHours(Date.parse('2026-11-21T12:00:00Z'), 60);
    expect(stockholmParts(moved).weekday).toBe(1);
    expect(moved).toBeGreaterThan(Date.parse('2026-11-21T12:00:00Z'));
  });

  it('scenarios are consistent with the domain rules', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SCENARIOS) {
      expect(s.msb !== undefined).toBe(AREAS_WITH_MSB_CATEGORY.indexOf(s.area) >= 0);
      expect(CONSEQUENCE_LEVELS.indexOf(s.actual)).toBeLessThanOrEqual(CONSEQUENCE_LEVELS.indexOf(s.potential));
      expect(s.title.length).toBeLessThanOrEqual(255);
      expect(s.actions.length).toBeGreaterThan(0);
      expect(s.causes.length).toBeGreaterThan(0);
      expect(s.places.length).toBeGreaterThan(0);
    }
  });

  it('the schema check catches bad values', () => {
    const seed = buildRegionExempel();
    const [first, ...rest] = seed.items.deviations;
    const bad = {
      ...first,
      values: { ...first.values, Status: 'Okänd', Unit: 9999, Handler: 'nobody', ClientRequestId: rest[0].values.ClientRequestId, Extra: 1 }
    };
    const errors = schemaErrors({ ...seed, items: { ...seed.items, deviations: [bad, ...rest] } });
    expect(errors.join('\n')).toMatch(/Status 'Okänd' is not a declared choice/);
    expect(errors.join('\n')).toMatch(/Unit 9999 is not an Id in units/);
    expect(errors.join('\n')).toMatch(/Handler 'nobody' is not a seeded person/);
    expect(errors.join('\n')).toMatch(/ClientRequestId .* is not unique/);
    expect(errors.join('\n')).toMatch(/undeclared field Extra/);
    const units = seed.items.units.map((u, i) => (i === 0 ? { ...u, values: { ...u.values, UnitCode: 'X'.repeat(33) } } : u));
    expect(schemaErrors({ ...seed, items: { ...seed.items, units } }).join('\n')).toMatch(/UnitCode is 33 characters, max 32/);
    expect(listByKey('units').fields.some((f) => f.name === 'UnitCode')).toBe(true);
  });

  it('seed sources use neither Math.random nor the wall clock', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'tools', 'emulator', 'seed');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      expect({ file, random: /Math\.random/.test(source), clock: /Date\.now|new Date\(\)/.test(source) }).toEqual({ file, random: false, clock: false });
    }
  });
});
