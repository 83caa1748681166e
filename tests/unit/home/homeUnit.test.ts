import { homeUnit, ledUnits, myAudienceUnitIds, unitGoals, unitPdsa } from '../../../src/domain/home/homeUnit';
import { IOrganisationUnit, UnitLevel } from '../../../src/domain/organisation';
import { IGoal } from '../../../src/domain/pdsa/goals';
import { IEvidenceSources } from '../../../src/domain/pdsa/evidence';

const NOW = new Date('2026-11-20T08:00:00.000Z');
const LARS = { id: 7, displayName: 'Lars Holm', email: 'lars.holm@regionexempel.se' };

function unit(id: number, level: UnitLevel, parentId?: number, extra: Partial<IOrganisationUnit> = {}): IOrganisationUnit {
  return { id, title: `Enhet ${id}`, code: `E${id}`, level, parentId, managerAbsent: false, ...extra };
}

const UNITS = [
  unit(1, 'Förvaltning', undefined, { department: 'Sjukhuset' }),
  unit(2, 'Enhet', 1, { department: 'Akutmottagningen', manager: LARS }),
  unit(3, 'Enhet', 1, { department: 'Röntgen', manager: { id: 9, displayName: '', email: '' }, managerAbsent: true, substitute: { displayName: 'Lars', email: 'LARS.HOLM@regionexempel.se' } })
];

function goal(overrides: Partial<IGoal>): IGoal {
  return {
    id: 1,
    title: 'Mål',
    scopeUnitId: 2,
    area: 'Hot och våld',
    priority: 'Medel',
    indicator: 'Andel',
    unitOfMeasure: '%',
    baseline: 0,
    target: 100,
    direction: 'Högre är bättre',
    targetDate: '2026-12-31',
    frequency: 'År',
    activities: [],
    year: 2026,
    ...overrides
  };
}

const NO_SOURCES: IEvidenceSources = { goals: [], measurements: [], exercises: [], selfAssessments: [], risks: [], riskActions: [], deviations: [], deviationActions: [], documents: [] };

describe("the person's unit", () => {
  it('is the unit they lead (also as acting substitute, matched by e-mail), before their department', () => {
    expect(ledUnits(UNITS, LARS).map((entry) => entry.id)).toEqual([2, 3]);
    expect(homeUnit(UNITS, LARS, 'Röntgen')!.id).toBe(2);
  });

  it("is their department's unit for everyone else, and none when the department matches no unit", () => {
    const anna = { id: 11, displayName: 'Anna', email: 'anna@regionexempel.se' };
    expect(homeUnit(UNITS, anna, ' Akutmottagningen ')!.id).toBe(2);
    expect(homeUnit(UNITS, anna, 'Extern konsult')).toBeUndefined();
    expect(homeUnit(UNITS, anna, undefined)).toBeUndefined();
  });

  it("asks for read confirmations through the department's unit and the units above it", () => {
    expect(myAudienceUnitIds(UNITS, 'Akutmottagningen')).toEqual([2, 1]);
    expect(myAudienceUnitIds(UNITS, undefined)).toEqual([]);
  });
});

describe("the unit's goals", () => {
  it("lists the year's goals of the unit, the highest priority first, with their light", () => {
    const goals = [
      goal({ id: 1, title: 'B medel' }),
      goal({ id: 2, title: 'A låg', priority: 'Låg' }),
      goal({ id: 3, title: 'C hög', priority: 'Hög' }),
      goal({ id: 4, title: 'Förra året', year: 2025, targetDate: '2025-12-31' }),
      goal({ id: 5, title: 'Annan enhet', scopeUnitId: 3 })
    ];
    const result = unitGoals(goals, [{ id: 1, goalId: 3, value: 90, measuredOn: '2026-11-01' }], 2, 2026, NOW);
    expect(result.map((entry) => [entry.title, entry.light])).toEqual([
      ['C hög', 'onTrack'],
      ['B medel', 'noData'],
      ['A låg', 'noData']
    ]);
    expect(result[0].progress).toBeCloseTo(0.9);
  });
});

describe("the unit's PDSA state", () => {
  it('is counted by the dashboard rules and rolled up over the units below', () => {
    const sources: IEvidenceSources = {
      ...NO_SOURCES,
      goals: [{ ...goal({ id: 1 }), activities: [{ title: 'Utbildning', costEstimate: 1000, status: 'Genomförd' }] }],
      exercises: [{ unitId: 2, date: '2026-03-01', areas: ['Hot och våld'], followUpActions: 1 }]
    };
    const own = unitPdsa(UNITS, sources, 2, 2026, NOW)!;
    expect(own.phases.map((phase) => phase.state)).toEqual(['inProgress', 'done', 'notStarted', 'done']);
    // Studera: no measurement due yet, no deviations; no risks and no self-assessment are missing.
    expect(own.currentPhase).toBe('Planera');
    // The förvaltning has no evidence of its own: its state is its children's (unit 3 has none).
    const parent = unitPdsa(UNITS, sources, 1, 2026, NOW)!;
    expect(parent.phases[1]).toMatchObject({ state: 'inProgress', children: { done: 1, inProgress: 0, notStarted: 1 } });
    expect(unitPdsa(UNITS, NO_SOURCES, 2, 2026, NOW)!.phases.every((phase) => phase.state === 'notStarted')).toBe(true);
  });
});
