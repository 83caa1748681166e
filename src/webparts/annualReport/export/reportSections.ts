/**
 * Each section of the annual follow-up as tables (reportDocument.ts lays them out). Values stay
 * values: numbers as numbers, days as dates, shares as shares; only choices are worded.
 */
import { AnnualReportSection, IAnnualReport } from '../../../domain/pdsa/annualReport';
import { MISSING_AREA_KEY, NOT_ASSESSED_LEVEL } from '../../../domain/pdsa/annualReportFigures';
import { SECURITY_AREA_KEYS, SecurityArea } from '../../../domain/securityAreas';
import { DEVIATION_STATUS_KEYS, DEVIATION_STATUSES } from '../../../domain/deviations/vocabulary';
import { RISK_STATUS_KEYS } from '../../../domain/risks/vocabulary';
import { DOCUMENT_STATUS_KEYS } from '../../../domain/documents/vocabulary';
import { EXERCISE_KIND_KEYS, EXERCISE_KINDS, GOAL_PRIORITY_KEYS, PDSA_PHASE_KEYS, PDSA_PHASES, PHASE_STATES } from '../../../domain/pdsa/vocabulary';
import { format } from '../../../common/format';
import type { IReportColumn, IReportTable, ReportCell } from './reportDocument';
import { dayCell } from './reportDocument';

/** The web part's strings and the shared ones (areas, phases, deviation statuses), in one language. */
export interface IReportLabels {
  readonly strings: IAnnualReportWebPartStrings;
  readonly common: ITryggStrings;
}

const text = (header: string): IReportColumn => ({ header, kind: 'text' });
const integer = (header: string): IReportColumn => ({ header, kind: 'integer' });

function areaName(area: string, common: ITryggStrings): string {
  return area === MISSING_AREA_KEY ? common.Unclassified : common.Areas[SECURITY_AREA_KEYS[area as SecurityArea]] || area;
}

function monthName(month: string, locale: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, monthNumber - 1, 15)));
}

function figuresTable(labels: IReportLabels, rows: [string, number | undefined][]): IReportTable {
  return {
    columns: [text(labels.strings.Figure), { header: labels.strings.Value, kind: 'decimal' }],
    rows: rows.filter((row) => row[1] !== undefined)
  };
}

type Built = { notes: string[]; tables: IReportTable[] };

function goals(report: IAnnualReport, { strings: s, common }: IReportLabels): Built {
  if (report.goals.kind !== 'figures') return { notes: [], tables: [] };
  const c = s.GoalColumns;
  const table: IReportTable = {
    columns: [
      text(c.title), text(c.unit), text(c.area), text(c.priority), text(c.indicator), text(c.unitOfMeasure),
      { header: c.baseline, kind: 'decimal' }, { header: c.target, kind: 'decimal' }, { header: c.targetDate, kind: 'date' },
      { header: c.latestValue, kind: 'decimal' }, { header: c.latestOn, kind: 'date' }, { header: c.progress, kind: 'percent' }, text(c.light)
    ],
    rows: report.goals.rows.map((row) => [
      row.title,
      row.unit ? row.unit.title : s.RegionalGoal,
      areaName(row.area, common),
      s.Priorities[GOAL_PRIORITY_KEYS[row.priority]] || row.priority,
      row.indicator,
      row.unitOfMeasure,
      row.baseline,
      row.target,
      dayCell(row.targetDate),
      row.latestValue,
      dayCell(row.latestOn),
      row.progress,
      s.Lights[row.light]
    ])
  };
  const lights = report.goals.byLight;
  const byLight: IReportTable = {
    columns: [text(c.light), integer(s.Count)],
    rows: (['onTrack', 'atRisk', 'offTrack', 'noData'] as const).map((light) => [s.Lights[light], lights[light]])
  };
  return { notes: report.goals.rows.length === 0 ? [s.Empty] : [], tables: [figuresTable({ strings: s, common }, [[s.GoalsCount, report.goals.rows.length], [s.GoalsReached, report.goals.reached]]), byLight, table] };
}

