/**
 * The Excel import of the risk register through the real services and the emulator: a 500-row file
 * with three bad rows, nothing written before apply, export and re-import as a no-op, ETag-guarded
 * updates by risk number, and a retried apply after a lost answer that adds nothing twice.
 */
import * as ExcelJS from 'exceljs';
import { IRunningEmulator } from '../../../tools/emulator';
import { createGraph, createSp, IUrlServicesOptions } from '../../../src/services/createTryggServices';
import { CurrentUserService } from '../../../src/services/currentUser/CurrentUserService';
import { GraphDirectory } from '../../../src/services/directory/GraphDirectory';
import { SitePeople } from '../../../src/services/people';
import { RiskImportService } from '../../../src/services/risks/RiskImportService';
import { RiskMatrixRepository } from '../../../src/services/risks/RiskMatrixRepository';
import { RiskRepository } from '../../../src/services/risks/RiskRepository';
import { UnitRepository } from '../../../src/services/units/UnitRepository';
import { DEFAULT_RISK_MATRIX } from '../../../src/domain/risks/matrix';
import { IImportPreview, levelLabels, previewImport, suggestColumnMapping, suggestLevelMapping } from '../../../src/domain/risks/riskImport';
import { IOrganisationUnit } from '../../../src/domain/organisation';
import { IRisk, IRiskMatrix } from '../../../src/domain/risks/types';
import { readRiskWorkbook, writeRiskWorkbook } from '../../../src/webparts/riskRegister/excel/riskWorkbook';
import { startRegion, upn } from './servicesHelpers';

const HEADERS = ['Nr', 'Titel', 'Enhet', 'Område', 'Sannolikhet', 'Konsekvens', 'Riskägare', 'Nästa översyn'];
const inDays = (days: number): Date => new Date(`${new Date(Date.now() + days * 86400000).toISOString().slice(0, 10)}T00:00:00.000Z`);

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register');
  rows.forEach((row) => sheet.addRow(row));
  return new Uint8Array(await workbook.xlsx.writeBuffer()).slice().buffer;
}

