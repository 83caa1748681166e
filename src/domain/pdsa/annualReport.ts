/**
 * The annual follow-up (årsuppföljning): what the region, or a unit with the units below it,
 * reports for a year in the region's annual report. Pure: the service gathers the data, this
 * builds the figures, the web part words them. No section is dropped silently: a section the
 * reader could not read says why (`unavailable`), and every count is of what was read.
 *
 * What each section counts (the README quotes this):
 * - Goals: the year's goals in the scope (the region: regional goals and every unit's; a unit: the
 *   goals of the unit and the units below it), each with its baseline, target, latest value,
 *   progress and light (goals.ts goalProgress).
 * - PDSA: each unit of the scope, rolled up the hierarchy (phases.ts rollUpPdsa), in tree order.
 * - Deviations: the cases reported in the year's twelve months at the scope's units, per area,
 *   status and month, from the same basis as the statistics web part (live or compiled).
 * - Risks: the risk picture on the day of the report: risks not closed, per level of their current
 *   assessment (on the matrix version they were assessed with) and area; reviews past their day;
 *   accepted risks. Every status is counted, closed ones too.
 * - Exercises: the exercises and trainings held in the year per kind and unit, participants, and
 *   their follow-up actions done and open.
 * - Documents: the governing documents of the scope (the region: all it can read; a unit: those
 *   scoped to it and the units below), per status, with reviews past their day and validity ended.
 * - Self-assessment: the units that submitted the year's assessment, and each question's mean.
 */
import { IOrganisationUnit, descendantUnitIds } from '../organisation';
import { SecurityArea } from '../securityAreas';
import { IDeviationStatistics } from '../deviations/statistics';
import { StatisticsBasis } from '../deviations/statisticsAggregate';
import { DeviationStatus } from '../deviations/vocabulary';
import { IRisk, IRiskMatrix } from '../risks/types';
import { RiskStatus } from '../risks/vocabulary';
import { IGoverningDocument } from '../documents/types';
import { DocumentStatus } from '../documents/vocabulary';
import { GoalLight, IGoal, IGoalProgress } from './goals';
import { IExercise } from './exercises';
import { IRolledUpStatus } from './phases';
import { ISelfAssessmentSummary } from './selfAssessment';
import { ExerciseKind, GoalPriority, PdsaPhase, PhaseState } from './vocabulary';
import { deviationFigures, documentFigures, exerciseFigures, goalFigures, pdsaFigures, riskFigures, selfAssessmentFigures } from './annualReportFigures';

/** Why a section has no figures: the reader may not read its data, or (deviations) they are not compiled yet. */
export type UnavailableReason = 'notPermitted' | 'notCompiled' | 'failed';
export type Section<T> = ({ readonly kind: 'figures' } & T) | { readonly kind: 'unavailable'; readonly reason: UnavailableReason };

/** The deviations of the year as the statistics count them, with the count per status from the same cases. */
export interface IDeviationFigures {
  readonly statistics: IDeviationStatistics;
  readonly byStatus: Readonly<Partial<Record<DeviationStatus, number>>>;
  /** 'live' (the security function) or 'aggregate' (compiled at `computedAt`). */
  readonly source: 'live' | 'aggregate';
  readonly computedAt?: string;
}

/** What the service gathered for the report. A section left undefined could not be read (see `unavailable`). */
export interface IAnnualReportInput {
  readonly year: number;
  /** Undefined: the whole region. */
  readonly unitId?: number;
  readonly units: readonly IOrganisationUnit[];
  readonly now: Date;
  readonly goals: Section<{ readonly goals: readonly { readonly goal: IGoal; readonly progress: IGoalProgress }[] }>;
  readonly pdsa: Section<{ readonly rolledUp: ReadonlyMap<number, IRolledUpStatus> }>;
  /** The statistics' basis for the year's months (DeviationStatisticsService.load). */
  readonly deviations: Section<{ readonly basis: StatisticsBasis }>;
  readonly risks: Section<{ readonly risks: readonly IRisk[]; readonly matrices: readonly IRiskMatrix[] }>;
  readonly exercises: Section<{ readonly exercises: readonly IExercise[] }>;
  readonly documents: Section<{ readonly documents: readonly IGoverningDocument[] }>;
  readonly selfAssessment: Section<{ readonly summary: ISelfAssessmentSummary }>;
}

export interface IGoalRow {
  readonly id: number;
  readonly title: string;
  /** Undefined: a regional goal. */
  readonly unit?: IOrganisationUnit;
  readonly area: SecurityArea;
  readonly priority: GoalPriority;
  readonly indicator: string;
  readonly unitOfMeasure: string;
  readonly baseline: number;
  readonly target: number;
  readonly targetDate: string;
  readonly latestValue?: number;
  readonly latestOn?: string;
  /** 0..1; undefined without a measurement. */
  readonly progress?: number;
  readonly light: GoalLight;
}

export interface IGoalFigures {
  readonly rows: readonly IGoalRow[];
  readonly byLight: Readonly<Record<GoalLight, number>>;
  readonly reached: number;
}

