/**
 * The risk register as an .xlsx file: read for an import, written for an export. exceljs is large,
 * so it is fetched only when someone imports or exports. Every refusal is a reason key the panel
 * localises; nothing here throws at the UI.
 */
import type * as ExcelJsModule from 'exceljs';
import { IOrganisationUnit } from '../../../domain/organisation';
import { IImportRow, RISK_COLUMNS, RISK_IMPORT_MAX_ROWS, suggestColumnMapping } from '../../../domain/risks/riskImport';
import { IRisk, IRiskMatrix } from '../../../domain/risks/types';
import { checkZipDirectory } from './zipDirectory';
import { registerRow } from './registerRows';

type ExcelJs = typeof ExcelJsModule;

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The largest file taken: a register of 5,000 rows with long texts is well below it. */
export const RISK_WORKBOOK_MAX_BYTES = 5 * 1024 * 1024;
/** A title or notes above the header are common: the header is looked for among the first rows. */
const HEADER_SEARCH_ROWS = 10;
/** A register has a few dozen columns; one stray cell far to the right must not make every row 16,384 wide. */
const MAX_COLUMNS = 200;

export type WorkbookRefusal =
  | 'empty'
  | 'tooLarge'
  /** Not a zip at all: a CSV, a text or PDF file with an .xlsx name. */
  | 'notXlsx'
  /** An OLE2 container: an old .xls, or an .xlsx protected with a password. */
  | 'oldFormatOrProtected'
  /** A zip without a whole directory (a truncated download), or one the reader could not parse. */
  | 'corrupt'
  /** Packed small, unpacks beyond what a register needs. */
  | 'unpackedTooLarge'
  | 'noSheet'
  | 'noHeader'
  | 'noRows'
  | 'tooManyRows'
  /** The spreadsheet library could not be fetched (offline): nothing is wrong with the file. */
  | 'readerUnavailable';

export type RiskWorkbookResult =
  | {
      readonly kind: 'read';
      /** SHA-256 of the file's bytes (hex): the same file is the same import (RiskImportService). */
      readonly fileId: string;
      readonly sheetName: string;
      readonly headers: readonly string[];
      readonly rows: readonly IImportRow[];
    }
  | { readonly kind: 'refused'; readonly reason: WorkbookRefusal };

async function loadExcelJs(): Promise<ExcelJs> {
  const loaded = await import(/* webpackChunkName: 'trygg-risk-excel' */ 'exceljs');
  // Webpack hands a CommonJS bundle over as the namespace's default; Node as the module itself.
  const unwrapped = (loaded as unknown as { default?: ExcelJs }).default;
  return unwrapped && unwrapped.Workbook ? unwrapped : loaded;
}

/** Duck-typed: an ArrayBuffer from another realm (a worker, Node's Buffer) fails instanceof. */
function isBlob(file: Blob | ArrayBuffer): file is Blob {
  return typeof (file as Blob).size === 'number' && typeof (file as Blob).slice === 'function' && typeof (file as Blob).type === 'string';
}

/** A File's bytes; jsdom and older browsers lack File.arrayBuffer. */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

async function sha256(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the bytes are, from their first four: a zip ("PK\3\4"), an OLE2 container, or something else. */
function signature(bytes: ArrayBuffer): 'zip' | 'ole2' | 'other' {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'ole2';
  return 'other';
}

/** A day as `YYYY-MM-DD` (spreadsheet dates are days at midnight UTC), any other instant in full. */
function isoOf(date: Date): string {
  const iso = date.toISOString();
  return iso.slice(10) === 'T00:00:00.000Z' ? iso.slice(0, 10) : iso;
}

/** A cell as the text a person sees typed: a formula as its own text, never its result. */
export function cellText(cell: ExcelJsModule.Cell): string {
  const value = cell.value as ExcelJsModule.CellValue;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : isoOf(value);
  if ('formula' in value || 'sharedFormula' in value) return `=${cell.formula || ''}`;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    const text = value.text as unknown;
    return typeof text === 'string' ? text : text && (text as ExcelJsModule.CellRichTextValue).richText ? (text as ExcelJsModule.CellRichTextValue).richText.map((r) => r.text).join('') : '';
  }
  if ('error' in value) return value.error;
  return '';
}

/** The row's cells as text, blank ones as ''. */
function rowTexts(row: ExcelJsModule.Row, width: number): string[] {
  const texts: string[] = [];
  for (let c = 1; c <= Math.min(width, MAX_COLUMNS); c++) {
    const text = cellText(row.getCell(c));
    texts.push(text.trim() === '' ? '' : text);
  }
  return texts;
}

/**
 * The file's first sheet as rows of text, after checks that need no parsing: size, the zip
 * signature, the zip's directory and that it holds a workbook. Rows that are wholly empty are
 * left out; each row keeps the number the spreadsheet shows.
 */
