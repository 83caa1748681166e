/**
 * The risk register at scale: the first page of its views at `count` risks through the product's
 * repository (indexed filters and sorts, id windows for views broader than SharePoint serves in one
 * query), against the naive read of every risk with every column, filtered and sorted in the client.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startEmulator } from '../emulator';
import { buildRegionOrganisation, REFERENCE_TIME } from '../emulator/seed/regionExempel';
import { generateScaleRisks } from '../emulator/seed/risks';
import { protectedCasesSetup } from '../emulator/seed/protectedCases';
import { createSp, createTryggServices } from '../../src/services/createTryggServices';
import { descendantUnitIds } from '../../src/domain/organisation';
import { risksList } from '../../src/schema/lists';
import { ListAccess, ListItem, readAllPages } from '../../src/services/lists/listAccess';
import { ratio, table, time } from './measure';

async function readAllRisks(sp: SPFI): Promise<ListItem[]> {
  const access = new ListAccess(sp, risksList);
  return readAllPages<ListItem>(access.list.items.select(...access.select).expand(...access.expand).top(5000));
}

export async function benchRiskRegister(count: number): Promise<string> {
  const organisation = buildRegionOrganisation();
  const started = Date.now();
  const risks = generateScaleRisks(count, organisation.units, REFERENCE_TIME);
  const emulator = await startEmulator({
    port: 0,
    seed: { referenceTime: REFERENCE_TIME, people: organisation.people, groups: organisation.groups, ...protectedCasesSetup(), items: { units: organisation.units, risks } }
  });
  const loadedMs = Date.now() - started;
  try {
    const options = { siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': 'peter.sjoberg@regionexempel.se' } };
    const services = createTryggServices(options);
    const sp = createSp(options);
    const units = await services.units.getAll();
    const hospital = units.filter((unit) => unit.code === 'RE-SJH')[0];
    const hospitalIds = descendantUnitIds(units, hospital.id);
    const byScore = (a: ListItem, b: ListItem): number => Number(b.CurrentScore || 0) - Number(a.CurrentScore || 0);
    const views: { name: string; ours: () => Promise<unknown>; naive: (all: ListItem[]) => unknown }[] = [
      { name: 'whole register by score', ours: () => services.risks.query({ sort: 'score' }), naive: (all) => all.sort(byScore).slice(0, 50) },
      {
        name: 'a förvaltning and its units, one area, by score',
        ours: () => services.risks.query({ unitIds: hospitalIds, area: 'Brandsäkerhet', sort: 'score' }),
        naive: (all) => all.filter((item) => hospitalIds.indexOf(Number(item.UnitId)) >= 0 && item.SecurityArea === 'Brandsäkerhet').sort(byScore).slice(0, 50)
      },
      {
        name: 'high and very high, in treatment (broader than one query may be)',
        ours: () => services.risks.query({ levelKeys: ['high', 'veryHigh'], statuses: ['Bedömd', 'Under åtgärd'], sort: 'score' }),
        naive: (all) => all.filter((item) => ['high', 'veryHigh'].indexOf(String(item.CurrentLevel)) >= 0).sort(byScore).slice(0, 50)
      }
    ];
    // The heat map counts every matching risk: the lean read of the assessment columns by id windows.
    views.push({ name: 'heat map of the whole register (every risk placed)', ours: () => services.risks.placements({}), naive: (all) => all.length });
    const rows: string[][] = [];
    for (const view of views) {
      const ours = await time(5, view.ours);
      const naive = await time(3, async () => view.naive(await readAllRisks(sp)));
      rows.push([view.name, `${ours.medianMs.toFixed(0)} ms`, `${naive.medianMs.toFixed(0)} ms`, ratio(naive.medianMs, ours.medianMs)]);
    }
    return [
      `### Risk register: first page and heat map with ${count.toLocaleString('en-US')} risks`,
      '',
      `Seed generated and loaded in ${loadedMs} ms. Median of repeated runs over HTTP, as the security function. The naive baseline reads every risk with every column and filters and sorts in the client (for the heat map: places them).`,
      '',
      table(['view', 'Trygg (median)', 'naive (median)', 'naive / Trygg'], rows)
    ].join('\n');
  } finally {
    await emulator.close();
  }
}
