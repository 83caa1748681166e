import { IRunningEmulator } from '../../../tools/emulator';
import { IDeviationDraft } from '../../../src/domain/deviations/types';
import { newRequestId, servicesAs, startRegion, upn } from './servicesHelpers';

describe('reporting a deviation through the real services', () => {
  let emulator: IRunningEmulator;
  let akutenId: number;

  const draft = (overrides: Partial<IDeviationDraft> = {}): IDeviationDraft => ({
    title: '',
    description: 'Branddörren mot trapphus B stod uppställd med en kil under natten.',
    occurredAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
    unitId: akutenId,
    location: 'Trapphus B, plan 2',
    involvesPersonalData: false,
    suspectedCrime: false,
    ...overrides
  });

  beforeAll(async () => {
    emulator = await startRegion();
    const units = await servicesAs(emulator, 'anna.svensson').units.getAll();
    const me = await servicesAs(emulator, 'anna.svensson').directory.me();
    akutenId = units.filter((unit) => unit.department === me.department)[0].id;
  });

  afterAll(() => emulator.close());

  beforeEach(() => emulator.faults.clear());

  it('routes to the line manager from Graph, stores the case and notifies the manager', async () => {
    const services = servicesAs(emulator, 'anna.svensson');
    const outcome = await services.reporting.report(draft(), newRequestId());
    if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
    expect(outcome.routing.reason).toBe('Chef');
    expect(outcome.deviation.handler!.email).toBe(upn('lars.holm'));
    expect(outcome.deviation.reporter!.email).toBe(upn('anna.svensson'));
    expect(outcome.deviation.caseNumber).toMatch(/^AVV-\d{4}-\d{5}$/);
    expect(outcome.deviation.status).toBe('Ny');
    expect(outcome.deviation.title).toBe('Branddörren mot trapphus B stod uppställd med en kil under natten.');
    const mail = emulator.outbox().filter((m) => m.subject.indexOf(outcome.deviation.caseNumber) >= 0);
    expect(mail).toHaveLength(1);
    expect(mail[0].to).toEqual([{ address: upn('lars.holm') }]);
  });

  it('goes to the substitute when the manager is absent, and says so', async () => {
    const outcome = await servicesAs(emulator, 'sara.lind').reporting.report(draft(), newRequestId());
    if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
    expect(outcome.routing).toMatchObject({ reason: 'Ersättare', fallback: 'managerAbsent' });
    expect(outcome.deviation.handler!.email).toBe(upn('johan.falk'));
  });

  it('goes to the security coordinator when the directory has no manager', async () => {
    const outcome = await servicesAs(emulator, 'olle.ek').reporting.report(draft(), newRequestId());
    if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
    expect(outcome.routing).toMatchObject({ reason: 'Säkerhetssamordnare', fallback: 'noManager' });
    expect(outcome.deviation.handler).toBeDefined();
  });

  it('rejects an invalid report with reasons and writes nothing', async () => {
    const services = servicesAs(emulator, 'anna.svensson');
    const before = (await services.reporting.myReports()).length;
    const outcome = await services.reporting.report(
      draft({ description: 'kort', occurredAt: new Date(Date.now() + 86400000).toISOString() }),
      newRequestId()
    );
    expect(outcome).toEqual({ kind: 'invalid', errors: { description: 'tooShort', occurredAt: 'inFuture' } });
    expect(await services.reporting.myReports()).toHaveLength(before);
  });

  it('never creates a second case when the same report is sent again', async () => {
    const services = servicesAs(emulator, 'anna.svensson');
    const id = newRequestId();
    const first = await services.reporting.report(draft({ description: 'Okänd person följde efter in genom personalingången.' }), id);
    const again = await servicesAs(emulator, 'anna.svensson').reporting.report(
      draft({ description: 'Okänd person följde efter in genom personalingången.' }),
      id
    );
    if (first.kind !== 'sent' || again.kind !== 'sent') throw new Error('not sent');
    expect(again.deviation.id).toBe(first.deviation.id);
    const sameId = (await services.reporting.myReports()).filter((d) => d.clientRequestId === id);
    expect(sameId).toHaveLength(1);
    expect(emulator.outbox().filter((m) => m.subject.indexOf(first.deviation.caseNumber) >= 0)).toHaveLength(1);
  });

  it('lands exactly once when SharePoint throttles, and when the answer to the write is lost', async () => {
    const services = servicesAs(emulator, 'anna.svensson');
    emulator.faults.add({ status: 429, count: 3, retryAfter: 1, method: 'POST', path: '/items' });
    const throttled = await services.reporting.report(draft({ description: 'Larmet i läkemedelsrummet gick inte att återställa.' }), newRequestId());
    expect(throttled.kind).toBe('sent');

    // The write is stored but the client sees 503; PnPjs retries the POST, the unique id catches it.
    const id = newRequestId();
    emulator.faults.add({ lose: 'status', lostStatus: 503, count: 1, retryAfter: 1, method: 'POST', path: '/items' });
    const lost = await servicesAs(emulator, 'anna.svensson').reporting.report(draft({ description: 'Patientjournal låg framme i korridoren.' }), id);
    if (lost.kind !== 'sent') throw new Error('not sent');
    expect((await services.reporting.myReports()).filter((d) => d.clientRequestId === id)).toHaveLength(1);
    // The handler hears of it once, and the case remembers that they did.
    expect(emulator.outbox().filter((m) => m.subject.indexOf(lost.deviation.caseNumber) >= 0)).toHaveLength(1);
    expect(lost.deviation.handlerNotifiedAt).toBeDefined();

    // The connection drops after the write (PnPjs retries), then the page reloads and sends it again.
    const id2 = newRequestId();
    emulator.faults.add({ lose: 'reset', count: 1, method: 'POST', path: '/items' });
    await servicesAs(emulator, 'anna.svensson').reporting.report(draft({ description: 'Hissen till operation stannade mellan två plan.' }), id2);
    const resent = await servicesAs(emulator, 'anna.svensson').reporting.report(draft({ description: 'Hissen till operation stannade mellan två plan.' }), id2);
    if (resent.kind !== 'sent') throw new Error('not sent');
    expect((await services.reporting.myReports()).filter((d) => d.clientRequestId === id2)).toHaveLength(1);
    expect(emulator.outbox().filter((m) => m.subject.indexOf(resent.deviation.caseNumber) >= 0)).toHaveLength(1);
  }, 30000);

  it("lists only the reporter's own reports", async () => {
    const mine = await servicesAs(emulator, 'anna.svensson').reporting.myReports();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d) => d.reporter!.email === upn('anna.svensson'))).toBe(true);
  });
});
