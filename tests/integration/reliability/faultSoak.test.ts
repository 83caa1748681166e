/**
 * Nothing lost under faults: while a share of all requests (SharePoint and Graph) fail with 429/503
 * and Retry-After, and some item writes lose their response after the write was done, reports from
 * several people go through the real services and a ReportQueue each (application-level retries, as
 * the web part does). Some reports are sensitive and go through the protected-cases function into the
 * protected list, meeting the same faults on the way in and on its own calls to SharePoint and Graph.
 * Every report must land exactly once, in one list or the other, and each handler get exactly one mail per case.
 */
import * as fs from 'fs';
import * as path from 'path';
import { IRunningEmulator, IFaultRule } from '../../../tools/emulator';
import { IDeviationDraft } from '../../../src/domain/deviations/types';
import { requiresSecurityApproval } from '../../../src/domain/deviations/workflow';
import { deviationsList, protectedDeviationsList } from '../../../src/schema/lists';
import { PROTECTED_CASES_MAILBOX } from '../../../tools/emulator/functions/protectedCases';
import { MemoryStorage, ReportQueue, SendResult } from '../../../src/services/deviations/ReportQueue';
import { ITryggServices } from '../../../src/services/ITryggServices';
import { newRequestId, servicesAs, startRegion, upn } from '../services/servicesHelpers';

/** Share of requests that fail while the fault window is open (429 and 503 about evenly). */
const FAILURE_PERCENT = 30;
/** Share of item writes (POST …/items) whose response is lost after the write was stored. */
const LOST_WRITE_PERCENT = 10;
/** How long the faults last: a minute, with reports submitted all through it. */
const FAULT_WINDOW_MS = 60 * 1000;
/** Reporters, each with their own queue and services, sending at the same time. */
const REPORTERS = ['anna.svensson', 'sara.lind', 'olle.ek', 'lars.holm', 'johan.falk', 'maria.berg', 'helena.ask'];
const REPORTS_PER_REPORTER = 3;
/** The test fails rather than hangs if the queues cannot empty in this time. */
const DEADLINE_MS = 100 * 1000;

/** A report lands in one of these, the protected list if it is sensitive: each is counted. */
const CASE_LISTS = { open: deviationsList.title, protected: protectedDeviationsList.title } as const;
type Store = keyof typeof CASE_LISTS;
const STORES = Object.keys(CASE_LISTS) as Store[];

function tableOf(emulator: IRunningEmulator, title: string): string {
  return (emulator.db.prepare('SELECT TableName FROM _lists WHERE Title = ?').get(title) as { TableName: string }).TableName;
}

/** Cases with this client request id in each list, read straight from the store. */
function casesByClientRequestId(emulator: IRunningEmulator, clientRequestId: string): Record<Store, number> {
  const count = (store: Store): number =>
    Number((emulator.db.prepare(`SELECT COUNT(*) AS n FROM "${tableOf(emulator, CASE_LISTS[store])}" WHERE ClientRequestId = ?`).get(clientRequestId) as { n: number }).n);
  return { open: count('open'), protected: count('protected') };
}

function countByClientRequestId(emulator: IRunningEmulator, clientRequestId: string): number {
  const counts = casesByClientRequestId(emulator, clientRequestId);
  return counts.open + counts.protected;
}

