import { nextPdsaPhase, PDSA_PHASES } from '../../../src/domain/pdsa';
import { listByKey, TRYGG_LISTS } from '../../../src/schema';
import { exercisesList, goalsList, measurementsList, pdsaCommentsList, selfAssessmentsList } from '../../../src/schema/lists';

describe('the PDSA vocabulary', () => {
  it('runs Planera, Genomföra, Studera, Agera and back to Planera', () => {
    expect(PDSA_PHASES.map(nextPdsaPhase)).toEqual(['Genomföra', 'Studera', 'Agera', 'Planera']);
  });
});

describe('the PDSA lists', () => {
  const lists = [goalsList, measurementsList, exercisesList, selfAssessmentsList, pdsaCommentsList];
  const field = (key: string, name: string): { indexed?: boolean; unique?: boolean; required?: boolean } | undefined =>
    listByKey(key).fields.filter((f) => f.name === name)[0];

  it('come last in TRYGG_LISTS, each with a unique, indexed client request id', () => {
    expect(TRYGG_LISTS.slice(-5)).toEqual(lists);
    lists.forEach((list) => expect(field(list.key, 'ClientRequestId')).toMatchObject({ indexed: true, unique: true, required: true }));
  });

  it('index every column the dashboard filters on', () => {
    const indexed: [string, string[]][] = [
      ['goals', ['ScopeUnitId', 'ParentGoalId', 'SecurityArea', 'GoalYear', 'TargetDate', 'GoalOwner']],
      ['measurements', ['GoalId', 'MeasuredOn']],
      ['exercises', ['ExerciseDate', 'UnitId', 'ExerciseKind', 'NextDueDate']],
      ['selfAssessments', ['UnitId', 'AssessmentYear', 'AssessmentStatus', 'TargetedFollowUp']],
      ['pdsaComments', ['UnitId', 'PdsaYear']]
    ];
    for (const [key, names] of indexed) names.forEach((name) => expect({ key, name, indexed: field(key, name)?.indexed }).toEqual({ key, name, indexed: true }));
  });

  it('let members read goals, measurements and exercises, never self-assessments or comments; managers contribute, the security function edits', () => {
    const levelOf = (list: typeof goalsList, group: string): string | undefined => (list.roleAssignments || []).filter((a) => a.group === group)[0]?.level;
    [goalsList, measurementsList, exercisesList].forEach((list) => expect(levelOf(list, 'members')).toBe('Read'));
    [selfAssessmentsList, pdsaCommentsList].forEach((list) => expect(levelOf(list, 'members')).toBeUndefined());
    lists.forEach((list) => {
      expect(levelOf(list, 'managers')).toBe('Contribute');
      expect(levelOf(list, 'securityFunction')).toBe('Edit');
      expect(levelOf(list, 'admins')).toBe('Full Control');
    });
  });
});
