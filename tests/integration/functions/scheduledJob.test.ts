/**
 * The Trygg function's morning job (issue #11): overdue cases remind their handler and overdue
 * actions their owner, once per due date, from the shared mailbox, linking to the case; a second run
 * sends nothing; and under the fault injector (throttling, lost answers, Graph refusing for a while)
 * the runs it takes send every due reminder exactly once.
 */
import { IOutboxMail } from '../../../tools/emulator/graph/mail';
import { PROTECTED_CASES_MAILBOX } from '../../../tools/emulator/functions/protectedCases';
import { startRegion } from '../services/servicesHelpers';

const isReminder = (mail: IOutboxMail): boolean => mail.subject.indexOf('Påminnelse') === 0;
/** One reminder: who got it, about what. */
const reminderKey = (mail: IOutboxMail): string => `${mail.to.map((to) => to.address).join(',')} ${mail.subject}`;

describe('the scheduled job', () => {
  let reference: string[];

  it('reminds every overdue case and action once, from the shared mailbox, with a link, and a second run sends nothing', async () => {
    const emulator = await startRegion();
    try {
      const first = await emulator.runScheduledJob();
      expect(first.failed).toBe(0);
      expect(first.caseReminders).toBeGreaterThan(0);
      expect(first.actionReminders).toBeGreaterThan(0);
      const reminders = emulator.outbox().filter(isReminder);
      const { reviews, acceptances, actions } = first.risks;
      expect(reviews).toBeGreaterThan(0);
      expect(actions).toBeGreaterThan(0);
      expect(reminders).toHaveLength(first.caseReminders + first.actionReminders + reviews + acceptances + actions);
      expect(reminders.every((mail) => mail.from.address === PROTECTED_CASES_MAILBOX)).toBe(true);
      expect(reminders.every((mail) => /Öppna i Trygg: http:\/\/\S+(webpart=deviationInbox\S*case=(AVV|SKY)-\d{4}-\d{5}|webpart=riskRegister\S*risk=RISK-\d{5})/.test(mail.body))).toBe(true);
      reference = reminders.map(reminderKey).sort();
      expect(new Set(reference).size).toBe(reference.length);

      const second = await emulator.runScheduledJob();
      expect(second).toMatchObject({ caseReminders: 0, actionReminders: 0, risks: { reviews: 0, acceptances: 0, actions: 0, reopened: 0 }, failed: 0 });
      expect(emulator.outbox().filter(isReminder)).toHaveLength(reminders.length);
    } finally {
      await emulator.close();
    }
  });

  it('sends the same reminders exactly once through throttling, lost answers and a refusing Graph', async () => {
    const emulator = await startRegion();
    try {
      emulator.faults.add({ percent: 8, status: 503, retryAfter: 0, path: '/_api/', seed: 7 });
      // The mark is written but its answer lost: the retry meets its own mark and goes on.
      emulator.faults.add({ percent: 20, lose: 'status', method: 'MERGE', seed: 3 });
      // Graph says it sent nothing: the mark is taken back and the next run sends it.
      emulator.faults.add({ percent: 30, status: 429, retryAfter: 0, path: 'sendMail', seed: 5 });
      // Graph sent it and the answer was lost: it stays marked and is never sent again.
      emulator.faults.add({ percent: 10, lose: 'status', path: 'sendMail', seed: 11 });
      let runs = 0;
      let clean = false;
      while (!clean && runs < 8) {
        runs += 1;
        try {
          clean = (await emulator.runScheduledJob()).failed === 0;
        } catch {
          // The whole run failed (the aggregate's reads): the next run goes on where it stopped.
        }
      }
      expect(clean).toBe(true);
      emulator.faults.clear();
      expect(await emulator.runScheduledJob()).toMatchObject({ caseReminders: 0, actionReminders: 0, risks: { reviews: 0, acceptances: 0, actions: 0 }, failed: 0 });
      expect(emulator.outbox().filter(isReminder).map(reminderKey).sort()).toEqual(reference);
      // What went wrong is in the function's log, not lost.
      expect(emulator.functionLog().length).toBeGreaterThan(0);
    } finally {
      await emulator.close();
    }
  });
});
