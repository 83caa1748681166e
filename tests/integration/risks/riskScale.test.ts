/** The register at 50,000 risks: every view's first page on indexed columns, never a threshold error. */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { buildRegionOrganisation, REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { generateScaleRisks } from '../../../tools/emulator/seed/risks';
import { protectedCasesSetup } from '../../../tools/emulator/seed/protectedCases';
import { descendantUnitIds } from '../../../src/domain/organisation';
import { RiskStatus } from '../../../src/domain/risks/vocabulary';
import { risksList } from '../../../src/schema/lists';
import { odataString } from '../../../src/services/odata';
import { servicesAs } from '../services/servicesHelpers';
import { spAs } from '../permissions/signedInAs';

const RISKS = 50000;

describe('the risk register at 50,000 risks', () => {
  let emulator: IRunningEmulator;

  beforeAll(async () => {
    const organisation = buildRegionOrganisation();
    emulator = await startEmulator({
      port: 0,
      seed: {
        referenceTime: REFERENCE_TIME,
        people: organisation.people,
        groups: organisation.groups,
        ...protectedCasesSetup(),
        items: { units: organisation.units, risks: generateScaleRisks(RISKS, organisation.units, REFERENCE_TIME) }
      }
    });
  }, 120000);

  afterAll(() => emulator.close());

  it('fails like SharePoint when a query filters on a column that is not indexed', async () => {
    const naive = spAs(emulator, 'peter.sjoberg').web.lists.getByTitle(risksList.title).items.filter(`Cause eq ${odataString('x')}`).top(10)();
    await expect(naive).rejects.toMatchObject({ status: 500 });
  });

  it('serves the first page of a unit with the units below it, an area, a level, overdue reviews, each sort', async () => {
    const peter = servicesAs(emulator, 'peter.sjoberg');
    const units = await peter.units.getAll();
    const hospital = units.filter((unit) => unit.code === 'RE-SJH')[0];
    const byUnit = await peter.risks.query({ unitIds: descendantUnitIds(units, hospital.id), area: 'Brandsäkerhet', sort: 'score', pageSize: 50 });
    expect(byUnit.risks.length).toBe(50);
    expect(byUnit.risks.every((risk) => risk.area === 'Brandsäkerhet')).toBe(true);
    expect(byUnit.risks.map((risk) => risk.current!.likelihood * risk.current!.consequence)).toEqual(byUnit.risks.map((risk) => risk.current!.likelihood * risk.current!.consequence).sort((x, y) => y - x));
    const next = await byUnit.next!();
    expect(next.risks.length).toBeGreaterThan(0);
    expect(next.risks.some((risk) => byUnit.risks.some((first) => first.id === risk.id))).toBe(false);
    const high = await peter.risks.query({ levelKeys: ['high', 'veryHigh'], statuses: ['Bedömd', 'Under åtgärd'], sort: 'nextReview' });
    expect(high.risks.length).toBeGreaterThan(0);
    const overdue = await peter.risks.query({ reviewBefore: new Date().toISOString(), sort: 'nextReview' });
    expect(overdue.risks.every((risk) => Date.parse(risk.nextReviewAt!) < Date.now())).toBe(true);
  });

  it('places every one of the 50,000 on the heat map in one small $batch, and a cell of thousands opens a page at a time', async () => {
    const peter = servicesAs(emulator, 'peter.sjoberg');
    const before = emulator.requests.list({}).length;
    const placements = await peter.risks.placements({});
    expect(placements).toHaveLength(RISKS);
    // One read of the newest id, one $batch of ten windows.
    expect(emulator.requests.list({}).length - before).toBeLessThanOrEqual(3);
    expect(Object.keys(placements[0]).sort()).toEqual(['current', 'id', 'inherent', 'matrixVersion']);

    const cell = placements.filter((placement) => placement.current && placement.current.likelihood === 2 && placement.current.consequence === 3).map((placement) => placement.id);
    expect(cell.length).toBeGreaterThan(1000);
    const first = await peter.risks.query({ ids: cell, sort: 'score' });
    expect(first.risks).toHaveLength(50);
    const second = await first.next!();
    expect(second.risks).toHaveLength(50);
    expect(second.risks.every((risk) => cell.indexOf(risk.id) >= 0 && first.risks.every((earlier) => earlier.id !== risk.id))).toBe(true);
  });

  it('leaves out of a windowed view\'s later page a risk that left the view after its first page was read', async () => {
    const peter = servicesAs(emulator, 'peter.sjoberg');
    const view = { statuses: ['Bedömd', 'Under åtgärd'] as RiskStatus[], sort: 'score' as const, pageSize: 50 };
    const first = await peter.risks.query(view);
    const expected = await (await servicesAs(emulator, 'peter.sjoberg').risks.query(view)).next!();
    const closed = expected.risks[0];
    await spAs(emulator, 'peter.sjoberg').web.lists.getByTitle(risksList.title).items.getById(closed.id).update({ RiskStatus: 'Avslutad' });
    const second = await first.next!();
    expect(second.risks.map((risk) => risk.id)).toEqual(expected.risks.slice(1).map((risk) => risk.id));
  });

  it('pages a view broader than 5,000 by id windows as one query would: equal scores in id order, none twice, none skipped', async () => {
    const peter = servicesAs(emulator, 'peter.sjoberg');
    const first = await peter.risks.query({ statuses: ['Bedömd', 'Under åtgärd'], sort: 'score', pageSize: 50 });
    // The windows read 500 ids ahead: the next pages are one $batch of their risks by id each.
    emulator.requests.reset();
    const pages = [first, await first.next!()];
    pages.push(await pages[1].next!());
    expect(emulator.requests.list().map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual(['POST /sites/trygg/_api/$batch', 'POST /sites/trygg/_api/$batch']);
    const read = ([] as typeof first.risks).concat(...pages.map((page) => page.risks));
    expect(read).toHaveLength(150);
    expect(new Set(read.map((risk) => risk.id)).size).toBe(150);
    const score = (risk: (typeof read)[number]): number => risk.current!.likelihood * risk.current!.consequence;
    // Highest score first; within a score (thousands share one), ascending ids, as SharePoint adds Id to the sort.
    for (let i = 1; i < read.length; i++) {
      expect(score(read[i]) < score(read[i - 1]) || (score(read[i]) === score(read[i - 1]) && read[i].id > read[i - 1].id)).toBe(true);
    }
  });
});
