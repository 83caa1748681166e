import { buildAnnualReport, IAnnualReportInput, reportUnitIds, yearMonths } from '../../../src/domain/pdsa/annualReport';
import { NOT_ASSESSED_LEVEL, scopeTree } from '../../../src/domain/pdsa/annualReportFigures';
import { goalProgress, IGoal, IMeasurement } from '../../../src/domain/pdsa/goals';
import { IExercise } from '../../../src/domain/pdsa/exercises';
import { IPdsaEvidence, pdsaStatus, rollUpPdsa } from '../../../src/domain/pdsa/phases';
import { selfAssessmentSummary, SELF_ASSESSMENT_QUESTION_KEYS, ISelfAssessment } from '../../../src/domain/pdsa/selfAssessment';
import { IOrganisationUnit } from '../../../src/domain/organisation';
import { CaseFact } from '../../../src/domain/deviations/statistics';
import { aggregateRows } from '../../../src/domain/deviations/statisticsAggregate';
import { DEFAULT_RISK_MATRIX } from '../../../src/domain/risks/matrix';
import { IRisk } from '../../../src/domain/risks/types';
import { IGoverningDocument } from '../../../src/domain/documents/types';

function unit(id: number, title: string, parentId?: number): IOrganisationUnit {
  return { id, title, code: `U${id}`, level: parentId === undefined ? 'Region' : 'Enhet', parentId, managerAbsent: false };
}

// Region 1 → Sjukhuset 2 → Akuten 3, Ortopeden 4; Kollektivtrafiken 5
const UNITS = [unit(1, 'Region Exempel'), unit(2, 'Sjukhuset', 1), unit(4, 'Ortopeden', 2), unit(3, 'Akuten', 2), unit(5, 'Kollektivtrafiken', 1)];
const NOW = new Date('2026-11-20T08:00:00.000Z');

function goal(id: number, scopeUnitId: number | undefined, overrides: Partial<IGoal> = {}): IGoal {
  return {
    id,
    title: `Mål ${id}`,
    scopeUnitId,
    area: 'Brandsäkerhet',
    priority: 'Hög',
    indicator: 'Andel utbildade',
    unitOfMeasure: '%',
    baseline: 40,
    target: 90,
    direction: 'Högre är bättre',
    targetDate: '2026-12-31',
    frequency: 'Kvartal',
    activities: [],
    year: 2026,
    ...overrides
  };
}

const measurement = (goalId: number, value: number, measuredOn: string): IMeasurement => ({ id: goalId * 100 + value, goalId, value, measuredOn });

function goalEntry(g: IGoal, measurements: IMeasurement[]): { goal: IGoal; progress: ReturnType<typeof goalProgress> } {
  return { goal: g, progress: goalProgress(g, measurements, NOW) };
}

const none = { kind: 'unavailable', reason: 'notPermitted' } as const;

function input(overrides: Partial<IAnnualReportInput>): IAnnualReportInput {
  return {
    year: 2026,
    units: UNITS,
    now: NOW,
    goals: none,
    pdsa: none,
    deviations: none,
    risks: none,
    exercises: none,
    documents: none,
    selfAssessment: none,
    ...overrides
  };
}

