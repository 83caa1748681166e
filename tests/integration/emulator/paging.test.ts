import { startEmulator, IRunningEmulator } from '../../../tools/emulator';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn } from './testSeed';
import { spAs, statusOf } from './helpers';

describe('emulator: paging and the list view threshold', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    // 6,000 items, seeded directly (not over HTTP): above the 5,000-item threshold.
    emu = await startEmulator({ port: 0, seed: buildTestSeed({ largeItems: 6000 }), lists: TEST_LISTS });
  });
  afterAll(() => emu.close());

  const large = () => spAs(emu, upn(PEOPLE.worker)).web.lists.getByTitle('TestStor');

  it('pages through 6,000 items with for await, following odata.nextLink', async () => {
    emu.requests.reset();
    const seen: number[] = [];
    let pages = 0;
    for await (const page of large().items.select('Id', 'Seq').top(1000)) {
      pages++;
      seen.push(...page.map((r: { Id: number }) => r.Id));
    }
    expect(pages).toBe(6);
    expect(seen.length).toBe(6000);
    expect(new Set(seen).size).toBe(6000);
    expect(seen.slice(0, 3)).toEqual([1, 2, 3]);
    expect(emu.requests.count({ pathContains: 'TestStor' })).toBe(6);
    expect(emu.requests.list()[1].path).toContain('skiptoken');
  });

  it('pages in descending order of an indexed column, without gaps or repeats', async () => {
    const seen: number[] = [];
    for await (const page of large().items.select('Id', 'Seq').filter('Seq le 2500').orderBy('Seq', false).top(700)) {
      seen.push(...page.map((r: { Seq: number }) => r.Seq));
    }
    expect(seen.length).toBe(2500);
    expect(seen[0]).toBe(2500);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((v, i) => i === 0 || v < seen[i - 1])).toBe(true);
  });

  it('refuses a filter or sort on a non-indexed column of a list above the threshold', async () => {
    const filtered = await statusOf(large().items.filter("Remark eq 'hundra'")());
    expect(filtered.status).toBe(500);
    expect(filtered.body).toContain('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    expect(filtered.body).toContain('The attempted operation is prohibited because it exceeds the list view threshold.');
    expect((await statusOf(large().items.orderBy('Title')())).status).toBe(500);
    // An indexed filter that still matches more than the threshold is refused too.
    expect((await statusOf(large().items.filter("Bucket eq 'A' or Bucket eq 'B'")())).status).toBe(500);
  });

  it('serves indexed queries on the same list', async () => {
    const rows = await large().items.filter("Bucket eq 'C' and Seq gt 5").select('Id', 'Seq').orderBy('Seq', false)();
    expect(rows.map((r: { Seq: number }) => r.Seq)).toEqual([10, 9, 8, 7, 6]);
    const byId = await large().items.filter('Id ge 5990').select('Id')();
    expect(byId.length).toBe(11);
  });

  it('uses SharePoint\'s default $top of 100', async () => {
    const rows = await large().items.select('Id')();
    expect(rows.length).toBe(100);
  });
});
