/**
 * The exercise and training log through the real services against the emulator: round trips,
 * retries, conflicts, refusals per field, and which units are due to exercise.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator } from '../../../tools/emulator';
import { IStoredExercise } from '../../../src/domain/pdsa/repositories';
import { exercisesList } from '../../../src/schema/pdsaLists';
import { newRequestId, servicesAs, startRegion } from '../services/servicesHelpers';
import { exerciseInput, itemCount, ITestUnits, JULY_FIRST, longText, TEST_YEAR, testUnits } from './pdsaWriteHelpers';

describe('the exercise log', () => {
  let emulator: IRunningEmulator;
  let units: ITestUnits;
  const lars = (now = JULY_FIRST) => servicesAs(emulator, 'lars.holm', now);
  const posts = (): number => emulator.requests.count({ method: 'POST', pathContains: `'${exercisesList.title}'` });

  beforeAll(async () => {
    emulator = await startRegion();
    units = await testUnits(emulator);
  });

  afterAll(() => emulator.close());

  async function larsLogs(overrides: Parameters<typeof exerciseInput>[1] = {}, requestId = newRequestId()): Promise<IStoredExercise> {
    const result = await lars().exercises.save(exerciseInput(units.akuten, overrides), requestId);
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    return result.item;
  }

  it('logs an exercise and reads it back as typed, markup and quotes as plain text', async () => {
    const scenario = `Hotfull besökare ropar "jag har en kniv" <img src=x onerror=alert(1)> i väntrummet, 'natt'`;
    const exercise = await larsLogs({
      scenario,
      kind: 'Övning',
      areas: ['Hot och våld', 'Tillträdesskydd'],
      nextDueDate: `${TEST_YEAR + 1}-03-01`,
      followUpActions: [
        { title: 'Larmknapp i receptionen', dueDate: `${TEST_YEAR}-05-01`, done: true },
        { title: "Öva 'lockdown' med vaktbolaget", done: false }
      ]
    });
    expect(exercise).toMatchObject({
      title: 'Utrymningsövning nattetid',
      date: `${TEST_YEAR}-03-12`,
      unitId: units.akuten,
      kind: 'Övning',
      scenario,
      areas: ['Hot och våld', 'Tillträdesskydd'],
      participants: 14,
      lessonsLearned: 'Utrymningsplanen i väntrummet var inaktuell.',
      followUpActions: [
        { title: 'Larmknapp i receptionen', dueDate: `${TEST_YEAR}-05-01`, done: true },
        { title: "Öva 'lockdown' med vaktbolaget", done: false }
      ],
      nextDueDate: `${TEST_YEAR + 1}-03-01`
    });
    const training = await larsLogs({ title: 'Utbildning i HLR', kind: 'Utbildning', date: `${TEST_YEAR}-05-02`, nextDueDate: undefined, followUpActions: [] });
    // Newest first, the year's only, and another unit's log does not hold them.
    const log = (await lars().exercises.list(TEST_YEAR, [units.akuten])).map((entry) => entry.id);
    expect(log.indexOf(training.id)).toBeLessThan(log.indexOf(exercise.id));
    expect(log.indexOf(exercise.id)).toBeGreaterThanOrEqual(0);
    expect((await lars().exercises.list(TEST_YEAR - 1, [units.akuten])).map((entry) => entry.id)).not.toContain(exercise.id);
    expect((await lars().exercises.list(TEST_YEAR, [units.iva])).map((entry) => entry.id)).not.toContain(exercise.id);
    // Employees read the log (what the unit practises is no secret).
    expect((await servicesAs(emulator, 'anna.svensson').exercises.list(TEST_YEAR)).map((entry) => entry.id)).toContain(exercise.id);
  });

  it('adds a retried save once and refuses a stale edit with the stored version', async () => {
    const requestId = newRequestId();
    const first = await larsLogs({ title: 'Sparad två gånger' }, requestId);
    expect((await larsLogs({ title: 'Sparad två gånger' }, requestId)).id).toBe(first.id);
    expect(await itemCount(emulator, exercisesList.title, `ClientRequestId eq '${requestId}'`)).toBe(1);

    const peter = servicesAs(emulator, 'peter.sjoberg', JULY_FIRST);
    expect((await peter.exercises.save(exerciseInput(units.akuten, { title: 'Rättad av säkerhetsfunktionen' }), newRequestId(), first)).kind).toBe('saved');
    const stale = await lars().exercises.save(exerciseInput(units.akuten, { title: 'Lars ändring' }), newRequestId(), first);
    expect(stale).toMatchObject({ kind: 'conflict', theirs: { id: first.id, title: 'Rättad av säkerhetsfunktionen' } });
  });

  it('refuses invalid entries field by field, never cutting text, and writes nothing', async () => {
    const before = posts();
    const result = await lars().exercises.save(
      exerciseInput(units.akuten, {
        title: '',
        date: `${TEST_YEAR}-07-02`,
        kind: 'Fest' as never,
        scenario: longText(2001),
        areas: [],
        participants: 0,
        lessonsLearned: longText(8001),
        followUpActions: [{ title: longText(256), done: false }],
        nextDueDate: `${TEST_YEAR}-13-01`
      }),
      newRequestId()
    );
    expect(result).toEqual({
      kind: 'invalid',
      errors: {
        title: 'required',
        date: 'inFuture',
        kind: 'invalidChoice',
        scenario: 'tooLong',
        areas: 'required',
        participants: 'invalidNumber',
        lessonsLearned: 'tooLong',
        followUpActions: 'tooLong',
        nextDueDate: 'invalidDate'
      }
    });
    const backwards = await lars().exercises.save(exerciseInput(units.akuten, { nextDueDate: `${TEST_YEAR}-03-12` }), newRequestId());
    expect(backwards).toEqual({ kind: 'invalid', errors: { nextDueDate: 'notAfterDate' } });
    expect(posts()).toBe(before);
    // At the limit the text is kept whole.
    const longest = await larsLogs({ scenario: longText(2000), lessonsLearned: longText(8000) });
    expect([longest.scenario, longest.lessonsLearned]).toEqual([longText(2000), longText(8000)]);
  });

  it('lists the units due to exercise: 30 days ahead, overdue by their own next date, never-exercised today', async () => {
    // Two years on, in a year nobody else logs.
    const now = (): Date => new Date(`${TEST_YEAR + 2}-06-01T08:00:00.000Z`);
    const peter = servicesAs(emulator, 'peter.sjoberg', now);
    const log = async (unitId: number, overrides: Parameters<typeof exerciseInput>[1]) => {
      const result = await peter.exercises.save(exerciseInput(unitId, { followUpActions: [], ...overrides }), newRequestId());
      if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
      return result.item;
    };
    const akuten = await log(units.akuten, { date: `${TEST_YEAR + 1}-06-20` });
    const iva = await log(units.iva, { date: `${TEST_YEAR + 1}-01-10`, nextDueDate: `${TEST_YEAR + 2}-03-01` });
    // A training does not meet the exercise cadence.
    await log(units.m21, { date: `${TEST_YEAR + 2}-05-01`, kind: 'Utbildning' });

    const due = await lars(now).exercises.due([units.akuten, units.iva, units.m21]);
    expect(due).toEqual([
      { unitId: units.iva, dueDay: `${TEST_YEAR + 2}-03-01`, lastExercise: expect.objectContaining({ id: iva.id }), overdue: true, daysOverdue: 92 },
      { unitId: units.m21, dueDay: `${TEST_YEAR + 2}-06-01`, overdue: false, daysOverdue: 0 },
      { unitId: units.akuten, dueDay: `${TEST_YEAR + 2}-06-20`, lastExercise: expect.objectContaining({ id: akuten.id }), overdue: false, daysOverdue: -19 }
    ]);
    // Akuten's next exercise, logged, takes it off the list.
    await log(units.akuten, { date: `${TEST_YEAR + 2}-05-30` });
    expect((await lars(now).exercises.due([units.akuten])).length).toBe(0);
  });
});
