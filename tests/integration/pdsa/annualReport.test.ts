/**
 * The annual follow-up through the emulator, as the security function for the region and as Lars
 * Holm for Akutmottagningen: the report is built from the real services, both files are written,
 * opened again (the Excel with exceljs, the PDF with pdf.js) and their figures checked against the
 * data read straight from the services.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJs from 'exceljs';
import { IRunningEmulator } from '../../../tools/emulator';
import { REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { monthKey } from '../../../src/domain/deviations/months';
import { descendantUnitIds } from '../../../src/domain/organisation';
import { IAnnualReport } from '../../../src/domain/pdsa/annualReport';
import { IAnnualReportProgress } from '../../../src/services/pdsa/AnnualReportService';
import { ITryggServices } from '../../../src/services/ITryggServices';
import { reportDocument, reportFileName } from '../../../src/webparts/annualReport/export/reportDocument';
import { IReportLabels } from '../../../src/webparts/annualReport/export/reportSections';
import { annualReportWorkbook } from '../../../src/webparts/annualReport/export/annualReportExcel';
import { annualReportPdfBytes } from '../../../src/webparts/annualReport/export/annualReportPdf';
import { locStrings } from '../../e2e/helpers/locStrings';
import { pdfPageTexts } from '../../unit/pdsa/annualReportPdfText';
import { servicesAs, startRegion } from '../services/servicesHelpers';

const NOW = new Date(REFERENCE_TIME);
const YEAR = NOW.getUTCFullYear();

const labels = (locale: string): IReportLabels => ({
  strings: locStrings<IAnnualReportWebPartStrings>('AnnualReportWebPartStrings', locale),
  common: locStrings<ITryggStrings>('TryggStrings', locale)
});

/** The files as a reader gets them, written to disk and read back. */
async function writeAndOpen(report: IAnnualReport, locale: string, dir: string): Promise<{ workbook: ExcelJs.Workbook; pages: string[]; flat: string[] }> {
  const { strings } = labels(locale);
  const document = reportDocument(report, labels(locale));
  const xlsx = path.join(dir, reportFileName(document, strings.FileName, 'xlsx'));
  const pdf = path.join(dir, reportFileName(document, strings.FileName, 'pdf'));
  fs.writeFileSync(xlsx, Buffer.from(await annualReportWorkbook(document)));
  fs.writeFileSync(pdf, Buffer.from(annualReportPdfBytes(document, { pageOf: strings.PageOf, contents: strings.Contents })));
  const workbook = new ExcelJs.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const pages = pdfPageTexts(pdf);
  return { workbook, pages, flat: pages.map((page) => page.replace(/\s+/g, ' ')) };
}

/** The value beside a label in a sheet's first two columns (the key figures). */
function figure(sheet: ExcelJs.Worksheet, label: string): ExcelJs.CellValue {
  let value: ExcelJs.CellValue = null;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === label && value === null) value = row.getCell(2).value;
  });
  return value;
}

/** The data rows under the header row whose first cell is `header`, as objects by header. */
function tableRows(sheet: ExcelJs.Worksheet, header: string, second: string): Record<string, ExcelJs.CellValue>[] {
  let headers: string[] | undefined;
  const rows: Record<string, ExcelJs.CellValue>[] = [];
  let open = false;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as ExcelJs.CellValue[]).slice(1);
    if (values[0] === header && values[1] === second) {
      headers = values as string[];
      open = true;
      return;
    }
    if (!open) return;
    if (values.every((value) => value === undefined || value === null)) {
      open = false;
      return;
    }
    rows.push(Object.fromEntries((headers as string[]).map((name, i) => [name, values[i]])));
  });
  return rows;
}

