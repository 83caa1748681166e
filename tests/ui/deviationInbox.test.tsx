import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { ISeedData, ISeedItem } from '../../tools/emulator/seed/types';
import { createTryggServices } from '../../src/services/createTryggServices';
import { ITryggServices } from '../../src/services/ITryggServices';
import { descendantUnitIds, IOrganisationUnit } from '../../src/domain/organisation';
import { formatCaseNumber } from '../../src/domain/deviations/caseNumber';
import { CaseStore } from '../../src/domain/deviations/types';
import { PROTECTED_CASES_MAILBOX } from '../../tools/emulator/functions/protectedCases';
import { TryggRoot } from '../../src/components/TryggRoot';
import DeviationInbox from '../../src/webparts/deviationInbox/components/DeviationInbox';

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

/** The seed's items of one store: open cases, or the protected ones (threats and violence, personal data, crime). */
function casesIn(store: CaseStore): readonly ISeedItem[] {
  return store === 'open' ? seed.items.deviations : seed.items.protectedDeviations;
}

function seededCase(predicate: (values: ISeedItem['values']) => boolean, store: CaseStore = 'open'): ISeedItem {
  const found = casesIn(store).filter((item) => predicate(item.values))[0];
  if (!found) throw new Error(`The seed has no such ${store} case`);
  return found;
}

/** What the inbox shows and opens a case by: AVV-… for an open case, SKY-… for a protected one. */
function caseNumberOf(item: ISeedItem, store: CaseStore = 'open'): string {
  return formatCaseNumber(item.Id, String(item.values.ReportedAt), store);
}

/**
 * The cases a manager answers for according to the seed, by case number: their own, and those on the
 * units they manage; of the protected ones only those they can read at all (as handler or reporter).
 */
function seededCaseNumbersFor(managerKey: string): string[] {
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
  const inInbox = (item: ISeedItem): boolean => item.values.Handler === managerKey || unitIds.has(item.values.Unit as number);
  const readable = (item: ISeedItem): boolean => item.values.Handler === managerKey || item.values.Reporter === managerKey;
  return [
    ...seed.items.deviations.filter(inInbox).map((item) => caseNumberOf(item, 'open')),
    ...seed.items.protectedDeviations.filter((item) => inInbox(item) && readable(item)).map((item) => caseNumberOf(item, 'protected'))
  ].sort();
}

/** Ids of the units a person manages (not those below them). */
function unitsManagedBy(managerKey: string): Set<number> {
  return new Set(seed.items.units.filter((item) => item.values.UnitManager === managerKey).map((item) => item.Id));
}

/** The seed's case behind a case number. */
function seededByCaseNumber(caseNumber: string): ISeedItem {
  const store: CaseStore = caseNumber.indexOf('SKY-') === 0 ? 'protected' : 'open';
  const found = casesIn(store).filter((item) => caseNumberOf(item, store) === caseNumber)[0];
  if (!found) throw new Error(`No seeded case ${caseNumber}`);
  return found;
}

