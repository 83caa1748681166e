/**
 * Goals and measurements through the real services against the emulator: what is saved reads back
 * as typed (quotes and markup included), a retry adds nothing, a stale edit is a conflict, every
 * refusal names its field and writes nothing, and the light follows the measurements.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { IStoredGoal } from '../../../src/domain/pdsa/repositories';
import { ISeedData } from '../../../tools/emulator/seed/types';
import { goalsList, measurementsList } from '../../../src/schema/pdsaLists';
import { newRequestId, regionExempel, servicesAs, startRegion } from '../services/servicesHelpers';
import { spAs } from '../permissions/signedInAs';
import { exerciseInput, goalInput, itemCount, ITestUnits, JULY_FIRST, longText, TEST_YEAR, testUnits } from './pdsaWriteHelpers';

describe('goals and measurements', () => {
  let emulator: IRunningEmulator;
  let units: ITestUnits;
  const lars = () => servicesAs(emulator, 'lars.holm', JULY_FIRST);
  const posts = (list: string): number => emulator.requests.count({ method: 'POST', pathContains: `'${list}'` });

  beforeAll(async () => {
    emulator = await startRegion();
    units = await testUnits(emulator);
  });

  afterAll(() => emulator.close());

  async function larsSetsGoal(overrides: Parameters<typeof goalInput>[1] = {}, requestId = newRequestId()): Promise<IStoredGoal> {
    const result = await lars().goals.save(goalInput(units.akuten, overrides), requestId);
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    return result.item;
  }

  it('saves a unit goal and reads it back as typed, quotes and markup as plain text', async () => {
    const title = `Personalens "trygghet" i väntrummet ska öka <script>alert('x')</script>`;
    const goal = await larsSetsGoal({ title, indicator: "Andel 'trygga' i enkäten", ownerId: undefined });
    expect(goal).toMatchObject({
      title,
      scopeUnitId: units.akuten,
      area: 'Hot och våld',
      priority: 'Hög',
      indicator: "Andel 'trygga' i enkäten",
      unitOfMeasure: '%',
      baseline: 40,
      target: 90,
      direction: 'Högre är bättre',
      targetDate: `${TEST_YEAR}-12-31`,
      frequency: 'Kvartal',
      activities: [{ title: 'Halvdagsutbildning i bemötande', costEstimate: 25000, status: 'Planerad' }],
      year: TEST_YEAR,
      etag: expect.any(String)
    });
    const views = await lars().goals.list(TEST_YEAR, { unitIds: [units.akuten] });
    const view = views.find((candidate) => candidate.goal.id === goal.id);
    expect(view).toMatchObject({ goal: { title }, measurements: [], mayEdit: true, progress: { light: 'noData' } });
    // Q1 and Q2 of 2031 have passed with no measurement.
    expect(view && view.due.map((period) => period.start)).toEqual([`${TEST_YEAR}-01-01`, `${TEST_YEAR}-04-01`]);
  });

  it('keeps a regional goal and a unit goal contributing to it together in a unit\'s list', async () => {
    const peter = servicesAs(emulator, 'peter.sjoberg', JULY_FIRST);
    const regional = await peter.goals.save(goalInput(undefined, { title: 'Regionalt: färre hot mot personal', area: 'Hot och våld' }), newRequestId());
    if (regional.kind !== 'saved') throw new Error(JSON.stringify(regional));
    expect(regional.item.scopeUnitId).toBeUndefined();
    const child = await larsSetsGoal({ title: 'Akuten bidrar: färre hot', parentGoalId: regional.item.id });
    expect(child.parentGoalId).toBe(regional.item.id);
    const ids = (await lars().goals.list(TEST_YEAR, { unitIds: [units.akuten] })).map((view) => view.goal.id);
    expect(ids).toEqual(expect.arrayContaining([regional.item.id, child.id]));
    // Another unit's list has the regional goal, not Akuten's.
    const iva = (await lars().goals.list(TEST_YEAR, { unitIds: [units.iva] })).map((view) => view.goal.id);
    expect(iva).toContain(regional.item.id);
    expect(iva).not.toContain(child.id);
    // A unit goal cannot be the parent of another.
    const grandchild = await lars().goals.save(goalInput(units.akuten, { parentGoalId: child.id }), newRequestId());
    expect(grandchild).toEqual({ kind: 'invalid', errors: { parentGoalId: 'notRegional' } });
  });

  it('adds a retried save once: the same ClientRequestId returns the first goal', async () => {
    const requestId = newRequestId();
    const first = await larsSetsGoal({ title: 'Sparad två gånger' }, requestId);
    const again = await larsSetsGoal({ title: 'Sparad två gånger' }, requestId);
    expect(again.id).toBe(first.id);
    expect(await itemCount(emulator, goalsList.title, `ClientRequestId eq '${requestId}'`)).toBe(1);
  });

  it('refuses a save over someone else\'s newer version and shows theirs', async () => {
    const goal = await larsSetsGoal({ title: 'Ursprunglig' });
    const peter = servicesAs(emulator, 'peter.sjoberg', JULY_FIRST);
    const theirs = await peter.goals.save({ ...goalInput(units.akuten), title: 'Ändrad av säkerhetsfunktionen' }, newRequestId(), goal);
    expect(theirs.kind).toBe('saved');
    const mine = await lars().goals.save({ ...goalInput(units.akuten), title: 'Ändrad av Lars' }, newRequestId(), goal);
    expect(mine).toMatchObject({ kind: 'conflict', theirs: { id: goal.id, title: 'Ändrad av säkerhetsfunktionen' } });
    // Saving over theirs, knowingly, works.
    if (mine.kind !== 'conflict') return;
    expect(await lars().goals.save({ ...goalInput(units.akuten), title: 'Ändrad av Lars' }, newRequestId(), mine.theirs)).toMatchObject({ kind: 'saved', item: { title: 'Ändrad av Lars' } });
  });

  it('refuses invalid goals field by field, never cutting text, and writes nothing', async () => {
    const before = posts(goalsList.title);
    const result = await lars().goals.save(
      goalInput(units.akuten, {
        title: longText(256),
        indicator: '   ',
        unitOfMeasure: longText(33),
        targetDate: `${TEST_YEAR}-02-30`,
        activities: [{ title: 'Dyr', costEstimate: -1, status: 'Planerad' }],
        priority: 'Akut' as never,
        baseline: Infinity
      }),
      newRequestId()
    );
    expect(result).toEqual({
      kind: 'invalid',
      errors: {
        title: 'tooLong',
        indicator: 'required',
        unitOfMeasure: 'tooLong',
        baseline: 'invalidNumber',
        targetDate: 'invalidDate',
        activities: 'invalidNumber',
        priority: 'invalidChoice'
      }
    });
    const direction = await lars().goals.save(goalInput(units.akuten, { target: 20 }), newRequestId());
    expect(direction).toEqual({ kind: 'invalid', errors: { target: 'wrongDirection' } });
    const unknownUnit = await lars().goals.save(goalInput(999999), newRequestId());
    expect(unknownUnit).toEqual({ kind: 'invalid', errors: { scopeUnitId: 'unknownUnit' } });
    // The longest title allowed is kept whole.
    const longest = await larsSetsGoal({ title: longText(255) });
    expect(longest.title).toBe(longText(255));
    expect(posts(goalsList.title)).toBe(before + 1);
  });

  it('adds measurements once each, refuses bad ones, and lights the goal from them', async () => {
    const onTrack = await larsSetsGoal({ title: 'I fas' });
    const atRisk = await larsSetsGoal({ title: 'I riskzonen' });
    const offTrack = await larsSetsGoal({ title: 'Efter' });
    const measure = async (goalId: number, value: number, measuredOn: string, comment?: string, requestId = newRequestId()) => {
      const result = await lars().goals.addMeasurement({ goalId, value, measuredOn, ...(comment !== undefined ? { comment } : {}) }, requestId);
      if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
      return result.item;
    };
    // Half the year has passed: 0.5 expected. 65 of 40 → 90 is 0.5; 58 is 0.36; 45 is 0.1.
    const comment = `Enkät "vår" <b>2031</b> & 'Q1'`;
    const q1 = await measure(onTrack.id, 50, `${TEST_YEAR}-03-31`, comment);
    expect(q1).toMatchObject({ goalId: onTrack.id, value: 50, measuredOn: `${TEST_YEAR}-03-31`, comment, measuredBy: { email: 'lars.holm@regionexempel.se' } });
    const requestId = newRequestId();
    const q2 = await measure(onTrack.id, 65, `${TEST_YEAR}-06-15`, undefined, requestId);
    expect((await measure(onTrack.id, 65, `${TEST_YEAR}-06-15`, undefined, requestId)).id).toBe(q2.id);
    expect(await itemCount(emulator, measurementsList.title, `GoalId eq ${onTrack.id}`)).toBe(2);
    await measure(atRisk.id, 45, `${TEST_YEAR}-02-01`);
    await measure(atRisk.id, 58, `${TEST_YEAR}-05-20`);
    await measure(offTrack.id, 45, `${TEST_YEAR}-05-10`);

    const views = await lars().goals.list(TEST_YEAR, { unitIds: [units.akuten] });
    const view = (id: number) => views.find((candidate) => candidate.goal.id === id);
    expect(view(onTrack.id)).toMatchObject({ progress: { light: 'onTrack', progress: 0.5, latest: { id: q2.id } }, due: [] });
    expect(view(onTrack.id)?.measurements.map((m) => m.id)).toEqual([q1.id, q2.id]);
    expect(view(atRisk.id)?.progress).toMatchObject({ light: 'atRisk', progress: expect.closeTo(0.36, 5) });
    // Nothing in Q1: that period is due.
    expect(view(offTrack.id)).toMatchObject({ progress: { light: 'offTrack' }, due: [{ start: `${TEST_YEAR}-01-01`, end: `${TEST_YEAR}-03-31` }] });

    const before = posts(measurementsList.title);
    const bad = await lars().goals.addMeasurement({ goalId: onTrack.id, value: NaN, measuredOn: `${TEST_YEAR}-07-02`, comment: longText(2001) }, newRequestId());
    expect(bad).toEqual({ kind: 'invalid', errors: { value: 'invalidNumber', measuredOn: 'inFuture', comment: 'tooLong' } });
    const noGoal = await lars().goals.addMeasurement({ goalId: 999999, value: 1, measuredOn: `${TEST_YEAR}-06-01` }, newRequestId());
    expect(noGoal).toEqual({ kind: 'invalid', errors: { goalId: 'unknownGoal' } });
    expect(posts(measurementsList.title)).toBe(before);
  });

  it('moves a goal\'s measurements with it to another year, and reads each year\'s goals with their measurements in one $batch', async () => {
    const goal = await larsSetsGoal({ title: 'Flyttas till året före' });
    const measured = await lars().goals.addMeasurement({ goalId: goal.id, value: 55, measuredOn: `${TEST_YEAR}-04-30` }, newRequestId());
    expect(measured).toMatchObject({ kind: 'saved', item: { goalYear: TEST_YEAR } });
    const earlier = TEST_YEAR - 1;
    const moved = await lars().goals.save(goalInput(units.akuten, { title: 'Flyttas till året före', year: earlier, targetDate: `${earlier}-12-31` }), newRequestId(), goal);
    expect(moved).toMatchObject({ kind: 'saved', item: { year: earlier } });
    expect(await itemCount(emulator, measurementsList.title, `GoalYear eq ${earlier} and GoalId eq ${goal.id}`)).toBe(1);

    emulator.requests.reset();
    const views = await lars().goals.list(earlier);
    // The user, the units, the year's goals and its measurements, asked in one turn: one $batch.
    expect(emulator.requests.list().filter((request) => request.path.indexOf('/_api/') >= 0).map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual([
      'POST /sites/trygg/_api/$batch'
    ]);
    expect(views.find((view) => view.goal.id === goal.id)?.measurements.map((m) => m.value)).toEqual([55]);
    expect((await lars().goals.list(TEST_YEAR)).some((view) => view.goal.id === goal.id)).toBe(false);

    // One that carries no year (written before the column, or by a script that did not know it) still shows with its goal.
    if (measured.kind !== 'saved') return;
    const table = (emulator.db.prepare('SELECT TableName FROM _lists WHERE Title = ?').get(measurementsList.title) as { TableName: string }).TableName;
    emulator.db.prepare(`UPDATE "${table}" SET GoalYear = NULL WHERE Id = ?`).run(measured.item.id);
    const yearless = await lars().goals.list(earlier);
    expect(yearless.find((view) => view.goal.id === goal.id)?.measurements.map((m) => [m.id, m.goalYear])).toEqual([[measured.item.id, undefined]]);
  });

  it('lets the security function edit everywhere and set regional goals; a manager his line only', async () => {
    expect(await servicesAs(emulator, 'peter.sjoberg').goals.editableScope()).toMatchObject({ regional: true });
    const scope = await servicesAs(emulator, 'lars.holm').goals.editableScope();
    expect(scope).toEqual({ unitIds: [units.akuten], regional: false });
  });
});

/** A year whose goals have more measurements than one query may match: 101 goals of 50 each. */
const CROWDED_YEAR = 2020;
const CROWDED_GOALS = 101;
const MEASUREMENTS_EACH = 50;