export interface IPdsaRow {
  readonly unit: IOrganisationUnit;
  /** 0 for the scope's top unit(s). */
  readonly depth: number;
  readonly phases: Readonly<Record<PdsaPhase, PhaseState>>;
  /** Undefined: all four done. */
  readonly currentPhase?: PdsaPhase;
}

export interface IPdsaFigures {
  readonly rows: readonly IPdsaRow[];
  /** Over every unit of the scope: units in each state, per phase. */
  readonly byPhase: Readonly<Record<PdsaPhase, Readonly<Record<PhaseState, number>>>>;
}

export interface ICount<K> {
  readonly key: K;
  readonly count: number;
}

export interface IRiskLevelColumn {
  /** A level's key; 'notAssessed' for risks without a current assessment on their matrix. */
  readonly key: string;
  /** The region's name for it, from the current matrix (undefined for 'notAssessed'). */
  readonly name?: string;
}

export interface IRiskFigures {
  /** Risks not closed. */
  readonly active: number;
  readonly levels: readonly IRiskLevelColumn[];
  readonly byLevel: readonly ICount<string>[];
  /** Per area with any risk: counts per level key, in `levels` order, and the area's total. */
  readonly byArea: readonly { readonly area: SecurityArea; readonly byLevel: readonly number[]; readonly total: number }[];
  /** Every status, closed risks too. */
  readonly byStatus: readonly ICount<RiskStatus>[];
  readonly overdueReviews: number;
  readonly accepted: number;
}

export interface IExerciseUnitRow {
  readonly unit?: IOrganisationUnit;
  readonly unitId: number;
  readonly byKind: Readonly<Record<ExerciseKind, number>>;
  readonly participants: number;
  readonly followUpsDone: number;
  readonly followUpsOpen: number;
}

export interface IExerciseFigures {
  readonly total: number;
  readonly byKind: Readonly<Record<ExerciseKind, number>>;
  readonly participants: number;
  readonly followUpsDone: number;
  readonly followUpsOpen: number;
  readonly byUnit: readonly IExerciseUnitRow[];
}

export interface IDocumentFigures {
  readonly total: number;
  readonly byStatus: readonly ICount<DocumentStatus>[];
  readonly overdueReviews: number;
  readonly expired: number;
}

export interface ISelfAssessmentFigures {
  readonly unitsSubmitted: number;
  readonly unitsInScope: number;
  readonly notSubmitted: readonly IOrganisationUnit[];
  readonly questions: readonly { readonly key: string; readonly text: string; readonly mean?: number; readonly answered: number }[];
}

export interface IAnnualReport {
  readonly year: number;
  /** Undefined: the whole region. */
  readonly unit?: IOrganisationUnit;
  /** The units the report covers (the unit and those below it, or every unit). */
  readonly unitIds: readonly number[];
  /** ISO instant the report was built. */
  readonly generatedAt: string;
  readonly goals: Section<IGoalFigures>;
  readonly pdsa: Section<IPdsaFigures>;
  readonly deviations: Section<IDeviationFigures>;
  readonly risks: Section<IRiskFigures>;
  readonly exercises: Section<IExerciseFigures>;
  readonly documents: Section<IDocumentFigures>;
  readonly selfAssessment: Section<ISelfAssessmentFigures>;
}

export const ANNUAL_REPORT_SECTIONS = ['goals', 'pdsa', 'deviations', 'risks', 'exercises', 'documents', 'selfAssessment'] as const;
export type AnnualReportSection = typeof ANNUAL_REPORT_SECTIONS[number];

/** The units a report covers: the unit and every unit below it, or the whole region. */
export function reportUnitIds(units: readonly IOrganisationUnit[], unitId: number | undefined): number[] {
  return unitId === undefined ? units.map((unit) => unit.id) : descendantUnitIds(units, unitId);
}

/** The twelve 'YYYY-MM' months of a year, as the deviation statistics count them. */
export function yearMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

function mapSection<T, R>(section: Section<T>, build: (figures: T) => R): Section<R> {
  return section.kind === 'figures' ? { kind: 'figures', ...build(section) } : section;
}

/** The report's figures from what was gathered (see the block at the top). */
export function buildAnnualReport(input: IAnnualReportInput): IAnnualReport {
  const unitIds = reportUnitIds(input.units, input.unitId);
  const scope = { units: input.units, unitIds, unitId: input.unitId, now: input.now, year: input.year };
  return {
    year: input.year,
    unit: input.unitId === undefined ? undefined : input.units.filter((unit) => unit.id === input.unitId)[0],
    unitIds,
    generatedAt: input.now.toISOString(),
    goals: mapSection(input.goals, (data) => goalFigures(data.goals, scope)),
    pdsa: mapSection(input.pdsa, (data) => pdsaFigures(data.rolledUp, scope)),
    deviations: input.deviations.kind === 'figures' ? deviationFigures(input.deviations.basis, scope) : input.deviations,
    risks: mapSection(input.risks, (data) => riskFigures(data.risks, data.matrices, scope)),
    exercises: mapSection(input.exercises, (data) => exerciseFigures(data.exercises, scope)),
    documents: mapSection(input.documents, (data) => documentFigures(data.documents, scope)),
    selfAssessment: mapSection(input.selfAssessment, (data) => selfAssessmentFigures(data.summary, scope))
  };
}