function pdsa(report: IAnnualReport, { strings: s, common }: IReportLabels): Built {
  if (report.pdsa.kind !== 'figures') return { notes: [], tables: [] };
  const phaseName = (phase: string): string => common.PdsaPhases[PDSA_PHASE_KEYS[phase as (typeof PDSA_PHASES)[number]]] || phase;
  const byPhase = report.pdsa.byPhase;
  const summary: IReportTable = {
    caption: s.PdsaPhaseSummary,
    columns: [text(s.PdsaPhase), ...PHASE_STATES.map((state) => integer(s.PhaseStates[state]))],
    rows: PDSA_PHASES.map((phase) => [phaseName(phase), ...PHASE_STATES.map((state) => byPhase[phase][state])])
  };
  const units: IReportTable = {
    columns: [text(s.PdsaUnit), ...PDSA_PHASES.map((phase) => text(phaseName(phase))), text(s.PdsaCurrentPhase)],
    rows: report.pdsa.rows.map((row) => [
      row.unit.title,
      ...PDSA_PHASES.map((phase) => s.PhaseStates[row.phases[phase]]),
      row.currentPhase ? phaseName(row.currentPhase) : s.PdsaAllDone
    ]),
    indents: report.pdsa.rows.map((row) => row.depth)
  };
  return { notes: [], tables: [summary, units] };
}

function deviations(report: IAnnualReport, labels: IReportLabels): Built {
  const { strings: s, common } = labels;
  if (report.deviations.kind !== 'figures') return { notes: [], tables: [] };
  const { statistics, byStatus, source, computedAt } = report.deviations;
  const compiled = computedAt ? new Date(computedAt).toLocaleString(s.Locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }) : '';
  const notes = [source === 'live' ? s.SourceLive : format(s.SourceAggregate, compiled)];
  const figures = figuresTable(labels, [
    [s.DeviationsTotal, statistics.total],
    [s.DeviationsOpen, statistics.open],
    [s.DeviationsClosed, statistics.closed],
    [s.DeviationsRejected, statistics.rejected],
    [s.DeviationsOverdue, statistics.overdueCases],
    [s.DeviationsOpenActions, statistics.openActions],
    [s.DeviationsMedianClose, statistics.medianDaysToClosure]
  ]);
  const byArea: IReportTable = { caption: s.DeviationsByArea, columns: [text(s.Area), integer(s.Count)], rows: statistics.byArea.map((row) => [areaName(row.key, common), row.total]) };
  const byStatusTable: IReportTable = {
    caption: s.DeviationsByStatus,
    columns: [text(s.Status), integer(s.Count)],
    rows: DEVIATION_STATUSES.filter((status) => byStatus[status]).map((status) => [common.DeviationStatuses[DEVIATION_STATUS_KEYS[status]] || status, byStatus[status] as number])
  };
  const byMonth: IReportTable = {
    caption: s.DeviationsByMonth,
    columns: [text(s.Month), integer(s.Count)],
    rows: statistics.months.map((month, i) => [monthName(month, s.Locale), statistics.byMonth[i]])
  };
  return { notes, tables: [figures, byArea, byStatusTable, byMonth] };
}

function risks(report: IAnnualReport, labels: IReportLabels): Built {
  const { strings: s, common } = labels;
  if (report.risks.kind !== 'figures') return { notes: [], tables: [] };
  const r = report.risks;
  const levelName = (key: string, name?: string): string => (key === NOT_ASSESSED_LEVEL ? s.NotAssessed : name || key);
  const figures = figuresTable(labels, [[s.RisksActive, r.active], [s.RisksOverdueReviews, r.overdueReviews], [s.RisksAccepted, r.accepted]]);
  const byLevel: IReportTable = {
    caption: s.RisksByLevel,
    columns: [text(s.RiskLevel), integer(s.Count)],
    rows: r.byLevel.map((count, i) => [levelName(count.key, r.levels[i].name), count.count])
  };
  const byArea: IReportTable = {
    caption: s.RisksByArea,
    columns: [text(s.Area), ...r.levels.map((level) => integer(levelName(level.key, level.name))), integer(s.Total)],
    rows: r.byArea.map((row) => [areaName(row.area, common), ...row.byLevel, row.total])
  };
  const byStatus: IReportTable = {
    caption: s.RisksByStatus,
    columns: [text(s.Status), integer(s.Count)],
    rows: r.byStatus.map((count) => [s.RiskStatuses[RISK_STATUS_KEYS[count.key]] || count.key, count.count])
  };
  return { notes: [], tables: [figures, byLevel, byArea, byStatus] };
}