describe('the annual follow-up', () => {
  let emulator: IRunningEmulator;
  let dir: string;

  beforeAll(async () => {
    emulator = await startRegion();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-annual-report-'));
  });

  afterAll(async () => {
    await emulator.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const as = (key: string): ITryggServices => servicesAs(emulator, key, () => NOW);

  it('builds the region\'s year as the security function, reporting each part as it arrives, and both files say what the data says', async () => {
    const services = as('peter.sjoberg');
    const steps: IAnnualReportProgress[] = [];
    const report = await services.annualReport.build(YEAR, undefined, (progress) => steps.push(progress));
    expect(steps.map((step) => step.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(steps[steps.length - 1]).toEqual({ step: 'build', index: 9, total: 9 });

    // The data, read straight from the services.
    const goals = (await services.goals.list(YEAR)).filter((view) => view.goal.year === YEAR);
    const measured = goals.filter((view) => view.progress.latest)[0];
    const basis = await services.statistics.load(Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`));
    if (basis.source !== 'live') throw new Error('the security function counts live');
    const deviations = basis.cases.filter((item) => monthKey(item.reportedAt).startsWith(`${YEAR}-`)).length;
    expect(goals.length).toBeGreaterThan(0);
    expect(measured).toBeDefined();
    expect(deviations).toBeGreaterThan(0);
    for (const key of ['goals', 'pdsa', 'deviations', 'risks', 'exercises', 'documents', 'selfAssessment'] as const) expect(report[key].kind).toBe('figures');

    const { workbook, pages, flat } = await writeAndOpen(report, 'sv-se', dir);
    const goalSheet = workbook.getWorksheet('Mål') as ExcelJs.Worksheet;
    expect(figure(goalSheet, 'Mål för året')).toBe(goals.length);
    const goalRows = tableRows(goalSheet, 'Mål', 'Enhet');
    expect(goalRows).toHaveLength(goals.length);
    const row = goalRows.filter((r) => r['Mål'] === measured.goal.title)[0];
    expect(row['Senaste värde']).toBe(measured.progress.latest!.value);
    expect(row['Mätt']).toEqual(new Date(`${measured.progress.latest!.measuredOn.slice(0, 10)}T00:00:00.000Z`));
    expect(row['Utgångsvärde']).toBe(measured.goal.baseline);
    expect(figure(workbook.getWorksheet('Avvikelser') as ExcelJs.Worksheet, 'Rapporterade avvikelser')).toBe(deviations);
    expect(figure(workbook.getWorksheet('Sammanfattning') as ExcelJs.Worksheet, 'Rapporterade avvikelser')).toBe(deviations);
    const pdsaRows = tableRows(workbook.getWorksheet('PGSA') as ExcelJs.Worksheet, 'Enhet', 'Planera');
    expect(pdsaRows).toHaveLength((await services.units.getAll()).length);

    expect(pages[0]).toContain('Årsuppföljning av säkerhetsarbetet');
    expect(flat[0]).toContain(`Hela regionen År ${YEAR}`);
    const summary = flat.filter((page) => page.startsWith('Sammanfattning'))[0];
    expect(summary).toContain(`Mål för året ${goals.length} `);
    expect(summary).toContain(`Rapporterade avvikelser ${deviations} `);
    expect(flat.join(' ')).toContain(measured.goal.title.replace(/\s+/g, ' '));
    expect(flat[pages.length - 1]).toContain(`Sida ${pages.length} av ${pages.length}`);
  });

  it('builds a unit\'s year as its manager, from the compiled statistics, and words the PDF in English on an English page', async () => {
    const services = as('lars.holm');
    const units = await services.units.getAll();
    const akuten = units.filter((unit) => unit.code === 'RE-SJH-AKU')[0];
    const scope = descendantUnitIds(units, akuten.id);
    const report = await services.annualReport.build(YEAR, akuten.id);
    expect(report.unit).toMatchObject({ id: akuten.id });

    const goals = (await services.goals.list(YEAR, { unitIds: scope })).filter((view) => view.goal.year === YEAR && view.goal.scopeUnitId !== undefined && scope.indexOf(view.goal.scopeUnitId) >= 0);
    const basis = await services.statistics.load(Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`));
    if (basis.source !== 'aggregate') throw new Error('a manager reads the compiled statistics');
    const deviations = basis.rows.filter((row) => row.unitId !== undefined && scope.indexOf(row.unitId) >= 0 && row.month.startsWith(`${YEAR}-`)).reduce((sum, row) => sum + row.caseCount, 0);
    const exercises = (await services.exercises.list(YEAR, scope)).filter((exercise) => exercise.date.startsWith(`${YEAR}-`));

    const sv = await writeAndOpen(report, 'sv-se', dir);
    expect(figure(sv.workbook.getWorksheet('Mål') as ExcelJs.Worksheet, 'Mål för året')).toBe(goals.length);
    expect(tableRows(sv.workbook.getWorksheet('Mål') as ExcelJs.Worksheet, 'Mål', 'Enhet').every((row) => row.Enhet !== 'Regionalt mål')).toBe(true);
    expect(figure(sv.workbook.getWorksheet('Avvikelser') as ExcelJs.Worksheet, 'Rapporterade avvikelser')).toBe(deviations);
    expect(figure(sv.workbook.getWorksheet('Övningar') as ExcelJs.Worksheet, 'Genomförda övningar och utbildningar')).toBe(exercises.length);
    expect(sv.flat[0]).toContain(`${akuten.title} År ${YEAR}`);

    const en = await writeAndOpen(report, 'en-us', dir);
    expect(en.workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Goals', 'PDSA', 'Deviations', 'Risk picture', 'Exercises', 'Documents', 'Self-assessment']);
    expect(figure(en.workbook.getWorksheet('Deviations') as ExcelJs.Worksheet, 'Deviations reported')).toBe(deviations);
    expect(en.pages[0]).toContain('Annual follow-up of security work');
    expect(en.flat[0]).toContain(`Year ${YEAR}`);
    const summary = en.flat.filter((page) => page.startsWith('Summary'))[0];
    expect(summary).toContain(`Goals of the year ${goals.length} `);
    expect(summary).toContain(`Deviations reported ${deviations} `);
    expect(en.flat[0]).toContain(`Page 1 of ${en.pages.length}`);
  });

  it('says a section is not included when the reader may not read it, and still reports the rest', async () => {
    const before = emulator.requests.list().length;
    const report = await as('anna.svensson').annualReport.build(YEAR, undefined);
    expect(report.risks).toEqual({ kind: 'unavailable', reason: 'notPermitted' });
    expect(report.selfAssessment).toEqual({ kind: 'unavailable', reason: 'notPermitted' });
    expect(report.pdsa).toEqual({ kind: 'unavailable', reason: 'notPermitted' });
    expect(report.goals.kind).toBe('figures');
    expect(report.documents.kind).toBe('figures');
    // What she may not read is not asked for: her browser shows no failed request.
    expect(emulator.requests.list().slice(before).filter((request) => request.status >= 400)).toEqual([]);
    const { flat } = await writeAndOpen(report, 'sv-se', dir);
    const risks = flat.filter((page) => page.startsWith('Riskbild'))[0];
    expect(risks).toContain('Ingår inte: du har inte behörighet att läsa uppgifterna i det här avsnittet.');
  });
});
