/**
 * The register's .xlsx reader and writer with real files: built here with exceljs, read back by the
 * code the import panel runs. The checks before parsing are proven with files that fail each one.
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DEFAULT_RISK_MATRIX } from '../../../src/domain/risks/matrix';
import { IImportContext, levelLabels, previewImport, suggestColumnMapping, suggestLevelMapping } from '../../../src/domain/risks/riskImport';
import { IRisk } from '../../../src/domain/risks/types';
import { readRiskWorkbook, RiskWorkbookResult, writeRiskWorkbook } from '../../../src/webparts/riskRegister/excel/riskWorkbook';
import { day, now, owner, risk, units } from '../domain/risks/fixtures';

type CellInput = ExcelJS.CellValue;

/** Bytes as an ArrayBuffer of this realm (exceljs answers with Node's Buffer). */
function arrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  return new Uint8Array(bytes).slice().buffer;
}

async function xlsx(rows: CellInput[][], build?: (sheet: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Register');
  rows.forEach((row) => sheet.addRow(row));
  if (build) build(sheet);
  return arrayBuffer(await workbook.xlsx.writeBuffer());
}

function read(result: RiskWorkbookResult): Extract<RiskWorkbookResult, { kind: 'read' }> {
  if (result.kind !== 'read') throw new Error(`refused: ${result.reason}`);
  return result;
}

const context = (existing: IRisk[] = []): IImportContext => ({
  matrix: DEFAULT_RISK_MATRIX,
  units,
  now,
  existing: new Map(existing.map((r) => [r.id, r] as [number, IRisk])),
  knownPeople: new Set([owner.email])
});

describe('reading a register from .xlsx', () => {
  it('reports exactly the three bad rows of a 500-row register', async () => {
    const likelihood = ['Osannolik', 'Möjlig', 'Sannolik'];
    const consequence = ['Låg', 'Medel', 'Hög'];
    const rows: CellInput[][] = [['Nr', 'Titel', 'Enhet', 'Område', 'Sannolikhet', 'Konsekvens', 'Ägare', 'Nästa översyn', 'Kommentar']];
    for (let i = 1; i <= 500; i++) {
      rows.push([
        i,
        i === 388 ? '' : `Risk ${i}: dörr lämnas olåst`,
        i === 57 ? 'Okänd enhet' : i % 2 === 0 ? 'Akutmottagningen' : 'ORT',
        i % 3 === 0 ? 'IT-säkerhet' : 'Brandsäkerhet',
        i === 204 ? 'Kanske' : likelihood[i % 3],
        consequence[i % 3],
        owner.email,
        new Date(`${day(100)}T00:00:00.000Z`),
        'fritext som inte importeras'
      ]);
    }
    const file = read(await readRiskWorkbook(new File([await xlsx(rows)], 'register.xlsx')));
    expect(file.rows).toHaveLength(500);
    expect(file.rows[0]).toMatchObject({ rowNumber: 2 });
    expect(file.rows[0].cells[7]).toBe(day(100));

    const mapping = suggestColumnMapping(file.headers);
    expect(mapping).toEqual({ title: 1, unit: 2, area: 3, currentLikelihood: 4, currentConsequence: 5, owner: 6, nextReviewAt: 7 });
    const levels = suggestLevelMapping(levelLabels(file.rows, mapping), DEFAULT_RISK_MATRIX);
    expect(levels.likelihood).toEqual({ osannolik: 2, möjlig: 3, sannolik: 4, kanske: undefined });

    const preview = previewImport(file.rows, mapping, levels, context());
    expect(preview.summary).toEqual({ total: 500, add: 497, update: 0, unchanged: 0, invalid: 3 });
    expect(preview.rows.filter((row) => row.action === 'invalid').map((row) => [row.rowNumber, row.errors])).toEqual([
      [58, { unitId: 'unknownUnit' }],
      [205, { current: 'unknownLevel' }],
      [389, { title: 'required' }]
    ]);
  });

  it('reads a formula as its text and never its result, and formula-like text as it is', async () => {
    const buffer = await xlsx(
      [
        ['Risk', 'Enhet', 'Säkerhetsområde', 'Orsak'],
        ['=HYPERLINK("http://example.invalid","klicka")', 'AKM', 'Skalskydd', '-5 grader i frysen'],
        [{ formula: 'CONCATENATE("Ri","sk")', result: 'Risk' }, 'AKM', 'Skalskydd', '@anna'],
        [{ sharedFormula: 'A3', result: 'Risk' }, 'AKM', 'Skalskydd', '+46 8 123 45']
      ],
      (sheet) => {
        sheet.getCell('A3').value = { formula: 'CONCATENATE("Ri","sk")', result: 'Risk', shareType: 'shared', ref: 'A3:A4' } as ExcelJS.CellValue;
      }
    );
    const file = read(await readRiskWorkbook(buffer));
    expect(file.rows.map((row) => row.cells[0])).toEqual(['=HYPERLINK("http://example.invalid","klicka")', '=CONCATENATE("Ri","sk")', '=CONCATENATE("Ri","sk")']);
    expect(file.rows.map((row) => row.cells[3])).toEqual(['-5 grader i frysen', '@anna', '+46 8 123 45']);
    const preview = previewImport(file.rows, suggestColumnMapping(file.headers), { likelihood: {}, consequence: {} }, context());
    expect(preview.rows.map((row) => [row.action, row.draft.title, row.draft.cause])).toEqual([
      ['add', '=HYPERLINK("http://example.invalid","klicka")', '-5 grader i frysen'],
      ['add', '=CONCATENATE("Ri","sk")', '@anna'],
      ['add', '=CONCATENATE("Ri","sk")', '+46 8 123 45']
    ]);
  });

  it('finds the header below a title row and keeps the row numbers the spreadsheet shows', async () => {
    const file = read(await readRiskWorkbook(await xlsx([['Riskregister Akutmottagningen 2026'], [], ['Risk', 'Enhet', 'Område'], ['Brand i förråd', 'AKM', 'Brandsäkerhet'], [], ['Stöld av läkemedel', 'AKM', 'Tillträdesskydd']])));
    expect(file.headers).toEqual(['Risk', 'Enhet', 'Område']);
    expect(file.rows.map((row) => row.rowNumber)).toEqual([4, 6]);
  });

  it('gives the same file the same id, and another file another', async () => {
    const a = await xlsx([['Risk'], ['A']]);
    const first = read(await readRiskWorkbook(a));
    expect(first.fileId).toMatch(/^[0-9a-f]{64}$/);
    expect(read(await readRiskWorkbook(a.slice(0))).fileId).toBe(first.fileId);
    expect(read(await readRiskWorkbook(await xlsx([['Risk'], ['B']]))).fileId).not.toBe(first.fileId);
  });
});

describe('files the reader refuses before parsing', () => {
  const refusal = async (file: Blob | ArrayBuffer): Promise<string> => {
    const result = await readRiskWorkbook(file);
    return result.kind === 'refused' ? result.reason : 'read';
  };

  it('refuses a text file renamed to .xlsx, an old .xls and an empty file', async () => {
    expect(await refusal(new File(['Risk;Enhet\nBrand;AKM\n'], 'register.xlsx', { type: 'text/plain' }))).toBe('notXlsx');
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]).buffer)).toBe('oldFormatOrProtected');
    expect(await refusal(new File([], 'tom.xlsx'))).toBe('empty');
  });

  it('refuses another zip renamed to .xlsx', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    expect(await refusal(arrayBuffer(await zip.generateAsync({ type: 'uint8array' })))).toBe('notXlsx');
  });

  it('refuses a truncated download', async () => {
    const whole = await xlsx([['Risk'], ['Brand i förråd']]);
    expect(await refusal(whole.slice(0, Math.floor(whole.byteLength / 2)))).toBe('corrupt');
    expect(await refusal(whole.slice(0, whole.byteLength - 10))).toBe('corrupt');
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const big = new Uint8Array(6 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const file = new File([big], 'stor.xlsx');
    const arrayBufferSpy = jest.spyOn(file, 'arrayBuffer');
    expect(await refusal(file)).toBe('tooLarge');
    expect(arrayBufferSpy).not.toHaveBeenCalled();
  });

  it('refuses a small file whose directory unpacks beyond the limit', async () => {
    const bytes = new Uint8Array(await xlsx([['Risk'], ['Brand']]));
    const view = new DataView(bytes.buffer);
    for (let at = 0; at < bytes.length - 4; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0x7fffffff, true);
    }
    expect(await refusal(bytes.buffer)).toBe('unpackedTooLarge');
  });

  it('refuses an empty sheet, a header without rows, and more than 5,000 rows', async () => {
    expect(await refusal(await xlsx([]))).toBe('noHeader');
    expect(await refusal(await xlsx([['Risk', 'Enhet', 'Område']]))).toBe('noRows');
    const many: CellInput[][] = [['Risk']];
    for (let i = 0; i < 5001; i++) many.push([`Risk ${i}`]);
    expect(await refusal(await xlsx(many))).toBe('tooManyRows');
    many.pop();
    expect(read(await readRiskWorkbook(await xlsx(many))).rows).toHaveLength(5000);
  });
});

