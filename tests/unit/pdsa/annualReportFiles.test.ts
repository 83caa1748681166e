/**
 * The annual follow-up's two files from a small report, opened again as a reader would: the Excel
 * with exceljs, the PDF with pdf.js. Values keep their kind, typed text never becomes a formula,
 * Swedish letters survive Helvetica, and both languages are worded from their loc files.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJs from 'exceljs';
import { buildAnnualReport, IAnnualReport } from '../../../src/domain/pdsa/annualReport';
import { goalProgress, IGoal } from '../../../src/domain/pdsa/goals';
import { IOrganisationUnit } from '../../../src/domain/organisation';
import { reportDocument, reportFileName } from '../../../src/webparts/annualReport/export/reportDocument';
import { IReportLabels } from '../../../src/webparts/annualReport/export/reportSections';
import { annualReportWorkbook } from '../../../src/webparts/annualReport/export/annualReportExcel';
import { annualReportPdfBytes, pdfText } from '../../../src/webparts/annualReport/export/annualReportPdf';
import { locStrings } from '../../e2e/helpers/locStrings';
import { pdfPageTexts } from './annualReportPdfText';

const labels = (locale: string): IReportLabels => ({
  strings: locStrings<IAnnualReportWebPartStrings>('AnnualReportWebPartStrings', locale),
  common: locStrings<ITryggStrings>('TryggStrings', locale)
});

const UNITS: IOrganisationUnit[] = [
  { id: 1, title: 'Region Exempel', code: 'RE', level: 'Region', managerAbsent: false },
  { id: 3, title: 'Akutmottagningen Östra', code: 'AKU', level: 'Enhet', parentId: 1, managerAbsent: false }
];
const NOW = new Date('2026-11-20T08:00:00.000Z');

function goal(id: number, title: string, scopeUnitId?: number): IGoal {
  return {
    id, title, scopeUnitId, area: 'Hot och våld', priority: 'Hög', indicator: 'Andel utbildade i hot och våld', unitOfMeasure: '%',
    baseline: 40, target: 90, direction: 'Högre är bättre', targetDate: '2026-12-31', frequency: 'Kvartal', activities: [], year: 2026
  };
}

function report(): IAnnualReport {
  const goals = [goal(1, '=HYPERLINK("https://evil.example","klicka")'), goal(2, 'Säker läkemedelsförråd ✓ Łódź', 3)].map((g) => ({
    goal: g,
    progress: goalProgress(g, [{ id: g.id, goalId: g.id, value: 82.5, measuredOn: '2026-09-30' }], NOW)
  }));
  return buildAnnualReport({
    year: 2026,
    units: UNITS,
    now: NOW,
    goals: { kind: 'figures', goals },
    pdsa: { kind: 'figures', rolledUp: new Map() },
    deviations: { kind: 'unavailable', reason: 'notCompiled' },
    risks: { kind: 'unavailable', reason: 'notPermitted' },
    exercises: { kind: 'figures', exercises: [{ id: 1, title: 'Brandövning', date: '2026-04-02', unitId: 3, kind: 'Övning', scenario: 'Brand', areas: ['Brandsäkerhet'], participants: 14, followUpActions: [{ title: 'Ny rutin', done: false }] }] },
    documents: { kind: 'figures', documents: [] },
    selfAssessment: { kind: 'unavailable', reason: 'notPermitted' }
  });
}

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-annual-'))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the Excel file', () => {
  it('has a Swedish sheet per section with numbers as numbers, days as dates and typed text as text', async () => {
    const workbook = new ExcelJs.Workbook();
    await workbook.xlsx.load(await annualReportWorkbook(reportDocument(report(), labels('sv-se'))));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Sammanfattning', 'Mål', 'PGSA', 'Avvikelser', 'Riskbild', 'Övningar', 'Dokument', 'Självskattning']);
    const sheet = workbook.getWorksheet('Mål') as ExcelJs.Worksheet;
    const values = (rowNumber: number): ExcelJs.CellValue[] => (sheet.getRow(rowNumber).values as ExcelJs.CellValue[]).slice(1);
    let header = 0;
    sheet.eachRow((row, rowNumber) => (header = header || (values(rowNumber)[0] === 'Mål' && values(rowNumber)[6] === 'Utgångsvärde' ? rowNumber : 0)));
    expect(header).toBeGreaterThan(1);
    const [first, second] = [values(header + 1), values(header + 2)];
    // Typed text that looks like a formula stays the characters typed, in a text-formatted cell.
    expect(first[0]).toBe('=HYPERLINK("https://evil.example","klicka")');
    expect(sheet.getRow(header + 1).getCell(1).numFmt).toBe('@');
    expect(first[1]).toBe('Regionalt mål');
    expect(second.slice(0, 3)).toEqual(['Säker läkemedelsförråd ✓ Łódź', 'Akutmottagningen Östra', 'Hot och våld']);
    expect(second[6]).toBe(40);
    expect(second[9]).toBe(82.5);
    expect(second[8]).toEqual(new Date('2026-12-31T00:00:00.000Z'));
    expect(second[11]).toBeCloseTo(0.85, 5);
    expect(sheet.getRow(header + 2).getCell(12).numFmt).toBe('0%');
  });

  it('says in the sheet why a section is not included, in English on an English page', async () => {
    const workbook = new ExcelJs.Workbook();
    await workbook.xlsx.load(await annualReportWorkbook(reportDocument(report(), labels('en-us'))));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Risk picture');
    const risks = workbook.getWorksheet('Risk picture') as ExcelJs.Worksheet;
    const texts: string[] = [];
    risks.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain('Not included: you do not have permission to read the data of this section.');
  });
});

describe('the PDF file', () => {
  it('has a title page with scope, year and contents, a page per section and page numbers, Swedish letters intact', () => {
    const document = reportDocument(report(), labels('sv-se'));
    const file = path.join(dir, reportFileName(document, 'Arsuppfoljning', 'pdf'));
    fs.writeFileSync(file, Buffer.from(annualReportPdfBytes(document, { pageOf: 'Sida {0} av {1}', contents: 'Innehåll' })));
    expect(path.basename(file)).toBe('Arsuppfoljning-Hela-regionen-2026.pdf');
    const pages = pdfPageTexts(file);
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(pages[0]).toContain('Årsuppföljning av säkerhetsarbetet');
    expect(pages[0]).toContain('Hela regionen');
    expect(pages[0]).toContain('År 2026');
    expect(pages[0]).toContain('Innehåll');
    expect(pages[0]).toContain(`Sida 1 av ${pages.length}`);
    expect(pages[pages.length - 1]).toContain(`Sida ${pages.length} av ${pages.length}`);
    // A cell's text may wrap onto lines of its own: compare with every run of space as one.
    const goalsPage = pages.filter((page) => page.indexOf('Mål och resultat') >= 0 && page.indexOf('Utgångsvärde') >= 0)[0].replace(/\s+/g, ' ');
    expect(goalsPage).toContain('=HYPERLINK("https://evil.example","klicka")');
    expect(goalsPage).toContain('Akutmottagningen Östra');
    // What Helvetica cannot show is a visible "?", never a wrong letter; the rest is kept.
    expect(goalsPage).toContain('Säker läkemedelsförråd ? ?ód?');
    expect(goalsPage).toContain('85 %');
    expect(pages.join('\n')).toContain('Ingår inte: du har inte behörighet att läsa uppgifterna i det här avsnittet.');
  });

  it('keeps Windows-1252 letters and signs and replaces only what Helvetica lacks', () => {
    expect(pdfText('Åsa Öberg – 1\u202f000 € … ñ')).toBe('Åsa Öberg – 1 000 € … ñ');
    expect(pdfText('Ł ✓ 漢')).toBe('? ? ?');
  });
});
