import { startEmulator, IRunningEmulator } from '../../../tools/emulator';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn } from './testSeed';
import { spAs, statusOf } from './helpers';

describe('emulator: $batch as sp.batched() sends it', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: buildTestSeed({ largeItems: 20 }), lists: TEST_LISTS });
  });
  afterAll(() => emu.close());

  it('answers 10 reads in ONE HTTP request', async () => {
    const sp = spAs(emu, upn(PEOPLE.worker));
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('TestStor');
    const results: Promise<{ Id: number; Title: string }>[] = [];
    for (let id = 1; id <= 10; id++) results.push(list.items.getById(id).select('Id', 'Title')());
    emu.requests.reset();
    await execute();
    const rows = await Promise.all(results);
    expect(rows.map((r) => r.Id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows[4].Title).toBe('Rad 5');
    expect(emu.requests.count()).toBe(1);
    expect(emu.requests.list()[0]).toMatchObject({ method: 'POST', batchParts: 10, status: 200 });
    expect(emu.requests.list()[0].path).toContain('/_api/$batch');
  });

  it('runs writes in changesets and reports each part\'s own result', async () => {
    const sp = spAs(emu, upn(PEOPLE.worker));
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('TestStor');
    const added = list.items.add({ Title: 'I batch', Seq: 9001 });
    const updated = list.items.getById(1).update({ Remark: 'ändrad' });
    const failing = list.items.getById(99999)();
    const read = list.items.getById(2).select('Title')();
    await execute();
    expect((await added).Title).toBe('I batch');
    expect((await updated).etag).toBe('"2"');
    expect((await statusOf(failing)).status).toBe(404);
    expect((await read).Title).toBe('Rad 2');
    expect((await sp.web.lists.getByTitle('TestStor').items.getById(1).select('Remark')()).Remark).toBe('ändrad');
  });

  it('rejects a malformed batch body with 400', async () => {
    const res = await fetch(`${emu.siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'X-Trygg-User': upn(PEOPLE.worker), 'Content-Type': 'multipart/mixed; boundary=batch_x' },
      body: '--batch_x\nContent-Type: application/http\n\nNOT A REQUEST LINE\n'
    });
    expect(res.status).toBe(400);
    expect((await res.json())['odata.error'].code).toContain('ODataException');
  });
});
