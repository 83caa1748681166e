/**
 * The PDSA dashboard as its people use it, against the seeded emulator through the real services:
 * a manager's own line opens expanded in the matrix, each cell says its state in words, a parent
 * says how many units below it are done; a unit's cycle shows the evidence in words with the unit's
 * comments beside it, and a comment never changes a state; an employee is told the dashboard is not
 * for her and asks nothing of the lists she may not read.
 */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { createTryggServices } from '../../src/services/createTryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import PdsaDashboard from '../../src/webparts/pdsaDashboard/components/PdsaDashboard';
import { choose } from './riskRegister.harness';

const NOW = new Date(REFERENCE_TIME);
const STATE_WORDS: Record<string, string> = { notStarted: 'Ej påbörjad', inProgress: 'Pågår', done: 'Klar' };
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: buildRegionExempel(), now: () => NOW });
});
afterAll(() => emulator.close());

function renderAs(key: string): ReturnType<typeof render> {
  const services = createTryggServices({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': `${key}@regionexempel.se` }, now: () => NOW });
  return render(
    <TryggRoot>
      <PdsaDashboard services={services} />
    </TryggRoot>
  );
}

function row(container: HTMLElement, code: string): HTMLElement | null {
  return container.querySelector(`[data-unit="${code}"]`);
}

async function matrixOf(container: HTMLElement): Promise<HTMLElement> {
  await waitFor(() => expect(container.querySelector('[data-pdsa-matrix] tbody tr')).not.toBeNull(), { timeout: 20000 });
  return container.querySelector('[data-pdsa-matrix]') as HTMLElement;
}

function phaseStates(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('[data-cycle-phase]')).map((section) => `${section.getAttribute('data-cycle-phase')}:${section.getAttribute('data-state')}`);
}

describe('PdsaDashboard', () => {
  it('shows a manager the matrix with his own line expanded, every cell in words and parents counting the units done', async () => {
    const user = userEvent.setup();
    const { container } = renderAs('lars.holm');
    await screen.findByRole('heading', { level: 2, name: 'PGSA-status' });
    const matrix = await matrixOf(container);
    expect(within(matrix).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Enhet', 'Planera', 'Genomföra', 'Studera', 'Agera']);
    expect(within(matrix).getByText('PGSA-status 2026, Alla områden')).toBeTruthy();
    // Lars's Akutmottagningen shows under its expanded förvaltning and verksamhet; other lines are closed.
    expect(row(container, 'RE-SJH-AKU')).not.toBeNull();
    expect(row(container, 'RE-RS-ITD')).toBeNull();
    const cells = Array.from(matrix.querySelectorAll('td[data-state]'));
    expect(cells.length).toBeGreaterThan(20);
    for (const cell of cells) expect((cell.firstElementChild as HTMLElement).textContent).toBe(STATE_WORDS[String(cell.getAttribute('data-state'))]);
    const region = row(container, 'RE') as HTMLElement;
    for (const cell of Array.from(region.querySelectorAll('td'))) expect(cell.textContent).toMatch(/(Klar|Pågår|Ej påbörjad)\d+ av 6 enheter klara$/);
    // A unit without units below says its state alone.
    expect((row(container, 'RE-SJH-AKU') as HTMLElement).querySelector('td')?.textContent).toMatch(/^(Klar|Pågår|Ej påbörjad)$/);

    await user.click(within(row(container, 'RE-RS') as HTMLElement).getByRole('button', { name: 'Visa enheterna under Regionservice' }));
    expect(row(container, 'RE-RS-IT')).not.toBeNull();
    await user.click(within(row(container, 'RE-RS') as HTMLElement).getByRole('button', { name: 'Dölj enheterna under Regionservice' }));
    expect(row(container, 'RE-RS-IT')).toBeNull();
  });

  it('counts the matrix again for a chosen area and year', async () => {
    const user = userEvent.setup();
    const { container } = renderAs('peter.sjoberg');
    await matrixOf(container);
    await choose(user, container, 'Säkerhetsområde', 'Hot och våld');
    await screen.findByText('PGSA-status 2026, Hot och våld');
    await choose(user, container, 'År', '2025');
    await screen.findByText('PGSA-status 2025, Hot och våld');
    await matrixOf(container);
  });

  it("opens a unit's cycle with the evidence in words, and adds a comment beside the state without changing it", async () => {
    const user = userEvent.setup();
    const { container } = renderAs('lars.holm');
    await matrixOf(container);
    await user.click(screen.getByRole('button', { name: 'Öppna Akutmottagningen' }));
    await screen.findByRole('heading', { level: 2, name: 'Akutmottagningen, 2026' });
    await waitFor(() => expect(phaseStates(container)).toHaveLength(4));
    const before = phaseStates(container);
    const studera = container.querySelector('[data-cycle-phase="study"]') as HTMLElement;
    const measurements = studera.querySelector('[data-evidence="measurementsEntered"]') as HTMLElement;
    expect(measurements.textContent).toMatch(/(Uppfyllt|Delvis|Saknas)\d+ av \d+ mätningar inlagda|Ej aktuelltInga mätningar att göra ännu/);
    for (const item of Array.from(container.querySelectorAll('[data-evidence]'))) expect(item.textContent).not.toMatch(/\{\d\}|undefined/);

    const comments = studera.querySelector('[data-comments-for="study"]') as HTMLElement;
    const field = within(comments).getByLabelText('Kommentar');
    await user.type(field, '   ');
    await user.click(within(comments).getByRole('button', { name: 'Lägg till kommentar' }));
    expect(await within(comments).findByText('Skriv något, inte bara blanksteg.')).toBeTruthy();
    await user.clear(field);
    await user.type(field, 'Mätningen för tredje kvartalet förs in på måndag.');
    await user.click(within(comments).getByRole('button', { name: 'Lägg till kommentar' }));
    await within(comments).findByText('Kommentaren är sparad.');
    expect(within(comments).getByText('Mätningen för tredje kvartalet förs in på måndag.')).toBeTruthy();
    expect(phaseStates(container)).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Tillbaka till alla enheter' }));
    await screen.findByRole('heading', { level: 2, name: 'PGSA-status' });
  });

  it('shows a manager the cycle of a unit outside his line without a comment form', async () => {
    const user = userEvent.setup();
    const { container } = renderAs('lars.holm');
    await matrixOf(container);
    await user.click(screen.getByRole('button', { name: 'Öppna Regionservice' }));
    await screen.findByRole('heading', { level: 2, name: 'Regionservice, 2026' });
    expect(await screen.findByText('Enhetens chefer och säkerhetsfunktionen kan kommentera.')).toBeTruthy();
    expect(container.querySelector('[data-comment-form]')).toBeNull();
  });

  it('opens a verksamhet rolled up from its units, and drills down to a unit not done', async () => {
    const user = userEvent.setup();
    const { container } = renderAs('lars.holm');
    await matrixOf(container);
    await user.click(screen.getByRole('button', { name: 'Öppna Akutsjukvård' }));
    await screen.findByRole('heading', { level: 2, name: 'Akutsjukvård, 2026' });
    await waitFor(() => expect(phaseStates(container)).toHaveLength(4));
    const notDone = container.querySelector('[data-children-not-done]') as HTMLElement;
    expect(notDone.textContent).toMatch(/^Enheter under som inte är klara: /);
    const first = within(notDone).getAllByRole('button')[0];
    const name = first.textContent as string;
    await user.click(first);
    await screen.findByRole('heading', { level: 2, name: `${name}, 2026` });
  });

  it('tells an employee the dashboard is for managers, without asking the lists she may not read', async () => {
    emulator.requests.reset();
    const { container } = renderAs('anna.svensson');
    expect(await screen.findByText(/PGSA-status visas för chefer och säkerhetsfunktionen/)).toBeTruthy();
    expect(container.querySelector('[data-pdsa-matrix]')).toBeNull();
    const asked = emulator.requests.list().map((request) => decodeURIComponent(request.path));
    expect(asked.filter((path) => /TryggRisker|TryggSjalvskattningar|TryggPdsaKommentarer|TryggMal/.test(path))).toEqual([]);
    // Her roles come in one batch (the current user service); the dashboard's reads never start.
    expect(asked.filter((path) => /\$batch/.test(path)).length).toBeLessThanOrEqual(1);
  });
});