describe('writing the filtered register', () => {
  const formulaLike: IRisk[] = [
    risk,
    { ...risk, id: 43, riskNumber: 'RISK-00043', title: '=1+1', cause: '-5 grader i frysen', threat: '@anna', vulnerability: '+46 8 123 45', cia: [], owner: undefined },
    { ...risk, id: 44, riskNumber: 'RISK-00044', title: 'Läcka av journaluppgifter', area: 'Informationssäkerhet', cia: ['Konfidentialitet', 'Riktighet'], unit: { id: 5, title: 'Ortopedin' } }
  ];

  it('writes formula-like text as string cells, never as formulas', async () => {
    const bytes = arrayBuffer(await (await writeRiskWorkbook(formulaLike, DEFAULT_RISK_MATRIX, units)).arrayBuffer());
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f[ >]/);
    const file = read(await readRiskWorkbook(bytes));
    expect(file.headers[0]).toBe('Risknummer');
    const row = file.rows[1].cells;
    expect([row[0], row[1], row[2], row[9], row[10]]).toEqual(['RISK-00043', '=1+1', '-5 grader i frysen', '@anna', '+46 8 123 45']);
  });

  it('reads back as unchanged: export, then import, changes nothing', async () => {
    const labels = { risksSheet: 'Risker', matrixSheet: 'Matris', likelihood: 'Sannolikhet', consequence: 'Konsekvens', levels: 'Nivåer', step: 'Steg', name: 'Namn', description: 'Beskrivning' };
    const blob = await writeRiskWorkbook(formulaLike, DEFAULT_RISK_MATRIX, units, labels);
    const file = read(await readRiskWorkbook(arrayBuffer(await blob.arrayBuffer())));
    expect(file.sheetName).toBe('Risker');
    const mapping = suggestColumnMapping(file.headers);
    expect(Object.keys(mapping)).toHaveLength(24);
    const preview = previewImport(file.rows, mapping, suggestLevelMapping(levelLabels(file.rows, mapping), DEFAULT_RISK_MATRIX), context(formulaLike));
    expect(preview.rows.map((row) => [row.action, row.errors, row.changes])).toEqual(formulaLike.map(() => ['unchanged', {}, []]));
  });
});
