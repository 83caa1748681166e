/**
 * Issue #11, finding 1, tried the way it was found: Anna with stock PnPjs and her own rights against
 * her own sent report. SharePoint (the emulator's permission levels) refuses the writes; what she
 * can still put into a new report's fields never becomes who reported, when, or handling state.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator } from '../../../tools/emulator';
import { deviationsList } from '../../../src/schema/lists';
import { PROTECTED_CASES_MAILBOX } from '../../../tools/emulator/functions/protectedCases';
import { LOCAL_PROTECTED_CASES_PATH } from '../../../src/services/protectedCases/protocol';
import { newRequestId, servicesAs, startRegion, upn } from '../services/servicesHelpers';
import { spAs, succeeds } from './signedInAs';

const DEVIATIONS = deviationsList.title;

describe('a sent report is write-once for its reporter', () => {
  let emulator: IRunningEmulator;
  let siteIds: Record<string, number>;

  beforeAll(async () => {
    emulator = await startRegion();
    siteIds = {};
    for (const key of ['anna.svensson', 'lars.holm', 'maria.berg']) siteIds[key] = (await servicesAs(emulator, key).currentUser.get()).id;
  });

  afterAll(() => emulator.close());

  async function annasReport(description: string): Promise<{ id: number; caseNumber: string }> {
    const anna = servicesAs(emulator, 'anna.svensson');
    const units = await anna.units.getAll();
    const outcome = await anna.reporting.report(
      { title: '', description, occurredAt: new Date(Date.now() - 3600000).toISOString(), unitId: units[units.length - 1].id, involvesPersonalData: false, suspectedCrime: false },
      newRequestId()
    );
    if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
    return { id: outcome.deviation.id, caseNumber: outcome.deviation.caseNumber };
  }

  it('refuses Anna rewriting, closing or deleting her own sent report, and keeps it as it was', async () => {
    const { id } = await annasReport('Dörren till medicinrummet stod öppen under natten.');
    const item = spAs(emulator, 'anna.svensson').web.lists.getByTitle(DEVIATIONS).items.getById(id);
    const before = await item.select('Status', 'Feedback', 'HandlerId', 'History', 'Modified')();

    const forged = { Status: 'Avslutad', Feedback: 'Klart.', ClosedAt: new Date().toISOString(), HandlerId: siteIds['anna.svensson'], History: '[]' };
    expect(await succeeds(() => item.update(forged))).toBe('no');
    expect(await succeeds(() => item.delete())).toBe('no');
    expect(await succeeds(() => item.recycle())).toBe('no');
    // Still there, unchanged, for her and for her manager.
    expect(await item.select('Status', 'Feedback', 'HandlerId', 'History', 'Modified')()).toEqual(before);
    expect((await servicesAs(emulator, 'lars.holm').handling.get(id))!.deviation.status).toBe('Ny');
  });

  it("reads a forged new report as Anna's, sent now and just reported, whatever its fields claim", async () => {
    const anna = spAs(emulator, 'anna.svensson').web.lists.getByTitle(DEVIATIONS);
    const units = await servicesAs(emulator, 'anna.svensson').units.getAll();
    const added = await anna.items.add({
      Title: 'Förfalskad',
      Description: 'Skickad direkt mot REST med påhittade fält.',
      OccurredAt: '2020-01-02T10:00:00Z',
      ReportedAt: '2020-01-02T10:00:00Z',
      UnitId: units[units.length - 1].id,
      ClientRequestId: newRequestId(),
      ReporterId: siteIds['lars.holm'],
      HandlerId: siteIds['maria.berg'],
      Status: 'Avslutad',
      Feedback: 'Åtgärdat av ingen.',
      ClosedAt: '2020-01-03T10:00:00Z',
      ApprovedById: siteIds['lars.holm'],
      HandlerNotifiedAt: '2020-01-02T10:05:00Z',
      History: '[]'
    });
    const id = (added as { Id?: number; data?: { Id: number } }).Id ?? (added as { data: { Id: number } }).data.Id;

    const seen = (await servicesAs(emulator, 'maria.berg').handling.get(id))!.deviation;
    expect(seen.reporter!.email).toBe(upn('anna.svensson'));
    expect(seen.caseNumber).toMatch(new RegExp(`^AVV-${new Date().getFullYear()}-`));
    expect(Date.now() - Date.parse(seen.reportedAt)).toBeLessThan(24 * 3600 * 1000);
    expect(seen).toMatchObject({ status: 'Ny', feedback: undefined, closedAt: undefined, approvedBy: undefined, handlerNotifiedAt: undefined, asReported: true });
    expect(seen.history.map((entry) => [entry.byEmail, entry.to])).toEqual([[upn('anna.svensson'), 'Ny']]);
    // Never among Lars's own reports, though its Reporter field names him.
    expect((await servicesAs(emulator, 'lars.holm').reporting.myReports()).some((d) => d.id === id)).toBe(false);

    // Maria's first step seals it: the stored fields now say what was shown.
    const result = await servicesAs(emulator, 'maria.berg').handling.transition(seen, 'Mottagen');
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    const stored = await spAs(emulator, 'maria.berg').web.lists.getByTitle(DEVIATIONS).items.getById(id).select('Status', 'Feedback', 'ClosedAt', 'ApprovedById', 'ReporterId', 'ReportedAt', 'Created')();
    expect(stored).toMatchObject({ Status: 'Mottagen', Feedback: null, ClosedAt: null, ApprovedById: null, ReporterId: siteIds['anna.svensson'] });
    expect(stored.ReportedAt).toBe(stored.Created);
    expect(result.deviation.asReported).toBe(false);
    // Sealed, it is among Anna's reports, and still not Lars's.
    expect((await servicesAs(emulator, 'anna.svensson').reporting.myReports()).filter((d) => d.id === id).map((d) => d.status)).toEqual(['Mottagen']);
    expect((await servicesAs(emulator, 'lars.holm').reporting.myReports()).some((d) => d.id === id)).toBe(false);
  });

  it('has the Trygg function mail the handler once, from the shared mailbox, asked only by those who read the report', async () => {
    const before = emulator.outbox().length;
    const { id, caseNumber } = await annasReport('Larmet i förrådet går inte att återställa.');
    const mails = emulator.outbox().slice(before).filter((mail) => mail.subject.indexOf(caseNumber) >= 0);
    expect(mails.map((mail) => [mail.from.address, mail.to.map((to) => to.address)])).toEqual([[PROTECTED_CASES_MAILBOX, [upn('lars.holm')]]]);
    const stored = (await servicesAs(emulator, 'lars.holm').handling.get(id))!.deviation;
    expect(stored.handlerNotifiedAt).toBeDefined();
    expect(stored.asReported).toBe(false);

    // Asking again mails nobody; a colleague who cannot read the report is told there is no such case.
    const ask = (persona: string): Promise<Response> =>
      fetch(`${emulator.url}${LOCAL_PROTECTED_CASES_PATH}/open-cases/${id}/notify`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Trygg-User': upn(persona) },
        body: '{}'
      });
    expect((await ask('anna.svensson')).status).toBe(200);
    expect((await ask('lars.holm')).status).toBe(200);
    expect((await ask('sara.lind')).status).toBe(404);
    expect(emulator.outbox().slice(before).filter((mail) => mail.subject.indexOf(caseNumber) >= 0)).toHaveLength(1);
  });
});
