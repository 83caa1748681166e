/**
 * The section builders of the annual follow-up (annualReport.ts says what each counts). Each takes
 * what was read and the report's scope, and returns plain figures; nothing here reads or words.
 */
import { IOrganisationUnit } from '../organisation';
import { SECURITY_AREAS, SecurityArea } from '../securityAreas';
import { casesUnder, ICaseTally, tallyCases } from '../deviations/statistics';
import { rowsUnder, statisticsFor, StatisticsBasis } from '../deviations/statisticsAggregate';
import { DEVIATION_STATUSES, DeviationStatus } from '../deviations/vocabulary';
import { levelOf } from '../risks/matrix';
import { reviewDue } from '../risks/review';
import { IRisk, IRiskMatrix } from '../risks/types';
import { RISK_STATUSES } from '../risks/vocabulary';
import { documentDueness } from '../documents/reviewDates';
import { IGoverningDocument } from '../documents/types';
import { DOCUMENT_STATUSES } from '../documents/vocabulary';
import { GoalLight, IGoal, IGoalProgress } from './goals';
import { IExercise } from './exercises';
import { IRolledUpStatus } from './phases';
import { ISelfAssessmentSummary, SELF_ASSESSMENT_QUESTIONS } from './selfAssessment';
import { EXERCISE_KINDS, ExerciseKind, PDSA_PHASES, PdsaPhase, PhaseState } from './vocabulary';
import type {
  IDeviationFigures,
  IDocumentFigures,
  IExerciseFigures,
  IExerciseUnitRow,
  IGoalFigures,
  IGoalRow,
  IPdsaFigures,
  IPdsaRow,
  IRiskFigures,
  IRiskLevelColumn,
  ISelfAssessmentFigures,
  Section
} from './annualReport';

/** Key for deviations without an area (the statistics' missing key). */
export const MISSING_AREA_KEY = '';
/** The level column of risks without a current assessment on their matrix. */
export const NOT_ASSESSED_LEVEL = 'notAssessed';

export interface IReportScope {
  readonly year: number;
  readonly units: readonly IOrganisationUnit[];
  /** The units covered: the chosen unit and those below it, or every unit. */
  readonly unitIds: readonly number[];
  /** Undefined: the whole region. */
  readonly unitId?: number;
  readonly now: Date;
}

function unitById(units: readonly IOrganisationUnit[]): Map<number, IOrganisationUnit> {
  return new Map(units.map((unit) => [unit.id, unit] as [number, IOrganisationUnit]));
}

const byTitle = (a: IOrganisationUnit, b: IOrganisationUnit): number => a.title.localeCompare(b.title, 'sv');

/** The scope's units depth first, children by name: the chosen unit at depth 0, or the region's roots. */
export function scopeTree(scope: Pick<IReportScope, 'units' | 'unitId'>): { unit: IOrganisationUnit; depth: number }[] {
  const ids = new Set(scope.units.map((unit) => unit.id));
  const children = new Map<number | undefined, IOrganisationUnit[]>();
  for (const unit of scope.units) {
    const parent = unit.parentId !== undefined && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : undefined;
    children.set(parent, (children.get(parent) || []).concat([unit]));
  }
  const rows: { unit: IOrganisationUnit; depth: number }[] = [];
  const seen = new Set<number>();
  const visit = (unit: IOrganisationUnit, depth: number): void => {
    if (seen.has(unit.id)) return; // a cycle in bad data must not loop forever
    seen.add(unit.id);
    rows.push({ unit, depth });
    (children.get(unit.id) || []).slice().sort(byTitle).forEach((child) => visit(child, depth + 1));
  };
  const top = scope.unitId === undefined ? (children.get(undefined) || []).slice().sort(byTitle) : scope.units.filter((unit) => unit.id === scope.unitId);
  top.forEach((unit) => visit(unit, 0));
  return rows;
}

export function goalFigures(goals: readonly { readonly goal: IGoal; readonly progress: IGoalProgress }[], scope: IReportScope): IGoalFigures {
  const units = unitById(scope.units);
  const inScope = new Set(scope.unitIds);
  const chosen = goals.filter(({ goal }) =>
    goal.year === scope.year && (goal.scopeUnitId === undefined ? scope.unitId === undefined : inScope.has(goal.scopeUnitId))
  );
  const rows = chosen.map(({ goal, progress }): IGoalRow => ({
    id: goal.id,
    title: goal.title,
    unit: goal.scopeUnitId === undefined ? undefined : units.get(goal.scopeUnitId),
    area: goal.area,
    priority: goal.priority,
    indicator: goal.indicator,
    unitOfMeasure: goal.unitOfMeasure,
    baseline: goal.baseline,
    target: goal.target,
    targetDate: goal.targetDate.slice(0, 10),
    ...(progress.latest ? { latestValue: progress.latest.value, latestOn: progress.latest.measuredOn.slice(0, 10) } : {}),
    ...(progress.progress === undefined ? {} : { progress: progress.progress }),
    light: progress.light
  }));
  // Regional goals first, then by unit and title: the order a reader of the annual report expects.
  rows.sort(
    (a, b) =>
      (a.unit ? 1 : 0) - (b.unit ? 1 : 0) ||
      (a.unit && b.unit ? a.unit.title.localeCompare(b.unit.title, 'sv') : 0) ||
      a.title.localeCompare(b.title, 'sv') ||
      a.id - b.id
  );
  const byLight: Record<GoalLight, number> = { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0 };
  rows.forEach((row) => byLight[row.light]++);
  return { rows, byLight, reached: chosen.filter(({ progress }) => progress.reached).length };
}

