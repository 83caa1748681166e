/**
 * A risk after it is written: treatment actions with their effect check and the call to reassess,
 * acceptance asked by the owner and decided by the security function through the Trygg function,
 * what another unit's manager may do, links to a risk, and the register's paging.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRiskDraft } from '../../src/domain/risks/types';
import { RISK_STATUSES } from '../../src/domain/risks/vocabulary';
import { NOW, RiskHarness, section, shownRiskNumbers } from './riskRegister.harness';

const harness = new RiskHarness();
const DAY_MS = 24 * 60 * 60 * 1000;
let akutId: number;

beforeAll(async () => {
  await harness.start();
  const units = await harness.services('lars.holm').units.getAll();
  akutId = units.filter((unit) => unit.title === 'Akutmottagningen')[0].id;
});
afterAll(() => harness.stop());

/** An assessed risk of Lars's that he owns, ready to be moved on. */
function larsRisk(title: string): IRiskDraft {
  return {
    title,
    area: 'Brandsäkerhet',
    unitId: akutId,
    current: { likelihood: 2, consequence: 2 },
    treatment: 'Reducera',
    ownerEmail: 'lars.holm@regionexempel.se',
    nextReviewAt: '2027-03-01'
  };
}

describe('A risk followed up', () => {
  it('closes a treatment action with its effect check and then asks the owner to reassess', async () => {
    const user = userEvent.setup();
    const risk = await harness.addRisk('lars.holm', larsRisk('Brandfilt saknas i pentryt'));
    const lars = harness.services('lars.holm');
    const assessed = await lars.risks.transition(risk, 'Bedömd');
    expect(assessed.kind).toBe('saved');
    const me = await lars.currentUser.get();
    await lars.risks.addAction(risk, { title: 'Sätt upp brandfilt', owner: me, dueDate: '2026-12-15T00:00:00.000Z', costEstimate: 1200 });

    // A day later, so the action closes after the current assessment was made.
    const { container } = harness.renderAs('lars.holm', risk.riskNumber, () => new Date(NOW.getTime() + DAY_MS));
    await screen.findByRole('heading', { level: 2, name: `${risk.riskNumber} · Brandfilt saknas i pentryt` });
    const actions = section('trygg-risk-actions');
    expect(within(actions).getByText(/Kostnad ca 1[\s\u00a0]200 kr/)).toBeTruthy();
    expect(container.querySelector('[data-reassess]')).toBeNull();

    await user.click(within(actions).getByRole('button', { name: 'Markera åtgärden Sätt upp brandfilt som klar' }));
    const save = within(actions).getByRole('button', { name: 'Spara som klar' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true); // what the action achieved must be said
    await user.type(within(actions).getByLabelText('Effektkontroll'), 'Filten sitter vid spisen; personalen vet var.');
    await user.click(save);
    await waitFor(() => expect(container.querySelector('[data-action-status]')!.getAttribute('data-action-status')).toBe('Klar'));
    expect(within(actions).getByText('Filten sitter vid spisen; personalen vet var.')).toBeTruthy();
    expect(await screen.findByText(/Alla åtgärder är klara\. Riskägaren: bedöm den nuvarande risken på nytt/)).toBeTruthy();
  });

  it('lets the owner ask for acceptance and the security function decide it, with rationale and expiry', async () => {
    const user = userEvent.setup();
    const added = await harness.addRisk('lars.holm', larsRisk('Rökning vid sjukhusentrén nära syrgasförråd'));
    const moved = await harness.services('lars.holm').risks.transition(added, 'Bedömd');
    if (moved.kind !== 'saved') throw new Error(moved.kind);
    const risk = moved.risk;
    const first = harness.renderAs('lars.holm', risk.riskNumber);
    await screen.findByRole('heading', { level: 2, name: new RegExp(`^${risk.riskNumber}`) });
    const acceptance = (): HTMLElement => section('trygg-risk-acceptance');
    expect(within(acceptance()).getByText('Ingen acceptans är begärd.')).toBeTruthy();
    await user.type(within(acceptance()).getByLabelText('Varför risken kan accepteras (frivilligt)'), 'Skyltning finns; kostnaden för mer står inte i proportion.');
    await user.click(within(acceptance()).getByRole('button', { name: 'Begär acceptans' }));
    await within(acceptance()).findByText('Begäran är skickad.');
    expect(within(acceptance()).getByText(/^Begärd av Lars Holm/)).toBeTruthy();
    expect(within(acceptance()).getByText('Acceptans är begärd och väntar på beslut.')).toBeTruthy();
    // Lars asked, so he may not decide.
    expect(within(acceptance()).queryByRole('button', { name: 'Spara beslutet' })).toBeNull();
    first.unmount();

    harness.renderAs('peter.sjoberg', risk.riskNumber);
    await screen.findByRole('heading', { level: 2, name: new RegExp(`^${risk.riskNumber}`) });
    expect(within(acceptance()).getByText('Du beslutar för säkerhetsfunktionen.')).toBeTruthy();
    // A decision without a rationale or an expiry goes nowhere.
    harness.emulator.requests.reset();
    await user.click(within(acceptance()).getByRole('button', { name: 'Spara beslutet' }));
    expect(await within(acceptance()).findAllByText('Fyll i fältet.')).toHaveLength(2); // rationale and expiry
    expect(harness.emulator.requests.count({ pathContains: '/functions/' })).toBe(0);

    await user.type(within(acceptance()).getByLabelText('Motivering'), 'Låg nivå inom områdets riskaptit; följs upp vid skyddsronden.');
    await user.type(within(acceptance()).getByLabelText('Gäller till och med'), '2027-06-30');
    await user.click(within(acceptance()).getByRole('button', { name: 'Spara beslutet' }));
    await within(acceptance()).findByText('Beslutet är sparat.');
    expect(within(acceptance()).getByText('Risken är accepterad.')).toBeTruthy();
    expect(within(acceptance()).getByText(/^Beslutad av Peter Sjöberg/)).toBeTruthy();
    expect(within(acceptance()).getByText('Gäller till och med 30 juni 2027.')).toBeTruthy();
    // A grant moves the risk to Accepterad (the function does it with the decision).
    expect(within(section('trygg-risk-status')).getByText('Status: Accepterad')).toBeTruthy();
  });

  it('shows another unit’s manager the risk read-only', async () => {
    const risk = await harness.addRisk('lars.holm', larsRisk('Trasig nödbelysning i trapphus B'));
    harness.renderAs('johan.falk', risk.riskNumber);
    await screen.findByRole('heading', { level: 2, name: new RegExp(`^${risk.riskNumber}`) });
    expect(await screen.findByText(/Du kan läsa risken men inte ändra den/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Spara risken' })).toBeNull();
    expect((within(section('trygg-risk-description')).getByLabelText('Rubrik') as HTMLInputElement).readOnly).toBe(true);
    expect(within(section('trygg-risk-status')).getAllByText(/Bara riskägaren, chefer i enhetens linje och säkerhetsfunktionen/).length).toBeGreaterThan(0);
  });

  it('says plainly when a linked risk does not exist', async () => {
    harness.renderAs('lars.holm', 'RISK-99999');
    expect(await screen.findByRole('button', { name: 'Tillbaka till registret' })).toBeTruthy();
    expect(await screen.findByText(/finns inte|hittades inte/)).toBeTruthy();
  });

  it('reads the register a page at a time with "Visa fler"', async () => {
    const user = userEvent.setup();
    const open = RISK_STATUSES.filter((status) => status !== 'Avslutad');
    const before = await harness.allRisks('lars.holm', { statuses: open });
    // Enough risks for two pages.
    for (let batch = 0; batch < 6; batch++) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => harness.addRisk('lars.holm', { ...larsRisk(`Risk för sidläsning ${batch * 10 + i}`), current: undefined })));
    }
    const all = await harness.allRisks('lars.holm', { statuses: open });
    expect(all.length).toBe(before.length + 60);
    expect(all.length).toBeGreaterThan(50);

    const { container } = harness.renderAs('lars.holm');
    await screen.findByText('Inlästa risker: 50. Det finns fler.');
    expect(shownRiskNumbers(container)).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Visa fler' }));
    await screen.findByText(`Risker som visas: ${all.length}.`);
    expect(shownRiskNumbers(container).sort()).toEqual(all.map((risk) => risk.riskNumber).sort());
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
  });
});

