import { IRunningEmulator } from '../../../tools/emulator';
import { IDeviation } from '../../../src/domain/deviations/types';
import { PROTECTED_CASES_MAILBOX } from '../../../tools/emulator/functions/protectedCases';
import { dueInDays, newRequestId, servicesAs, startRegion, upn } from './servicesHelpers';

describe('handling a case through the real services', () => {
  let emulator: IRunningEmulator;

  beforeAll(async () => {
    emulator = await startRegion();
  });

  afterAll(() => emulator.close());

  async function reportAsAnna(description: string, extra: { area?: 'Hot och våld' } = {}): Promise<IDeviation> {
    const anna = servicesAs(emulator, 'anna.svensson');
    const me = await anna.directory.me();
    const unit = (await anna.units.getAll()).filter((u) => u.department === me.department)[0];
    const outcome = await anna.reporting.report(
      {
        title: '',
        description,
        occurredAt: new Date(Date.now() - 3600000).toISOString(),
        unitId: unit.id,
        involvesPersonalData: false,
        suspectedCrime: false,
        ...extra
      },
      newRequestId()
    );
    if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
    return outcome.deviation;
  }

  it("shows a manager the cases of their own units and nobody else's", async () => {
    const inbox = await servicesAs(emulator, 'lars.holm').handling.inbox();
    expect(inbox.length).toBeGreaterThan(0);
    const lars = upn('lars.holm');
    const units = await servicesAs(emulator, 'lars.holm').units.getAll();
    const mine = units.filter((u) => u.manager && u.manager.email === lars).map((u) => u.id);
    expect(inbox.every((d) => (d.handler && d.handler.email === lars) || (d.unit && mine.indexOf(d.unit.id) >= 0))).toBe(true);
    const sara = await servicesAs(emulator, 'johan.falk').handling.inbox();
    expect(sara.some((d) => inbox.some((other) => other.id === d.id))).toBe(false);
  });

  it('takes a case from Ny to Avslutad, blocking closure while an action is open', async () => {
    const lars = servicesAs(emulator, 'lars.holm');
    let deviation = await reportAsAnna('Nödutgången vid röntgen var blockerad av en säng.');

    const step = async (result: Promise<{ kind: string; deviation?: IDeviation; blockers?: readonly string[] }>): Promise<IDeviation> => {
      const outcome = await result;
      if (outcome.kind !== 'saved') throw new Error(JSON.stringify(outcome));
      return outcome.deviation as IDeviation;
    };

    deviation = await step(lars.handling.transition(deviation, 'Mottagen'));
    expect(deviation.acknowledgedAt).toBeDefined();
    expect(await lars.handling.transition(deviation, 'Utreds')).toEqual({ kind: 'blocked', blockers: ['classificationMissing'] });
    deviation = await step(
      lars.handling.classify(deviation, { type: 'Avvikelse', area: 'Brandsäkerhet', actualConsequence: '1 Försumbar', potentialConsequence: '3 Betydande' })
    );
    deviation = await step(lars.handling.transition(deviation, 'Utreds'));
    deviation = await step(
      lars.handling.setCauses(deviation, [{ category: 'Organisation', text: '  Ingen plats att ställa sängar vid hög beläggning. ' }])
    );
    expect(deviation.mtoCauses).toEqual([{ category: 'Organisation', text: 'Ingen plats att ställa sängar vid hög beläggning.' }]);
    deviation = await step(lars.handling.transition(deviation, 'Åtgärdas'));
    const lars2 = await lars.directory.me();
    const action = await lars.handling.addAction(deviation, 'Märk upp uppställningsplats för sängar', lars2, dueInDays(14));
    deviation = await step(lars.handling.giveFeedback(deviation, 'Tack! Vi har märkt upp en plats för sängar.'));
    expect(await lars.handling.transition(deviation, 'Avslutad')).toEqual({ kind: 'blocked', blockers: ['openActions'] });
    await lars.handling.setActionStatus(action, 'Klar');
    deviation = await step(lars.handling.transition(deviation, 'Avslutad'));
    expect(deviation.status).toBe('Avslutad');
    expect(deviation.approvedBy!.email).toBe(upn('lars.holm'));
    expect(deviation.history.map((h) => h.to)).toEqual(['Ny', 'Mottagen', 'Utreds', 'Åtgärdas', 'Avslutad']);
    expect(deviation.history.every((h) => !!h.at && !!h.byEmail)).toBe(true);

    const feedbackMail = emulator.outbox().filter((m) => m.subject.indexOf(deviation.caseNumber) >= 0 && m.subject.indexOf('Återkoppling') === 0);
    expect(feedbackMail).toHaveLength(1);
    expect(JSON.stringify(feedbackMail[0].to)).toContain(upn('anna.svensson'));
    // Closing tells her too, with the feedback.
    const closedMail = emulator.outbox().filter((m) => m.subject === `Din rapport ${deviation.caseNumber} är avslutad`);
    expect(closedMail.map((m) => m.to.map((to) => to.address))).toEqual([[upn('anna.svensson')]]);
    expect(closedMail[0].body).toContain('Återkoppling: Tack! Vi har märkt upp en plats för sängar.');
  });

  it('tells the reporter why a report was rejected, by mail and in her reports, and the new handler what a handover said', async () => {
    const lars = servicesAs(emulator, 'lars.holm');
    const rejected = await reportAsAnna('Kaffemaskinen i personalrummet läcker vatten på golvet.');
    const reason = 'Gäller fastighetsservice, inte säkerhet: felanmäl den där.';
    const before = emulator.outbox().length;
    const result = await lars.handling.transition(rejected, 'Avvisad', reason);
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    const toAnna = emulator.outbox().slice(before).filter((m) => m.to.some((to) => to.address === upn('anna.svensson')));
    expect(toAnna.map((m) => m.subject)).toEqual([`Din rapport ${rejected.caseNumber} har avvisats`]);
    expect(toAnna[0].body).toContain(`Skäl: ${reason}`);
    const mine = (await servicesAs(emulator, 'anna.svensson').reporting.myReports()).filter((d) => d.id === rejected.id)[0];
    expect(mine).toMatchObject({ status: 'Avvisad', rejectionReason: reason });

    const handed = await reportAsAnna('Nödutgången mot gården går inte att öppna inifrån.');
    const maria = (await lars.directory.search('Maria Berg'))[0];
    const beforeHandover = emulator.outbox().length;
    expect((await lars.handling.reassign(handed, maria, 'Gäller hela husets utrymning.')).kind).toBe('saved');
    const toMaria = emulator.outbox().slice(beforeHandover).filter((m) => m.to.some((to) => to.address === upn('maria.berg')));
    expect(toMaria).toHaveLength(1);
    expect(toMaria[0].body).toContain(`Lars Holm har lämnat över ärende ${handed.caseNumber} till dig`);
    expect(toMaria[0].body).toContain('Meddelande: Gäller hela husets utrymning.');
    expect(toMaria[0].body).not.toContain('En ny rapport har kommit till dig');
    // Every mail links straight to the case: the handler's to the inbox, the reporter's to her reports.
    expect(toMaria[0].body).toContain(`webpart=deviationInbox&view=sharepoint&case=${handed.caseNumber}`);
    expect(toAnna[0].body).toContain(`webpart=deviationReport&view=sharepoint&case=${rejected.caseNumber}`);
    expect(emulator.outbox().slice(before).every((m) => m.from.address === PROTECTED_CASES_MAILBOX)).toBe(true);
  });

  it('gives the second of two concurrent editors a conflict with both versions, never an overwrite', async () => {
    const original = await reportAsAnna('En okänd person befann sig i medicinrummet utan legitimation.');
    const lars = servicesAs(emulator, 'lars.holm');
    const peter = servicesAs(emulator, 'peter.sjoberg');
    const [larsView, peterView] = await Promise.all([lars.deviations.getById(original.id), peter.deviations.getById(original.id)]);

    const first = await lars.handling.classify(larsView!, { type: 'Säkerhetsincident', area: 'Tillträdesskydd' });
    expect(first.kind).toBe('saved');
    expect(original.sensitive).toBe(false);
    const second = await peter.handling.classify(peterView!, { type: 'Tillbud', area: 'Skalskydd' });
    if (second.kind !== 'conflict') throw new Error(`expected a conflict, got ${second.kind}`);
    expect(second.mine.etag).toBe(peterView!.etag);
    expect(second.theirs).toMatchObject({ type: 'Säkerhetsincident', area: 'Tillträdesskydd' });

    const stored = await lars.deviations.getById(original.id);
    expect(stored).toMatchObject({ type: 'Säkerhetsincident', area: 'Tillträdesskydd' });
  });

  it('opens a case with its actions in one HTTP request ($batch), and knows a missing case', async () => {
    const deviation = await reportAsAnna('Reservkraftaggregatet startade inte vid provkörningen.');
    const lars = servicesAs(emulator, 'lars.holm');
    await lars.currentUser.get();
    emulator.requests.reset();
    const opened = await lars.handling.get(deviation.id);
    expect(opened!.deviation.id).toBe(deviation.id);
    expect(opened!.actions).toEqual([]);
    expect(emulator.requests.list().map((r) => r.path.split('?')[0])).toEqual(['/sites/trygg/_api/$batch']);
    expect(await lars.handling.get(999999)).toBeUndefined();
  });

  it('clears the MSB category when the area moves away from IT and information security', async () => {
    const lars = servicesAs(emulator, 'lars.holm');
    const deviation = await reportAsAnna('Ett misstänkt nätfiskemejl öppnades på en delad dator i receptionen.');
    expect(await lars.handling.mayHandle(deviation)).toBe(true);
    expect(await servicesAs(emulator, 'helena.ask').handling.mayHandle(deviation)).toBe(false);
    const it = await lars.handling.classify(deviation, { area: 'IT-säkerhet', msbCategory: 'Angrepp' });
    if (it.kind !== 'saved') throw new Error(it.kind);
    expect(it.deviation.msbCategory).toBe('Angrepp');
    const moved = await lars.handling.classify(it.deviation, { area: 'Tillträdesskydd' });
    if (moved.kind !== 'saved') throw new Error(moved.kind);
    expect(moved.deviation.msbCategory).toBeUndefined();
  });

  it('protects a case once the handler classifies it as threats and violence', async () => {
    const deviation = await reportAsAnna('En patient blev högljudd och knuffade en undersköterska i korridoren.');
    expect(deviation.sensitive).toBe(false);
    const result = await servicesAs(emulator, 'lars.holm').handling.classify(deviation, { area: 'Hot och våld', type: 'Tillbud' });
    if (result.kind !== 'saved') throw new Error(result.kind);
    expect(result.deviation.sensitive).toBe(true);
  });

  it('lets only a handler move a case, and requires the security function on threats and violence', async () => {
    const threat = await reportAsAnna('En anhörig hotade personalen i receptionen och slog i disken.', { area: 'Hot och våld' });
    expect(threat.sensitive).toBe(true);
    const stranger = servicesAs(emulator, 'helena.ask');
    expect(await stranger.handling.transition(threat, 'Mottagen')).toEqual({ kind: 'blocked', blockers: ['notHandler'] });
    expect(await servicesAs(emulator, 'lars.holm').handling.approveAsSecurityFunction(threat)).toEqual({ kind: 'blocked', blockers: ['notHandler'] });
    const approved = await servicesAs(emulator, 'peter.sjoberg').handling.approveAsSecurityFunction(threat);
    if (approved.kind !== 'saved') throw new Error(approved.kind);
    expect(approved.deviation.securityApprovedBy!.email).toBe(upn('peter.sjoberg'));
  });

  it('reassigns with a record of who and why, and notifies the new handler', async () => {
    const deviation = await reportAsAnna('Fel på passerkortsläsaren vid personalingången, dörren stod olåst.');
    const lars = servicesAs(emulator, 'lars.holm');
    const maria = (await lars.directory.search('Maria Berg'))[0];
    const result = await lars.handling.reassign(deviation, maria, 'Gäller hela sjukhusets skalskydd');
    if (result.kind !== 'saved') throw new Error(result.kind);
    expect(result.deviation.handler!.email).toBe(upn('maria.berg'));
    expect(result.deviation.routingReason).toBe('Omfördelad');
    expect(result.deviation.history[result.deviation.history.length - 1].note).toContain('Gäller hela sjukhusets skalskydd');
    expect(emulator.outbox().some((m) => JSON.stringify(m.to).indexOf(upn('maria.berg')) >= 0 && m.subject.indexOf(deviation.caseNumber) >= 0)).toBe(true);
  });

  it('hands a case only to someone who may handle cases, and never to its reporter', async () => {
    const deviation = await reportAsAnna('Brandlarmet i förrådet löste ut utan att någon larmades.');
    const lars = servicesAs(emulator, 'lars.holm');
    const before = emulator.outbox().length;
    // Anna reported it: she would handle her own report.
    const anna = (await lars.directory.search('Anna Svensson'))[0];
    expect(await lars.handling.reassign(deviation, anna)).toEqual({ kind: 'blocked', blockers: ['recipientNotHandler', 'recipientIsReporter'] });
    // Helena owns documents but handles no cases: the case would vanish from every inbox.
    const helena = (await lars.directory.search('Helena Ask'))[0];
    expect(await lars.handling.reassign(deviation, helena)).toEqual({ kind: 'blocked', blockers: ['recipientNotHandler'] });
    // Nothing was written or mailed; the case is still Lars's to hand on.
    const stored = await lars.handling.get(deviation.id);
    expect(stored!.deviation.handler!.email).toBe(upn('lars.holm'));
    expect(stored!.deviation.etag).toBe(deviation.etag);
    expect(emulator.outbox().length).toBe(before);
    // The security function may take it.
    const peter = (await lars.directory.search('Peter Sjöberg'))[0];
    expect((await lars.handling.reassign(deviation, peter)).kind).toBe('saved');
    const recipients = await lars.handling.handoverRecipients();
    expect(recipients.has(upn('peter.sjoberg'))).toBe(true);
    expect(recipients.has(upn('maria.berg'))).toBe(true);
    expect(recipients.has(upn('anna.svensson'))).toBe(false);
    expect(recipients.has(upn('helena.ask'))).toBe(false);
  });

  it('refuses what a handler may not write, says why, and writes nothing', async () => {
    const deviation = await reportAsAnna('Hissen stannade mellan två våningar med en patient i.');
    const lars = servicesAs(emulator, 'lars.holm');
    const owner = (await lars.directory.search('Maria Berg'))[0];
    // Due dates far in the past or the future.
    for (const due of ['1899-12-31T00:00:00.000Z', '2999-01-01T00:00:00.000Z', '2026-02-30T00:00:00.000Z']) {
      await expect(lars.handling.addAction(deviation, 'Serva hissen', owner, due)).rejects.toThrow(/due date/);
    }
    expect(await lars.handling.get(deviation.id).then((found) => found!.actions)).toEqual([]);
    // A rejection reason of 10,000 characters is not cut to fit: it is refused.
    expect(await lars.handling.transition(deviation, 'Avvisad', 'x'.repeat(10000))).toEqual({ kind: 'blocked', blockers: ['rejectionReasonTooLong'] });
    // A cause of only spaces is refused, not dropped while saying "saved"; so is feedback past its limit.
    await expect(lars.handling.setCauses(deviation, [{ category: 'Teknik', text: '   ' }])).rejects.toThrow(RangeError);
    await expect(lars.handling.giveFeedback(deviation, 'x'.repeat(4001))).rejects.toThrow(RangeError);
    const peter = (await lars.directory.search('Peter Sjöberg'))[0];
    await expect(lars.handling.reassign(deviation, peter, 'x'.repeat(501))).rejects.toThrow(RangeError);
    const stored = (await lars.handling.get(deviation.id))!.deviation;
    expect(stored.etag).toBe(deviation.etag);
    expect(stored).toMatchObject({ status: 'Ny', mtoCauses: [], feedback: undefined, rejectionReason: undefined });
  });

  it("escapes a search for a name with an apostrophe instead of breaking the query", async () => {
    await expect(servicesAs(emulator, 'lars.holm').directory.search("O'Brien' or startswith(mail,'a")).resolves.toEqual([]);
  });
});
