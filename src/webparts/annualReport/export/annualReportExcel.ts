/**
 * The annual follow-up as an .xlsx: a summary sheet, then one sheet per section, each opening with
 * the report's title, scope and year. Numbers are numbers, days are dates, shares are percentages;
 * every text is a plain string cell, never a formula. The web part loads this module (and exceljs
 * with it) only when someone asks for the file.
 */
import * as ExcelJs from 'exceljs';
import { stripInvalidXmlChars } from '../../../common/xml';
import { ColumnKind, IReportDocument, IReportSection, IReportTable } from './reportDocument';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Text a spreadsheet would run as a formula if someone edits the cell: kept as text (OWASP's list). */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

const NUMBER_FORMATS: Readonly<Record<ColumnKind, string | undefined>> = {
  text: undefined,
  integer: '0',
  // General: whole numbers without a trailing separator, fractions as they are.
  decimal: undefined,
  percent: '0%',
  date: 'yyyy-mm-dd'
};

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique regardless of case. */
function sheetName(name: string, used: Set<string>): string {
  let cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || `Sheet${used.size + 1}`;
  for (let n = 2; used.has(cleaned.toLowerCase()); n++) cleaned = `${cleaned.slice(0, 28)} ${n}`;
  used.add(cleaned.toLowerCase());
  return cleaned;
}

function addTable(sheet: ExcelJs.Worksheet, table: IReportTable, widths: number[]): void {
  if (table.caption) sheet.addRow([stripInvalidXmlChars(table.caption)]).font = { bold: true, size: 12 };
  const header = sheet.addRow(table.columns.map((column) => stripInvalidXmlChars(column.header)));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE1DFDD' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  table.rows.forEach((values, r) => {
    const row = sheet.addRow([]);
    table.columns.forEach((column, c) => {
      const value = values[c];
      widths[c] = Math.max(widths[c] || 8, Math.min(40, column.header.length + 2));
      if (value === undefined || value === '') return;
      const cell = row.getCell(c + 1);
      if (typeof value === 'string') {
        cell.value = stripInvalidXmlChars(value);
        // Text format: an edit in Excel keeps "=…" as the characters typed instead of a formula.
        if (FORMULA_LIKE.test(value)) cell.numFmt = '@';
        widths[c] = Math.max(widths[c], Math.min(60, value.length + 2));
      } else {
        cell.value = value;
        const numFmt = NUMBER_FORMATS[column.kind];
        if (numFmt) cell.numFmt = numFmt;
        widths[c] = Math.max(widths[c], 12);
      }
      if (c === 0 && table.indents && table.indents[r]) cell.alignment = { indent: table.indents[r] };
    });
  });
  sheet.addRow([]);
}

function addSection(workbook: ExcelJs.Workbook, document: IReportDocument, section: IReportSection, used: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(section.sheetName, used), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
  });
  sheet.addRow([stripInvalidXmlChars(section.heading)]).font = { bold: true, size: 14 };
  sheet.addRow([stripInvalidXmlChars(`${document.title}: ${document.scope}, ${document.yearText}`)]);
  section.notes.forEach((note) => {
    sheet.addRow([stripInvalidXmlChars(note)]).font = { italic: true };
  });
  sheet.addRow([]);
  const widths: number[] = [];
  section.tables.forEach((table) => addTable(sheet, table, widths));
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/** The document as .xlsx bytes, in the document's language. */
export async function annualReportWorkbook(document: IReportDocument): Promise<ArrayBuffer> {
  const workbook = new ExcelJs.Workbook();
  workbook.title = `${document.title} ${document.year}`;
  workbook.subject = document.scope;
  workbook.created = new Date();
  const used = new Set<string>();
  document.sections.forEach((section) => addSection(workbook, document, section, used));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The document as an .xlsx Blob, for downloadBlob. */
export async function annualReportExcel(document: IReportDocument): Promise<Blob> {
  return new Blob([await annualReportWorkbook(document)], { type: XLSX_MIME_TYPE });
}
