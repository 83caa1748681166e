import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { buildRegionExempelAtScale } from '../../../tools/emulator/seed/scale';
import { ISeedData } from '../../../tools/emulator/seed/types';
import { createSp } from '../../../src/services/createTryggServices';
import { deviationsList, protectedDeviationsList } from '../../../src/schema/lists';
import { odataString } from '../../../src/services/odata';
import { classifyError } from '../../../src/services/errors';
import { servicesAs, upn } from './servicesHelpers';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

/** SharePoint's list view threshold. */
const THRESHOLD = 5000;
/**
 * Cases in all. About a third are sensitive and kept in the protected list, so it takes this many for
 * both the open and the protected list to be above the threshold.
 */
const CASES = 17000;

// Above SharePoint's list view threshold of 5,000 items, only indexed columns may filter or sort.
describe('the repositories above the list view threshold', () => {
  let emulator: IRunningEmulator;
  let seed: ISeedData;

  beforeAll(async () => {
    seed = buildRegionExempelAtScale(CASES);
    emulator = await startEmulator({ port: 0, seed });
  }, 60000);

  afterAll(() => emulator.close());

  it('has both case lists above the threshold', () => {
    expect(seed.items.deviations.length).toBeGreaterThan(THRESHOLD);
    expect(seed.items.protectedDeviations.length).toBeGreaterThan(THRESHOLD);
  });

  it.each([
    ['open', deviationsList.title],
    ['protected', protectedDeviationsList.title]
  ])('fails like SharePoint when a query on the %s list filters on a non-indexed column', async (_store, title) => {
    const sp = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('peter.sjoberg') } });
    const naive = sp.web.lists.getByTitle(title).items.filter(`Location eq ${odataString('Väntrummet')}`).top(10)();
    await expect(naive).rejects.toMatchObject({ status: 500 });
    const error = await naive.catch((e) => e);
    expect(String(error.message)).toContain('SPQueryThrottledException');
    expect(classifyError(error).kind).toBe('unknown');
  });

  it("serves the inbox, a reporter's own reports and a lookup by client id without hitting it", async () => {
    const manager = servicesAs(emulator, 'lars.holm');
    const inbox = await manager.handling.inbox({ statuses: ['Ny', 'Mottagen', 'Utreds', 'Åtgärdas'] });
    expect(inbox.length).toBeGreaterThan(0);
    expect(inbox.every((d) => ['Ny', 'Mottagen', 'Utreds', 'Åtgärdas'].indexOf(d.status) >= 0)).toBe(true);
    // Lars's protected cases come from the large protected list too.
    expect(inbox.some((d) => d.store === 'protected')).toBe(true);

    const reporter = servicesAs(emulator, 'anna.svensson');
    const mine = await reporter.reporting.myReports();
    expect(mine.length).toBeGreaterThan(0);
    for (const store of ['open', 'protected'] as const) {
      const one = mine.filter((d) => d.store === store)[0];
      expect(one).toBeDefined();
      expect(await reporter.deviations.findByClientRequestId(one.clientRequestId)).toMatchObject({ id: one.id, store, caseNumber: one.caseNumber });
    }

    const security = servicesAs(emulator, 'peter.sjoberg');
    const violence = await security.handling.inbox({ area: 'Hot och våld', top: 50 });
    expect(violence.length).toBeGreaterThan(0);
    // Threats and violence are protected cases, all of them.
    expect(violence.every((d) => d.area === 'Hot och våld' && d.store === 'protected')).toBe(true);
  }, 30000);
});
