/**
 * The annual follow-up worded for people: the report's figures as titled tables in the page's
 * language, which the Excel and the PDF writer lay out each their way. Everything the two files
 * say is decided here, so they cannot disagree.
 */
import { ANNUAL_REPORT_SECTIONS, AnnualReportSection, IAnnualReport, Section } from '../../../domain/pdsa/annualReport';
import { format } from '../../../common/format';
import { IReportLabels, sectionTables } from './reportSections';

/** A cell: text, a number (its column says how to show it), a day, or empty. */
export type ReportCell = string | number | Date | undefined;

/** integer and decimal are plain numbers; percent holds a share 0..1; date holds a day (midnight UTC). */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'percent' | 'date';

export interface IReportColumn {
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface IReportTable {
  /** The table's own heading, when a section has several. */
  readonly caption?: string;
  readonly columns: readonly IReportColumn[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Per row, how deep its first cell sits in the unit tree (0: not indented). */
  readonly indents?: readonly number[];
}

export interface IReportSection {
  readonly key: AnnualReportSection | 'summary';
  readonly heading: string;
  /** The Excel sheet's name (at most 31 characters). */
  readonly sheetName: string;
  /** Sentences shown before the tables: where figures come from, or why the section is not included. */
  readonly notes: readonly string[];
  readonly tables: readonly IReportTable[];
}

export interface IReportDocument {
  readonly title: string;
  /** The region or the unit. */
  readonly scope: string;
  readonly year: number;
  readonly yearText: string;
  readonly generatedText: string;
  /** BCP 47, for numbers and dates. */
  readonly locale: string;
  readonly sections: readonly IReportSection[];
}

/** A day 'YYYY-MM-DD' as a Date at midnight UTC (spreadsheets and the PDF show it as that day). */
export function dayCell(day: string | undefined): Date | undefined {
  if (!day) return undefined;
  const date = new Date(`${day.slice(0, 10)}T00:00:00.000Z`);
  return isNaN(date.getTime()) ? undefined : date;
}

/** A cell as the text a reader sees, in the document's locale (the PDF and the page's preview). */
export function cellText(value: ReportCell, kind: ColumnKind, locale: string): string {
  if (value === undefined || value === '') return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (kind === 'percent') return `${Math.round(value * 100)} %`;
  return value.toLocaleString(locale, { maximumFractionDigits: kind === 'integer' ? 0 : 2 });
}

function figuresOf<T>(section: Section<T>, unavailable: Readonly<Record<string, string>>): { figures?: T; notes: string[] } {
  return section.kind === 'figures' ? { figures: section, notes: [] } : { notes: [unavailable[section.reason]] };
}

/** The summary's rows: one key figure per section that has figures. */
function summaryTable(report: IAnnualReport, labels: IReportLabels): IReportTable {
  const s = labels.strings;
  const rows: ReportCell[][] = [];
  const add = (label: string, value: number | undefined): void => {
    if (value !== undefined) rows.push([label, value]);
  };
  const { goals, pdsa, deviations, risks, exercises, documents, selfAssessment } = report;
  if (goals.kind === 'figures') {
    add(s.GoalsCount, goals.rows.length);
    add(s.GoalsReached, goals.reached);
  }
  if (pdsa.kind === 'figures') add(s.PdsaUnitsDone, pdsa.rows.filter((row) => row.currentPhase === undefined).length);
  if (deviations.kind === 'figures') add(s.DeviationsTotal, deviations.statistics.total);
  if (risks.kind === 'figures') {
    add(s.RisksActive, risks.active);
    add(s.RisksOverdueReviews, risks.overdueReviews);
  }
  if (exercises.kind === 'figures') add(s.ExercisesTotal, exercises.total);
  if (documents.kind === 'figures') add(s.DocumentsTotal, documents.total);
  if (selfAssessment.kind === 'figures') add(s.SelfAssessmentSubmitted, selfAssessment.unitsSubmitted);
  return { columns: [{ header: s.Figure, kind: 'text' }, { header: s.Value, kind: 'integer' }], rows };
}

/** The key figures the page previews and the summary sheet and page open with. */
export function keyFigures(report: IAnnualReport, labels: IReportLabels): { label: string; value: number }[] {
  return summaryTable(report, labels).rows.map((row) => ({ label: row[0] as string, value: row[1] as number }));
}

/** The report worded in the labels' language. */
export function reportDocument(report: IAnnualReport, labels: IReportLabels): IReportDocument {
  const s = labels.strings;
  const scope = report.unit ? report.unit.title : s.WholeRegion;
  const generated = new Date(report.generatedAt).toLocaleString(s.Locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
  const summary: IReportSection = {
    key: 'summary',
    heading: s.Summary,
    sheetName: s.Sheets.summary,
    notes: [`${s.ReportTitle}: ${scope}, ${format(s.ReportYear, report.year)}`, format(s.GeneratedAt, generated)],
    tables: [summaryTable(report, labels)]
  };
  const sections = ANNUAL_REPORT_SECTIONS.map((key): IReportSection => {
    const { figures, notes } = figuresOf(report[key] as Section<unknown>, s.Unavailable);
    const built = figures ? sectionTables(key, report, labels) : { notes: [], tables: [] };
    return { key, heading: s.Sections[key], sheetName: s.Sheets[key], notes: [...notes, ...built.notes], tables: built.tables };
  });
  return {
    title: s.ReportTitle,
    scope,
    year: report.year,
    yearText: format(s.ReportYear, report.year),
    generatedText: format(s.GeneratedAt, generated),
    locale: s.Locale,
    sections: [summary, ...sections]
  };
}

/** The download's name: the report, the scope and the year, in characters every file system takes. */
export function reportFileName(document: IReportDocument, fileName: string, extension: 'xlsx' | 'pdf'): string {
  const scope = document.scope
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${fileName}-${scope}-${document.year}.${extension}`;
}
