/**
 * The regional aggregate (TryggStatistik) over HTTP: compiled by the Trygg function as the app,
 * read by everyone through the statistics service, written by nobody else.
 */
import { spfi, SPFI, DefaultInit, DefaultHeaders } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders, Queryable } from '@pnp/queryable';
import { TimelinePipe } from '@pnp/core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { APP_HEADER, IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { PROTECTED_CASES_APP } from '../../../tools/emulator/seed/protectedCases';
import { REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { buildRegionExempelAtScale } from '../../../tools/emulator/seed/scale';
import { ISeedData } from '../../../tools/emulator/seed/types';
import { createSp, createTryggServices } from '../../../src/services/createTryggServices';
import { StatisticsAggregator } from '../../../src/services/deviations/StatisticsAggregator';
import { aggregateValues, StatisticsAggregateRepository } from '../../../src/services/deviations/StatisticsAggregateRepository';
import { groupKey, statisticsFor } from '../../../src/domain/deviations/statisticsAggregate';
import { monthKey, monthsBack, monthsBetween } from '../../../src/domain/deviations/months';
import { deviationAggregateList } from '../../../src/schema/lists';
import { ListItem } from '../../../src/services/lists/listAccess';
import { regionExempel, servicesAs, upn } from './servicesHelpers';

const NOW = new Date(REFERENCE_TIME);
const CURRENT = monthKey(REFERENCE_TIME);
const COMPILED = monthsBetween(monthsBack(CURRENT, 24), CURRENT);
const LAST_12 = monthsBetween(monthsBack(CURRENT, 12), CURRENT);

/** As the Trygg function reaches SharePoint: app-only, with any extra behaviours (a fault at the right moment). */
function appSp(emulator: IRunningEmulator, behaviors: TimelinePipe<Queryable>[] = []): SPFI {
  return createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { [APP_HEADER]: PROTECTED_CASES_APP.clientId }, behaviors });
}

/** Every row of the list by GroupKey: its ETag (a new one on every write) and its values. */
async function snapshot(emulator: IRunningEmulator): Promise<Map<string, { etag: string; values: string }>> {
  const rows = await new StatisticsAggregateRepository(appSp(emulator)).read(COMPILED);
  const items: ListItem[] = await appSp(emulator).web.lists.getByTitle(deviationAggregateList.title).items.select('Id').top(5000)();
  const etags = new Map(items.map((item) => [item.Id, String(item['odata.etag'])] as [number, string]));
  return new Map(rows.map((stored) => [stored.key, { etag: etags.get(stored.id) as string, values: JSON.stringify(aggregateValues(stored.row, '')) }]));
}

/** Just before the `n`th `$batch` this client sends, the emulator is told to fail it (500, not retried, nothing written). */
function failBatch(emulator: IRunningEmulator, n: number): TimelinePipe<Queryable> {
  let seen = 0;
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      if (/\/_api\/\$batch$/.test(url) && ++seen === n) emulator.faults.add({ method: 'POST', path: '$batch', status: 500, count: 1 });
      return [url, init, result];
    });
    return instance;
  };
}

