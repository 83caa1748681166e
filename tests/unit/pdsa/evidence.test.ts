import {
  countEvidence,
  evidenceCutoff,
  IEvidenceDocument,
  IEvidenceGoal,
  IEvidenceRisk,
  IEvidenceSources,
  isDocumentCurrent,
  NO_EVIDENCE
} from '../../../src/domain/pdsa/evidence';
import { pdsaStatus } from '../../../src/domain/pdsa/phases';

const NOW = new Date('2026-11-20T10:00:00Z');
const EMPTY: IEvidenceSources = {
  goals: [],
  measurements: [],
  exercises: [],
  selfAssessments: [],
  risks: [],
  riskActions: [],
  deviations: [],
  deviationActions: [],
  documents: []
};

function goal(id: number, overrides: Partial<IEvidenceGoal> = {}): IEvidenceGoal {
  return {
    id,
    scopeUnitId: 7,
    area: 'Informationssäkerhet',
    year: 2026,
    targetDate: '2026-12-31',
    frequency: 'Kvartal',
    activities: [],
    ...overrides
  };
}

function risk(id: number, overrides: Partial<IEvidenceRisk> = {}): IEvidenceRisk {
  return { id, unitId: 7, area: 'Informationssäkerhet', status: 'Bedömd', nextReviewAt: '2027-03-01', currentAssessedAt: '2026-02-01T09:00:00Z', ...overrides };
}

function document(overrides: Partial<IEvidenceDocument> = {}): IEvidenceDocument {
  return { scopeUnitId: 7, status: 'Publicerad', edition: 1, nextReviewAt: '2027-01-15', validUntil: '2028-01-01', areas: ['Informationssäkerhet'], ...overrides };
}

const unit7 = (sources: Partial<IEvidenceSources>, area?: Parameters<typeof countEvidence>[3], now = NOW) =>
  countEvidence({ ...EMPTY, ...sources }, 2026, now, area).get(7);