describe('the report scope', () => {
  it('covers a unit and everything below it, or every unit of the region', () => {
    expect(reportUnitIds(UNITS, 2).sort()).toEqual([2, 3, 4]);
    expect(reportUnitIds(UNITS, undefined)).toHaveLength(5);
    expect(yearMonths(2026)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
  });

  it('lists the units in tree order, children by name, the chosen unit at depth 0', () => {
    expect(scopeTree({ units: UNITS }).map((e) => `${e.depth}:${e.unit.title}`)).toEqual(['0:Region Exempel', '1:Kollektivtrafiken', '1:Sjukhuset', '2:Akuten', '2:Ortopeden']);
    expect(scopeTree({ units: UNITS, unitId: 2 }).map((e) => `${e.depth}:${e.unit.title}`)).toEqual(['0:Sjukhuset', '1:Akuten', '1:Ortopeden']);
  });

  it('says why a section could not be read instead of reporting zeros', () => {
    const report = buildAnnualReport(input({}));
    expect(report.goals).toEqual({ kind: 'unavailable', reason: 'notPermitted' });
    expect(report.unit).toBeUndefined();
    expect(report.generatedAt).toBe(NOW.toISOString());
  });
});

describe('goals', () => {
  const goals = [
    goalEntry(goal(1, undefined, { title: 'Regionalt mål' }), [measurement(1, 75, '2026-06-30')]),
    goalEntry(goal(2, 3, { title: 'Akutens mål' }), [measurement(2, 50, '2026-03-31'), measurement(2, 90, '2026-09-30')]),
    goalEntry(goal(3, 5), []),
    goalEntry(goal(4, 3, { year: 2025, targetDate: '2025-12-31' }), [])
  ];

  it('reports the region\'s goals of the year, regional first, with baseline, target, latest value, progress and light', () => {
    const report = buildAnnualReport(input({ goals: { kind: 'figures', goals } }));
    if (report.goals.kind !== 'figures') throw new Error('no figures');
    expect(report.goals.rows.map((row) => row.title)).toEqual(['Regionalt mål', 'Akutens mål', 'Mål 3']);
    expect(report.goals.rows[0]).toMatchObject({ baseline: 40, target: 90, latestValue: 75, latestOn: '2026-06-30', progress: 0.7, light: 'atRisk' });
    expect(report.goals.rows[1]).toMatchObject({ unit: { id: 3 }, latestValue: 90, progress: 1, light: 'onTrack' });
    expect(report.goals.rows[2]).toMatchObject({ light: 'noData' });
    expect(report.goals.rows[2].latestValue).toBeUndefined();
    expect(report.goals.byLight).toEqual({ onTrack: 1, atRisk: 1, offTrack: 0, noData: 1 });
    expect(report.goals.reached).toBe(1);
  });

  it('reports only the goals of the unit and the units below it for a unit', () => {
    const report = buildAnnualReport(input({ unitId: 2, goals: { kind: 'figures', goals } }));
    if (report.goals.kind !== 'figures') throw new Error('no figures');
    expect(report.unit).toMatchObject({ id: 2, title: 'Sjukhuset' });
    expect(report.goals.rows.map((row) => row.id)).toEqual([2]);
  });
});

describe('PDSA', () => {
  const evidence = (overrides: Partial<IPdsaEvidence>): IPdsaEvidence => ({
    goals: 1, goalsWithBudgetedActivities: 1, risks: 1, risksOverdueForReview: 0, risksReviewedInYear: 1, activitiesPlanned: 1, activitiesCarriedOut: 1,
    riskActionsDue: 0, riskActionsDone: 0, exercisesHeld: 1, measurementsDue: 1, measurementsEntered: 1, deviations: 0, deviationsReviewed: 0,
    selfAssessment: 'submitted', improvementsDecided: 1, documentsOwned: 0, documentsCurrent: 0, ...overrides
  });
  const own = new Map([
    [3, pdsaStatus(evidence({}))],
    [4, pdsaStatus(evidence({ exercisesHeld: 0, selfAssessment: 'none', improvementsDecided: 0 }))]
  ]);
  const rolledUp = rollUpPdsa(UNITS, own);

  it('shows each unit of the scope rolled up, in tree order, and counts the units per phase and state', () => {
    const report = buildAnnualReport(input({ unitId: 2, pdsa: { kind: 'figures', rolledUp } }));
    if (report.pdsa.kind !== 'figures') throw new Error('no figures');
    expect(report.pdsa.rows.map((row) => [row.unit.title, row.depth, row.phases.Planera, row.phases.Genomföra, row.currentPhase])).toEqual([
      ['Sjukhuset', 0, 'done', 'inProgress', 'Genomföra'],
      ['Akuten', 1, 'done', 'done', undefined],
      ['Ortopeden', 1, 'done', 'inProgress', 'Genomföra']
    ]);
    expect(report.pdsa.byPhase.Planera).toEqual({ notStarted: 0, inProgress: 0, done: 3 });
    expect(report.pdsa.byPhase.Agera).toEqual({ notStarted: 1, inProgress: 1, done: 1 });
  });

  it('counts a unit without any status as not started', () => {
    const report = buildAnnualReport(input({ pdsa: { kind: 'figures', rolledUp: new Map() } }));
    if (report.pdsa.kind !== 'figures') throw new Error('no figures');
    expect(report.pdsa.byPhase.Planera).toEqual({ notStarted: 5, inProgress: 0, done: 0 });
  });
});

describe('deviations', () => {
  let id = 1;
  const fact = (reportedAt: string, unitId: number, overrides: Partial<CaseFact> = {}): CaseFact =>
    ({ id: id++, store: 'open', reportedAt, status: 'Ny', area: 'Brandsäkerhet', unit: { id: unitId, title: `U${unitId}` }, ...overrides }) as CaseFact;
  const cases = [
    fact('2026-01-10T10:00:00Z', 3),
    fact('2026-01-11T10:00:00Z', 3, { status: 'Avslutad', area: 'Hot och våld', acknowledgedAt: '2026-01-11T12:00:00Z', closedAt: '2026-01-20T12:00:00Z' }),
    fact('2026-06-01T10:00:00Z', 5, { status: 'Avvisad', area: undefined }),
    // 23:30 UTC on New Year's Eve is 2026 in Swedish time; a day earlier is 2025.
    fact('2025-12-31T23:30:00Z', 4),
    fact('2025-12-30T10:00:00Z', 4)
  ];

  it('counts the year\'s cases per area, status and month in Swedish time', () => {
    const report = buildAnnualReport(input({ deviations: { kind: 'figures', basis: { source: 'live', cases, actions: [] } } }));
    if (report.deviations.kind !== 'figures') throw new Error('no figures');
    expect(report.deviations.statistics.total).toBe(4);
    expect(report.deviations.statistics.byMonth[0]).toBe(3);
    expect(report.deviations.statistics.byMonth[5]).toBe(1);
    expect(report.deviations.byStatus).toEqual({ Ny: 2, Avslutad: 1, Avvisad: 1 });
    expect(report.deviations.statistics.byArea.map((row) => [row.key, row.total])).toEqual([['Brandsäkerhet', 2], ['', 1], ['Hot och våld', 1]]);
  });

  it('counts the same from the compiled rows as from the cases, for a unit too', () => {
    const rows = aggregateRows(cases, [], yearMonths(2026), NOW);
    const live = buildAnnualReport(input({ unitId: 2, deviations: { kind: 'figures', basis: { source: 'live', cases, actions: [] } } }));
    const compiled = buildAnnualReport(input({ unitId: 2, deviations: { kind: 'figures', basis: { source: 'aggregate', rows, computedAt: '2026-11-20T02:00:00Z' } } }));
    if (live.deviations.kind !== 'figures' || compiled.deviations.kind !== 'figures') throw new Error('no figures');
    expect(compiled.deviations.statistics.total).toBe(3);
    expect(compiled.deviations.byStatus).toEqual(live.deviations.byStatus);
    expect(compiled.deviations.statistics.byMonth).toEqual(live.deviations.statistics.byMonth);
    expect(compiled.deviations).toMatchObject({ source: 'aggregate', computedAt: '2026-11-20T02:00:00Z' });
  });

  it('says the figures are not compiled yet rather than reporting none', () => {
    const report = buildAnnualReport(input({ deviations: { kind: 'figures', basis: { source: 'aggregate', rows: [] } } }));
    expect(report.deviations).toEqual({ kind: 'unavailable', reason: 'notCompiled' });
  });
});

describe('risks', () => {
  const risk = (id: number, unitId: number, overrides: Partial<IRisk>): IRisk =>
    ({
      id, etag: '"1"', riskNumber: `RISK-${id}`, title: `Risk ${id}`, area: 'Brandsäkerhet', unit: { id: unitId, title: '' }, cia: [], matrixVersion: 1,
      status: 'Bedömd', linkedCases: [], created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', ...overrides
    }) as IRisk;
  const risks = [
    risk(1, 3, { current: { likelihood: 4, consequence: 4 }, nextReviewAt: '2026-10-01' }),
    risk(2, 3, { current: { likelihood: 1, consequence: 1 }, area: 'Hot och våld', status: 'Accepterad', nextReviewAt: '2027-10-01' }),
    risk(3, 4, { status: 'Utkast', nextReviewAt: '2026-01-01' }),
    risk(4, 5, { current: { likelihood: 4, consequence: 4 }, status: 'Avslutad', nextReviewAt: '2026-01-01' })
  ];

  it('counts the risks not closed per level and area, overdue reviews and accepted, and every status', () => {
    const report = buildAnnualReport(input({ risks: { kind: 'figures', risks, matrices: [DEFAULT_RISK_MATRIX] } }));
    if (report.risks.kind !== 'figures') throw new Error('no figures');
    const levels = DEFAULT_RISK_MATRIX.levels.slice().reverse();
    expect(report.risks.levels.map((level) => level.key)).toEqual([...levels.map((level) => level.key), NOT_ASSESSED_LEVEL]);
    expect(report.risks.active).toBe(3);
    const count = (key: string): number => report.risks.kind === 'figures' ? report.risks.byLevel.filter((c) => c.key === key)[0].count : -1;
    expect(count(levels[0].key)).toBe(1);
    expect(count(levels[levels.length - 1].key)).toBe(1);
    expect(count(NOT_ASSESSED_LEVEL)).toBe(1);
    expect(report.risks.byArea.map((row) => [row.area, row.total])).toEqual([['Brandsäkerhet', 2], ['Hot och våld', 1]]);
    // Utkast is not under review; the high risk's day has passed.
    expect(report.risks.overdueReviews).toBe(1);
    expect(report.risks.accepted).toBe(1);
    expect(report.risks.byStatus.filter((s) => s.count > 0)).toEqual([
      { key: 'Utkast', count: 1 }, { key: 'Bedömd', count: 1 }, { key: 'Accepterad', count: 1 }, { key: 'Avslutad', count: 1 }
    ]);
  });

  it('leaves out the risks of units outside the scope', () => {
    const report = buildAnnualReport(input({ unitId: 5, risks: { kind: 'figures', risks, matrices: [DEFAULT_RISK_MATRIX] } }));
    if (report.risks.kind !== 'figures') throw new Error('no figures');
    expect(report.risks.active).toBe(0);
    expect(report.risks.byStatus.filter((s) => s.count > 0)).toEqual([{ key: 'Avslutad', count: 1 }]);
    expect(report.risks.levels.map((level) => level.key)).not.toContain(NOT_ASSESSED_LEVEL);
  });
});

describe('exercises', () => {
  const exercise = (id: number, unitId: number, overrides: Partial<IExercise>): IExercise => ({
    id, title: `Övning ${id}`, date: '2026-03-01', unitId, kind: 'Övning', scenario: 'Brand', areas: ['Brandsäkerhet'], followUpActions: [], ...overrides
  });
  const exercises = [
    exercise(1, 3, { participants: 12, followUpActions: [{ title: 'a', done: true }, { title: 'b', done: false }] }),
    exercise(2, 3, { kind: 'Utbildning', participants: 30 }),
    exercise(3, 5, { participants: 8, followUpActions: [{ title: 'c', done: false }] }),
    exercise(4, 3, { date: '2025-11-01', participants: 99 })
  ];

  it('counts the year\'s exercises per kind and unit, participants and follow-ups done and open', () => {
    const report = buildAnnualReport(input({ exercises: { kind: 'figures', exercises } }));
    if (report.exercises.kind !== 'figures') throw new Error('no figures');
    expect(report.exercises).toMatchObject({ total: 3, byKind: { Övning: 2, Utbildning: 1 }, participants: 50, followUpsDone: 1, followUpsOpen: 2 });
    expect(report.exercises.byUnit.map((row) => [row.unit && row.unit.title, row.byKind.Övning, row.byKind.Utbildning, row.participants])).toEqual([
      ['Kollektivtrafiken', 1, 0, 8],
      ['Akuten', 1, 1, 42]
    ]);
  });
});

describe('documents', () => {
  const doc = (id: number, overrides: Partial<IGoverningDocument>): IGoverningDocument =>
    ({ id, number: `RL-${id}`, title: `D${id}`, type: 'Riktlinje', status: 'Publicerad', edition: 1, areas: [], reviewCycleMonths: 24, ...overrides }) as IGoverningDocument;
  const documents = [
    doc(1, { nextReviewAt: '2026-01-01' }),
    doc(2, { scopeUnitId: 3, validUntil: '2026-06-30', nextReviewAt: '2027-06-01' }),
    doc(3, { scopeUnitId: 4, status: 'Utkast', edition: 0 }),
    doc(4, { scopeUnitId: 5, status: 'Upphävd' })
  ];

  it('counts per status, with reviews past their day and validity ended', () => {
    const report = buildAnnualReport(input({ documents: { kind: 'figures', documents } }));
    if (report.documents.kind !== 'figures') throw new Error('no figures');
    expect(report.documents).toMatchObject({ total: 4, overdueReviews: 1, expired: 1 });
    expect(report.documents.byStatus.filter((s) => s.count > 0)).toEqual([{ key: 'Utkast', count: 1 }, { key: 'Publicerad', count: 2 }, { key: 'Upphävd', count: 1 }]);
  });

  it('counts a unit\'s own documents and those of the units below it', () => {
    const report = buildAnnualReport(input({ unitId: 2, documents: { kind: 'figures', documents } }));
    if (report.documents.kind !== 'figures') throw new Error('no figures');
    expect(report.documents).toMatchObject({ total: 2, overdueReviews: 0, expired: 1 });
  });
});

describe('self-assessment', () => {
  it('counts the scope\'s units that submitted and names those that did not', () => {
    const answers = Object.fromEntries(SELF_ASSESSMENT_QUESTION_KEYS.map((key) => [key, { answer: 3 as const }]));
    const assessments: ISelfAssessment[] = [{ id: 1, unitId: 3, year: 2026, status: 'Inlämnad', answers, submittedAt: '2026-10-01T00:00:00Z' }];
    const summary = selfAssessmentSummary(assessments, { unitIds: UNITS.map((u) => u.id), year: 2026 });
    const report = buildAnnualReport(input({ unitId: 2, selfAssessment: { kind: 'figures', summary } }));
    if (report.selfAssessment.kind !== 'figures') throw new Error('no figures');
    expect(report.selfAssessment.unitsSubmitted).toBe(1);
    expect(report.selfAssessment.unitsInScope).toBe(3);
    expect(report.selfAssessment.notSubmitted.map((u) => u.title)).toEqual(['Ortopeden', 'Sjukhuset']);
    expect(report.selfAssessment.questions[0]).toMatchObject({ key: SELF_ASSESSMENT_QUESTION_KEYS[0], mean: 3, answered: 1 });
    expect(report.selfAssessment.questions[0].text).toMatch(/^Följer enheten/);
  });
});
