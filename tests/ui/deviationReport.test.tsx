import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { queuedIds, ReportHarness, upn } from './deviationReport.harness';
import { titleFor } from '../../src/domain/deviations/draftValidation';
import { unitAncestry } from '../../src/domain/organisation';
import { localDate } from '../../src/webparts/deviationReport/components/form/reportFormValues';
import { protectedDeviationsList } from '../../src/schema/lists';
import { odataString } from '../../src/services/odata';
import { createSp } from '../../src/services/createTryggServices';
import { PROTECTED_CASES_MAILBOX } from '../../tools/emulator/functions/protectedCases';
import { buildRegionExempel } from '../../tools/emulator/seed/regionExempel';
import { ISeedPerson } from '../../tools/emulator/seed/types';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

const harness = new ReportHarness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());
afterEach(() => harness.emulator.faults.clear());

const valueOf = (element: HTMLElement): string => (element as HTMLInputElement).value;
const hasFocus = (element: HTMLElement): boolean => document.activeElement === element;

async function formReady(): Promise<HTMLElement> {
  const description = await screen.findByRole('textbox', { name: 'Vad hände?' });
  // The reporter's own unit is preset once the directory has answered.
  await waitFor(() => expect(valueOf(screen.getByRole('combobox', { name: /Enhet där det hände/ }))).not.toBe(''));
  // Enabled once the signed-in user is known: reports are kept per user.
  const send = screen.getByRole('button', { name: 'Skicka rapport' });
  await waitFor(() => expect(send.hasAttribute('disabled') || send.getAttribute('aria-disabled') === 'true').toBe(false));
  return description;
}

/** The case number on the receipt: AVV-… for an open case, SKY-… for a protected one. */
async function receiptCaseNumber(prefix: 'AVV' | 'SKY' = 'AVV'): Promise<string> {
  const caseNumber = await screen.findByText(new RegExp(`^${prefix}-\\d{4}-\\d{5}$`), {}, { timeout: 20000 });
  return caseNumber.textContent || '';
}

