import { groupGoals, lightCounts, unitTitle, yearChoices } from '../../../src/webparts/securityGoals/goalGroups';
import { GoalLight } from '../../../src/domain/pdsa/goals';
import { IStoredGoal } from '../../../src/domain/pdsa/repositories';
import { GoalPriority } from '../../../src/domain/pdsa/vocabulary';
import { IGoalView } from '../../../src/services/pdsa/IPdsaServices';

function view(id: number, title: string, changes: Partial<IStoredGoal> = {}, light: GoalLight = 'onTrack', priority: GoalPriority = 'Medel'): IGoalView {
  const goal: IStoredGoal = {
    id,
    title,
    area: 'Brandsäkerhet',
    priority,
    indicator: 'Andel utbildade',
    unitOfMeasure: '%',
    baseline: 40,
    target: 90,
    direction: 'Högre är bättre',
    targetDate: '2026-12-31',
    frequency: 'Kvartal',
    activities: [],
    year: 2026,
    etag: '"1"',
    modified: '2026-01-10T08:00:00Z',
    ...changes
  };
  return { goal, measurements: [], progress: { expectedProgress: 0.5, reached: false, light }, due: [], mayEdit: false };
}

const ids = (views: readonly IGoalView[]): number[] => views.map((entry) => entry.goal.id);

describe('groupGoals', () => {
  it('puts each unit goal under the regional goal it contributes to, and the rest in a group of their own at the end', () => {
    const groups = groupGoals([
      view(1, 'Brandskydd i hela regionen'),
      view(2, 'Akuten: brandskydd', { scopeUnitId: 7, parentGoalId: 1 }),
      view(3, 'Hot och våld', {}, 'onTrack', 'Hög'),
      view(4, 'Akuten: larm', { scopeUnitId: 7 }),
      view(5, 'IVA: brandskydd', { scopeUnitId: 8, parentGoalId: 1 }),
      // Its regional goal is not among those shown (another area filtered out).
      view(6, 'Akuten: avvikelser', { scopeUnitId: 7, parentGoalId: 99 })
    ]);
    expect(groups.map((group) => (group.regional ? group.regional.goal.id : undefined))).toEqual([3, 1, undefined]);
    expect(ids(groups[0].unitGoals)).toEqual([]);
    expect(ids(groups[1].unitGoals)).toEqual([2, 5]);
    expect(ids(groups[2].unitGoals)).toEqual([6, 4]);
  });

  it('orders by priority, then the worst light first, then title', () => {
    const groups = groupGoals([
      view(1, 'B', {}, 'onTrack', 'Låg'),
      view(2, 'C', {}, 'onTrack', 'Hög'),
      view(3, 'A', {}, 'noData', 'Hög'),
      view(4, 'D', {}, 'offTrack', 'Hög'),
      view(5, 'E', {}, 'atRisk', 'Hög'),
      view(6, 'A', {}, 'onTrack', 'Hög')
    ]);
    expect(groups.map((group) => group.regional!.goal.id)).toEqual([4, 5, 3, 6, 2, 1]);
  });

  it('has no group of unit goals when every one has its regional goal shown, and none at all without goals', () => {
    expect(groupGoals([view(1, 'R'), view(2, 'U', { scopeUnitId: 3, parentGoalId: 1 })])).toHaveLength(1);
    expect(groupGoals([])).toEqual([]);
  });
});

describe('lightCounts', () => {
  it('counts the lights worst first and leaves out those no goal has', () => {
    expect(lightCounts([view(1, 'a', {}, 'onTrack'), view(2, 'b', {}, 'offTrack'), view(3, 'c', {}, 'onTrack')])).toEqual([
      { light: 'offTrack', count: 1 },
      { light: 'onTrack', count: 2 }
    ]);
  });
});

describe('unitTitle and yearChoices', () => {
  const units = [{ id: 7, title: 'Akutmottagningen', code: 'AKM', level: 'Enhet' as const, managerAbsent: false }];

  it('names the unit, and nothing for a regional goal or a unit the reader cannot see', () => {
    expect(unitTitle(units, 7)).toBe('Akutmottagningen');
    expect(unitTitle(units, undefined)).toBeUndefined();
    expect(unitTitle(units, 8)).toBeUndefined();
  });

  it('offers two years back and the next, newest first, and keeps a chosen year outside them', () => {
    expect(yearChoices(2026, 2026)).toEqual([2027, 2026, 2025, 2024]);
    expect(yearChoices(2026, 2020)).toEqual([2027, 2026, 2025, 2024, 2020]);
  });
});
