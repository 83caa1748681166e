import { startEmulator, IRunningEmulator } from '../../../tools/emulator';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn } from './testSeed';
import { spAs, statusOf } from './helpers';

describe('emulator: fault injection', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: buildTestSeed(), lists: TEST_LISTS });
  });
  afterAll(() => emu.close());
  afterEach(() => emu.faults.clear());

  const count = async (title: string): Promise<number> =>
    (await spAs(emu, upn(PEOPLE.worker)).web.lists.getByTitle('TestStor').items.filter(`Title eq '${title}'`)()).length;

  it('three 429s with Retry-After are retried by PnPjs and the write lands exactly once', async () => {
    // PnPjs counts the first attempt among its retries: three 429s need retries: 4.
    const sp = spAs(emu, upn(PEOPLE.worker), 4);
    emu.faults.failNext(3, { status: 429, retryAfter: 1, method: 'POST', path: '/items' });
    emu.requests.reset();
    const started = Date.now();
    await sp.web.lists.getByTitle('TestStor').items.add({ Title: 'Exakt en gång' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
    const attempts = emu.requests.list({ method: 'POST' });
    expect(attempts.map((r) => r.status)).toEqual([429, 429, 429, 201]);
    expect(await count('Exakt en gång')).toBe(1);
  }, 20000);

  it('with retries: 3, three 429s exhaust PnPjs and nothing is written', async () => {
    emu.faults.failNext(3, { status: 503, retryAfter: 0, method: 'POST', path: '/items' });
    const failed = await statusOf(spAs(emu, upn(PEOPLE.worker), 3).web.lists.getByTitle('TestStor').items.add({ Title: 'Aldrig' }));
    expect(failed.status).toBe(503);
    expect(await count('Aldrig')).toBe(0);
  });

  it('a lost response: the write is done, the client sees an error and retries', async () => {
    emu.faults.add({ lose: 'status', lostStatus: 504, method: 'POST', path: '/items', count: 1 });
    const sp = spAs(emu, upn(PEOPLE.worker), 2);
    // A non-idempotent add retried after a lost response lands twice: what a client request id prevents.
    await sp.web.lists.getByTitle('TestStor').items.add({ Title: 'Två gånger' });
    expect(await count('Två gånger')).toBe(2);
    // With a unique client request id the retry is refused and the first write stands.
    emu.faults.add({ lose: 'status', lostStatus: 504, method: 'POST', path: '/items', count: 1 });
    const add = sp.web.lists.getByTitle('TryggAvvikelser').items.add({
      Title: 'Idempotent', ClientRequestId: 'lost-1', Description: 'x', OccurredAt: '2025-03-01T00:00:00Z', ReportedAt: '2025-03-01T00:00:00Z', UnitId: 2, Status: 'Ny'
    });
    const result = await statusOf(add);
    expect(result.body).toContain('SPDuplicateValuesFoundException');
    const rows = await sp.web.lists.getByTitle('TryggAvvikelser').items.filter("ClientRequestId eq 'lost-1'")();
    expect(rows.length).toBe(1);
  });

  it('stalls, and answers a percentage deterministically; admin endpoints manage rules', async () => {
    const res = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ stallMs: 300, path: 'currentuser', count: 1 }) });
    expect(res.status).toBe(201);
    const started = Date.now();
    await spAs(emu, upn(PEOPLE.worker)).web.currentUser();
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);

    const run = async (): Promise<number[]> => {
      emu.faults.clear();
      emu.faults.add({ status: 503, retryAfter: 0, percent: 50, seed: 7, path: '/_api/web/currentuser' });
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        statuses.push((await fetch(`${emu.siteUrl}/_api/web/currentuser`, { headers: { 'X-Trygg-User': upn(PEOPLE.worker), Accept: 'application/json' } })).status);
      }
      return statuses;
    };
    const first = await run();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
    expect((await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' })).status).toBe(204);
    expect(emu.faults.list()).toEqual([]);
    const bad = await fetch(`${emu.url}/_emulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'x' }) });
    expect(bad.status).toBe(400);
  });
});