/**
 * Region Exempel with 5,100 more items in each PDSA list, spread over 2001–2017: every list is above
 * the threshold; and CROWDED_YEAR's measurements alone are above it.
 */
function largeRegion(): ISeedData {
  const seed = regionExempel();
  const unitIds = seed.items.units.map((unit) => unit.Id);
  const extra = 5100;
  const first = 100000;
  const yearOf = (n: number): number => 2001 + (n % 17);
  const day = (n: number): string => `${yearOf(n)}-0${1 + (n % 9)}-1${n % 10}T00:00:00Z`;
  const range = Array.from({ length: extra }, (_, n) => n);
  const crowded = Array.from({ length: CROWDED_GOALS * MEASUREMENTS_EACH }, (_, n) => n);
  const goal = (n: number, year: number) => ({
    ClientRequestId: `scale-goal-${year}-${n}`,
    ScopeUnitId: unitIds[n % unitIds.length],
    SecurityArea: 'Brandsäkerhet',
    GoalPriority: 'Medel',
    Indicator: 'Antal',
    UnitOfMeasure: 'st',
    Baseline: 0,
    TargetValue: 10,
    GoalDirection: 'Högre är bättre',
    TargetDate: `${year}-12-31T00:00:00Z`,
    MeasurementFrequency: 'År',
    GoalYear: year
  });
  const items = {
    ...seed.items,
    goals: [
      ...seed.items.goals,
      ...range.map((n) => ({ Id: first + n, values: { Title: `Mål ${n}`, ...goal(n, yearOf(n)) } })),
      ...Array.from({ length: CROWDED_GOALS }, (_, n) => ({ Id: 2 * first + n, values: { Title: `Mätt mål ${n}`, ...goal(n, CROWDED_YEAR) } }))
    ],
    measurements: [
      ...seed.items.measurements,
      ...range.map((n) => ({ Id: first + n, values: { ClientRequestId: `scale-measurement-${n}`, GoalId: first + n, GoalYear: yearOf(n), MeasuredValue: n % 10, MeasuredOn: day(n) } })),
      ...crowded.map((n) => ({
        Id: 2 * first + n,
        values: { ClientRequestId: `crowded-measurement-${n}`, GoalId: 2 * first + Math.floor(n / MEASUREMENTS_EACH), GoalYear: CROWDED_YEAR, MeasuredValue: n % 7, MeasuredOn: `${CROWDED_YEAR}-05-0${1 + (n % 9)}T00:00:00Z` }
      }))
    ],
    exercises: [
      ...seed.items.exercises,
      ...range.map((n) => ({
        Id: first + n,
        values: { Title: `Övning ${n}`, ClientRequestId: `scale-exercise-${n}`, ExerciseDate: day(n), UnitId: unitIds[n % unitIds.length], ExerciseKind: 'Övning', Scenario: 'Brand', SecurityAreas: ['Brandsäkerhet'] }
      }))
    ],
    selfAssessments: [
      ...seed.items.selfAssessments,
      ...range.map((n) => ({ Id: first + n, values: { ClientRequestId: `scale-assessment-${n}`, UnitId: unitIds[n % unitIds.length], AssessmentYear: yearOf(n), AssessmentStatus: 'Utkast', Answers: '{}' } }))
    ]
  };
  return { ...seed, items };
}

