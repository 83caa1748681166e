import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setIconOptions } from '@fluentui/react/lib/Styling';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { ISeedData, ISeedItem } from '../../tools/emulator/seed/types';
import { createTryggServices } from '../../src/services/createTryggServices';
import { ITryggServices } from '../../src/services/ITryggServices';
import { descendantUnitIds, IOrganisationUnit } from '../../src/domain/organisation';
import { TryggRoot } from '../../src/components/TryggRoot';
import DeviationInbox from '../../src/webparts/deviationInbox/components/DeviationInbox';

jest.setTimeout(90000);
// SharePoint loads Fluent's icon font; the test page has none, and the names are not under test.
setIconOptions({ disableWarnings: true });
// Every save goes through SharePoint's REST API on the emulator; on a busy machine one takes seconds.
configure({ asyncUtilTimeout: 10000 });

const NOW = new Date(REFERENCE_TIME);
let emulator: IRunningEmulator;
let seed: ISeedData;

beforeAll(async () => {
  seed = buildRegionExempel();
  emulator = await startEmulator({ port: 0, seed, now: () => NOW });
});

afterAll(async () => {
  await emulator.close();
});

function servicesFor(personKey: string): ITryggServices {
  return createTryggServices({
    siteUrl: emulator.siteUrl,
    graphBaseUrl: emulator.graphBaseUrl,
    headers: { 'X-Trygg-User': `${personKey}@regionexempel.se` },
    now: () => NOW
  });
}

function seededCase(predicate: (values: ISeedItem['values']) => boolean): ISeedItem {
  const found = seed.items.deviations.filter((item) => predicate(item.values))[0];
  if (!found) throw new Error('The seed has no such case');
  return found;
}

/** The cases Lars answers for according to the seed: his own, and those on the units he manages. */
function seededCaseIdsFor(managerKey: string): number[] {
  const units: IOrganisationUnit[] = seed.items.units.map((item) => ({
    id: item.Id,
    title: String(item.values.Title),
    code: String(item.values.UnitCode),
    level: 'Enhet',
    parentId: typeof item.values.ParentUnit === 'number' ? item.values.ParentUnit : undefined,
    managerAbsent: item.values.ManagerAbsent === true
  }));
  const managed = seed.items.units.filter((item) => item.values.UnitManager === managerKey).map((item) => item.Id);
  const unitIds = new Set(managed.flatMap((id) => descendantUnitIds(units, id)));
  return seed.items.deviations
    .filter((item) => item.values.Handler === managerKey || unitIds.has(item.values.Unit as number))
    .map((item) => item.Id)
    .sort((a, b) => a - b);
}

function renderInbox(services: ITryggServices, initialCaseId?: number): ReturnType<typeof render> {
  return render(
    <TryggRoot>
      <DeviationInbox services={services} initialCaseId={initialCaseId} />
    </TryggRoot>
  );
}

function section(id: string): HTMLElement {
  const element = document.querySelector(`[data-section="${id}"]`);
  if (!element) throw new Error(`No section ${id}`);
  return element as HTMLElement;
}

/** Fluent's Dropdown: open it by its label and pick the option. */
async function choose(user: ReturnType<typeof userEvent.setup>, scope: HTMLElement, label: string, option: string): Promise<void> {
  const labelElement = within(scope).getByText(label, { selector: 'label' });
  await user.click(scope.querySelector(`[role="combobox"][aria-labelledby~="${labelElement.id}"]`) as HTMLElement);
  await user.click(await screen.findByRole('option', { name: option }));
}

async function savedOk(): Promise<void> {
  await screen.findByText('Ändringen är sparad.');
}