describe('The governing document behind a risk', () => {
  it('links a published document, never a withdrawn one, and flags one whose validity has ended', async () => {
    const user = userEvent.setup();
    const risk = await harness.addRisk('lars.holm', larsRisk('Brandskyddsrutiner är okända för nyanställda'));
    const { container } = harness.renderAs('lars.holm', risk.riskNumber);
    await screen.findByRole('heading', { level: 2, name: `${risk.riskNumber} · Brandskyddsrutiner är okända för nyanställda` });
    await within(section('trygg-risk-document')).findByText('Risken är inte kopplad till något styrande dokument.');

    await user.click(within(section('trygg-risk-document')).getByRole('combobox', { name: /^Styrande dokument för skyddet/ }));
    expect(screen.queryByRole('option', { name: /^RL-007 / })).toBeNull();
    await user.click(screen.getByRole('option', { name: 'LS-S-665820 Policy för säkerhet' }));
    await user.click(within(section('trygg-risk-document')).getByRole('button', { name: 'Koppla dokumentet' }));
    await waitFor(() => expect(container.querySelector('[data-document-flag="expired"]')).not.toBeNull());
    expect(within(section('trygg-risk-document')).getByText(/Skyddet styrs av LS-S-665820 Policy för säkerhet/)).toBeTruthy();

    await user.click(within(section('trygg-risk-document')).getByRole('combobox', { name: /^Styrande dokument för skyddet/ }));
    await user.click(screen.getByRole('option', { name: /^RL-005 / }));
    await user.click(within(section('trygg-risk-document')).getByRole('button', { name: 'Koppla dokumentet' }));
    await waitFor(() => expect(container.querySelector('[data-document-flag]')).toBeNull());
    const stored = await harness.services('lars.holm').risks.get(risk.id);
    expect(stored!.risk.governingDocumentId).toBeGreaterThan(0);
  });
});