export async function readRiskWorkbook(file: Blob | ArrayBuffer): Promise<RiskWorkbookResult> {
  const refuse = (reason: WorkbookRefusal): RiskWorkbookResult => ({ kind: 'refused', reason });
  const blob = isBlob(file) ? file : undefined;
  const size = blob ? blob.size : (file as ArrayBuffer).byteLength;
  if (size === 0) return refuse('empty');
  if (size > RISK_WORKBOOK_MAX_BYTES) return refuse('tooLarge');
  let bytes: ArrayBuffer;
  try {
    bytes = blob ? await bytesOf(blob) : (file as ArrayBuffer);
  } catch {
    return refuse('corrupt');
  }
  const kind = signature(bytes);
  if (kind === 'ole2') return refuse('oldFormatOrProtected');
  if (kind !== 'zip') return refuse('notXlsx');
  const zip = checkZipDirectory(bytes);
  if (!zip.ok) return refuse(zip.reason === 'tooLarge' ? 'unpackedTooLarge' : zip.reason === 'encrypted' ? 'oldFormatOrProtected' : 'corrupt');
  // A Word document or any other zip renamed to .xlsx has no workbook part.
  if (zip.names.indexOf('xl/workbook.xml') < 0) return refuse('notXlsx');

  let excel: ExcelJs;
  try {
    excel = await loadExcelJs();
  } catch {
    return refuse('readerUnavailable');
  }
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    return refuse('corrupt');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return refuse('noSheet');
  if (sheet.actualRowCount === 0) return refuse('noHeader');
  // The header and at most the limit of data rows: counted before a single value is read.
  if (sheet.actualRowCount - 1 > RISK_IMPORT_MAX_ROWS) return refuse('tooManyRows');

  const filled: ExcelJsModule.Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (rowTexts(row, row.cellCount).some((text) => text !== '')) filled.push(row);
  });
  const header = bestHeader(filled.slice(0, HEADER_SEARCH_ROWS));
  if (!header) return refuse('noHeader');
  const headers = rowTexts(header, header.cellCount).map((text) => text.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows = filled.filter((row) => row.number > header.number).map((row) => ({ rowNumber: row.number, cells: rowTexts(row, headers.length) }));
  const data = rows.filter((row) => row.cells.some((text) => text.trim() !== ''));
  if (data.length === 0) return refuse('noRows');
  return { kind: 'read', fileId: await sha256(bytes), sheetName: sheet.name, headers, rows: data };
}

/** The row among the first that names the most register columns; the first row with text if none does. */
function bestHeader(rows: readonly ExcelJsModule.Row[]): ExcelJsModule.Row | undefined {
  let best: ExcelJsModule.Row | undefined;
  let bestCount = 0;
  for (const row of rows) {
    const count = Object.keys(suggestColumnMapping(rowTexts(row, row.cellCount))).length;
    if (count > bestCount) [best, bestCount] = [row, count];
  }
  return best || rows[0];
}

/** Headings of the export's second sheet, from the web part's loc (the register's own headers are a file format). */
export interface IRiskWorkbookLabels {
  readonly risksSheet: string;
  readonly matrixSheet: string;
  readonly likelihood: string;
  readonly consequence: string;
  readonly levels: string;
  readonly step: string;
  readonly name: string;
  readonly description: string;
}

/** Text a spreadsheet would run as a formula if someone edits the cell: kept as text (OWASP's list). */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/**
 * The register as an .xlsx: the risks in the import's columns (risk number first), and with labels
 * a second sheet explaining the matrix's steps. Every text is a string cell, never `{ formula }`.
 */
export async function writeRiskWorkbook(risks: readonly IRisk[], matrix: IRiskMatrix, units: readonly IOrganisationUnit[], labels?: IRiskWorkbookLabels): Promise<Blob> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(labels ? labels.risksSheet : 'Risker', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = RISK_COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.kind === 'text' ? 30 : 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const risk of risks) {
    const values = registerRow(risk, units);
    const row = sheet.addRow([]);
    RISK_COLUMNS.forEach((column, i) => {
      const value = values[column.key];
      if (value === undefined || value === '') return;
      const cell = row.getCell(i + 1);
      if (column.kind === 'date' && typeof value === 'string') {
        cell.value = new Date(`${value}T00:00:00.000Z`);
        cell.numFmt = 'yyyy-mm-dd';
        return;
      }
      cell.value = value;
      // Text format: an edit in Excel keeps "=…" as the characters typed instead of a formula.
      if (typeof value === 'string' && FORMULA_LIKE.test(value)) cell.numFmt = '@';
    });
  }
  if (labels) addMatrixSheet(workbook, matrix, labels);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_MIME_TYPE });
}

function addMatrixSheet(workbook: ExcelJsModule.Workbook, matrix: IRiskMatrix, labels: IRiskWorkbookLabels): void {
  const sheet = workbook.addWorksheet(labels.matrixSheet);
  sheet.columns = [{ width: 10 }, { width: 24 }, { width: 80 }];
  const section = (title: string, rows: (string | number)[][]): void => {
    sheet.addRow([title]).font = { bold: true };
    sheet.addRow([labels.step, labels.name, labels.description]).font = { italic: true };
    rows.forEach((values) => sheet.addRow(values));
    sheet.addRow([]);
  };
  section(labels.likelihood, matrix.likelihood.map((step) => [step.value, step.name, step.description]));
  section(labels.consequence, matrix.consequence.map((step) => [step.value, step.name, step.description]));
  section(labels.levels, matrix.levels.map((level, i) => [i + 1, level.name, level.description]));
}
