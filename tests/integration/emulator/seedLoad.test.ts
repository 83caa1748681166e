import { openDatabase } from '../../../tools/emulator/storage/database';
import { ListCatalog } from '../../../tools/emulator/storage/catalog';
import { loadSeed } from '../../../tools/emulator';
import { buildTestSeed, TEST_LISTS } from './testSeed';

describe('emulator: seed loading', () => {
  it('loads 50,000 items in a few seconds', () => {
    const db = openDatabase(':memory:');
    new ListCatalog(db, '/sites/trygg', () => new Date()).provision(TEST_LISTS);
    const seed = buildTestSeed({ largeItems: 50000 });
    const started = Date.now();
    const summary = loadSeed(db, seed, TEST_LISTS);
    const ms = Date.now() - started;
    expect(summary.items.large).toBe(50000);
    expect(ms).toBeLessThan(5000);
    db.close();
  });

  it('refuses an inconsistent seed with a clear message', () => {
    const db = openDatabase(':memory:');
    new ListCatalog(db, '/sites/trygg', () => new Date()).provision(TEST_LISTS);
    const seed = buildTestSeed();
    const broken = { ...seed, items: { ...seed.items, units: [{ Id: 9, values: { Title: 'X', UnitCode: 'X', UnitLevel: 'Enhet', UnitManager: 'okand.person' } }] } };
    expect(() => loadSeed(db, broken, TEST_LISTS)).toThrow("unknown person key 'okand.person'");
    db.close();
  });
});
