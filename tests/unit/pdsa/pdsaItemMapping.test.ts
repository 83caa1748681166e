/**
 * The JSON columns of the PDSA lists are text anyone with Edit can change by hand (list view,
 * Excel, a script). What a repository reads from them is checked entry by entry: broken JSON reads
 * as nothing, a broken entry is left out, a value off its scale is dropped, never shown wrong.
 */
import { ListItem } from '../../../src/services/lists/listAccess';
import { toGoal } from '../../../src/services/pdsa/GoalRepository';
import { toExercise } from '../../../src/services/pdsa/ExerciseRepository';
import { toSelfAssessment } from '../../../src/services/pdsa/SelfAssessmentRepository';
import { toMeasurement } from '../../../src/services/pdsa/MeasurementRepository';

const item = (values: Record<string, unknown>): ListItem => ({ Id: 7, 'odata.etag': '"3"', Modified: '2031-05-01T10:00:00Z', ...values });

describe('reading the PDSA lists', () => {
  it('reads a goal\'s activities defensively', () => {
    expect(toGoal(item({ Activities: 'not json' })).activities).toEqual([]);
    expect(toGoal(item({ Activities: '{"title":"an object, not a list"}' })).activities).toEqual([]);
    const activities = JSON.stringify([null, 5, { title: 5 }, { title: 'Utbildning', status: 'Påhittad', costEstimate: '100' }, { title: 'Larm', status: 'Genomförd', costEstimate: 1200 }]);
    expect(toGoal(item({ Activities: activities })).activities).toEqual([
      { title: 'Utbildning', status: 'Planerad' },
      { title: 'Larm', status: 'Genomförd', costEstimate: 1200 }
    ]);
  });

  it('reads the stored meta, the day of a date and the owner of a goal', () => {
    const goal = toGoal(
      item({ TargetDate: '2031-12-31T00:00:00Z', ScopeUnitId: 4, GoalOwner: { Id: 12, Title: 'Lars Holm', EMail: 'lars.holm@regionexempel.se' }, Editor: { Id: 3, Title: 'Peter', EMail: 'p@x.se' } })
    );
    expect(goal).toMatchObject({ id: 7, etag: '"3"', modified: '2031-05-01T10:00:00Z', targetDate: '2031-12-31', scopeUnitId: 4, ownerId: 12, owner: { email: 'lars.holm@regionexempel.se' }, modifiedBy: { id: 3 } });
    expect(toGoal(item({})).scopeUnitId).toBeUndefined();
  });

  it('reads a measurement cleared by hand as no value, never as zero', () => {
    expect(toMeasurement(item({ GoalId: 3, MeasuredOn: '2031-03-31T00:00:00Z' })).value).toBeNaN();
  });

  it('reads an exercise\'s follow-up actions defensively', () => {
    expect(toExercise(item({ FollowUpActions: '[' })).followUpActions).toEqual([]);
    const actions = JSON.stringify([{ title: 'Uppdatera planen', dueDate: '2031-02-30', done: 'yes' }, { title: 'Öva igen', dueDate: '2031-09-01', done: true }, { done: true }]);
    expect(toExercise(item({ FollowUpActions: actions })).followUpActions).toEqual([
      { title: 'Uppdatera planen', done: false },
      { title: 'Öva igen', dueDate: '2031-09-01', done: true }
    ]);
  });

  it('reads a self-assessment\'s answers defensively', () => {
    expect(toSelfAssessment(item({ Answers: 'null' })).answers).toEqual({});
    expect(toSelfAssessment(item({ Answers: '[1,2]' })).answers).toEqual({});
    const answers = JSON.stringify({
      'principle.lawsAndRules': { answer: 7, comment: 'Kommentar' },
      'principle.threatsRisks': { answer: 'na', evidenceUrl: 'http://intra/x' },
      'principle.continuity': { answer: 2, comment: 'Delvis', evidenceUrl: 'https://intra.regionexempel.se/x' },
      'principle.planAndExercise': 'fyra'
    });
    expect(toSelfAssessment(item({ Answers: answers })).answers).toEqual({
      'principle.lawsAndRules': { comment: 'Kommentar' },
      'principle.threatsRisks': { answer: 'na' },
      'principle.continuity': { answer: 2, comment: 'Delvis', evidenceUrl: 'https://intra.regionexempel.se/x' }
    });
    expect(toSelfAssessment(item({})).status).toBe('Utkast');
  });
});