function exercises(report: IAnnualReport, labels: IReportLabels): Built {
  const s = labels.strings;
  if (report.exercises.kind !== 'figures') return { notes: [], tables: [] };
  const e = report.exercises;
  const kindName = (kind: (typeof EXERCISE_KINDS)[number]): string => s.ExerciseKinds[EXERCISE_KIND_KEYS[kind]];
  const figures = figuresTable(labels, [
    [s.ExercisesTotal, e.total],
    ...EXERCISE_KINDS.map((kind): [string, number] => [kindName(kind), e.byKind[kind]]),
    [s.Participants, e.participants],
    [s.FollowUpsDone, e.followUpsDone],
    [s.FollowUpsOpen, e.followUpsOpen]
  ]);
  const byUnit: IReportTable = {
    caption: s.ExercisesByUnit,
    columns: [text(s.PdsaUnit), ...EXERCISE_KINDS.map((kind) => integer(kindName(kind))), integer(s.Participants), integer(s.FollowUpsDone), integer(s.FollowUpsOpen)],
    rows: e.byUnit.map((row) => [row.unit ? row.unit.title : String(row.unitId), ...EXERCISE_KINDS.map((kind) => row.byKind[kind]), row.participants, row.followUpsDone, row.followUpsOpen])
  };
  return { notes: e.total === 0 ? [s.Empty] : [], tables: e.total === 0 ? [figures] : [figures, byUnit] };
}

function documents(report: IAnnualReport, labels: IReportLabels): Built {
  const s = labels.strings;
  if (report.documents.kind !== 'figures') return { notes: [], tables: [] };
  const d = report.documents;
  const figures = figuresTable(labels, [[s.DocumentsTotal, d.total], [s.DocumentsReviewOverdue, d.overdueReviews], [s.DocumentsExpired, d.expired]]);
  const byStatus: IReportTable = {
    caption: s.DocumentsByStatus,
    columns: [text(s.Status), integer(s.Count)],
    rows: d.byStatus.map((count) => [s.DocumentStatuses[DOCUMENT_STATUS_KEYS[count.key]] || count.key, count.count])
  };
  return { notes: [], tables: [figures, byStatus] };
}

function selfAssessment(report: IAnnualReport, labels: IReportLabels): Built {
  const s = labels.strings;
  if (report.selfAssessment.kind !== 'figures') return { notes: [], tables: [] };
  const a = report.selfAssessment;
  const figures = figuresTable(labels, [[s.SelfAssessmentSubmitted, a.unitsSubmitted], [s.SelfAssessmentUnits, a.unitsInScope]]);
  const questions: IReportTable = {
    columns: [text(s.SelfAssessmentQuestion), { header: s.SelfAssessmentMean, kind: 'decimal' }, integer(s.SelfAssessmentAnswered)],
    rows: a.questions.map((question): ReportCell[] => [question.text, question.mean === undefined ? undefined : Math.round(question.mean * 100) / 100, question.answered])
  };
  const missing: IReportTable = { caption: s.SelfAssessmentNotSubmitted, columns: [text(s.PdsaUnit)], rows: a.notSubmitted.map((unit) => [unit.title]) };
  return { notes: [], tables: a.notSubmitted.length > 0 ? [figures, questions, missing] : [figures, questions] };
}

const BUILDERS: Readonly<Record<AnnualReportSection, (report: IAnnualReport, labels: IReportLabels) => Built>> = {
  goals,
  pdsa,
  deviations,
  risks,
  exercises,
  documents,
  selfAssessment
};

/** A section's notes and tables; call it for a section that has figures. */
export function sectionTables(key: AnnualReportSection, report: IAnnualReport, labels: IReportLabels): Built {
  return BUILDERS[key](report, labels);
}