describe('PDSA reads above the list view threshold', () => {
  let emulator: IRunningEmulator;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: largeRegion() });
  });

  afterAll(() => emulator.close());

  it('reads a unit\'s goals, measurements, exercises and self-assessment on indexed columns only', async () => {
    const units = await testUnits(emulator);
    const lars = servicesAs(emulator, 'lars.holm', JULY_FIRST);
    const goal = await lars.goals.save(goalInput(units.akuten), newRequestId());
    if (goal.kind !== 'saved') throw new Error(JSON.stringify(goal));
    expect((await lars.goals.addMeasurement({ goalId: goal.item.id, value: 60, measuredOn: `${TEST_YEAR}-05-05` }, newRequestId())).kind).toBe('saved');
    expect((await lars.exercises.save(exerciseInput(units.akuten), newRequestId())).kind).toBe('saved');
    expect((await lars.selfAssessments.save({ unitId: units.akuten, year: TEST_YEAR, status: 'Utkast', answers: {} }, newRequestId())).kind).toBe('saved');

    const views = await lars.goals.list(TEST_YEAR, { unitIds: [units.akuten], area: 'Hot och våld' });
    expect(views.map((view) => [view.goal.id, view.measurements.length])).toEqual([[goal.item.id, 1]]);
    expect((await lars.exercises.list(TEST_YEAR, [units.akuten])).length).toBe(1);
    expect((await lars.exercises.due([units.akuten])).length).toBe(0);
    expect(await lars.selfAssessments.get(units.akuten, TEST_YEAR)).toMatchObject({ unitId: units.akuten, year: TEST_YEAR });
    // A whole year of every unit: 300 goals and their measurements, by the year.
    const year = await servicesAs(emulator, 'peter.sjoberg').goals.list(2005);
    expect(year.length).toBe(300);
    expect(year.every((view) => view.measurements.length === 1 && view.measurements[0].goalId === view.goal.id)).toBe(true);
    // A year with more measurements than SharePoint serves in one query: read by its goals instead, 50 at a time.
    const crowded = await servicesAs(emulator, 'peter.sjoberg').goals.list(CROWDED_YEAR);
    expect(crowded.length).toBe(CROWDED_GOALS);
    expect(crowded.every((view) => view.measurements.length === MEASUREMENTS_EACH && view.measurements.every((m) => m.goalId === view.goal.id))).toBe(true);
    expect((await servicesAs(emulator, 'peter.sjoberg').selfAssessments.summary(2005)).unitsNotSubmitted.length).toBe(44);
    // The threshold holds: a filter on a column without an index is refused.
    await expect(spAs(emulator, 'peter.sjoberg').web.lists.getByTitle(goalsList.title).items.filter(`Indicator eq 'x'`)()).rejects.toMatchObject({ status: 500 });
  });
});
