/**
 * PDSA in the Trygg function's morning job: a goal whose measurement is due reminds its owner (or
 * else its unit's manager) once per period, a unit due to exercise reminds its manager once per due
 * day, and a second run sends nothing. The clock is set in 2031, a year the seed leaves empty.
 */
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { IOutboxMail } from '../../../tools/emulator/graph/mail';
import { IStoredGoal } from '../../../src/domain/pdsa/repositories';
import { newRequestId, regionExempel, servicesAs, upn } from '../services/servicesHelpers';
import { spAs } from '../permissions/signedInAs';
import { exerciseInput, goalInput, ITestUnits, TEST_YEAR, testUnits } from './pdsaWriteHelpers';

describe('PDSA reminders in the morning job', () => {
  let emulator: IRunningEmulator;
  let units: ITestUnits;
  let clock = Date.parse(`${TEST_YEAR}-07-01T05:00:00.000Z`);
  const now = (): Date => new Date(clock);
  const as = (persona: string) => servicesAs(emulator, persona, now);
  const pdsaMails = (): IOutboxMail[] => emulator.outbox().filter((mail) => /^(Mål att mäta|Dags att öva): /.test(mail.subject));
  const summary = (mail: IOutboxMail): string => `${mail.to.map((to) => to.address).join()} | ${mail.subject}`;

  function saved<T>(result: { kind: string; item?: T }): T {
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    return result.item as T;
  }

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: regionExempel(), now });
    units = await testUnits(emulator);
  });

  afterAll(() => emulator.close());

  it('reminds of each measurement period and each exercise due day once, however often it runs', async () => {
    const helenaId = (await spAs(emulator, 'admin.trygg').web.ensureUser(`i:0#.f|membership|${upn('helena.ask')}`)).Id;
    // Akuten's goal has no owner: its manager is reminded. Q1 is measured, Q2 (ended 30 June) is not.
    const akuten = saved<IStoredGoal>(await as('lars.holm').goals.save(goalInput(units.akuten, { title: 'Akutens mål utan ansvarig' }), newRequestId()));
    saved(await as('lars.holm').goals.addMeasurement({ goalId: akuten.id, value: 50, measuredOn: `${TEST_YEAR}-03-20` }, newRequestId()));
    // IVA's goal has an owner: she is reminded, not the manager.
    saved(await as('peter.sjoberg').goals.save(goalInput(units.iva, { title: 'IVA:s mål med ansvarig', ownerId: helenaId, frequency: 'Halvår' }), newRequestId()));
    // A regional goal with nobody named, and a goal measured in time, remind nobody.
    saved(await as('peter.sjoberg').goals.save(goalInput(undefined, { title: 'Regionalt mål utan ansvarig' }), newRequestId()));
    const measured = saved<IStoredGoal>(await as('lars.holm').goals.save(goalInput(units.akuten, { title: 'Akutens mätta mål', frequency: 'Halvår' }), newRequestId()));
    saved(await as('lars.holm').goals.addMeasurement({ goalId: measured.id, value: 60, measuredOn: `${TEST_YEAR}-06-30` }, newRequestId()));
    // Akuten exercised a year ago less 11 days: due on 20 July, within 30 days. IVA's next is far off.
    saved(await as('lars.holm').exercises.save(exerciseInput(units.akuten, { date: `${TEST_YEAR - 1}-07-20`, title: 'Utrymningsövning i fjol', followUpActions: [] }), newRequestId()));
    saved(await as('peter.sjoberg').exercises.save(exerciseInput(units.iva, { date: `${TEST_YEAR}-05-01`, followUpActions: [] }), newRequestId()));

    const first = await emulator.runScheduledJob();
    expect(first.failed).toBe(0);
    expect(first.pdsa).toEqual({ measurements: 2, exercises: 1 });
    expect(pdsaMails().map(summary).sort()).toEqual([
      `${upn('helena.ask')} | Mål att mäta: IVA:s mål med ansvarig`,
      `${upn('lars.holm')} | Dags att öva: Akutmottagningen senast ${TEST_YEAR}-07-20`,
      `${upn('lars.holm')} | Mål att mäta: Akutens mål utan ansvarig`
    ]);
    const akutenMail = pdsaMails().find((mail) => mail.subject.indexOf('Akutens mål utan ansvarig') >= 0) as IOutboxMail;
    expect(akutenMail.body).toContain(`${TEST_YEAR}-04-01 till ${TEST_YEAR}-06-30`);
    expect((pdsaMails().find((mail) => /^Dags att öva/.test(mail.subject)) as IOutboxMail).body).toContain(`senast ${TEST_YEAR}-07-20`);
    // Each mail links to where the reader acts: the goal on the goals page, the exercise log.
    expect(akutenMail.body).toMatch(/\?webpart=securityGoals&[^\s]*goal=\d+/);
    expect((pdsaMails().find((mail) => /^Dags att öva/.test(mail.subject)) as IOutboxMail).body).toContain('?webpart=securityFollowUp');

    const second = await emulator.runScheduledJob();
    expect(second.pdsa).toEqual({ measurements: 0, exercises: 0 });
    expect(pdsaMails()).toHaveLength(3);

    // Three months on: Q3 is due for Akuten's goal, once. The exercise's due day was reminded of already.
    clock = Date.parse(`${TEST_YEAR}-10-01T05:00:00.000Z`);
    const third = await emulator.runScheduledJob();
    expect(third.pdsa).toEqual({ measurements: 1, exercises: 0 });
    expect((await emulator.runScheduledJob()).pdsa).toEqual({ measurements: 0, exercises: 0 });
    const latest = pdsaMails().slice(3);
    expect(latest.map(summary)).toEqual([`${upn('lars.holm')} | Mål att mäta: Akutens mål utan ansvarig`]);
    expect(latest[0].body).toContain(`${TEST_YEAR}-07-01 till ${TEST_YEAR}-09-30`);
  });
});