describe('counting a unit’s PDSA evidence', () => {
  it('leaves out units with nothing counted, so a parent rolls up from its children alone', () => {
    expect(countEvidence(EMPTY, 2026, NOW).size).toBe(0);
    expect(unit7({ goals: [goal(1, { year: 2025 })] })).toBeUndefined();
  });

  it('counts the unit goals of the year, not regional goals or other years', () => {
    const counted = countEvidence({ ...EMPTY, goals: [goal(1), goal(2, { scopeUnitId: undefined }), goal(3, { year: 2025 }), goal(4, { scopeUnitId: 8 })] }, 2026, NOW);
    expect(counted.get(7)).toMatchObject({ goals: 1 });
    expect(counted.get(8)).toMatchObject({ goals: 1 });
    expect(counted.size).toBe(2);
  });

  it('counts activities: cancelled ones are not planned, carried out ones are done, a cost estimate budgets the goal', () => {
    const counted = unit7({
      goals: [
        goal(1, {
          activities: [
            { title: 'Utbilda', status: 'Genomförd', costEstimate: 20000 },
            { title: 'Öva', status: 'Planerad' },
            { title: 'Stryk', status: 'Inställd', costEstimate: 0 }
          ]
        }),
        goal(2, { activities: [{ title: 'Inventera', status: 'Pågår' }] })
      ]
    });
    expect(counted).toMatchObject({ goals: 2, goalsWithBudgetedActivities: 1, activitiesPlanned: 3, activitiesCarriedOut: 1 });
  });

  it('counts measurements due so far by the goal’s periods and those entered within them', () => {
    // Quarterly in 2026, now 20 November: Q1–Q3 are due, Q4 is not yet.
    const counted = unit7({
      goals: [goal(1)],
      measurements: [
        { goalId: 1, measuredOn: '2026-02-10', value: 3 },
        { goalId: 1, measuredOn: '2026-08-01', value: 4 },
        { goalId: 1, measuredOn: '2026-08-20', value: 5 },
        { goalId: 2, measuredOn: '2026-05-01', value: 9 }
      ]
    });
    expect(counted).toMatchObject({ measurementsDue: 3, measurementsEntered: 2 });
  });

  it('counts a past year to its end: every period is due', () => {
    const counted = countEvidence({ ...EMPTY, goals: [goal(1, { year: 2025, targetDate: '2025-12-31' })], measurements: [{ goalId: 1, measuredOn: '2025-03-01', value: 1 }] }, 2025, NOW).get(7);
    expect(counted).toMatchObject({ measurementsDue: 4, measurementsEntered: 1 });
    expect(evidenceCutoff(2025, NOW).toISOString()).toBe('2025-12-31T23:59:59.999Z');
    expect(evidenceCutoff(2026, NOW)).toEqual(NOW);
  });

  it('counts risks that are assessed and not closed, those overdue for review, and those assessed in the year', () => {
    const counted = unit7({
      risks: [
        risk(1),
        risk(2, { nextReviewAt: '2026-11-01', currentAssessedAt: '2025-06-01T00:00:00Z' }),
        risk(3, { status: 'Utkast', nextReviewAt: '2020-01-01' }),
        risk(4, { status: 'Avslutad' }),
        risk(5, { status: 'Accepterad', nextReviewAt: '2026-11-20' })
      ]
    });
    expect(counted).toMatchObject({ risks: 3, risksOverdueForReview: 2, risksReviewedInYear: 2 });
  });

  it('counts risk actions due in the year so far, and those done, on any of the unit’s risks', () => {
    const counted = unit7({
      risks: [risk(1, { status: 'Avslutad' }), risk(2)],
      riskActions: [
        { riskId: 1, dueDate: '2026-03-01', done: true },
        { riskId: 2, dueDate: '2026-06-01', done: false },
        { riskId: 2, dueDate: '2026-12-15', done: false },
        { riskId: 2, dueDate: '2025-12-15', done: true },
        { riskId: 99, dueDate: '2026-06-01', done: true }
      ]
    });
    expect(counted).toMatchObject({ riskActionsDue: 2, riskActionsDone: 1 });
  });

  it('counts the year’s exercises and their follow-up actions as improvements', () => {
    const counted = unit7({
      exercises: [
        { unitId: 7, date: '2026-04-01', areas: ['Driftsäkerhet'], followUpActions: 2 },
        { unitId: 7, date: '2025-04-01', areas: ['Driftsäkerhet'], followUpActions: 5 }
      ]
    });
    expect(counted).toMatchObject({ exercisesHeld: 1, improvementsDecided: 2 });
  });

  it('counts the year’s deviations, those reviewed, and actions decided on them in the year', () => {
    const counted = unit7({
      deviations: [
        { key: 'open:1', unitId: 7, area: 'Informationssäkerhet', status: 'Avslutad', reportedAt: '2026-02-01T08:00:00Z' },
        { key: 'open:2', unitId: 7, area: 'Informationssäkerhet', status: 'Utreds', reportedAt: '2026-05-01T08:00:00Z' },
        { key: 'protected:1', unitId: 7, area: 'Hot och våld', status: 'Åtgärdas', reportedAt: '2026-06-01T08:00:00Z' },
        { key: 'open:3', unitId: 7, area: 'Informationssäkerhet', status: 'Avvisad', reportedAt: '2025-06-01T08:00:00Z' }
      ],
      deviationActions: [
        { deviationKey: 'open:1', created: '2026-02-05T08:00:00Z' },
        { deviationKey: 'protected:1', created: '2026-06-05T08:00:00Z' },
        { deviationKey: 'open:3', created: '2026-01-05T08:00:00Z' }
      ]
    });
    expect(counted).toMatchObject({ deviations: 3, deviationsReviewed: 2, improvementsDecided: 2 });
  });

  it('takes a submitted self-assessment over a draft, and only the year’s', () => {
    expect(unit7({ selfAssessments: [{ unitId: 7, year: 2026, status: 'Utkast' }] })).toMatchObject({ selfAssessment: 'draft' });
    expect(unit7({ selfAssessments: [{ unitId: 7, year: 2026, status: 'Inlämnad' }, { unitId: 7, year: 2026, status: 'Utkast' }] })).toMatchObject({ selfAssessment: 'submitted' });
    expect(unit7({ selfAssessments: [{ unitId: 7, year: 2025, status: 'Inlämnad' }] })).toBeUndefined();
  });

  it('counts published documents the unit owns and those current: not overdue for review, not expired', () => {
    const counted = unit7({
      documents: [
        document(),
        document({ nextReviewAt: '2026-10-01' }),
        document({ validUntil: '2026-11-01' }),
        document({ status: 'Utkast', edition: 0 }),
        document({ status: 'Upphävd' }),
        document({ status: 'Fastställd', edition: 1 })
      ]
    });
    expect(counted).toMatchObject({ documentsOwned: 3, documentsCurrent: 1 });
    expect(isDocumentCurrent({ status: 'Publicerad', edition: 2, nextReviewAt: '2026-11-20', validUntil: undefined }, NOW)).toBe(true);
  });

  it('filters by area: goals, risks, deviations, exercises and documents of that area; the self-assessment whatever the area', () => {
    const counted = unit7(
      {
        goals: [goal(1), goal(2, { area: 'Brandsäkerhet' })],
        risks: [risk(1), risk(2, { area: 'Brandsäkerhet' })],
        riskActions: [{ riskId: 2, dueDate: '2026-03-01', done: true }],
        exercises: [{ unitId: 7, date: '2026-04-01', areas: ['Brandsäkerhet', 'Driftsäkerhet'], followUpActions: 1 }],
        deviations: [{ key: 'open:1', unitId: 7, status: 'Avslutad', reportedAt: '2026-02-01T08:00:00Z' }],
        documents: [document(), document({ areas: ['Brandsäkerhet'] })],
        selfAssessments: [{ unitId: 7, year: 2026, status: 'Inlämnad' }]
      },
      'Brandsäkerhet'
    );
    expect(counted).toMatchObject({ goals: 1, risks: 1, riskActionsDue: 1, exercisesHeld: 1, improvementsDecided: 1, deviations: 0, documentsOwned: 1, selfAssessment: 'submitted' });
  });

  it('gives the phases their state from what was counted', () => {
    const counted = unit7({
      goals: [goal(1, { activities: [{ title: 'Utbilda', status: 'Genomförd', costEstimate: 1 }] })],
      risks: [risk(1)],
      exercises: [{ unitId: 7, date: '2026-04-01', areas: ['Informationssäkerhet'], followUpActions: 1 }],
      measurements: ['2026-02-01', '2026-05-01', '2026-08-01'].map((measuredOn) => ({ goalId: 1, measuredOn, value: 1 })),
      selfAssessments: [{ unitId: 7, year: 2026, status: 'Inlämnad' }]
    });
    expect(pdsaStatus(counted || NO_EVIDENCE).phases.map((phase) => phase.state)).toEqual(['done', 'done', 'done', 'done']);
    const without = unit7({ goals: [goal(1)] });
    expect(pdsaStatus(without || NO_EVIDENCE).phases.map((phase) => phase.state)).toEqual(['inProgress', 'notStarted', 'notStarted', 'notStarted']);
  });
});
