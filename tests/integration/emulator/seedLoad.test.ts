import { openDatabase } from '../../../tools/emulator/storage/database';
import { ListCatalog } from '../../../tools/emulator/storage/catalog';
import { loadSeed } from '../../../tools/emulator';
import { buildTestSeed, TEST_LISTS } from './testSeed';

describe('emulator: seed loading', () => {
  // How fast is measured by npm run bench, not here.
  it('loads 50,000 items', () => {
    const db = openDatabase(':memory:');
    new ListCatalog(db, '/sites/trygg', () => new Date()).provision(TEST_LISTS);
    const seed = buildTestSeed({ largeItems: 50000 });
    const summary = loadSeed(db, seed, TEST_LISTS);
    expect(summary.items.large).toBe(50000);
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