describe('DeviationReport (Swedish, real services against the emulator)', () => {
  it('sends a report to the reporter’s manager, stores the case, mails the manager and shows the receipt', async () => {
    const user = userEvent.setup();
    const { services } = harness.renderAs('anna.svensson');
    const description = await formReady();
    expect(valueOf(screen.getByRole('combobox', { name: /Enhet där det hände/ }))).toBe('Akutmottagningen');
    expect(valueOf(screen.getByLabelText('Datum'))).toBe(localDate(new Date()));

    await user.type(description, 'Dörren till läkemedelsrummet stod uppställd under natten.');
    await user.type(screen.getByRole('textbox', { name: 'Plats' }), 'Korridor B, plan 1');
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    const caseNumber = await receiptCaseNumber();
    expect(hasFocus(screen.getByRole('heading', { name: 'Tack! Rapporten är skickad' }))).toBe(true);
    expect(screen.getByText('Rapporten gick till din chef Lars Holm.')).toBeTruthy();
    // An ordinary report is an open case.
    expect(screen.queryByText(/skyddat ärende/)).toBeNull();

    const mine = await services.reporting.myReports();
    const stored = mine.filter((deviation) => deviation.caseNumber === caseNumber)[0];
    expect(stored).toEqual(
      expect.objectContaining({
        title: 'Dörren till läkemedelsrummet stod uppställd under natten.',
        location: 'Korridor B, plan 1',
        store: 'open',
        involvesPersonalData: false,
        sensitive: false,
        status: 'Ny',
        routingReason: 'Chef',
        unit: expect.objectContaining({ title: 'Akutmottagningen' })
      })
    );
    expect(stored.handler && stored.handler.email).toBe(upn('lars.holm'));
    const mails = harness.emulator.outbox().filter((mail) => mail.subject.indexOf(caseNumber) >= 0);
    expect(mails).toHaveLength(1);
    expect(mails[0].to.map((to) => to.address)).toEqual([upn('lars.holm')]);
    // Sent by the Trygg function from the shared mailbox: the reporter cannot mark her report notified.
    expect(mails[0].from.address).toBe(PROTECTED_CASES_MAILBOX);

    await user.click(screen.getByRole('button', { name: 'Rapportera en till' }));
    expect(valueOf(await screen.findByRole('textbox', { name: 'Vad hände?' }))).toBe('');
  });

  it('sends a report on personal data as a protected case that only the reporter, the manager and the security function can read', async () => {
    const user = userEvent.setup();
    const { services } = harness.renderAs('anna.svensson');
    const description = await formReady();
    await user.type(description, 'Patientlistor låg framme på disken i receptionen under natten.');
    await user.type(screen.getByRole('textbox', { name: 'Plats' }), 'Receptionen, plan 1');
    await user.click(screen.getByRole('checkbox', { name: 'Händelsen rör personuppgifter' }));
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    // Through the protected-cases function: a SKY number, routed as any report, to her manager.
    const caseNumber = await receiptCaseNumber('SKY');
    expect(hasFocus(screen.getByRole('heading', { name: 'Tack! Rapporten är skickad' }))).toBe(true);
    expect(screen.getByText('Rapporten gick till din chef Lars Holm.')).toBeTruthy();
    expect(screen.getByText('Rapporten är ett skyddat ärende: bara du, handläggaren och säkerhetsfunktionen kan läsa den.')).toBeTruthy();

    const stored = (await services.reporting.myReports()).filter((deviation) => deviation.caseNumber === caseNumber)[0];
    expect(stored).toEqual(
      expect.objectContaining({
        title: 'Patientlistor låg framme på disken i receptionen under natten.',
        location: 'Receptionen, plan 1',
        store: 'protected',
        involvesPersonalData: true,
        sensitive: true,
        status: 'Ny',
        routingReason: 'Chef',
        unit: expect.objectContaining({ title: 'Akutmottagningen' })
      })
    );
    expect(stored.handler && stored.handler.email).toBe(upn('lars.holm'));
    expect(stored.reporter && stored.reporter.email).toBe(upn('anna.svensson'));

    // Lars is told once, from Trygg's mailbox: the function sends it, not Anna.
    const mails = harness.emulator.outbox().filter((mail) => mail.subject.indexOf(caseNumber) >= 0);
    expect(mails).toHaveLength(1);
    expect(mails[0].to.map((to) => to.address)).toEqual([upn('lars.holm')]);
    expect(mails[0].from.address).toBe(PROTECTED_CASES_MAILBOX);

    // Who can read it, with plain PnPjs as each person: the reporter, the handler and the security
    // function; not a colleague on the unit, the manager above, the hospital's security coordinator
    // or another manager.
    const region = buildRegionExempel();
    const person = (key: string): ISeedPerson => region.people.filter((p) => p.key === key)[0];
    const colleague = region.people.filter((p) => p.department === person('anna.svensson').department && p.key !== 'anna.svensson' && p.key !== 'lars.holm')[0];
    const larsManager = person('lars.holm').managerKey as string;
    const readers = ['anna.svensson', 'lars.holm', 'peter.sjoberg'];
    const others = [colleague.key, larsManager, 'maria.berg', 'johan.falk'];
    const canRead = async (key: string): Promise<boolean> => {
      const sp = createSp({ siteUrl: harness.emulator.siteUrl, graphBaseUrl: harness.emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn(key) } });
      try {
        const found: unknown[] = await sp.web.lists.getByTitle(protectedDeviationsList.title).items.filter(`ClientRequestId eq ${odataString(stored.clientRequestId)}`)();
        return found.length > 0;
      } catch (error) {
        // Granted nothing in the list at all: SharePoint answers 404 for the list.
        if ((error as { status?: number }).status === 404) return false;
        throw error;
      }
    };
    const access: Record<string, boolean> = {};
    for (const key of [...readers, ...others]) access[key] = await canRead(key);
    expect(access).toEqual(Object.fromEntries([...readers.map((key) => [key, true]), ...others.map((key) => [key, false])]));
    // And the services agree: the case number opens it for Lars, not for Maria.
    expect((await harness.services('lars.holm').handling.get(caseNumber))!.deviation.caseNumber).toBe(caseNumber);
    expect(await harness.services('maria.berg').handling.get(caseNumber)).toBeUndefined();
  });

  it('tells the reporter when the manager is absent and the substitute received the report', async () => {
    const user = userEvent.setup();
    harness.renderAs('sara.lind');
    await user.type(await formReady(), 'Brandlarmet löste ut utan att någon fick information.');
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));
    await receiptCaseNumber();
    expect(screen.getByText('Din chef är frånvarande, så rapporten gick till ersättaren Johan Falk.')).toBeTruthy();
  });

  it('tells a reporter without a manager that the unit’s security coordinator received the report', async () => {
    const user = userEvent.setup();
    const { services } = harness.renderAs('olle.ek');
    await user.type(await formReady(), 'Ett delat konto används fortfarande på driftservern.');
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));
    await receiptCaseNumber();

    const [me, units] = await Promise.all([services.directory.me(), services.units.getAll()]);
    const ownUnit = units.filter((unit) => unit.department === me.department)[0];
    const coordinator = unitAncestry(units, ownUnit.id).map((unit) => unit.securityCoordinator).filter((person) => !!person)[0];
    expect(screen.getByText(`Din chef saknas i katalogen, så rapporten gick till säkerhetssamordnaren ${coordinator!.displayName}.`)).toBeTruthy();
  });

  it('shows every error at its field, moves focus to the first and writes nothing', async () => {
    const user = userEvent.setup();
    harness.renderAs('anna.svensson');
    const description = await formReady();
    const postsBefore = harness.emulator.requests.count({ method: 'POST' });

    // Checked when the reporter leaves the field, before any send.
    await user.type(description, 'Kort');
    await user.tab();
    expect(await screen.findByText('Skriv minst 10 tecken.')).toBeTruthy();

    // An empty description and a time tomorrow: both shown on send, focus on the first.
    await user.clear(description);
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const date = screen.getByLabelText('Datum');
    await user.clear(date);
    await user.type(date, localDate(tomorrow));
    await user.type(screen.getByRole('textbox', { name: 'Plats' }), 'Entrén');
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    expect(await screen.findByText('Beskriv vad som hände.')).toBeTruthy();
    expect(screen.getByText('Tidpunkten kan inte vara i framtiden.')).toBeTruthy();
    expect(await screen.findByText('Rapporten är inte skickad. Rätta de 2 markerade fälten.')).toBeTruthy();
    expect(hasFocus(description)).toBe(true);
    expect(description.getAttribute('aria-invalid')).toBe('true');
    // Nothing typed is lost, and nothing reached the server.
    expect(valueOf(screen.getByRole('textbox', { name: 'Plats' }))).toBe('Entrén');
    expect(valueOf(date)).toBe(localDate(tomorrow));
    expect(harness.emulator.requests.count({ method: 'POST' })).toBe(postsBefore);
  });

  it('keeps every character of a place pasted past its limit, says how many are too many, and sends nothing', async () => {
    const user = userEvent.setup();
    harness.renderAs('anna.svensson');
    await user.type(await formReady(), 'Dörren till förrådet stod öppen hela natten.');
    const postsBefore = harness.emulator.requests.count({ method: 'POST' });
    const place = screen.getByRole('textbox', { name: 'Plats' });
    const long = 'Plan 3, korridor B, '.repeat(14); // 280 characters, the limit is 255
    await user.click(place);
    await user.paste(long);
    expect(valueOf(place)).toBe(long);
    expect(await screen.findByText(`Texten är ${long.trim().length - 255} tecken för lång (högst 255). Inget har kortats: korta den själv.`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));
    expect(await screen.findByText(/Rapporten är inte skickad/)).toBeTruthy();
    expect(valueOf(place)).toBe(long);
    expect(harness.emulator.requests.count({ method: 'POST' })).toBe(postsBefore);
  });

  it('shows markup typed in a report, and in the manager’s feedback, as inert text under Mina rapporter', async () => {
    const user = userEvent.setup();
    const { container } = harness.renderAs('anna.svensson');
    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Larmet i entrén tystnade';
    // user-event reads { and [ as key descriptors; markup has neither.
    await user.type(await formReady(), markup);
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));
    const caseNumber = await receiptCaseNumber();

    const manager = harness.services('lars.holm');
    const inbox = await manager.handling.inbox();
    const reported = inbox.filter((deviation) => deviation.caseNumber === caseNumber)[0];
    const feedback = '<b onmouseover="alert(1)">Tack!</b> Vi har bytt batteri i larmet.';
    const answered = await manager.handling.giveFeedback(reported, feedback);
    expect(answered.kind).toBe('saved');

    await user.click(screen.getByRole('tab', { name: 'Mina rapporter' }));
    const item = await waitFor(() => {
      const found = container.querySelector(`[data-case="${caseNumber}"]`);
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(within(item).getByText(titleFor({ title: '', description: markup }))).toBeTruthy();
    expect(within(item).getByText(feedback)).toBeTruthy();
    expect(within(item).getByText('Ny')).toBeTruthy();
    expect(item.querySelector('img, script, b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps a report on the device while SharePoint answers 503 and sends it exactly once later', async () => {
    const user = userEvent.setup();
    const { storage } = harness.renderAs('anna.svensson');
    const description = await formReady();
    harness.emulator.faults.add({ status: 503, retryAfter: 0, path: '/sites/trygg/_api/', percent: 100 });

    await user.type(description, 'Kortläsaren vid personalingången släpper in utan kod.');
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));

    expect(hasFocus(await screen.findByRole('heading', { name: 'Rapporten är sparad på den här enheten' }, { timeout: 20000 }))).toBe(true);
    expect(await screen.findByText(/1 rapport väntar på att skickas\./)).toBeTruthy();
    const [id] = queuedIds(storage, 'anna.svensson');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    harness.emulator.faults.clear();
    await user.click(screen.getByRole('button', { name: 'Skicka nu' }));
    await receiptCaseNumber();
    expect(queuedIds(storage, 'anna.svensson')).toEqual([]);
    expect(await harness.itemsWithClientRequestId(id)).toHaveLength(1);
  });

  it('sends a kept report when the page loads again, once, even if the first attempt landed but its answer was lost', async () => {
    const user = userEvent.setup();
    const first = harness.renderAs('anna.svensson');
    const description = await formReady();
    // The case is added, then the answer is lost: the page cannot know that it arrived.
    harness.emulator.faults.add({ lose: 'status', lostStatus: 500, method: 'POST', path: '/items', count: 1 });
    await user.type(description, 'Reservkraftaggregatet startade inte vid provkörningen.');
    await user.click(screen.getByRole('button', { name: 'Skicka rapport' }));
    await screen.findByRole('heading', { name: 'Rapporten är sparad på den här enheten' }, { timeout: 20000 });
    const [id] = queuedIds(first.storage, 'anna.svensson');
    expect(await harness.itemsWithClientRequestId(id)).toHaveLength(1);

    // A reload: a new page on the same device sends what waits, with the same id.
    first.unmount();
    harness.renderAs('anna.svensson', first.storage);
    expect(await screen.findByText(/Sparade rapporter har nu skickats: AVV-\d{4}-\d{5}\./, {}, { timeout: 20000 })).toBeTruthy();
    expect(queuedIds(first.storage, 'anna.svensson')).toEqual([]);
    expect(await harness.itemsWithClientRequestId(id)).toHaveLength(1);
  });
});
