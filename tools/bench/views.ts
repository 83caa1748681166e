/**
 * HTTP requests per view and query times at scale, against the emulator: Trygg's services as
 * the web parts call them, and a naive baseline that does what an unplanned client would
 * (read whole lists and filter in the browser, fetch details one case at a time).
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator, startEmulator } from '../emulator';
import { buildRegionExempel } from '../emulator/seed/regionExempel';
import { buildRegionExempelAtScale } from '../emulator/seed/scale';
import { createSp, createTryggServices } from '../../src/services/createTryggServices';
import { deviationActionsList, deviationsList, protectedActionsList, protectedDeviationsList } from '../../src/schema/lists';
import { ITryggServices } from '../../src/services/ITryggServices';
import { ratio, table, time } from './measure';
import { pdsaRequestRows } from './pdsaViews';

const upn = (key: string): string => `${key}@regionexempel.se`;

function clients(emulator: IRunningEmulator, key: string): { services: ITryggServices; sp: SPFI } {
  const options = { siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn(key) } };
  return { services: createTryggServices(options), sp: createSp(options) };
}

async function readAll(sp: SPFI, title: string): Promise<Record<string, unknown>[]> {
  const all: Record<string, unknown>[] = [];
  for await (const page of sp.web.lists.getByTitle(title).items.top(1000)) all.push(...page);
  return all;
}

/** Every case the user may read, open and protected, one list after the other, page by page. */
async function readAllCases(sp: SPFI): Promise<(Record<string, unknown> & { actionsList: string })[]> {
  const open = (await readAll(sp, deviationsList.title)).map((item) => ({ ...item, actionsList: deviationActionsList.title }));
  const kept = (await readAll(sp, protectedDeviationsList.title)).map((item) => ({ ...item, actionsList: protectedActionsList.title }));
  return open.concat(kept);
}

/** The naive inbox: every case, filtered in the browser, then each case's actions one by one. */
async function naiveInbox(sp: SPFI, handlerId: number): Promise<number> {
  const mine = (await readAllCases(sp)).filter((item) => item.HandlerId === handlerId);
  for (const item of mine) {
    await sp.web.lists.getByTitle(item.actionsList).items.filter(`DeviationId eq ${item.Id}`)();
  }
  return mine.length;
}

async function countRequests(emulator: IRunningEmulator, work: () => Promise<unknown>): Promise<number> {
  emulator.requests.reset();
  await work();
  return emulator.requests.count();
}

export async function benchRequestsPerView(count: number): Promise<string> {
  const emulator = await startEmulator({ port: 0, seed: count > 0 ? buildRegionExempelAtScale(count) : buildRegionExempel() });
  try {
    const rows: (string | number)[][] = [];
    const fresh = (key: string): ReturnType<typeof clients> => clients(emulator, key);

    const reportOurs = await countRequests(emulator, async () => {
      const { services } = fresh('anna.svensson');
      await Promise.all([services.units.getAll(), services.directory.me(), services.reporting.myReports()]);
    });
    const reportNaive = await countRequests(emulator, async () => {
      const { sp, services } = fresh('anna.svensson');
      const me = await services.currentUser.get();
      await readAll(sp, 'TryggEnheter');
      await services.directory.me();
      (await readAllCases(sp)).filter((item) => item.ReporterId === me.id);
    });
    rows.push(['report form + my reports (anna.svensson)', reportOurs, reportNaive, ratio(reportNaive, reportOurs)]);

    const inboxOurs = await countRequests(emulator, async () => {
      const { services } = fresh('lars.holm');
      // What the inbox shows first (lean rows), then the case opened in full.
      const inbox = await services.handling.inboxRows();
      if (inbox.length > 0) await services.handling.get(inbox[0].caseNumber);
    });
    const inboxNaive = await countRequests(emulator, async () => {
      const { services, sp } = fresh('lars.holm');
      const me = await services.currentUser.get();
      await naiveInbox(sp, me.id);
    });
    rows.push(['inbox + open a case (lars.holm)', inboxOurs, inboxNaive, ratio(inboxNaive, inboxOurs)]);
    // The seed has two years of PDSA work; the deviation-scale seed has none.
    if (count === 0) rows.push(...(await pdsaRequestRows(emulator, fresh, new Date().getUTCFullYear())));

    return [
      `### HTTP requests per view (${count > 0 ? `${count.toLocaleString('en-US')} deviations` : 'Region Exempel seed'})`,
      '',
      'Requests the emulator answered for one cold load of the view (a `$batch` counts as one).',
      '',
      table(['view', 'Trygg', 'naive', 'naive / Trygg'], rows)
    ].join('\n');
  } finally {
    await emulator.close();
  }
}

export async function benchQueriesAtScale(count: number): Promise<string> {
  // The emulator's own capacity (what the timed tests used to assert): generating and loading the seed.
  const started = Date.now();
  const seed = buildRegionExempelAtScale(count);
  const generatedMs = Date.now() - started;
  const emulator = await startEmulator({ port: 0, seed });
  const loadedMs = Date.now() - started - generatedMs;
  const withOwnPermissions = [...seed.items.protectedDeviations, ...seed.items.protectedActions].length;
  try {
    const { services, sp } = clients(emulator, 'lars.holm');
    const me = await services.currentUser.get();
    await services.units.getAll();
    // The inbox's list as the web part reads it: lean rows, long text when a case is opened.
    const ours = await time(5, () => services.handling.inboxRows());
    const naive = await time(3, async () => (await readAllCases(sp)).filter((item) => item.HandlerId === me.id));
    const security = clients(emulator, 'peter.sjoberg').services;
    const area = await time(5, () => security.handling.inbox({ area: 'Hot och våld', statuses: ['Ny', 'Mottagen'] }));
    const securitySp = clients(emulator, 'peter.sjoberg').sp;
    const naiveArea = await time(3, async () => (await readAllCases(securitySp)).filter((item) => item.SecurityArea === 'Hot och våld'));
    return [
      `### Query times with ${count.toLocaleString('en-US')} deviations`,
      '',
      `Seed generated in ${generatedMs} ms and loaded in ${loadedMs} ms (${withOwnPermissions.toLocaleString('en-US')} items with permissions of their own). Median of repeated runs, over HTTP to the emulator (SQLite with the schema's indexes). The naive baseline pages through the whole list and filters in the client, the only way a non-indexed filter can work above the 5,000-item threshold.`,
      '',
      table(
        ['query', 'Trygg (median)', 'naive (median)', 'naive / Trygg'],
        [
          ["manager's inbox (lars.holm)", `${ours.medianMs.toFixed(0)} ms`, `${naive.medianMs.toFixed(0)} ms`, ratio(naive.medianMs, ours.medianMs)],
          ['open threats-and-violence cases (security function)', `${area.medianMs.toFixed(0)} ms`, `${naiveArea.medianMs.toFixed(0)} ms`, ratio(naiveArea.medianMs, area.medianMs)]
        ]
      )
    ].join('\n');
  } finally {
    await emulator.close();
  }
}
