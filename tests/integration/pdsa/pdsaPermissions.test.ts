/**
 * Who may change PDSA work, tried AS THAT PERSON: an employee with stock PnPjs against the
 * emulator's REST API (SharePoint itself refuses her), and a manager through the services, which
 * apply Trygg's unit rule (domain/pdsa/unitWork.ts) before anything is written.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator } from '../../../tools/emulator';
import { IStoredExercise, IStoredGoal, IStoredMeasurement, IStoredSelfAssessment } from '../../../src/domain/pdsa/repositories';
import { exercisesList, goalsList, measurementsList, pdsaCommentsList, selfAssessmentsList } from '../../../src/schema/pdsaLists';
import { newRequestId, servicesAs, startRegion } from '../services/servicesHelpers';
import { spAs, succeeds } from '../permissions/signedInAs';
import { allAnswered, exerciseInput, goalInput, ITestUnits, JULY_FIRST, TEST_YEAR, testUnits } from './pdsaWriteHelpers';

const PDSA_LISTS = [goalsList, measurementsList, exercisesList, selfAssessmentsList, pdsaCommentsList].map((list) => list.title);

describe('PDSA permissions', () => {
  let emulator: IRunningEmulator;
  let units: ITestUnits;
  let akutenGoal: IStoredGoal;
  let ivaGoal: IStoredGoal;
  let measurement: IStoredMeasurement;
  let exercise: IStoredExercise;
  let assessment: IStoredSelfAssessment;
  const as = (persona: string) => servicesAs(emulator, persona, JULY_FIRST);
  /** Every write to a PDSA list so far (reads are GETs). */
  const writes = (): number => PDSA_LISTS.reduce((sum, title) => sum + emulator.requests.count({ method: 'POST', pathContains: `'${title}'` }), 0);

  function saved<T>(result: { kind: string; item?: T }): T {
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    return result.item as T;
  }

  beforeAll(async () => {
    emulator = await startRegion();
    units = await testUnits(emulator);
    akutenGoal = saved(await as('lars.holm').goals.save(goalInput(units.akuten), newRequestId()));
    ivaGoal = saved(await as('peter.sjoberg').goals.save(goalInput(units.iva, { title: 'IVA:s mål' }), newRequestId()));
    measurement = saved(await as('lars.holm').goals.addMeasurement({ goalId: akutenGoal.id, value: 50, measuredOn: `${TEST_YEAR}-03-31` }, newRequestId()));
    exercise = saved(await as('lars.holm').exercises.save(exerciseInput(units.akuten), newRequestId()));
    assessment = saved(await as('lars.holm').selfAssessments.save({ unitId: units.akuten, year: TEST_YEAR, status: 'Utkast', answers: {} }, newRequestId()));
    saved(await as('lars.holm').selfAssessments.save({ unitId: units.akuten, year: TEST_YEAR, status: 'Inlämnad', answers: allAnswered() }, newRequestId(), assessment));
  });

  afterAll(() => emulator.close());

  describe('an employee, with stock PnPjs', () => {
    const list = (title: string) => spAs(emulator, 'anna.svensson').web.lists.getByTitle(title);

    it('reads goals, measurements and the exercise log', async () => {
      expect(await succeeds(() => list(goalsList.title).items.getById(akutenGoal.id)())).toBe('yes');
      expect(await succeeds(() => list(measurementsList.title).items.getById(measurement.id)())).toBe('yes');
      expect(await succeeds(() => list(exercisesList.title).items.getById(exercise.id)())).toBe('yes');
    });

    it('cannot add to or change TryggMal, TryggMatningar or TryggOvningar', async () => {
      const goal = {
        Title: 'Annas mål',
        ClientRequestId: newRequestId(),
        ScopeUnitId: units.akuten,
        SecurityArea: 'Hot och våld',
        GoalPriority: 'Hög',
        Indicator: 'Andel',
        UnitOfMeasure: '%',
        Baseline: 1,
        TargetValue: 2,
        GoalDirection: 'Högre är bättre',
        TargetDate: `${TEST_YEAR}-12-31T00:00:00Z`,
        MeasurementFrequency: 'År',
        GoalYear: TEST_YEAR
      };
      const measured = { ClientRequestId: newRequestId(), GoalId: akutenGoal.id, GoalYear: akutenGoal.year, MeasuredValue: 90, MeasuredOn: `${TEST_YEAR}-06-30T00:00:00Z` };
      const exercised = {
        Title: 'Annas övning',
        ClientRequestId: newRequestId(),
        ExerciseDate: `${TEST_YEAR}-06-01T00:00:00Z`,
        UnitId: units.akuten,
        ExerciseKind: 'Övning',
        Scenario: 'Brand',
        SecurityAreas: ['Brandsäkerhet']
      };
      expect(await succeeds(() => list(goalsList.title).items.add(goal))).toBe('no');
      expect(await succeeds(() => list(measurementsList.title).items.add(measured))).toBe('no');
      expect(await succeeds(() => list(exercisesList.title).items.add(exercised))).toBe('no');
      expect(await succeeds(() => list(goalsList.title).items.getById(akutenGoal.id).update({ TargetValue: 41 }))).toBe('no');
      expect(await succeeds(() => list(measurementsList.title).items.getById(measurement.id).update({ MeasuredValue: 90 }))).toBe('no');
      expect(await succeeds(() => list(exercisesList.title).items.getById(exercise.id).update({ Title: 'Ändrad av Anna' }))).toBe('no');
      expect(await succeeds(() => list(goalsList.title).items.getById(akutenGoal.id).delete())).toBe('no');
      // The same items are fine as such: her manager may add them (Contribute), so the refusal is about her.
      const larsList = (title: string) => spAs(emulator, 'lars.holm').web.lists.getByTitle(title);
      expect(await succeeds(() => larsList(goalsList.title).items.add({ ...goal, ClientRequestId: newRequestId() }))).toBe('yes');
      expect(await succeeds(() => larsList(measurementsList.title).items.add({ ...measured, ClientRequestId: newRequestId() }))).toBe('yes');
      expect(await succeeds(() => larsList(exercisesList.title).items.add({ ...exercised, ClientRequestId: newRequestId() }))).toBe('yes');
      // Nothing she tried changed anything.
      expect(await as('peter.sjoberg').goals.list(TEST_YEAR, { unitIds: [units.akuten] })).toEqual(
        expect.arrayContaining([expect.objectContaining({ goal: expect.objectContaining({ id: akutenGoal.id, target: 90 }) })])
      );
    });

    it('cannot read TryggSjalvskattningar or TryggPdsaKommentarer at all', async () => {
      expect(await succeeds(() => list(selfAssessmentsList.title).items.top(1)())).toBe('no');
      expect(await succeeds(() => list(selfAssessmentsList.title).items.getById(assessment.id)())).toBe('no');
      expect(await succeeds(() => list(pdsaCommentsList.title).items.top(1)())).toBe('no');
      await expect(servicesAs(emulator, 'anna.svensson').selfAssessments.get(units.akuten, TEST_YEAR)).rejects.toMatchObject({ status: expect.any(Number) });
      // Her manager reads them: the refusal is hers, not everyone's.
      expect(await succeeds(() => spAs(emulator, 'lars.holm').web.lists.getByTitle(selfAssessmentsList.title).items.getById(assessment.id)())).toBe('yes');
    });

    it('is refused by the services too, before anything is written', async () => {
      const anna = as('anna.svensson');
      const before = writes();
      expect(await anna.goals.save(goalInput(units.akuten), newRequestId())).toEqual({ kind: 'notPermitted' });
      expect(await anna.goals.addMeasurement({ goalId: akutenGoal.id, value: 60, measuredOn: `${TEST_YEAR}-06-30` }, newRequestId())).toEqual({ kind: 'notPermitted' });
      expect(await anna.exercises.save(exerciseInput(units.akuten), newRequestId())).toEqual({ kind: 'notPermitted' });
      expect(await anna.goals.editableScope()).toEqual({ unitIds: [], regional: false });
      expect(writes()).toBe(before);
    });
  });

  describe('a manager, through the services', () => {
    it('gets notPermitted for a unit outside his line, and nothing is written', async () => {
      const lars = as('lars.holm');
      const before = writes();
      expect(await lars.goals.save(goalInput(units.iva), newRequestId())).toEqual({ kind: 'notPermitted' });
      expect(await lars.exercises.save(exerciseInput(units.iva), newRequestId())).toEqual({ kind: 'notPermitted' });
      expect(await lars.selfAssessments.save({ unitId: units.iva, year: TEST_YEAR, status: 'Utkast', answers: {} }, newRequestId())).toEqual({ kind: 'notPermitted' });
      // Nor by moving his own work there, or pulling another unit's work to his.
      expect(await lars.goals.save(goalInput(units.iva), newRequestId(), akutenGoal)).toEqual({ kind: 'notPermitted' });
      expect(await lars.goals.save(goalInput(units.akuten), newRequestId(), ivaGoal)).toEqual({ kind: 'notPermitted' });
      expect(await lars.exercises.save(exerciseInput(units.iva), newRequestId(), exercise)).toEqual({ kind: 'notPermitted' });
      // A measurement is its goal's unit's.
      expect(await lars.goals.addMeasurement({ goalId: ivaGoal.id, value: 60, measuredOn: `${TEST_YEAR}-06-30` }, newRequestId())).toEqual({ kind: 'notPermitted' });
      expect(writes()).toBe(before);
      const ivaGoals = await as('peter.sjoberg').goals.list(TEST_YEAR, { unitIds: [units.iva] });
      expect(ivaGoals.filter((view) => view.goal.scopeUnitId === units.iva).map((view) => view.goal.id)).toEqual([ivaGoal.id]);
      expect(ivaGoals.find((view) => view.goal.id === ivaGoal.id)?.measurements).toEqual([]);
    });

    it('cannot set a regional goal, nor order a targeted follow-up', async () => {
      const lars = as('lars.holm');
      const before = writes();
      expect(await lars.goals.save(goalInput(undefined), newRequestId())).toEqual({ kind: 'notPermitted' });
      expect(await lars.selfAssessments.orderFollowUp(TEST_YEAR, [units.akuten], 'Följ upp', newRequestId())).toEqual({ kind: 'notPermitted' });
      expect(writes()).toBe(before);
      expect((await lars.selfAssessments.get(units.akuten, TEST_YEAR))?.targetedFollowUp).toBe(false);
    });

    it('sees which goals he may edit: his unit\'s, not the region\'s or another unit\'s', async () => {
      const regional = saved<IStoredGoal>(await as('peter.sjoberg').goals.save(goalInput(undefined, { title: 'Regionalt mål' }), newRequestId()));
      const views = await as('lars.holm').goals.list(TEST_YEAR);
      const mayEdit = (id: number) => views.find((view) => view.goal.id === id)?.mayEdit;
      expect([mayEdit(akutenGoal.id), mayEdit(ivaGoal.id), mayEdit(regional.id)]).toEqual([true, false, false]);
    });
  });
});
