/**
 * "Min säkerhet" over SharePoint's list view threshold (issue #16): with 12,000 governing documents
 * a read of every live document is refused in one query. An employee's page reads only her own
 * documents and those asking her to confirm reading; a manager's, who counts his units' documents
 * for PDSA, is read again by id windows after the batch. Both pages load, with every document due.
 */
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { buildRegionOrganisation, REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { generateScaleDocuments } from '../../../tools/emulator/seed/documentsAtScale';
import { ISeedItem } from '../../../tools/emulator/seed/types';
import { unitAncestry } from '../../../src/domain/organisation';
import { regionExempel, servicesAs } from '../services/servicesHelpers';

const NOW = new Date(REFERENCE_TIME);
const DOCUMENTS = 12000;

describe('Min säkerhet with 12,000 governing documents', () => {
  let emulator: IRunningEmulator;
  let scale: ISeedItem[];

  beforeAll(async () => {
    const region = regionExempel();
    const organisation = buildRegionOrganisation();
    scale = generateScaleDocuments(DOCUMENTS, { referenceTime: REFERENCE_TIME, people: organisation.people, units: organisation.units, groups: organisation.groups }, 1000);
    const curated = (region.items.governingDocuments || []) as ISeedItem[];
    emulator = await startEmulator({ port: 0, now: () => NOW, seed: { ...region, items: { ...region.items, governingDocuments: [...curated, ...scale] } } });
  }, 120000);

  afterAll(() => emulator.close());

  it("gives an employee every published document that asks her unit to confirm reading, in two requests", async () => {
    const anna = servicesAs(emulator, 'anna.svensson', () => NOW);
    const units = await anna.units.getAll();
    const myUnits = unitAncestry(units, units.filter((unit) => unit.code === 'RE-SJH-AKU')[0].id).map((unit) => unit.id);
    const asking = scale
      .filter((item) => item.values.DocumentStatus === 'Publicerad' && typeof item.values.ReadAudience === 'string')
      .filter((item) => (JSON.parse(item.values.ReadAudience as string) as { unitIds: number[] }).unitIds.some((id) => myUnits.indexOf(id) >= 0))
      .map((item) => item.values.DocumentNumber as string);
    expect(asking.length).toBeGreaterThan(0);
    emulator.requests.reset();
    const page = await anna.mySecurity.load();
    expect(emulator.requests.list().filter((request) => !/\/_api\/contextinfo$/i.test(request.path)).length).toBeLessThanOrEqual(2);
    const confirmations = page.sections.filter((section) => section.key === 'documents')[0].items.filter((item) => item.kind === 'documentConfirmation');
    expect(confirmations.map((item) => item.reference)).toEqual(expect.arrayContaining(asking));
    expect(page.truncated).toEqual([]);
  });

  it("loads a manager's page with his unit's PDSA state, every live document read by id windows after the batch", async () => {
    emulator.requests.reset();
    const page = await servicesAs(emulator, 'lars.holm', () => NOW).mySecurity.load();
    // Who I am, the batch, then the library's newest id and one batch of windows: SharePoint refused the read of every live document.
    const requests = emulator.requests.list().filter((request) => !/\/_api\/contextinfo$/i.test(request.path));
    expect(requests.length).toBe(4);
    expect(decodeURIComponent(requests[2].path)).toContain('TryggStyrandeDokument');
    expect(page.unit && page.unit.code).toBe('RE-SJH-AKU');
    const akuten = page.unit!.id;
    const published = scale.filter((item) => item.values.ScopeUnitId === akuten && item.values.DocumentStatus === 'Publicerad').length;
    expect(published).toBeGreaterThan(0);
    expect(page.pdsa && page.pdsa.unitId).toBe(akuten);
    expect(page.truncated).not.toContain('TryggStyrandeDokument');
  });
});