function itemCount(emulator: IRunningEmulator, store: Store): number {
  return Number((emulator.db.prepare(`SELECT COUNT(*) AS n FROM "${tableOf(emulator, CASE_LISTS[store])}"`).get() as { n: number }).n);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('nothing lost while SharePoint and Graph throttle and drop answers', () => {
  let emulator: IRunningEmulator;
  let unitOf: Map<string, number>;

  beforeAll(async () => {
    emulator = await startRegion();
    // Each reporter reports on their own unit (from the directory department, as the form defaults to).
    unitOf = new Map();
    const units = await servicesAs(emulator, 'peter.sjoberg').units.getAll();
    for (const key of REPORTERS) {
      const me = await servicesAs(emulator, key).directory.me();
      const unit = units.filter((u) => u.department === me.department)[0] || units[0];
      unitOf.set(key, unit.id);
    }
  });

  afterAll(() => emulator.close());

  afterEach(() => emulator.faults.clear());

  const draftFor = (key: string, n: number): IDeviationDraft => ({
    title: '',
    description: `Rapport ${n} från ${key}: larmet i entrén gick utan att någon kom.`,
    occurredAt: new Date(Date.now() - (n + 1) * 60 * 1000).toISOString(),
    unitId: unitOf.get(key),
    location: 'Entré A',
    involvesPersonalData: false,
    suspectedCrime: n % 5 === 0,
    type: 'Tillbud'
  });

  it(`every report lands exactly once and every handler gets one mail per case, with ${FAILURE_PERCENT}% of requests failing`, async () => {
    const itemsBefore = { open: itemCount(emulator, 'open'), protected: itemCount(emulator, 'protected') };
    const mailBefore = emulator.outbox().length;
    const window = { durationMs: FAULT_WINDOW_MS };
    // Rules are tried in order; the 503 share is of what the 429 rule let through, so together they fail FAILURE_PERCENT.
    const half = FAILURE_PERCENT / 2;
    const rules: IFaultRule[] = [
      emulator.faults.add({ lose: 'status', lostStatus: 503, method: 'POST', path: '/items', percent: LOST_WRITE_PERCENT, seed: 11, ...window }),
      emulator.faults.add({ status: 429, retryAfter: 1, percent: half, seed: 12, ...window }),
      emulator.faults.add({ status: 503, retryAfter: 1, percent: (100 * half) / (100 - half), seed: 13, ...window })
    ];
    const started = Date.now();

    // Each reporter's page: its own services, its own queue on its own device.
    const submitted: { key: string; id: string; sensitive: boolean }[] = [];
    const sent: SendResult[] = [];
    const attemptsOf = new Map<string, number>();
    const reporterRuns = REPORTERS.map(async (key) => {
      const services: ITryggServices = servicesAs(emulator, key);
      const queue = new ReportQueue({
        storage: new MemoryStorage(),
        userKey: upn(key),
        send: (draft, id) => {
          attemptsOf.set(id, (attemptsOf.get(id) || 0) + 1);
          return services.reporting.report(draft, id);
        }
      });
      // Reports come in all through the minute: the first at once, the last two thirds of the way in.
      let enqueued = 0;
      const dueAt = (n: number): number => started + (n * FAULT_WINDOW_MS) / REPORTS_PER_REPORTER;
      // Like the web part: send now, and again whenever something is still waiting (backoff skipped to keep the test short).
      while (enqueued < REPORTS_PER_REPORTER || queue.pending().length > 0) {
        if (Date.now() - started > DEADLINE_MS) throw new Error(`${key}: ${queue.pending().length} report(s) still waiting after ${DEADLINE_MS} ms`);
        for (; enqueued < REPORTS_PER_REPORTER && Date.now() >= dueAt(enqueued); enqueued++) {
          const draft = draftFor(key, enqueued);
          const report = queue.enqueue(draft);
          submitted.push({ key, id: report.id, sensitive: requiresSecurityApproval(draft) });
        }
        if (queue.pending().length > 0) {
          const results = await queue.sendPending(true);
          sent.push(...results.filter((r) => r.kind === 'sent'));
          const rejected = results.filter((r) => r.kind === 'rejected');
          if (rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(rejected)}`);
        }
        await sleep(250);
      }
    });
    await Promise.all(reporterRuns);
    const elapsed = Date.now() - started;

    // The faults were real: every kind fired, and some reports needed more than one attempt.
    expect(rules.map((rule) => rule.fired > 0)).toEqual([true, true, true]);
    const injected = emulator.requests.list().filter((r) => r.fault !== undefined).length;
    expect(injected).toBeGreaterThan(20);

    // Both ways in were taken: the open list directly, the protected list through the function.
    expect(submitted).toHaveLength(REPORTERS.length * REPORTS_PER_REPORTER);
    const sensitive = submitted.filter((s) => s.sensitive);
    expect(sensitive.length).toBeGreaterThan(0);
    expect(sensitive.length).toBeLessThan(submitted.length);
    // … and the faults met the function's way too: calls to it, and its own calls for the protected list.
    const protectedPath = (path: string): boolean =>
      path.indexOf('/functions/protected-cases/api/cases') >= 0 || decodeURIComponent(path).indexOf(protectedDeviationsList.title) >= 0;
    const protectedFaults = emulator.requests.list().filter((r) => r.fault !== undefined && protectedPath(r.path)).length;
    expect(protectedFaults).toBeGreaterThan(0);

    // Nothing lost, nothing duplicated: one case per client request id, in the list its draft belongs
    // in and not in the other, and no other new case in either.
    for (const { id, sensitive: isSensitive } of submitted) {
      const expected = isSensitive ? { open: 0, protected: 1 } : { open: 1, protected: 0 };
      expect({ id, cases: casesByClientRequestId(emulator, id) }).toEqual({ id, cases: expected });
    }
    for (const store of STORES) {
      const added = submitted.filter((s) => s.sensitive === (store === 'protected')).length;
      expect({ store, items: itemCount(emulator, store) }).toEqual({ store, items: itemsBefore[store] + added });
    }
    const sentIds = sent.map((r) => (r.kind === 'sent' ? r.report.id : '')).sort();
    expect(sentIds).toEqual(submitted.map((s) => s.id).sort());

    // One mail per case, to the case's handler (read back from what is stored, not from the outcome).
    const peter = servicesAs(emulator, 'peter.sjoberg');
    const newMail = emulator.outbox().slice(mailBefore);
    for (const { key, id, sensitive: isSensitive } of submitted) {
      const stored = (await peter.deviations.findByClientRequestId(id))!;
      expect(stored.store).toBe(isSensitive ? 'protected' : 'open');
      expect(stored.caseNumber).toMatch(isSensitive ? /^SKY-/ : /^AVV-/);
      expect(stored.handler).toBeDefined();
      expect(stored.handlerNotifiedAt).toBeDefined();
      const mails = newMail.filter((m) => m.subject.indexOf(stored.caseNumber) >= 0);
      expect({ caseNumber: stored.caseNumber, mails: mails.length }).toEqual({ caseNumber: stored.caseNumber, mails: 1 });
      expect(mails[0].to.map((to) => to.address.toLowerCase())).toEqual([stored.handler!.email.toLowerCase()]);
      // The function mails from Trygg's mailbox; an open report goes as the reporter.
      // The Trygg function mails every new case from the shared mailbox, open or protected.
      expect(mails[0].from.address.toLowerCase()).toBe(PROTECTED_CASES_MAILBOX);
      if (isSensitive) {
        // Shared despite the faults: the reporter and the handler read it, as themselves.
        const handlerKey = stored.handler!.email.toLowerCase().split('@')[0];
        for (const person of [key, handlerKey]) {
          const read = await servicesAs(emulator, person).deviations.getById(stored.id, 'protected');
          expect({ person, clientRequestId: read && read.clientRequestId }).toEqual({ person, clientRequestId: id });
        }
      }
    }
    expect(newMail).toHaveLength(submitted.length);

    // For the record (test-results/fault-soak.txt, not the console): how hard it was.
    const retried = [...attemptsOf.values()].filter((n) => n > 1).length;
    const record = path.resolve(__dirname, '../../../test-results/fault-soak.txt');
    fs.mkdirSync(path.dirname(record), { recursive: true });
    fs.writeFileSync(
      record,
      `faultSoak: ${submitted.length} reports in ${elapsed} ms, ${injected} injected faults ` +
        `(429: ${rules[1].fired}, 503: ${rules[2].fired}, lost writes: ${rules[0].fired}), ${retried} report(s) retried by the queue, ` +
        `${sensitive.length} through the protected-cases function (${protectedFaults} faults on its way)\n`
    );
  }, 150 * 1000);

  it('a mail Graph keeps throttling past its client\'s retries is sent on the queue\'s next attempt, once', async () => {
    const services = servicesAs(emulator, 'sara.lind');
    const queue = new ReportQueue({ storage: new MemoryStorage(), userKey: upn('sara.lind'), send: (draft, id) => services.reporting.report(draft, id) });
    const report = queue.enqueue(draftFor('sara.lind', 97));
    // The Trygg function sends it: its Graph client makes four attempts per call, and the web part
    // asks the function four times. All sixteen are throttled.
    const rule = emulator.faults.add({ status: 503, retryAfter: 0, method: 'POST', path: '/sendMail', count: 16 });
    const first = await queue.send(report.id);
    expect(rule.fired).toBe(16);
    // The case is stored, but the handler has not heard of it: the report stays queued.
    expect(first).toMatchObject({ kind: 'kept', error: 'throttled' });
    expect(countByClientRequestId(emulator, report.id)).toBe(1);

    const second = await queue.send(report.id);
    if (second.kind !== 'sent') throw new Error(JSON.stringify(second));
    expect(countByClientRequestId(emulator, report.id)).toBe(1);
    const mails = emulator.outbox().filter((m) => m.subject.indexOf(second.outcome.deviation.caseNumber) >= 0);
    expect(mails).toHaveLength(1);
    expect(second.outcome.deviation.handlerNotifiedAt).toBeDefined();
    expect(queue.pending()).toEqual([]);
  });

  describe('when Graph cannot say who the manager is, the report goes by the units list and says why', () => {
    it.each([
      ['503 (after the Graph client retried)', { status: 503, retryAfter: 0, count: 10 }],
      ['403', { status: 403, count: 1 }]
    ])('manager lookup answering %s', async (_name, fault) => {
      const rule = emulator.faults.add({ ...fault, method: 'GET', path: '/me/manager' });
      const services = servicesAs(emulator, 'anna.svensson');
      const outcome = await services.reporting.report(draftFor('anna.svensson', 99), newRequestId());
      if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
      expect(rule.fired).toBeGreaterThan(0);

      // Without the directory the units list still names Anna's manager, Lars Holm; the receipt says why.
      expect(outcome.routing).toMatchObject({ reason: 'Chef', fallback: 'directoryUnavailable' });
      expect(outcome.routing.handler.email).toBe(upn('lars.holm'));
      const stored = (await servicesAs(emulator, 'peter.sjoberg').deviations.getById(outcome.deviation.id))!;
      expect(stored).toMatchObject({ routingReason: 'Chef', routingFallback: 'directoryUnavailable' });
      expect(stored.handler!.email).toBe(upn('lars.holm'));
      const mails = emulator.outbox().filter((m) => m.subject.indexOf(stored.caseNumber) >= 0);
      expect(mails.map((m) => m.to.map((to) => to.address))).toEqual([[upn('lars.holm')]]);
    }, 20 * 1000);

    it('with the whole directory down (who she is, too), the unit the report names leads to its manager', async () => {
      // Four attempts each (the Graph client retries) for /me and for /me/manager.
      const rule = emulator.faults.add({ status: 503, retryAfter: 0, method: 'GET', path: '/v1.0/me', count: 8 });
      const outcome = await servicesAs(emulator, 'anna.svensson').reporting.report(draftFor('anna.svensson', 96), newRequestId());
      if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
      expect(rule.fired).toBe(8);
      expect(outcome.routing).toMatchObject({ reason: 'Chef', fallback: 'directoryUnavailable' });
      expect(outcome.routing.handler.email).toBe(upn('lars.holm'));
    });

    it('with the directory answering again, the same reporter goes to the manager (the cases above can fail)', async () => {
      const outcome = await servicesAs(emulator, 'anna.svensson').reporting.report(draftFor('anna.svensson', 98), newRequestId());
      if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
      expect(outcome.routing).toEqual(expect.objectContaining({ reason: 'Chef' }));
      expect(outcome.routing.fallback).toBeUndefined();
      expect(outcome.routing.handler.email).toBe(upn('lars.holm'));
    });
  });
});