describe('DeviationInbox', () => {
  it("lists Lars's cases, newest first, and no one else's", async () => {
    const user = userEvent.setup();
    const { container } = renderInbox(servicesFor('lars.holm'));
    await screen.findByRole('heading', { level: 2, name: 'Avvikelser att hantera' });
    await user.click(await screen.findByRole('button', { name: /^Alla \(\d+\)$/ }));

    const shownIds = Array.from(container.querySelectorAll('[data-case-id]')).map((row) => Number(row.getAttribute('data-case-id')));
    const expected = seededCaseIdsFor('lars.holm');
    expect(expected.length).toBeGreaterThan(3);
    expect(shownIds.slice().sort((a, b) => a - b)).toEqual(expected);

    // Ortopedavdelning 12's cases go to Johan Falk, not to Lars.
    const johansCase = seededCase((v) => v.Reporter === 'sara.lind');
    expect(shownIds).not.toContain(johansCase.Id);

    // Newest report first.
    const reported = shownIds.map((id) => String(seed.items.deviations.filter((item) => item.Id === id)[0].values.ReportedAt));
    expect(reported).toEqual(reported.slice().sort().reverse());

    // The status chips count what the list holds.
    const newCount = seed.items.deviations.filter((item) => expected.indexOf(item.Id) >= 0 && item.values.Status === 'Ny').length;
    expect(screen.getByRole('button', { name: `Ny (${newCount})` })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: `Ny (${newCount})` }));
    expect(container.querySelectorAll('[data-case-id]')).toHaveLength(newCount);
    expect(screen.getByRole('button', { name: `Ny (${newCount})` }).getAttribute('aria-pressed')).toBe('true');
  });

  it('takes a case from Ny to Avslutad: acknowledge, classify, cause, action, feedback, close', async () => {
    const user = userEvent.setup();
    const services = servicesFor('lars.holm');
    const target = seededCase((v) => v.Reporter === 'anna.svensson' && v.Status === 'Ny' && v.Title === 'Utrymningsväg blockerad av sängar och vagnar');
    const { container } = renderInbox(services);

    // Open the case from the list.
    const row = await waitFor(() => {
      const element = container.querySelector(`[data-case-id="${target.Id}"] button`);
      expect(element).toBeTruthy();
      return element as HTMLElement;
    });
    await user.click(row);
    await screen.findByRole('heading', { level: 2, name: /Utrymningsväg blockerad/ });

    // Acknowledge.
    await user.click(within(section('trygg-case-decision')).getByRole('button', { name: 'Ta emot ärendet' }));
    await savedOk();
    expect(container.querySelector('[data-case-view] [data-status]')!.textContent).toBe('Mottagen');

    // "Börja utreda" says why it cannot be taken until the case is classified.
    const decision = (): HTMLElement => section('trygg-case-decision');
    if (!target.values.DeviationType || !target.values.ActualConsequence) {
      expect(within(decision()).getByText(/Ärendet är inte klassat/)).toBeTruthy();
    }

    // Classify.
    const classification = section('trygg-case-classification');
    await choose(user, classification, 'Typ', 'Riskobservation');
    await choose(user, classification, 'Säkerhetsområde', 'Brandsäkerhet');
    await choose(user, classification, 'Faktisk konsekvens', '1 Försumbar');
    await choose(user, classification, 'Möjlig konsekvens', '4 Allvarlig');
    expect(within(section('trygg-case-classification')).queryByText('MSB-kategori', { selector: 'label' })).toBeNull();
    const saveClassification = within(section('trygg-case-classification')).queryByRole('button', { name: 'Spara klassning' });
    if (saveClassification && !(saveClassification as HTMLButtonElement).disabled) {
      await user.click(saveClassification);
      await savedOk();
    }

    await user.click(within(decision()).getByRole('button', { name: 'Börja utreda' }));
    await savedOk();

    // One cause in Organisation.
    await user.click(within(section('trygg-case-causes')).getByRole('button', { name: 'Lägg till orsak' }));
    await choose(user, section('trygg-case-causes'), 'Kategori', 'Organisation');
    await user.type(within(section('trygg-case-causes')).getByLabelText('Orsak'), 'Förrådet räcker inte till.');
    await user.click(within(section('trygg-case-causes')).getByRole('button', { name: 'Spara orsaker' }));
    await savedOk();

    // One action, owner from the directory.
    const actions = (): HTMLElement => section('trygg-case-actions');
    await user.type(within(actions()).getByLabelText('Åtgärd'), 'Anvisa uppställningsplats');
    await user.type(document.getElementById('trygg-action-owner-input') as HTMLElement, 'Lars');
    await user.click(await screen.findByRole('option', { name: /Lars Holm/ }));
    fireEvent.change(within(actions()).getByLabelText('Klar senast'), { target: { value: '2026-12-15' } });
    await user.click(within(actions()).getByRole('button', { name: 'Lägg till åtgärd' }));
    await waitFor(() => expect(actions().querySelectorAll('[data-action-id]')).toHaveLength(1));

    await user.click(within(decision()).getByRole('button', { name: 'Gå vidare till åtgärder' }));
    await savedOk();

    // Closing is blocked, and the page says why before anyone clicks.
    const close = within(decision()).getByRole('button', { name: 'Avsluta ärendet' });
    expect(close.getAttribute('aria-disabled') === 'true' || (close as HTMLButtonElement).disabled).toBe(true);
    expect(within(decision()).getByText('1 åtgärd är inte klar.')).toBeTruthy();
    expect(within(decision()).getByText('Rapportören har inte fått återkoppling.')).toBeTruthy();

    // Mark the action done, then give feedback.
    await user.click(within(actions()).getByRole('button', { name: 'Markera åtgärden Anvisa uppställningsplats som klar' }));
    await waitFor(() => expect(actions().querySelector('[data-action-status="Klar"]')).toBeTruthy());
    expect(within(decision()).queryByText('1 åtgärd är inte klar.')).toBeNull();

    await user.type(within(section('trygg-case-feedback')).getByLabelText('Återkoppling'), 'Tack! Vi har anvisat en uppställningsplats.');
    await user.click(within(section('trygg-case-feedback')).getByRole('button', { name: 'Spara och skicka återkoppling' }));
    await screen.findByText('Återkopplingen är sparad och skickad till rapportören.');

    await user.click(within(decision()).getByRole('button', { name: 'Avsluta ärendet' }));
    await savedOk();
    expect(container.querySelector('[data-case-view] [data-status]')!.textContent).toBe('Avslutad');

    // Stored, as a fresh reader sees it.
    const stored = await servicesFor('peter.sjoberg').handling.get(target.Id);
    expect(stored!.deviation).toMatchObject({
      status: 'Avslutad',
      type: 'Riskobservation',
      area: 'Brandsäkerhet',
      actualConsequence: '1 Försumbar',
      potentialConsequence: '4 Allvarlig',
      mtoCauses: [{ category: 'Organisation', text: 'Förrådet räcker inte till.' }],
      feedback: 'Tack! Vi har anvisat en uppställningsplats.'
    });
    expect(stored!.deviation.acknowledgedAt).toBeTruthy();
    expect(stored!.deviation.closedAt).toBeTruthy();
    expect(stored!.actions.map((action) => [action.title, action.status, action.owner && action.owner.displayName])).toEqual([
      ['Anvisa uppställningsplats', 'Klar', 'Lars Holm']
    ]);
    expect(stored!.deviation.history.map((entry) => entry.to)).toEqual(['Ny', 'Mottagen', 'Utreds', 'Åtgärdas', 'Avslutad']);

    // The reporter got the feedback by mail, as plain text.
    const mail = emulator.outbox().filter((m) => m.subject.indexOf(stored!.deviation.caseNumber) >= 0 && /Återkoppling/.test(m.subject));
    expect(mail).toHaveLength(1);
    expect(mail[0].to.map((r) => r.address)).toEqual(['anna.svensson@regionexempel.se']);
    expect(mail[0].bodyContentType).toBe('Text');
    expect(mail[0].body).toContain('Tack! Vi har anvisat en uppställningsplats.');
  });

  it('refuses to close a case with an open action, in the service as on the page', async () => {
    const services = servicesFor('lars.holm');
    const target = seededCase((v) => v.Status === 'Åtgärdas' && v.Handler === 'lars.holm');
    let loaded = await services.handling.get(target.Id);
    if (loaded!.actions.every((action) => action.status === 'Klar')) {
      // The seed may have finished this case's actions: decide one more.
      const lars = await services.directory.search('Lars Holm');
      await services.handling.addAction(loaded!.deviation, 'Följ upp efter en månad', lars[0], '2026-12-20T00:00:00.000Z');
      loaded = await services.handling.get(target.Id);
    }
    const open = loaded!.actions.filter((action) => action.status !== 'Klar');
    expect(open.length).toBeGreaterThan(0);

    const result = await services.handling.transition(loaded!.deviation, 'Avslutad');
    expect(result.kind).toBe('blocked');
    expect(result.kind === 'blocked' && result.blockers).toContain('openActions');

    renderInbox(services, target.Id);
    await screen.findByRole('heading', { level: 2, name: new RegExp(loaded!.deviation.caseNumber) });
    const decision = section('trygg-case-decision');
    const expectedText = open.length === 1 ? '1 åtgärd är inte klar.' : `${open.length} åtgärder är inte klara.`;
    expect(within(decision).getByText(expectedText)).toBeTruthy();
    expect((await servicesFor('peter.sjoberg').handling.get(target.Id))!.deviation.status).toBe('Åtgärdas');
  });

  it('shows both versions when someone else saved first, and overwrites nothing', async () => {
    const user = userEvent.setup();
    const lars = servicesFor('lars.holm');
    const target = seededCase((v) => v.Reporter === 'anna.svensson' && v.Status === 'Mottagen');
    renderInbox(lars, target.Id);
    await screen.findByRole('heading', { level: 2, name: /·/ });

    // Lars starts classifying …
    await choose(user, section('trygg-case-classification'), 'Faktisk konsekvens', '3 Betydande');

    // … while the regional security chief saves the same case from another browser.
    const peter = servicesFor('peter.sjoberg');
    const before = (await peter.handling.get(target.Id))!.deviation;
    const theirs = await peter.handling.classify(before, { actualConsequence: '2 Lindrig', potentialConsequence: '4 Allvarlig' });
    expect(theirs.kind).toBe('saved');

    await user.click(within(section('trygg-case-classification')).getByRole('button', { name: 'Spara klassning' }));
    const conflict = await screen.findByRole('region', { name: 'Någon annan har ändrat ärendet' });
    const actualRow = conflict.querySelector('[data-conflict-field="actualConsequence"]') as HTMLElement;
    expect(actualRow.querySelector('[data-side="mine"]')!.textContent).toBe('3 Betydande');
    expect(actualRow.querySelector('[data-side="theirs"]')!.textContent).toBe('2 Lindrig');
    expect(actualRow.getAttribute('data-differs')).toBe('true');
    const potentialRow = conflict.querySelector('[data-conflict-field="potentialConsequence"]') as HTMLElement;
    expect(potentialRow.querySelector('[data-side="theirs"]')!.textContent).toBe('4 Allvarlig');

    // Nothing was overwritten: the store holds Peter's version.
    let stored = (await peter.handling.get(target.Id))!.deviation;
    expect([stored.actualConsequence, stored.potentialConsequence]).toEqual(['2 Lindrig', '4 Allvarlig']);

    // Lars takes the stored version and applies his change to it again.
    await user.click(within(conflict).getByRole('button', { name: 'Utgå från den sparade versionen och spara min ändring igen' }));
    await savedOk();
    expect(screen.queryByRole('region', { name: 'Någon annan har ändrat ärendet' })).toBeNull();
    stored = (await peter.handling.get(target.Id))!.deviation;
    // His field is his, Peter's other field is kept.
    expect([stored.actualConsequence, stored.potentialConsequence]).toEqual(['3 Betydande', '4 Allvarlig']);
  });

  it('lets the handler discard their change after a conflict', async () => {
    const user = userEvent.setup();
    const lars = servicesFor('lars.holm');
    const target = seededCase((v) => v.Reporter === 'anna.svensson' && v.Status === 'Utreds');
    renderInbox(lars, target.Id);
    await screen.findByRole('heading', { level: 2, name: /·/ });

    await user.type(within(section('trygg-case-feedback')).getByLabelText('Återkoppling'), 'Min text');
    const peter = servicesFor('peter.sjoberg');
    const before = (await peter.handling.get(target.Id))!.deviation;
    expect((await peter.handling.giveFeedback(before, 'Peters återkoppling')).kind).toBe('saved');

    await user.click(within(section('trygg-case-feedback')).getByRole('button', { name: 'Spara och skicka återkoppling' }));
    const conflict = await screen.findByRole('region', { name: 'Någon annan har ändrat ärendet' });
    const row = conflict.querySelector('[data-conflict-field="feedback"]') as HTMLElement;
    expect(row.querySelector('[data-side="theirs"]')!.textContent).toBe('Peters återkoppling');
    expect(row.querySelector('[data-side="mine"]')!.textContent).toContain('Min text');

    await user.click(within(conflict).getByRole('button', { name: 'Släng min ändring' }));
    expect(screen.queryByRole('region', { name: 'Någon annan har ändrat ärendet' })).toBeNull();
    expect((within(section('trygg-case-feedback')).getByLabelText('Återkoppling') as HTMLTextAreaElement).value).toBe('Peters återkoppling');
    expect((await peter.handling.get(target.Id))!.deviation.feedback).toBe('Peters återkoppling');
  });

  it('hands a case over to a person picked from the directory, who is told by mail', async () => {
    const user = userEvent.setup();
    const target = seededCase((v) => v.Reporter === 'anna.svensson' && v.Status === 'Mottagen');
    const { container } = renderInbox(servicesFor('lars.holm'), target.Id);
    await screen.findByRole('heading', { level: 2, name: /·/ });

    const reassign = section('trygg-case-reassign');
    await user.type(document.getElementById('trygg-reassign-to-input') as HTMLElement, 'Johan');
    await user.click(await screen.findByRole('option', { name: /Johan Falk/ }));
    await user.type(within(reassign).getByLabelText('Meddelande till den nya handläggaren (valfritt)'), 'Du har semesterveckan.');
    await user.click(within(reassign).getByRole('button', { name: 'Lämna över' }));
    await savedOk();
    expect(container.textContent).toContain('Handläggare: Johan Falk');

    const stored = (await servicesFor('peter.sjoberg').handling.get(target.Id))!.deviation;
    expect(stored.handler!.displayName).toBe('Johan Falk');
    expect(stored.routingReason).toBe('Omfördelad');
    expect(stored.history[stored.history.length - 1].note).toBe('Omfördelad: Johan Falk – Du har semesterveckan.');
    const mail = emulator.outbox().filter((m) => m.subject.indexOf(stored.caseNumber) >= 0 && m.to.some((r) => r.address === 'johan.falk@regionexempel.se'));
    expect(mail).toHaveLength(1);
  });

  it('asks for the MSB category only for information and IT security', async () => {
    const user = userEvent.setup();
    const target = seededCase((v) => v.Reporter === 'sara.lind' && v.Status === 'Ny');
    renderInbox(servicesFor('johan.falk'), target.Id);
    await screen.findByRole('heading', { level: 2, name: /·/ });
    const msbLabel = (): HTMLElement | null => within(section('trygg-case-classification')).queryByText('MSB-kategori', { selector: 'label' });

    await choose(user, section('trygg-case-classification'), 'Säkerhetsområde', 'IT-säkerhet');
    expect(msbLabel()).toBeTruthy();
    await choose(user, section('trygg-case-classification'), 'Säkerhetsområde', 'Skalskydd');
    expect(msbLabel()).toBeNull();
  });

  it('lets the security function approve a sensitive case, and only them', async () => {
    const user = userEvent.setup();
    const target = seededCase((v) => v.SecurityArea === 'Hot och våld' && v.Status === 'Åtgärdas' && !v.SecurityApprovedAt);

    const asLars = renderInbox(servicesFor('lars.holm'), target.Id);
    await screen.findByRole('heading', { level: 2, name: /·/ });
    expect(within(section('trygg-case-approval')).getByText(/väntar på säkerhetsfunktionens godkännande/)).toBeTruthy();
    expect(within(section('trygg-case-approval')).queryByRole('button', { name: 'Godkänn' })).toBeNull();
    asLars.unmount();

    renderInbox(servicesFor('peter.sjoberg'), target.Id);
    await screen.findByRole('heading', { level: 2, name: /·/ });
    await user.click(within(section('trygg-case-approval')).getByRole('button', { name: 'Godkänn' }));
    await savedOk();
    expect(within(section('trygg-case-approval')).getByText(/^Godkänt av Peter Sjöberg/)).toBeTruthy();
    const stored = (await servicesFor('lars.holm').handling.get(target.Id))!.deviation;
    expect(stored.securityApprovedAt).toBeTruthy();
    expect(stored.securityApprovedBy!.displayName).toBe('Peter Sjöberg');
  });

  it('shows typed HTML as inert text', async () => {
    const anna = servicesFor('anna.svensson');
    const annasUnit = seededCase((v) => v.Reporter === 'anna.svensson').values.Unit as number;
    const typed = '<img src=x onerror="window.__trygg_pwned=1"><b>fet</b><script>window.__trygg_pwned=2</script>\nrad två';
    const outcome = await anna.reporting.report(
      {
        title: '<i>Rubrik</i> med markup',
        description: typed,
        occurredAt: new Date(NOW.getTime() - 3600000).toISOString(),
        unitId: annasUnit,
        involvesPersonalData: false,
        suspectedCrime: false
      },
      'a1b2c3d4-0000-4000-8000-00000000f00d'
    );
    expect(outcome.kind).toBe('sent');
    const id = outcome.kind === 'sent' ? outcome.deviation.id : 0;

    const { container } = renderInbox(servicesFor('lars.holm'), id);
    const heading = await screen.findByRole('heading', { level: 2, name: /Rubrik/ });
    expect(heading.textContent).toContain('<i>Rubrik</i> med markup');
    expect(heading.querySelector('i')).toBeNull();

    const description = container.querySelector('[data-field="description"]') as HTMLElement;
    expect(description.textContent).toBe(typed);
    expect(description.querySelector('img, b, script')).toBeNull();
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect((window as unknown as { __trygg_pwned?: number }).__trygg_pwned).toBeUndefined();
  });
});