describe('importing the risk register from Excel', () => {
  let emulator: IRunningEmulator;
  let importer: RiskImportService;
  let repository: RiskRepository;
  let units: IOrganisationUnit[];
  let matrix: IRiskMatrix;

  /** Every stored risk whose title starts with the prefix, read page by page as the register does. */
  async function risksTitled(prefix: string): Promise<IRisk[]> {
    const found: IRisk[] = [];
    let page = await repository.query({ pageSize: 500, sort: 'newest' });
    for (;;) {
      found.push(...page.risks.filter((risk) => risk.title.indexOf(prefix) === 0));
      if (!page.next || page.risks.length === 0) return found;
      page = await page.next();
    }
  }

  /** Reads a file and previews it the way the panel does, with the suggested mappings. */
  async function previewOf(bytes: ArrayBuffer): Promise<{ preview: IImportPreview; fileId: string }> {
    const file = await readRiskWorkbook(bytes);
    if (file.kind !== 'read') throw new Error(`refused: ${file.reason}`);
    const mapping = suggestColumnMapping(file.headers);
    const levels = suggestLevelMapping(levelLabels(file.rows, mapping), matrix);
    const context = await importer.context(file.rows, mapping, matrix);
    return { preview: previewImport(file.rows, mapping, levels, context), fileId: file.fileId };
  }

  const writes = (): number => emulator.requests.list().filter((request) => request.method.toUpperCase() !== 'GET').length;

  beforeAll(async () => {
    emulator = await startRegion();
    const options: IUrlServicesOptions = { siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('peter.sjoberg') } };
    const sp = createSp(options);
    repository = new RiskRepository(sp);
    const unitRepository = new UnitRepository(sp);
    const currentUser = new CurrentUserService(sp);
    importer = new RiskImportService({
      risks: repository,
      people: new SitePeople(sp),
      directory: new GraphDirectory(createGraph(options)),
      currentUser,
      units: unitRepository,
      now: () => new Date()
    });
    // The register reads who the user is (one $batch of reads, a POST) before it offers an import at all.
    await currentUser.get();
    units = await unitRepository.getAll();
    matrix = (await new RiskMatrixRepository(sp).current()) || DEFAULT_RISK_MATRIX;
  });

  afterAll(() => emulator.close());

  it('reports exactly the three bad rows, writes nothing before apply, then adds the other 497', async () => {
    const [first, second] = units.filter((unit) => unit.level === 'Enhet');
    const rows: ExcelJS.CellValue[][] = [HEADERS];
    for (let i = 1; i <= 500; i++) {
      rows.push([
        i,
        i === 420 ? '' : `Importtest ${i}`,
        i === 33 ? 'Enheten som inte finns' : i % 2 === 0 ? first.title : second.code,
        i % 2 === 0 ? 'Brandsäkerhet' : 'Driftsäkerhet',
        i === 250 ? 'Kanske' : ['Mycket osannolik', 'Osannolik', 'Möjlig'][i % 3],
        ['Begränsad', 'Måttlig'][i % 2],
        upn('lars.holm'),
        inDays(60)
      ]);
    }
    emulator.requests.reset();
    const { preview, fileId } = await previewOf(await xlsx(rows));
    expect(preview.summary).toEqual({ total: 500, add: 497, update: 0, unchanged: 0, invalid: 3 });
    expect(preview.rows.filter((row) => row.action === 'invalid').map((row) => [row.rowNumber, row.errors])).toEqual([
      [34, { unitId: 'unknownUnit' }],
      [251, { current: 'unknownLevel' }],
      [421, { title: 'required' }]
    ]);
    expect(await importer.apply(preview, fileId)).toEqual({ kind: 'refused', reason: 'invalidRows', rowNumbers: [34, 251, 421] });
    expect(writes()).toBe(0);
    expect(await risksTitled('Importtest ')).toHaveLength(0);

    const progress: number[] = [];
    const result = await importer.apply(preview, fileId, { skipInvalid: true, onProgress: (done) => progress.push(done) });
    if (result.kind !== 'applied') throw new Error(JSON.stringify(result));
    expect(result.counts).toMatchObject({ added: 497, skipped: 3, failed: 0, conflict: 0, notAttempted: 0 });
    expect(result.rows.filter((row) => row.outcome !== 'added').map((row) => [row.rowNumber, row.outcome])).toEqual([
      [34, 'skipped'],
      [251, 'skipped'],
      [421, 'skipped']
    ]);
    expect(progress[progress.length - 1]).toBe(500);
    const stored = await risksTitled('Importtest ');
    expect(stored).toHaveLength(497);
    const sample = stored.filter((risk) => risk.title === 'Importtest 2')[0];
    expect(sample).toMatchObject({ unit: { id: first.id }, area: 'Brandsäkerhet', current: { likelihood: 3, consequence: 1 }, status: 'Utkast', matrixVersion: matrix.version });
    expect(sample.owner!.email.toLowerCase()).toBe(upn('lars.holm'));
  });

  it('knows the addresses the directory knows, and asks it without writing', async () => {
    const rows = [{ rowNumber: 2, cells: [upn('lars.holm')] }, { rowNumber: 3, cells: ['ingen.alls@regionexempel.se'] }];
    emulator.requests.reset();
    const context = await importer.context(rows, { owner: 0 }, matrix);
    expect(Array.from(context.knownPeople || [])).toEqual([upn('lars.holm')]);
    expect(writes()).toBe(0);
  });

  it('changes nothing when an export is imported again', async () => {
    const exported = await risksTitled('Importtest ');
    const bytes = new Uint8Array(await (await writeRiskWorkbook(exported, matrix, units)).arrayBuffer()).slice().buffer;
    emulator.requests.reset();
    const { preview, fileId } = await previewOf(bytes);
    expect(preview.summary).toEqual({ total: 497, add: 0, update: 0, unchanged: 497, invalid: 0 });
    const result = await importer.apply(preview, fileId);
    expect(result).toMatchObject({ kind: 'applied', counts: { unchanged: 497, added: 0, updated: 0 } });
    expect(writes()).toBe(0);
    expect(await risksTitled('Importtest ')).toHaveLength(497);
  });

  it('updates the risk a row names, and reports a risk changed since the preview without overwriting it', async () => {
    const [one, two] = (await risksTitled('Importtest ')).slice(0, 2);
    const edited = [one, two].map((risk) => ({ ...risk, existingControls: `Kodlås sedan import (${risk.riskNumber})` }));
    const { preview, fileId } = await previewOf(new Uint8Array(await (await writeRiskWorkbook(edited, matrix, units)).arrayBuffer()).slice().buffer);
    expect(preview.rows.map((row) => [row.action, row.existing!.id, row.changes])).toEqual([
      ['update', one.id, ['existingControls']],
      ['update', two.id, ['existingControls']]
    ]);
    // Someone else changes the second risk after the preview was made.
    await repository.update(two.id, two.etag, { title: 'Importtest ändrad av någon annan' });
    const result = await importer.apply(preview, fileId);
    if (result.kind !== 'applied') throw new Error(JSON.stringify(result));
    expect(result.rows.map((row) => [row.riskId, row.outcome])).toEqual([
      [one.id, 'updated'],
      [two.id, 'conflict']
    ]);
    expect((await repository.get(one.id))!.existingControls).toBe(`Kodlås sedan import (${one.riskNumber})`);
    expect(await repository.get(two.id)).toMatchObject({ title: 'Importtest ändrad av någon annan', existingControls: undefined });
  });

  it('adds nothing twice when an answer is lost, or when the same import is applied again', async () => {
    const rows: ExcelJS.CellValue[][] = [HEADERS];
    for (let i = 1; i <= 5; i++) rows.push([i, `Förlorat svar ${i}`, units[0].title, 'Skalskydd', 'Möjlig', 'Måttlig', upn('lars.holm'), inDays(30)]);
    const { preview, fileId } = await previewOf(await xlsx(rows));
    const fault = emulator.faults.add({ lose: 'status', method: 'POST', path: 'TryggRisker', count: 1 });
    const first = await importer.apply(preview, fileId);
    expect(emulator.faults.list().filter((rule) => rule.id === fault.id)).toHaveLength(0);
    expect(emulator.requests.list().filter((request) => request.fault === fault.id)).toHaveLength(1);
    if (first.kind !== 'applied') throw new Error(JSON.stringify(first));
    expect(first.rows.map((row) => row.outcome)).toEqual(['alreadyAdded', 'added', 'added', 'added', 'added']);
    expect(await risksTitled('Förlorat svar ')).toHaveLength(5);

    const again = await importer.apply(preview, fileId);
    expect(again).toMatchObject({ kind: 'applied', counts: { alreadyAdded: 5, added: 0 } });
    const stored = await risksTitled('Förlorat svar ');
    expect(stored.map((risk) => risk.title).sort()).toEqual([1, 2, 3, 4, 5].map((i) => `Förlorat svar ${i}`));
    expect(first.kind === 'applied' && first.rows.map((row) => row.riskId).sort()).toEqual(stored.map((risk) => risk.id).sort());
  });
});
