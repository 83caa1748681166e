/**
 * Protected cases end to end: the web parts' services, the protected-cases function hosted by the
 * emulator, and SharePoint's item permissions, checked by asking SharePoint directly as each person.
 */
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { IRunningEmulator } from '../../../tools/emulator';
import { IDeviation, IDeviationDraft } from '../../../src/domain/deviations/types';
import { deviationsList, protectedActionsList, protectedDeviationsList } from '../../../src/schema/lists';
import { LOCAL_PROTECTED_CASES_PATH } from '../../../src/services/createTryggServices';
import { dueInDays, newRequestId, servicesAs, startRegion, upn } from '../services/servicesHelpers';

function spAs(emulator: IRunningEmulator, key: string): SPFI {
  return spfi().using(SPBrowser({ baseUrl: emulator.siteUrl }), InjectHeaders({ 'X-Trygg-User': upn(key) }));
}

/** Whether SharePoint lets the person read the item, asked with stock PnPjs. */
async function canRead(emulator: IRunningEmulator, key: string, listTitle: string, id: number): Promise<boolean> {
  try {
    await spAs(emulator, key).web.lists.getByTitle(listTitle).items.getById(id).select('Id')();
    return true;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

// The tests read fields of both the answers and the errors the function gives.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function callFunction(emulator: IRunningEmulator, path: string, body: unknown, key?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${emulator.url}${LOCAL_PROTECTED_CASES_PATH}/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'X-Trygg-User': upn(key) } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });
  return { status: response.status, body: await response.json() };
}

describe('protected cases', () => {
  let emulator: IRunningEmulator;

  beforeAll(async () => {
    emulator = await startRegion();
  });

  afterAll(() => emulator.close());

  async function draftAs(key: string, extra: Partial<IDeviationDraft>): Promise<IDeviationDraft> {
    const services = servicesAs(emulator, key);
    const me = await services.directory.me();
    const unit = (await services.units.getAll()).filter((u) => u.department === me.department)[0];
    return {
      title: '',
      description: 'En anhörig hotade personalen i receptionen och slog i disken.',
      occurredAt: new Date(Date.now() - 3600000).toISOString(),
      unitId: unit.id,
      involvesPersonalData: false,
      suspectedCrime: false,
      ...extra
    };
  }

  async function reportThreat(key = 'anna.svensson', requestId = newRequestId()): Promise<IDeviation> {
    const outcome = await servicesAs(emulator, key).reporting.report(await draftAs(key, { area: 'Hot och våld' }), requestId);
    if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
    return outcome.deviation;
  }

  it('keeps a threat report in the protected list, readable by the reporter, the handler and the security function only', async () => {
    const mailsBefore = emulator.outbox().length;
    const threat = await reportThreat();
    expect(threat.store).toBe('protected');
    expect(threat.caseNumber).toMatch(/^SKY-\d{4}-\d{5}$/);
    expect(threat.handler && threat.handler.email).toBe(upn('lars.holm'));

    const title = protectedDeviationsList.title;
    const who = { reporter: 'anna.svensson', handler: 'lars.holm', security: 'peter.sjoberg', otherManager: 'johan.falk', coordinator: 'maria.berg', colleague: 'sara.lind' };
    const readable = await Promise.all(Object.values(who).map((key) => canRead(emulator, key, title, threat.id)));
    expect(Object.fromEntries(Object.keys(who).map((role, i) => [role, readable[i]]))).toEqual({
      reporter: true,
      handler: true,
      security: true,
      otherManager: false,
      coordinator: false,
      colleague: false
    });

    // Created By is the function's app, not the reporter; the reporter is a field only those granted can read.
    const stored = await spAs(emulator, 'peter.sjoberg').web.lists.getByTitle(title).items.getById(threat.id).select('Author/Title').expand('Author')();
    expect(stored.Author.Title).toBe('Trygg skyddade ärenden');

    // The handler was told once, from the function's mailbox.
    const mails = emulator.outbox().slice(mailsBefore);
    const toLars = mails.filter((mail) => mail.to.some((to) => to.address === upn('lars.holm')));
    expect(toLars).toHaveLength(1);
    expect(toLars[0].from.address).toBe(upn('admin.trygg'));
    // The mail carries the number only: mail goes where SharePoint's permissions do not reach.
    expect(toLars[0].body).toContain(threat.caseNumber);
    expect(toLars[0].subject + toLars[0].body).not.toContain('hotade');

    // The inboxes and the reporter's own list span both lists.
    expect((await servicesAs(emulator, 'lars.holm').handling.inbox()).some((d) => d.caseNumber === threat.caseNumber)).toBe(true);
    expect((await servicesAs(emulator, 'peter.sjoberg').handling.inbox()).some((d) => d.caseNumber === threat.caseNumber)).toBe(true);
    expect((await servicesAs(emulator, 'johan.falk').handling.inbox()).some((d) => d.caseNumber === threat.caseNumber)).toBe(false);
    expect((await servicesAs(emulator, 'anna.svensson').reporting.myReports()).some((d) => d.caseNumber === threat.caseNumber)).toBe(true);
    expect(await servicesAs(emulator, 'johan.falk').handling.get(threat.caseNumber)).toBeUndefined();
  });

  it('lands a retried protected report once, with one mail', async () => {
    const requestId = newRequestId();
    const mailsBefore = emulator.outbox().length;
    const first = await reportThreat('anna.svensson', requestId);
    const again = await reportThreat('anna.svensson', requestId);
    expect(again.caseNumber).toBe(first.caseNumber);
    expect(emulator.outbox().length - mailsBefore).toBe(1);
    // Someone else replaying the id gets no access to the first report.
    const replay = await callFunction(emulator, 'cases', { clientRequestId: requestId, draft: await draftAs('sara.lind', { area: 'Hot och våld' }) }, 'sara.lind');
    expect(replay.status).toBe(409);
  });

  it('shares an action with its owner and moves access with the case when it is handed over', async () => {
    const threat = await reportThreat();
    const lars = servicesAs(emulator, 'lars.holm');
    const owner = { displayName: 'Maria Berg', email: upn('maria.berg') };
    const action = await lars.handling.addAction(threat, 'Samtal med personalen om bemötande', owner, dueInDays(14));
    expect(action.store).toBe('protected');
    const actionsTitle = protectedActionsList.title;
    expect(await canRead(emulator, 'maria.berg', actionsTitle, action.id)).toBe(true);
    expect(await canRead(emulator, 'johan.falk', actionsTitle, action.id)).toBe(false);
    // Owning an action does not open the case.
    expect(await canRead(emulator, 'maria.berg', protectedDeviationsList.title, threat.id)).toBe(false);

    const current = (await lars.handling.get(threat.caseNumber))!.deviation;
    const handed = await lars.handling.reassign(current, { displayName: 'Johan Falk', email: upn('johan.falk') }, 'Johan tar över under min ledighet');
    expect(handed.kind).toBe('saved');
    expect(await canRead(emulator, 'johan.falk', protectedDeviationsList.title, threat.id)).toBe(true);
    expect(await canRead(emulator, 'johan.falk', actionsTitle, action.id)).toBe(true);
    expect(await canRead(emulator, 'lars.holm', protectedDeviationsList.title, threat.id)).toBe(false);
    expect(await canRead(emulator, 'lars.holm', actionsTitle, action.id)).toBe(false);
    expect(await canRead(emulator, 'anna.svensson', protectedDeviationsList.title, threat.id)).toBe(true);

    // The former handler's stale copy is now nothing they can act on.
    const stale = await callFunction(emulator, `cases/${threat.id}/handover`, { etag: current.etag, toEmail: upn('lars.holm'), reason: 'Omfördelad' }, 'lars.holm');
    expect(stale.status).toBe(404);
  });

  it("tells the reporter that feedback has come, without the feedback itself", async () => {
    const threat = await reportThreat();
    const feedback = 'Vi har pratat med den anhöriga och infört larmknapp i receptionen.';
    const before = emulator.outbox().length;
    const result = await servicesAs(emulator, 'lars.holm').handling.giveFeedback(threat, feedback);
    expect(result.kind).toBe('saved');
    const toAnna = emulator.outbox().slice(before).filter((mail) => mail.to.some((to) => to.address === upn('anna.svensson')));
    expect(toAnna).toHaveLength(1);
    expect(toAnna[0].body).toContain(threat.caseNumber);
    expect(toAnna[0].body).not.toContain('larmknapp');
    expect((await servicesAs(emulator, 'anna.svensson').reporting.myReports()).filter((d) => d.caseNumber === threat.caseNumber)[0].feedback).toBe(feedback);
  });

  it('answers a stale handover with a conflict and the stored case', async () => {
    const threat = await reportThreat();
    const lars = servicesAs(emulator, 'lars.holm');
    const fresh = await lars.handling.transition(threat, 'Mottagen');
    expect(fresh.kind).toBe('saved');
    const result = await lars.handling.reassign(threat, { displayName: 'Johan Falk', email: upn('johan.falk') });
    expect(result.kind).toBe('conflict');
    if (result.kind === 'conflict') expect(result.theirs.status).toBe('Mottagen');
    expect(await canRead(emulator, 'johan.falk', protectedDeviationsList.title, threat.id)).toBe(false);
  });

  it('moves an open case that a handler classifies as threats and violence, with its actions', async () => {
    const anna = servicesAs(emulator, 'anna.svensson');
    const reported = await anna.reporting.report(await draftAs('anna.svensson', { description: 'En besökare blev högljudd i väntrummet och kastade en stol.' }), newRequestId());
    if (reported.kind !== 'sent') throw new Error(JSON.stringify(reported));
    const open = reported.deviation;
    expect(open.store).toBe('open');
    const lars = servicesAs(emulator, 'lars.holm');
    await lars.handling.addAction(open, 'Se över larmknappar i väntrummet', { displayName: 'Lars Holm', email: upn('lars.holm') }, dueInDays(1));
    const current = (await lars.handling.get(open.caseNumber))!.deviation;
    const result = await lars.handling.classify(current, { area: 'Hot och våld', type: 'Tillbud' });
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    const moved = result.deviation;
    expect(moved.store).toBe('protected');
    expect(moved.caseNumber).toMatch(/^SKY-/);
    expect(moved.clientRequestId).toBe(`moved:${open.id}`);
    expect(moved.title).toBe(open.title);
    expect(moved.area).toBe('Hot och våld');
    expect(moved.history[moved.history.length - 1].note).toContain(open.caseNumber);

    expect(await canRead(emulator, 'peter.sjoberg', deviationsList.title, open.id)).toBe(false);
    expect(await canRead(emulator, 'johan.falk', protectedDeviationsList.title, moved.id)).toBe(false);
    const opened = (await lars.handling.get(moved.caseNumber))!;
    expect(opened.actions.map((a) => a.title)).toEqual(['Se över larmknappar i väntrummet']);
    expect((await anna.reporting.myReports()).filter((d) => d.title === open.title).map((d) => d.caseNumber)).toEqual([moved.caseNumber]);
  });

  it('moves a case once when the answer to the move is lost, and keeps its actions single', async () => {
    const anna = servicesAs(emulator, 'anna.svensson');
    const reported = await anna.reporting.report(await draftAs('anna.svensson', { description: 'Någon tog bilder på patientlistan vid disken med sin mobil.' }), newRequestId());
    if (reported.kind !== 'sent') throw new Error(JSON.stringify(reported));
    const lars = servicesAs(emulator, 'lars.holm');
    await lars.handling.addAction(reported.deviation, 'Flytta patientlistan från disken', { displayName: 'Lars Holm', email: upn('lars.holm') }, dueInDays(1));
    const current = (await lars.handling.get(reported.deviation.caseNumber))!.deviation;
    // The move is done, but its answer never arrives: the client asks again and is told where the case went.
    emulator.faults.add({ path: `/open-cases/${current.id}/protect`, lose: 'status', lostStatus: 504, count: 1 });
    const moved = await lars.handling.classify(current, { area: 'Hot och våld', type: 'Tillbud' });
    if (moved.kind !== 'saved') throw new Error(JSON.stringify(moved));
    expect(moved.deviation.store).toBe('protected');
    expect(emulator.requests.list().filter((r) => r.path.indexOf(`/open-cases/${current.id}/protect`) >= 0).map((r) => r.status)).toEqual([504, 201]);
    const opened = (await lars.handling.get(moved.deviation.caseNumber))!;
    expect(opened.actions.map((a) => a.title)).toEqual(['Flytta patientlistan från disken']);
    const all = await servicesAs(emulator, 'peter.sjoberg').deviations.query({ reporterId: moved.deviation.reporter!.id, top: 500 });
    expect(all.filter((d) => d.clientRequestId === `moved:${current.id}` || d.clientRequestId === current.clientRequestId).map((d) => d.caseNumber)).toEqual([moved.deviation.caseNumber]);
  });

  it('rides out a throttled or lost answer from the function: one case, one mail', async () => {
    const anna = servicesAs(emulator, 'anna.svensson');
    const draft = await draftAs('anna.svensson', { area: 'Hot och våld' });
    const mailsBefore = emulator.outbox().length;

    // Throttled once: the client waits as Retry-After says and the same call goes through.
    emulator.faults.add({ path: '/functions/protected-cases/', status: 503, retryAfter: 1, count: 1 });
    const throttled = await anna.reporting.report(draft, newRequestId());
    expect(throttled.kind).toBe('sent');

    // Stored every time, but no answer arrives: the call fails, the queue sends it again later.
    const requestId = newRequestId();
    emulator.faults.add({ path: '/functions/protected-cases/', lose: 'status', lostStatus: 504, count: 4 });
    await expect(anna.reporting.report(draft, requestId)).rejects.toMatchObject({ status: 504 });
    const outcome = await anna.reporting.report(draft, requestId);
    if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
    const mine = (await anna.reporting.myReports()).filter((d) => d.clientRequestId === requestId);
    expect(mine.map((d) => d.caseNumber)).toEqual([outcome.deviation.caseNumber]);
    expect(emulator.outbox().length - mailsBefore).toBe(2);
  });

  describe('what a colleague, a handler or an action owner cannot turn into access', () => {
    it('a planted open item with the same request id does not reach an existing protected case', async () => {
      const victim = await reportThreat();
      const johan = servicesAs(emulator, 'johan.falk');
      const sp = spAs(emulator, 'johan.falk').web.lists.getByTitle(deviationsList.title);
      const units = await johan.units.getAll();
      const johansUnit = units.filter((u) => u.manager && u.manager.email === upn('johan.falk'))[0] || units[0];
      const added = await sp.items.add({
        Title: 'Planterad',
        ClientRequestId: victim.clientRequestId,
        Description: 'Ett ärende som ska ge åtkomst till något annat.',
        OccurredAt: '2026-11-20T08:00:00Z',
        ReportedAt: '2026-11-20T08:05:00Z',
        UnitId: johansUnit.id,
        Status: 'Avslutad',
        Sensitive: true,
        HandlerId: (await spAs(emulator, 'johan.falk').web.currentUser())?.Id
      });
      const planted = (await johan.deviations.getById(added.Id))!;
      const answer = await callFunction(emulator, `open-cases/${planted.id}/protect`, { etag: planted.etag }, 'johan.falk');
      expect(answer.status).toBe(201);
      expect(answer.body.deviation.caseNumber).not.toBe(victim.caseNumber);
      const stored = (await servicesAs(emulator, 'peter.sjoberg').deviations.getById(victim.id, 'protected'))!;
      expect(stored.status).toBe('Ny');
      expect(await canRead(emulator, 'johan.falk', protectedDeviationsList.title, victim.id)).toBe(false);
    });

    it("a handler who rewrites the case's Reporter and Handler fields gives no one access", async () => {
      const threat = await reportThreat();
      const item = spAs(emulator, 'lars.holm').web.lists.getByTitle(protectedDeviationsList.title).items.getById(threat.id);
      const idOf = async (key: string): Promise<number> => (await spAs(emulator, 'admin.trygg').web.ensureUser(`i:0#.f|membership|${upn(key)}`)).Id;
      await item.update({ ReporterId: await idOf('sara.lind'), HandlerId: await idOf('johan.falk') });
      const current = (await servicesAs(emulator, 'peter.sjoberg').deviations.getById(threat.id, 'protected'))!;
      // Johan is named handler now, but SharePoint never shared the case with him: he cannot act on it.
      const grab = await callFunction(emulator, `cases/${threat.id}/handover`, { etag: current.etag, toEmail: upn('johan.falk'), reason: 'Omfördelad' }, 'johan.falk');
      expect(grab.status).toBe(404);
      // And a real handover by Lars grants the new handler only; Sara, the "reporter" in the field, gets nothing.
      const handed = await callFunction(emulator, `cases/${threat.id}/handover`, { etag: current.etag, toEmail: upn('maria.berg'), reason: 'Omfördelad' }, 'lars.holm');
      expect(handed.status).toBe(200);
      expect(await canRead(emulator, 'sara.lind', protectedDeviationsList.title, threat.id)).toBe(false);
      expect(await canRead(emulator, 'anna.svensson', protectedDeviationsList.title, threat.id)).toBe(true);
      expect(await canRead(emulator, 'maria.berg', protectedDeviationsList.title, threat.id)).toBe(true);
      expect(await canRead(emulator, 'lars.holm', protectedDeviationsList.title, threat.id)).toBe(false);
    });

    it("an action's owner sees no more of the case through the lookup than 'Skyddat ärende'", async () => {
      const threat = await reportThreat();
      const action = await servicesAs(emulator, 'lars.holm').handling.addAction(threat, 'Gå igenom larmrutinen', { displayName: 'Maria Berg', email: upn('maria.berg') }, dueInDays(14));
      const seen: { Deviation: { Title: string } } = await spAs(emulator, 'maria.berg')
        .web.lists.getByTitle(protectedActionsList.title)
        .items.getById(action.id)
        .select('Deviation/Title')
        .expand('Deviation')();
      expect(seen.Deviation.Title).toBe('Skyddat ärende');
      expect((await servicesAs(emulator, 'lars.holm').handling.get(threat.caseNumber))!.deviation.title).toBe(threat.title);
      expect(threat.title).toContain('hotade');
    });

    it('an action whose sharing fails is taken back, so trying again adds it once', async () => {
      const threat = await reportThreat();
      const lars = servicesAs(emulator, 'lars.holm');
      const owner = { displayName: 'Maria Berg', email: upn('maria.berg') };
      emulator.faults.add({ path: 'roleassignments/addroleassignment', status: 500, count: 1 });
      await expect(lars.handling.addAction(threat, 'Ny larmrutin', owner, dueInDays(14))).rejects.toMatchObject({ status: expect.any(Number) });
      await lars.handling.addAction(threat, 'Ny larmrutin', owner, dueInDays(14));
      const asSecurity = await servicesAs(emulator, 'peter.sjoberg').actions.listFor(threat.id, 'protected');
      expect(asSecurity.map((action) => action.title)).toEqual(['Ny larmrutin']);
      expect((await lars.handling.get(threat.caseNumber))!.actions.map((action) => action.title)).toEqual(['Ny larmrutin']);
    });

    it('a handover that fails half-way leaves the case workable, and a retry completes it', async () => {
      const threat = await reportThreat();
      emulator.faults.add({ path: 'roleassignments/removeroleassignment', status: 500, count: 1 });
      const first = await callFunction(emulator, `cases/${threat.id}/handover`, { etag: threat.etag, toEmail: upn('johan.falk'), reason: 'Omfördelad' }, 'lars.holm');
      expect(first.status).toBeGreaterThanOrEqual(500);
      // Johan has the case; Lars, not yet revoked, can still retry.
      expect(await canRead(emulator, 'johan.falk', protectedDeviationsList.title, threat.id)).toBe(true);
      const current = (await servicesAs(emulator, 'johan.falk').deviations.getById(threat.id, 'protected'))!;
      expect(current.handler!.email).toBe(upn('johan.falk'));
      const retry = await callFunction(emulator, `cases/${threat.id}/handover`, { etag: current.etag, toEmail: upn('johan.falk'), reason: 'Omfördelad' }, 'johan.falk');
      expect(retry.status).toBe(200);
      expect(await canRead(emulator, 'lars.holm', protectedDeviationsList.title, threat.id)).toBe(false);
    });
  });

  it('refuses what the function must not do, and says why', async () => {
    const threat = await reportThreat();
    const draft = await draftAs('anna.svensson', { area: 'Hot och våld' });
    expect((await callFunction(emulator, 'cases', { clientRequestId: newRequestId(), draft })).status).toBe(401);
    expect((await callFunction(emulator, 'cases', '{"clientRequestId":', 'anna.svensson')).status).toBe(400);
    const plain = await callFunction(emulator, 'cases', { clientRequestId: newRequestId(), draft: { ...draft, area: 'Brandsäkerhet' } }, 'anna.svensson');
    expect(plain.status).toBe(400);
    const empty = await callFunction(emulator, 'cases', { clientRequestId: newRequestId(), draft: { ...draft, description: '' } }, 'anna.svensson');
    expect([empty.status, empty.body.error.fields]).toEqual([400, { description: 'required' }]);
    const notAHandler = await callFunction(emulator, `cases/${threat.id}/handover`, { etag: threat.etag, toEmail: upn('sara.lind'), reason: 'Omfördelad' }, 'lars.holm');
    expect([notAHandler.status, notAHandler.body.error.fields]).toEqual([400, { toEmail: 'notAHandler' }]);
    const toReporter = await callFunction(emulator, `cases/${threat.id}/handover`, { etag: threat.etag, toEmail: upn('anna.svensson'), reason: 'Omfördelad' }, 'peter.sjoberg');
    expect(toReporter.status).toBe(400);
    // The reporter reads the case but does not handle it; a stranger does not learn it exists.
    expect((await callFunction(emulator, `cases/${threat.id}/actions`, { title: 'x', ownerEmail: upn('anna.svensson'), dueDate: '2026-12-01' }, 'anna.svensson')).status).toBe(404);
    expect((await callFunction(emulator, `cases/${threat.id}/handover`, { etag: threat.etag, toEmail: upn('johan.falk'), reason: 'Omfördelad' }, 'johan.falk')).status).toBe(404);
    expect((await callFunction(emulator, `cases/${threat.id}/handover`, { etag: threat.etag, toEmail: upn('johan.falk'), reason: 'Bortglömd' }, 'lars.holm')).status).toBe(400);
    // With only Contribute on the item, the handler cannot share it on by themself.
    const item = spAs(emulator, 'lars.holm').web.lists.getByTitle(protectedDeviationsList.title).items.getById(threat.id);
    await expect(item.roleAssignments.add(12, 1073741826)).rejects.toMatchObject({ status: 403 });
    // Nor can anyone add to the protected list directly.
    await expect(spAs(emulator, 'lars.holm').web.lists.getByTitle(protectedDeviationsList.title).items.add({ Title: 'x' })).rejects.toMatchObject({ status: expect.any(Number) });
  });
});