export function pdsaFigures(rolledUp: ReadonlyMap<number, IRolledUpStatus>, scope: IReportScope): IPdsaFigures {
  const byPhase = {} as Record<PdsaPhase, Record<PhaseState, number>>;
  PDSA_PHASES.forEach((phase) => (byPhase[phase] = { notStarted: 0, inProgress: 0, done: 0 }));
  const rows = scopeTree(scope).map(({ unit, depth }): IPdsaRow => {
    const status = rolledUp.get(unit.id);
    const phases = {} as Record<PdsaPhase, PhaseState>;
    PDSA_PHASES.forEach((phase, i) => {
      // A unit the dashboard has no status for has shown no evidence: nothing started.
      phases[phase] = status ? status.phases[i].state : 'notStarted';
      byPhase[phase][phases[phase]]++;
    });
    return { unit, depth, phases, currentPhase: status ? status.currentPhase : PDSA_PHASES[0] };
  });
  return { rows, byPhase };
}

/** The tallies the year's statistics are counted from: a case each (live) or a compiled group each. */
function tallies(basis: StatisticsBasis, scope: IReportScope, months: readonly string[]): readonly ICaseTally[] {
  const unitIds = scope.unitId === undefined ? undefined : scope.unitIds;
  if (basis.source === 'aggregate') return unitIds ? rowsUnder(basis.rows, unitIds) : basis.rows;
  return tallyCases(unitIds ? casesUnder(basis.cases, unitIds) : basis.cases, basis.actions, months, scope.now);
}

export function deviationFigures(basis: StatisticsBasis, scope: IReportScope): Section<IDeviationFigures> {
  // Figures never compiled are not zero: there are none to report yet.
  if (basis.source === 'aggregate' && !basis.computedAt) return { kind: 'unavailable', reason: 'notCompiled' };
  const months = Array.from({ length: 12 }, (_, i) => `${scope.year}-${String(i + 1).padStart(2, '0')}`);
  const statistics = statisticsFor(basis, {
    units: scope.units,
    unitIds: scope.unitId === undefined ? undefined : scope.unitIds,
    months,
    now: scope.now,
    missingKey: MISSING_AREA_KEY
  });
  const byStatus: Partial<Record<DeviationStatus, number>> = {};
  const inYear = new Set(months);
  for (const tally of tallies(basis, scope, months)) {
    if (inYear.has(tally.month)) byStatus[tally.status] = (byStatus[tally.status] || 0) + tally.caseCount;
  }
  const ordered: Partial<Record<DeviationStatus, number>> = {};
  DEVIATION_STATUSES.forEach((status) => byStatus[status] && (ordered[status] = byStatus[status]));
  return { kind: 'figures', statistics, byStatus: ordered, source: basis.source, ...(basis.source === 'aggregate' ? { computedAt: basis.computedAt } : {}) };
}

export function riskFigures(risks: readonly IRisk[], matrices: readonly IRiskMatrix[], scope: IReportScope): IRiskFigures {
  const inScope = new Set(scope.unitIds);
  const mine = risks.filter((risk) => inScope.has(risk.unit.id));
  const active = mine.filter((risk) => risk.status !== 'Avslutad');
  const current = matrices.reduce<IRiskMatrix | undefined>((newest, matrix) => (!newest || matrix.version > newest.version ? matrix : newest), undefined);
  const byVersion = new Map(matrices.map((matrix) => [matrix.version, matrix] as [number, IRiskMatrix]));
  const levelKeyOf = (risk: IRisk): string => {
    const matrix = byVersion.get(risk.matrixVersion) || current;
    const level = matrix && risk.current ? levelOf(matrix, risk.current) : undefined;
    return level ? level.key : NOT_ASSESSED_LEVEL;
  };
  const keys = active.map(levelKeyOf);
  // The current matrix's levels, highest first; a level only an older version has comes after them.
  const levels: IRiskLevelColumn[] = (current ? current.levels.slice().reverse() : []).map((level) => ({ key: level.key, name: level.name }));
  const olderName = (key: string): string => {
    const older = matrices.map((matrix) => matrix.levels.filter((level) => level.key === key)[0]).filter((level) => level)[0];
    return older ? older.name : key;
  };
  keys.forEach((key) => key !== NOT_ASSESSED_LEVEL && !levels.some((level) => level.key === key) && levels.push({ key, name: olderName(key) }));
  if (keys.indexOf(NOT_ASSESSED_LEVEL) >= 0) levels.push({ key: NOT_ASSESSED_LEVEL });
  const levelIndex = new Map(levels.map((level, i) => [level.key, i] as [string, number]));
  const byArea = SECURITY_AREAS.map((area: SecurityArea) => {
    const counts = levels.map(() => 0);
    active.forEach((risk, i) => risk.area === area && counts[levelIndex.get(keys[i]) as number]++);
    return { area, byLevel: counts, total: counts.reduce((sum, n) => sum + n, 0) };
  }).filter((row) => row.total > 0);
  return {
    active: active.length,
    levels,
    byLevel: levels.map((level) => ({ key: level.key, count: keys.filter((key) => key === level.key).length })),
    byArea,
    byStatus: RISK_STATUSES.map((status) => ({ key: status, count: mine.filter((risk) => risk.status === status).length })),
    overdueReviews: active.filter((risk) => reviewDue(risk, scope.now)).length,
    accepted: active.filter((risk) => risk.status === 'Accepterad').length
  };
}

