import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { buildRegionExempelAtScale } from '../../../tools/emulator/seed/scale';
import { createSp } from '../../../src/services/createTryggServices';
import { deviationsList } from '../../../src/schema/lists';
import { odataString } from '../../../src/services/odata';
import { classifyError } from '../../../src/services/errors';
import { servicesAs, upn } from './servicesHelpers';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

// Above SharePoint's list view threshold of 5,000 items, only indexed columns may filter or sort.
describe('the repositories above the list view threshold', () => {
  let emulator: IRunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: buildRegionExempelAtScale(6000) });
  }, 60000);

  afterAll(() => emulator.close());

  it('fails like SharePoint when a query filters on a non-indexed column', async () => {
    const sp = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('peter.sjoberg') } });
    const naive = sp.web.lists.getByTitle(deviationsList.title).items.filter(`Location eq ${odataString('Väntrummet')}`).top(10)();
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

    const reporter = servicesAs(emulator, 'anna.svensson');
    const mine = await reporter.reporting.myReports();
    expect(mine.length).toBeGreaterThan(0);
    expect(await reporter.deviations.findByClientRequestId(mine[0].clientRequestId)).toMatchObject({ id: mine[0].id });

    const security = servicesAs(emulator, 'peter.sjoberg');
    const violence = await security.handling.inbox({ area: 'Hot och våld', top: 50 });
    expect(violence.length).toBeGreaterThan(0);
    expect(violence.every((d) => d.area === 'Hot och våld')).toBe(true);
  }, 30000);
});
