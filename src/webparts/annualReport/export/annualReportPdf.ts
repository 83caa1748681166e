/**
 * The annual follow-up as a printable A4 PDF (landscape): a title page with the scope, the year and the
 * contents, then a page per section with its tables, and "page n of m" on every page. The standard
 * Helvetica of PDF readers carries Windows-1252 (å, ä, ö, é, –, …); a character outside it is
 * shown as "?" rather than as a wrong glyph, and the Excel file carries every text as typed. The
 * web part loads this module (and jsPDF with it) only when someone asks for the file.
 */
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { format } from '../../../common/format';
import { cellText, IReportDocument, IReportSection, IReportTable } from './reportDocument';

// Landscape: the goals table has thirteen columns, and every column is printed.
const PAGE = { width: 297, height: 210, margin: 15 };
const COLORS = { text: 33, muted: 96, headFill: [225, 223, 221] as [number, number, number], accent: [0, 90, 158] as [number, number, number] };

/** The 27 characters Windows-1252 puts at 0x80–0x9F; with Latin-1 they are what Helvetica can show. */
const CP1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
/** Spaces and signs Intl and typists use that Windows-1252 lacks, as their nearest equal. */
const NEAREST: Readonly<Record<string, string>> = { '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u2212': '-', '\u2010': '-', '\u2011': '-' };

/** Text as Helvetica can show it (see the block at the top). */
export function pdfText(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code === 10 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRAS.indexOf(char) >= 0) result += char;
    else if (NEAREST[char]) result += NEAREST[char];
    else if (code >= 0x20) result += '?';
  }
  return result;
}

function tableBody(table: IReportTable, locale: string): string[][] {
  return table.rows.map((row) => table.columns.map((column, c) => pdfText(cellText(row[c], column.kind, locale))));
}

/** Writes a paragraph at y, wrapped to the page's width; answers the y below it. */
function paragraph(doc: jsPDF, text: string, y: number, size: number, style: 'normal' | 'bold' | 'italic' = 'normal'): number {
  doc.setFont('helvetica', style);
  doc.setFontSize(size);
  const lines = doc.splitTextToSize(pdfText(text), PAGE.width - 2 * PAGE.margin) as string[];
  doc.text(lines, PAGE.margin, y);
  return y + lines.length * size * 0.45 + 2;
}

/** Where the last table ended; autoTable records it on the document. */
function lastTableEnd(doc: jsPDF): number {
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

function drawTable(doc: jsPDF, table: IReportTable, y: number, locale: string): number {
  let top = y;
  if (top > PAGE.height - 40) {
    doc.addPage();
    top = PAGE.margin + 4;
  }
  if (table.caption) top = paragraph(doc, table.caption, top + 2, 11, 'bold');
  const wide = table.columns.length > 9;
  autoTable(doc, {
    startY: top,
    margin: { left: PAGE.margin, right: PAGE.margin, top: PAGE.margin, bottom: PAGE.margin + 4 },
    head: [table.columns.map((column) => pdfText(column.header))],
    body: tableBody(table, locale),
    theme: 'grid',
    // A few columns of figures read best at their own width; wide tables use the page's.
    tableWidth: table.columns.length <= 3 ? 'wrap' : 'auto',
    // A row is never split between two pages.
    rowPageBreak: 'avoid',
    styles: { font: 'helvetica', fontSize: wide ? 7 : 9, cellPadding: 1.5, overflow: 'linebreak', textColor: COLORS.text, lineColor: 200, lineWidth: 0.1 },
    headStyles: { fillColor: COLORS.headFill, textColor: COLORS.text, fontStyle: 'bold' },
    columnStyles: Object.fromEntries(
      table.columns.map((column, i) => [i, column.kind === 'text' ? {} : { halign: 'right' as const }])
    ),
    didParseCell: (data) => {
      const depth = table.indents && data.section === 'body' && data.column.index === 0 ? table.indents[data.row.index] : 0;
      if (depth) data.cell.styles.cellPadding = { top: 1.5, bottom: 1.5, right: 1.5, left: 1.5 + 4 * depth };
    }
  });
  return lastTableEnd(doc) + 6;
}

function drawSection(doc: jsPDF, section: IReportSection, locale: string): void {
  doc.setTextColor(...COLORS.accent);
  let y = paragraph(doc, section.heading, PAGE.margin + 6, 16, 'bold');
  doc.setTextColor(COLORS.muted);
  section.notes.forEach((note) => (y = paragraph(doc, note, y + 1, 9, 'italic')));
  doc.setTextColor(COLORS.text);
  section.tables.forEach((table) => (y = drawTable(doc, table, y + 2, locale)));
}

function drawTitlePage(doc: jsPDF, document: IReportDocument, contents: { heading: string; page: number }[], contentsHeading: string): void {
  doc.setPage(1);
  doc.setTextColor(...COLORS.accent);
  let y = paragraph(doc, document.title, 45, 24, 'bold');
  doc.setTextColor(COLORS.text);
  y = paragraph(doc, document.scope, y + 6, 18, 'bold');
  y = paragraph(doc, document.yearText, y + 2, 16);
  doc.setTextColor(COLORS.muted);
  y = paragraph(doc, document.generatedText, y + 4, 10);
  doc.setTextColor(COLORS.text);
  y = paragraph(doc, contentsHeading, y + 10, 13, 'bold');
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(11);
  for (const entry of contents) {
    doc.text(pdfText(entry.heading), PAGE.margin, y + 2);
    doc.text(String(entry.page), PAGE.width - PAGE.margin, y + 2, { align: 'right' });
    y += 7;
  }
}

function drawPageNumbers(doc: jsPDF, document: IReportDocument, pageOf: string): void {
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.setTextColor(COLORS.muted);
    doc.text(pdfText(`${document.title} – ${document.scope}, ${document.yearText}`), PAGE.margin, PAGE.height - 10);
    doc.text(pdfText(format(pageOf, page, pages)), PAGE.width - PAGE.margin, PAGE.height - 10, { align: 'right' });
  }
}

/** The document as PDF bytes. `pageOf` words "page {0} of {1}", `contents` heads the title page's list. */
export function annualReportPdfBytes(document: IReportDocument, words: { readonly pageOf: string; readonly contents: string }): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape', compress: true });
  doc.setProperties({ title: pdfText(`${document.title} – ${document.scope} ${document.year}`), subject: pdfText(document.scope), creator: 'Trygg' });
  doc.setLanguage(document.locale.toLowerCase().startsWith('sv') ? 'sv' : 'en-GB');
  const contents: { heading: string; page: number }[] = [];
  for (const section of document.sections) {
    doc.addPage();
    contents.push({ heading: section.heading, page: doc.getNumberOfPages() });
    drawSection(doc, section, document.locale);
  }
  drawTitlePage(doc, document, contents, words.contents);
  drawPageNumbers(doc, document, words.pageOf);
  return doc.output('arraybuffer');
}

/** The document as a PDF Blob, for downloadBlob. */
export function annualReportPdf(document: IReportDocument, words: { readonly pageOf: string; readonly contents: string }): Blob {
  return new Blob([annualReportPdfBytes(document, words)], { type: 'application/pdf' });
}