export function exerciseFigures(exercises: readonly IExercise[], scope: IReportScope): IExerciseFigures {
  const inScope = new Set(scope.unitIds);
  const units = unitById(scope.units);
  const held = exercises.filter((exercise) => inScope.has(exercise.unitId) && exercise.date.slice(0, 4) === String(scope.year));
  const zero = (): Record<ExerciseKind, number> => ({ Övning: 0, Utbildning: 0 });
  const rows = new Map<number, { byKind: Record<ExerciseKind, number>; participants: number; followUpsDone: number; followUpsOpen: number }>();
  for (const exercise of held) {
    const row = rows.get(exercise.unitId) || { byKind: zero(), participants: 0, followUpsDone: 0, followUpsOpen: 0 };
    row.byKind[exercise.kind]++;
    row.participants += exercise.participants || 0;
    row.followUpsDone += exercise.followUpActions.filter((action) => action.done).length;
    row.followUpsOpen += exercise.followUpActions.filter((action) => !action.done).length;
    rows.set(exercise.unitId, row);
  }
  const order = new Map(scopeTree(scope).map((entry, i) => [entry.unit.id, i] as [number, number]));
  const byUnit = Array.from(rows.entries())
    .map(([unitId, row]): IExerciseUnitRow => ({ unitId, unit: units.get(unitId), ...row }))
    .sort((a, b) => (order.has(a.unitId) ? (order.get(a.unitId) as number) : Infinity) - (order.has(b.unitId) ? (order.get(b.unitId) as number) : Infinity) || a.unitId - b.unitId);
  const byKind = zero();
  EXERCISE_KINDS.forEach((kind) => (byKind[kind] = byUnit.reduce((sum, row) => sum + row.byKind[kind], 0)));
  const sum = (value: (row: IExerciseUnitRow) => number): number => byUnit.reduce((total, row) => total + value(row), 0);
  return {
    total: held.length,
    byKind,
    participants: sum((row) => row.participants),
    followUpsDone: sum((row) => row.followUpsDone),
    followUpsOpen: sum((row) => row.followUpsOpen),
    byUnit
  };
}

export function documentFigures(documents: readonly IGoverningDocument[], scope: IReportScope): IDocumentFigures {
  const inScope = new Set(scope.unitIds);
  const mine = scope.unitId === undefined ? documents : documents.filter((document) => document.scopeUnitId !== undefined && inScope.has(document.scopeUnitId));
  const dueness = mine.map((document) => documentDueness(document, scope.now));
  return {
    total: mine.length,
    byStatus: DOCUMENT_STATUSES.map((status) => ({ key: status, count: mine.filter((document) => document.status === status).length })),
    overdueReviews: dueness.filter((due) => due.reviewOverdue).length,
    expired: dueness.filter((due) => due.expired).length
  };
}

export function selfAssessmentFigures(summary: ISelfAssessmentSummary, scope: IReportScope): ISelfAssessmentFigures {
  const inScope = new Set(scope.unitIds);
  const units = unitById(scope.units);
  const submitted = summary.unitsSubmitted.filter((id) => inScope.has(id));
  const notSubmitted = scope.unitIds.filter((id) => submitted.indexOf(id) < 0).map((id) => units.get(id) as IOrganisationUnit);
  return {
    unitsSubmitted: submitted.length,
    unitsInScope: scope.unitIds.length,
    notSubmitted: notSubmitted.sort(byTitle),
    questions: summary.questions.map((question) => {
      const text = (SELF_ASSESSMENT_QUESTIONS.filter((q) => q.key === question.key)[0] || { text: question.key }).text;
      const answered = Object.keys(question.distribution).reduce((total, key) => total + (question.distribution[key] || 0), 0);
      return { key: question.key, text, ...(question.mean === undefined ? {} : { mean: question.mean }), answered };
    })
  };
}