describe('the Trygg function compiling the aggregate', () => {
  let emulator: IRunningEmulator;
  const seeded = regionExempel().items.deviationAggregate;

  beforeAll(async () => {
    // Region Exempel before its first compilation.
    const region = regionExempel();
    emulator = await startEmulator({ port: 0, seed: { ...region, items: { ...region.items, deviationAggregate: [] } } });
  });

  afterAll(() => emulator.close());

  it('completes a compilation that stopped half-way when it runs again', async () => {
    // 148 groups: a first chunk of 100 and a second of 48; the second fails.
    expect(seeded.length).toBeGreaterThan(100);
    const failing = new StatisticsAggregator(appSp(emulator, [failBatch(emulator, 4)])); // reads, reads, writes, writes
    await expect(failing.refresh(NOW)).rejects.toMatchObject({ status: 500 });
    expect((await snapshot(emulator)).size).toBe(100);

    const result = await new StatisticsAggregator(appSp(emulator)).refresh(NOW);
    expect(result).toEqual({ rows: seeded.length, months: 24, added: seeded.length - 100, updated: 0, deleted: 0, unchanged: 100 });
  });

  it('writes the rows the seed compiles from the same cases', async () => {
    const rows = await snapshot(emulator);
    const expected = new Map(seeded.map((item) => [String(item.values.GroupKey), JSON.stringify({ ...item.values, ComputedAt: '' })]));
    expect(Array.from(rows.keys()).sort()).toEqual(Array.from(expected.keys()).sort());
    rows.forEach((row, key) => expect(row.values).toBe(expected.get(key)));
  });

  it('writes nothing when it runs again over the same cases', async () => {
    const before = await snapshot(emulator);
    emulator.requests.reset();
    const result = await new StatisticsAggregator(appSp(emulator)).refresh(NOW);
    expect(result).toEqual({ rows: seeded.length, months: 24, added: 0, updated: 0, deleted: 0, unchanged: seeded.length });
    // Reads only: every live case and action in one $batch with which yearly archives of protected
    // cases exist (none here), then the rows already there.
    expect(emulator.requests.list().map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual([
      'POST /sites/trygg/_api/$batch',
      'POST /sites/trygg/_api/$batch'
    ]);
    expect(await snapshot(emulator)).toEqual(before);
  });

  it('rewrites exactly the groups a handled case moves between', async () => {
    const lars = servicesAs(emulator, 'lars.holm', () => NOW);
    const inbox = await lars.handling.inbox({ statuses: ['Ny'] });
    const deviation = inbox.filter((item) => item.store === 'open')[0];
    const outcome = await lars.handling.transition(deviation, 'Mottagen');
    expect(outcome.kind).toBe('saved');
    const dimensions = { month: monthKey(deviation.reportedAt), unitId: deviation.unit && deviation.unit.id, area: deviation.area, type: deviation.type };

    const before = await snapshot(emulator);
    const result = await new StatisticsAggregator(appSp(emulator)).refresh(NOW);
    const after = await snapshot(emulator);
    const changed = Array.from(new Set([...before.keys(), ...after.keys()])).filter((key) => JSON.stringify(before.get(key)) !== JSON.stringify(after.get(key)));
    expect(changed.sort()).toEqual([groupKey({ ...dimensions, status: 'Mottagen' }), groupKey({ ...dimensions, status: 'Ny' })].sort());
    expect(result.added + result.updated + result.deleted).toBe(2);
  });
});

describe('regional statistics for every role', () => {
  let emulator: IRunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: regionExempel(), now: () => NOW });
  });

  afterAll(() => emulator.close());

  /** Every URL the person's PnPjs sends, batched parts included (the emulator logs a $batch as one request). */
  function recorded(urls: string[]): TimelinePipe<Queryable> {
    return (instance: Queryable) => {
      instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
        urls.push(decodeURIComponent(url));
        return [url, init, result];
      });
      return instance;
    };
  }

  it('gives the employee, the manager and the security function the same figures for the region', async () => {
    const figures = [];
    for (const key of ['anna.svensson', 'lars.holm', 'peter.sjoberg']) {
      const data = await servicesAs(emulator, key, () => NOW).statistics.load(LAST_12);
      expect(data.source).toBe(key === 'peter.sjoberg' ? 'live' : 'aggregate');
      if (data.source === 'aggregate') expect(data.computedAt).toBe(NOW.toISOString());
      figures.push(statisticsFor(data, { units: data.units, months: LAST_12, now: NOW, missingKey: '' }));
    }
    expect(figures[0].total).toBeGreaterThan(50);
    expect(figures[1]).toEqual(figures[0]);
    expect(figures[2]).toEqual(figures[0]);
  });

  it('asks nothing of an employee that answers an error, and reads no case or action list for them', async () => {
    const urls: string[] = [];
    const anna = createTryggServices({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('anna.svensson') }, behaviors: [recorded(urls)] });
    emulator.requests.reset();
    const data = await anna.statistics.load(LAST_12);
    expect(data.source === 'aggregate' && data.rows.length).toBeGreaterThan(0);
    expect(emulator.requests.list().filter((request) => request.status >= 400)).toEqual([]);
    expect(urls.filter((url) => /getByTitle\('(TryggAtgarder|TryggSkyddadeAtgarder)'\)|getByTitle\('(TryggAvvikelser|TryggSkyddadeAvvikelser)'\)\/items/i.test(url))).toEqual([]);
    expect(urls.some((url) => url.indexOf(`getByTitle('${deviationAggregateList.title}')/items`) >= 0)).toBe(true);
  });

  it.each(['anna.svensson', 'lars.holm', 'peter.sjoberg'])('refuses %s any write to the aggregate with stock PnPjs', async (key) => {
    const sp = spfi(emulator.siteUrl).using(DefaultInit(), DefaultHeaders(), DefaultParse(), BrowserFetchWithRetry({ retries: 1 }), InjectHeaders({ 'X-Trygg-User': upn(key) }));
    const list = sp.web.lists.getByTitle(deviationAggregateList.title);
    const [first] = await list.items.select('Id').top(1)();
    const forged = { Title: 'x', GroupKey: `${CURRENT}|||Avvikelse|Ny`, Month: CURRENT, Status: 'Ny', CaseCount: 999, ComputedAt: NOW.toISOString() };
    await expect(list.items.add(forged)).rejects.toMatchObject({ status: 403 });
    await expect(list.items.getById(first.Id).update({ CaseCount: 0 })).rejects.toMatchObject({ status: 403 });
    await expect(list.items.getById(first.Id).delete()).rejects.toMatchObject({ status: 403 });
  });
});

// Above SharePoint's list view threshold of 5,000 items, only indexed filters that narrow below it hold.
describe('the aggregate above the list view threshold', () => {
  let emulator: IRunningEmulator;
  let seed: ISeedData;

  beforeAll(async () => {
    seed = buildRegionExempelAtScale(17000);
    emulator = await startEmulator({ port: 0, seed, now: () => NOW });
  }, 60000);

  afterAll(() => emulator.close());

  it('compiles every case of both lists, and reads the compiled figures back, month by month', async () => {
    expect(seed.items.deviations.length).toBeGreaterThan(5000);
    expect(seed.items.protectedDeviations.length).toBeGreaterThan(5000);
    const result = await new StatisticsAggregator(appSp(emulator)).refresh(NOW);
    expect(result.rows).toBeGreaterThan(5000);
    expect(result.added).toBe(result.rows);

    const anna = await servicesAs(emulator, 'anna.svensson', () => NOW).statistics.load(LAST_12);
    const peter = await servicesAs(emulator, 'peter.sjoberg', () => NOW).statistics.load(LAST_12);
    const scope = { units: anna.units, months: LAST_12, now: NOW, missingKey: '' };
    const compiled = statisticsFor(anna, scope);
    expect(compiled.total).toBeGreaterThan(5000);
    expect(compiled).toEqual(statisticsFor(peter, scope));
  }, 120000);
});