function renderInbox(services: ITryggServices, initialCaseId?: string | number): ReturnType<typeof render> {
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

    const shown = Array.from(container.querySelectorAll('[data-case-id]')).map((row) => String(row.getAttribute('data-case-id')));
    const expected = seededCaseNumbersFor('lars.holm');
    expect(expected.length).toBeGreaterThan(3);
    expect(shown.slice().sort()).toEqual(expected);
    // His protected cases are among them, with their own numbers.
    expect(shown.filter((caseNumber) => /^SKY-\d{4}-\d{5}$/.test(caseNumber)).length).toBeGreaterThan(0);

    // Ortopedavdelning 12's cases go to Johan Falk, not to Lars.
    const johansCase = seededCase((v) => v.Reporter === 'sara.lind');
    expect(shown).not.toContain(caseNumberOf(johansCase));
    // A protected case on Lars's own unit that someone else handles is not his to see.
    const othersProtected = seededCase(
      (v) => unitsManagedBy('lars.holm').has(v.Unit as number) && v.Handler !== 'lars.holm' && v.Reporter !== 'lars.holm',
      'protected'
    );
    expect(shown).not.toContain(caseNumberOf(othersProtected, 'protected'));

    // Newest report first.
    const reported = shown.map((caseNumber) => String(seededByCaseNumber(caseNumber).values.ReportedAt));
    expect(reported).toEqual(reported.slice().sort().reverse());

    // The status chips count what the list holds.
    const newCount = expected.filter((caseNumber) => seededByCaseNumber(caseNumber).values.Status === 'Ny').length;
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
      const element = container.querySelector(`[data-case-id="${caseNumberOf(target)}"] button`);
      expect(element).toBeTruthy();
      return element as HTMLElement;
    });
    await user.click(row);
    await screen.findByRole('heading', { level: 2, name: /Utrymningsväg blockerad/ });
    expect(container.querySelector('[data-case-view]')!.getAttribute('data-case-view')).toBe(caseNumberOf(target));
    expect(container.querySelector('[data-protected-case]')).toBeNull();

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

    // Stored, as a fresh reader sees it: still an open case, under its number.
    const stored = await servicesFor('peter.sjoberg').handling.get(caseNumberOf(target));
    expect(stored!.deviation).toMatchObject({
      store: 'open',
      caseNumber: caseNumberOf(target),
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

  // Lars handles both kinds: an open case on his unit, and Anna's protected one (personal data), which
  // only he and the security function may edit. Peter's classification must differ from the stored one.
  it.each([
    [
      'an open case',
      'open',
      (v: ISeedItem['values']) => unitsManagedBy('lars.holm').has(v.Unit as number) && v.Status === 'Mottagen' && v.PotentialConsequence !== '4 Allvarlig'
    ],
    ['a protected case', 'protected', (v: ISeedItem['values']) => v.Reporter === 'anna.svensson' && v.Status === 'Mottagen']
  ] as const)('shows both versions when someone else saved first, and overwrites nothing (%s)', async (_name, store, predicate) => {
    const user = userEvent.setup();
    const lars = servicesFor('lars.holm');
    const target = seededCase(predicate, store);
    const caseNumber = caseNumberOf(target, store);
    const { container } = renderInbox(lars, caseNumber);
    await screen.findByRole('heading', { level: 2, name: /·/ });
    expect(container.querySelector('[data-case-view]')!.getAttribute('data-case-view')).toBe(caseNumber);

    // Lars starts classifying …
    await choose(user, section('trygg-case-classification'), 'Faktisk konsekvens', '3 Betydande');

    // … while the regional security chief saves the same case from another browser.
    const peter = servicesFor('peter.sjoberg');
    const before = (await peter.handling.get(caseNumber))!.deviation;
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
    let stored = (await peter.handling.get(caseNumber))!.deviation;
    expect([stored.actualConsequence, stored.potentialConsequence]).toEqual(['2 Lindrig', '4 Allvarlig']);

    // Lars takes the stored version and applies his change to it again.
    await user.click(within(conflict).getByRole('button', { name: 'Utgå från den sparade versionen och spara min ändring igen' }));
    await savedOk();
    expect(screen.queryByRole('region', { name: 'Någon annan har ändrat ärendet' })).toBeNull();
    stored = (await peter.handling.get(caseNumber))!.deviation;
    // His field is his, Peter's other field is kept.
    expect([stored.actualConsequence, stored.potentialConsequence]).toEqual(['3 Betydande', '4 Allvarlig']);
  });

  it('lets the handler discard their change after a conflict', async () => {
    const user = userEvent.setup();
    const lars = servicesFor('lars.holm');
    // Anna's cases under investigation are protected ones (threats and violence, personal data).
    const target = seededCase((v) => v.Reporter === 'anna.svensson' && v.Status === 'Utreds', 'protected');
    const caseNumber = caseNumberOf(target, 'protected');
    renderInbox(lars, caseNumber);
    await screen.findByRole('heading', { level: 2, name: /·/ });

    await user.type(within(section('trygg-case-feedback')).getByLabelText('Återkoppling'), 'Min text');
    const peter = servicesFor('peter.sjoberg');
    const before = (await peter.handling.get(caseNumber))!.deviation;
    expect((await peter.handling.giveFeedback(before, 'Peters återkoppling')).kind).toBe('saved');

    await user.click(within(section('trygg-case-feedback')).getByRole('button', { name: 'Spara och skicka återkoppling' }));
    const conflict = await screen.findByRole('region', { name: 'Någon annan har ändrat ärendet' });
    const row = conflict.querySelector('[data-conflict-field="feedback"]') as HTMLElement;
    expect(row.querySelector('[data-side="theirs"]')!.textContent).toBe('Peters återkoppling');
    expect(row.querySelector('[data-side="mine"]')!.textContent).toContain('Min text');

    await user.click(within(conflict).getByRole('button', { name: 'Släng min ändring' }));
    expect(screen.queryByRole('region', { name: 'Någon annan har ändrat ärendet' })).toBeNull();
    expect((within(section('trygg-case-feedback')).getByLabelText('Återkoppling') as HTMLTextAreaElement).value).toBe('Peters återkoppling');
    expect((await peter.handling.get(caseNumber))!.deviation.feedback).toBe('Peters återkoppling');
  });

  it.each([
    ['an open case', 'open', (v: ISeedItem['values']) => v.Handler === 'lars.holm' && v.Status === 'Mottagen'],
    ['a protected case', 'protected', (v: ISeedItem['values']) => v.Reporter === 'anna.svensson' && v.Status === 'Mottagen']
  ] as const)('hands %s over to a person picked from the directory, who is told by mail', async (_name, store, predicate) => {
    const user = userEvent.setup();
    const target = seededCase(predicate, store);
    const caseNumber = caseNumberOf(target, store);
    const { container } = renderInbox(servicesFor('lars.holm'), caseNumber);
    await screen.findByRole('heading', { level: 2, name: /·/ });
    expect(container.querySelector('[data-protected-case]') !== null).toBe(store === 'protected');

    const reassign = section('trygg-case-reassign');
    await user.type(document.getElementById('trygg-reassign-to-input') as HTMLElement, 'Johan');
    await user.click(await screen.findByRole('option', { name: /Johan Falk/ }));
    await user.type(within(reassign).getByLabelText('Meddelande till den nya handläggaren (valfritt)'), 'Du har semesterveckan.');
    await user.click(within(reassign).getByRole('button', { name: 'Lämna över' }));
    await savedOk();
    expect(container.textContent).toContain('Handläggare: Johan Falk');

    const stored = (await servicesFor('peter.sjoberg').handling.get(caseNumber))!.deviation;
    expect(stored.caseNumber).toBe(caseNumber);
    expect(stored.handler!.displayName).toBe('Johan Falk');
    expect(stored.routingReason).toBe('Omfördelad');
    expect(stored.history[stored.history.length - 1].note).toBe('Omfördelad: Johan Falk – Du har semesterveckan.');
    const mail = emulator.outbox().filter((m) => m.subject.indexOf(stored.caseNumber) >= 0 && m.to.some((r) => r.address === 'johan.falk@regionexempel.se'));
    expect(mail).toHaveLength(1);
    // Every mail comes from Trygg's mailbox: no web part sends mail as the user.
    expect(mail[0].from.address).toBe(PROTECTED_CASES_MAILBOX);
    if (store === 'open') return;
    // A protected case's access goes with it: Johan reads it now, Lars no longer does, and Anna
    // still follows her report.
    expect((await servicesFor('johan.falk').handling.get(caseNumber))!.deviation.handler!.displayName).toBe('Johan Falk');
    expect(await servicesFor('lars.holm').handling.get(caseNumber)).toBeUndefined();
    expect((await servicesFor('anna.svensson').handling.get(caseNumber))!.deviation.caseNumber).toBe(caseNumber);
  });

  it('offers only people who may handle cases for a handover, never the reporter', async () => {
    const user = userEvent.setup();
    const target = seededCase((v) => v.Handler === 'lars.holm' && v.Reporter === 'anna.svensson' && v.Status !== 'Avslutad' && v.Status !== 'Avvisad');
    renderInbox(servicesFor('lars.holm'), caseNumberOf(target, 'open'));
    await screen.findByRole('heading', { level: 2, name: /·/ });
    const input = document.getElementById('trygg-reassign-to-input') as HTMLElement;
    // Helena owns documents and handles no cases; Anna reported this one.
    for (const name of ['Helena', 'Anna Svensson']) {
      await user.clear(input);
      await user.type(input, name);
      expect((await screen.findAllByText('Ingen person hittades')).length).toBeGreaterThan(0);
      expect(screen.queryByRole('option', { name: new RegExp(name) })).toBeNull();
    }
    await user.clear(input);
    await user.type(input, 'Maria');
    expect(await screen.findByRole('option', { name: /Maria Berg/ })).toBeTruthy();
  });

  it('keeps every character past a limit and says how many are too many; refuses a due date long gone', async () => {
    const user = userEvent.setup();
    const target = seededCase((v) => v.Handler === 'lars.holm' && (v.Status === 'Utreds' || v.Status === 'Åtgärdas'));
    renderInbox(servicesFor('lars.holm'), caseNumberOf(target, 'open'));
    await screen.findByRole('heading', { level: 2, name: /·/ });

    const causes = section('trygg-case-causes');
    await user.click(within(causes).getByRole('button', { name: 'Lägg till orsak' }));
    const fields = within(causes).getAllByRole('textbox', { name: /Orsak/ });
    const added = fields[fields.length - 1] as HTMLTextAreaElement;
    // Only spaces: said, and not saved.
    await user.type(added, '   ');
    expect(await within(causes).findByText('Skriv något, inte bara blanksteg.')).toBeTruthy();
    expect((within(causes).getByRole('button', { name: 'Spara orsaker' }) as HTMLButtonElement).disabled).toBe(true);
    // Pasted past the limit: nothing is cut, the field says by how much.
    await user.clear(added);
    await user.click(added);
    await user.paste('x'.repeat(1001));
    expect(added.value).toHaveLength(1001);
    expect(await within(causes).findByText('Texten är 1 tecken för lång (högst 1000). Inget har kortats: korta den själv.')).toBeTruthy();
    expect((within(causes).getByRole('button', { name: 'Spara orsaker' }) as HTMLButtonElement).disabled).toBe(true);
    // Near the limit, a count.
    await user.type(added, '{Backspace}{Backspace}');
    expect(await within(causes).findByText('999 av 1000 tecken')).toBeTruthy();

    // A due date from 1899 is refused at the field.
    const due = within(section('trygg-case-actions')).getByLabelText(/Klar senast/) as HTMLInputElement;
    fireEvent.change(due, { target: { value: '1899-12-31' } });
    expect(await screen.findByText('Datumet har redan passerat: välj i dag eller senare.')).toBeTruthy();
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
    // Threats and violence are protected cases: Lars handles this one, and reads it by its SKY number.
    const target = seededCase((v) => v.SecurityArea === 'Hot och våld' && v.Status === 'Åtgärdas' && !v.SecurityApprovedAt && v.Handler === 'lars.holm', 'protected');
    const caseNumber = caseNumberOf(target, 'protected');
    expect(caseNumber).toMatch(/^SKY-/);

    const asLars = renderInbox(servicesFor('lars.holm'), caseNumber);
    await screen.findByRole('heading', { level: 2, name: /·/ });
    expect(asLars.container.querySelector('[data-case-view]')!.getAttribute('data-case-view')).toBe(caseNumber);
    expect(asLars.container.querySelector('[data-protected-case]')).toBeTruthy();
    expect(within(section('trygg-case-approval')).getByText(/väntar på säkerhetsfunktionens godkännande/)).toBeTruthy();
    expect(within(section('trygg-case-approval')).queryByRole('button', { name: 'Godkänn' })).toBeNull();
    asLars.unmount();

    renderInbox(servicesFor('peter.sjoberg'), caseNumber);
    await screen.findByRole('heading', { level: 2, name: /·/ });
    await user.click(within(section('trygg-case-approval')).getByRole('button', { name: 'Godkänn' }));
    await savedOk();
    expect(within(section('trygg-case-approval')).getByText(/^Godkänt av Peter Sjöberg/)).toBeTruthy();
    const stored = (await servicesFor('lars.holm').handling.get(caseNumber))!.deviation;
    expect(stored.store).toBe('protected');
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

  it('moves a case the handler classifies as threats and violence to the protected cases, and opens it under its new number', async () => {
    const user = userEvent.setup();
    const lars = servicesFor('lars.holm');
    const anna = servicesFor('anna.svensson');
    const annasUnit = seededCase((v) => v.Reporter === 'anna.svensson').values.Unit as number;
    const outcome = await anna.reporting.report(
      {
        title: '',
        description: 'En besökare blev hotfull i väntrummet när väntetiden drog ut.',
        occurredAt: new Date(NOW.getTime() - 3600000).toISOString(),
        unitId: annasUnit,
        involvesPersonalData: false,
        suspectedCrime: false
      },
      'a1b2c3d4-0000-4000-8000-0000000a11ee'
    );
    if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
    const openNumber = outcome.deviation.caseNumber;
    expect(openNumber).toMatch(/^AVV-/);

    const { container } = renderInbox(lars, openNumber);
    await screen.findByRole('heading', { level: 2, name: /En besökare blev hotfull/ });
    const classification = section('trygg-case-classification');
    await choose(user, classification, 'Typ', 'Tillbud');
    await choose(user, classification, 'Säkerhetsområde', 'Hot och våld');
    await choose(user, classification, 'Faktisk konsekvens', '2 Lindrig');
    await choose(user, classification, 'Möjlig konsekvens', '3 Betydande');
    await user.click(within(section('trygg-case-classification')).getByRole('button', { name: 'Spara klassning' }));

    const moved = await screen.findByText(/har flyttats till skyddade ärenden med nytt nummer SKY-\d{4}-\d{5}/);
    const newNumber = /SKY-\d{4}-\d{5}/.exec(moved.textContent || '')![0];
    await waitFor(() => expect(container.querySelector('[data-case-view]')!.getAttribute('data-case-view')).toBe(newNumber));
    expect(container.querySelector('[data-protected-case]')).toBeTruthy();

    // The open number leads nowhere now, and another manager cannot open the protected one.
    expect(await lars.handling.get(openNumber)).toBeUndefined();
    expect(await servicesFor('johan.falk').handling.get(newNumber)).toBeUndefined();
    expect((await anna.reporting.myReports()).map((d) => d.caseNumber)).toContain(newNumber);
  });

  it('says so when the move to protected cases must wait, and moves the case when asked again', async () => {
    const user = userEvent.setup();
    const anna = servicesFor('anna.svensson');
    const annasUnit = seededCase((v) => v.Reporter === 'anna.svensson').values.Unit as number;
    const outcome = await anna.reporting.report(
      {
        title: '',
        description: 'En närstående hotade en sjuksköterska i korridoren.',
        occurredAt: new Date(NOW.getTime() - 3600000).toISOString(),
        unitId: annasUnit,
        involvesPersonalData: false,
        suspectedCrime: false
      },
      'a1b2c3d4-0000-4000-8000-0000000a11ef'
    );
    if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
    const { container } = renderInbox(servicesFor('lars.holm'), outcome.deviation.caseNumber);
    await screen.findByRole('heading', { level: 2, name: /En närstående hotade/ });

    // The function does not answer: every attempt is refused, and the service logs why.
    const rule = emulator.faults.add({ path: '/functions/protected-cases/', status: 503, retryAfter: 0, count: 4 });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const classification = section('trygg-case-classification');
    await choose(user, classification, 'Typ', 'Tillbud');
    await choose(user, classification, 'Säkerhetsområde', 'Hot och våld');
    await choose(user, classification, 'Faktisk konsekvens', '2 Lindrig');
    await choose(user, classification, 'Möjlig konsekvens', '3 Betydande');
    await user.click(within(section('trygg-case-classification')).getByRole('button', { name: 'Spara klassning' }));
    await screen.findByText(/Ärendet är känsligt men ligger ännu bland de öppna ärendena/);
    expect(rule.fired).toBe(4);
    expect(warn.mock.calls.map((call) => call[0])).toEqual(['Trygg: the case could not be moved to the protected cases yet']);
    warn.mockRestore();

    await user.click(screen.getByRole('button', { name: 'Flytta till skyddade ärenden' }));
    await screen.findByText(/har flyttats till skyddade ärenden med nytt nummer SKY-/);
    await waitFor(() => expect(container.querySelector('[data-case-view]')!.getAttribute('data-case-view')).toMatch(/^SKY-/));
    expect(screen.queryByText(/Ärendet är känsligt men ligger ännu/)).toBeNull();
  });
});
