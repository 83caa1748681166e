/**
 * The matrix as configuration: read-only for managers, a new version by the security function
 * with a live preview and its problems in words, and a risk on the old version re-mapped visibly
 * and moved only when its owner chooses to.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { choose, RiskHarness, section } from './riskRegister.harness';

const harness = new RiskHarness();

beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('The risk matrix', () => {
  it('is read-only for a manager', async () => {
    const user = userEvent.setup();
    const { container } = harness.renderAs('lars.holm');
    await user.click(await screen.findByRole('tab', { name: 'Riskmatris' }));
    expect(await screen.findByText(/Säkerhetsfunktionen ändrar riskmatrisen/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ändra riskmatrisen' })).toBeNull();
    const grid = container.querySelector('[data-matrix-grid="matrix"]') as HTMLElement;
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['1 Begränsad', '2 Måttlig', '3 Betydande', '4 Allvarlig']);
    expect(grid.querySelector('[data-cell="4-4"]')!.textContent).toBe('Mycket hög');
    expect(within(section('trygg-matrix-appetite')).getByRole('row', { name: /Hot och våld/ }).textContent).toContain('Låg');
  });

  it('lets the security function store a new version, and a risk on the old one is re-mapped only by its owner’s choice', async () => {
    const user = userEvent.setup();
    const units = await harness.services('lars.holm').units.getAll();
    const akut = units.filter((unit) => unit.title === 'Akutmottagningen')[0];
    const risk = await harness.addRisk('lars.holm', {
      title: 'Syrgasuttag utan avstängningsventil',
      area: 'Brandsäkerhet',
      unitId: akut.id,
      current: { likelihood: 3, consequence: 3 },
      ownerEmail: 'lars.holm@regionexempel.se'
    });

    const peter = harness.renderAs('peter.sjoberg');
    await user.click(await screen.findByRole('tab', { name: 'Riskmatris' }));
    await user.click(await screen.findByRole('button', { name: 'Ändra riskmatrisen' }));
    const editor = await waitFor(() => document.querySelector('[data-matrix-editor]') as HTMLElement);
    await choose(user, editor, 'Utgå från', 'Förval 5 × 5');
    expect(editor.querySelectorAll('[data-matrix-grid="preview"] select')).toHaveLength(25);

    // A colour the heat map's text cannot be read on is named, and nothing can be saved.
    const low = editor.querySelector('[data-level-fields="low"]') as HTMLElement;
    fireEvent.change(within(low).getByLabelText('Färg'), { target: { value: '#000000' } });
    expect(await within(editor).findByText('Nivå 1, Färg: Texten går inte att läsa mot färgen: välj en ljusare färg.')).toBeTruthy();
    const save = (): HTMLButtonElement => within(editor).getByRole('button', { name: 'Spara som version 2' }) as HTMLButtonElement;
    expect(save().disabled).toBe(true);
    fireEvent.change(within(low).getByLabelText('Färg'), { target: { value: '#9fd89f' } });
    // The preview follows each cell's level, and a cell below its neighbour is named.
    const cell = (likelihood: string, consequence: string): HTMLElement => within(editor).getByLabelText(`Nivå för sannolikhet ${likelihood} × konsekvens ${consequence}`);
    fireEvent.change(cell('1 Mycket osannolik', '1 Begränsad'), { target: { value: 'medium' } });
    expect(editor.querySelector('[data-matrix-grid="preview"] [data-cell="1-1"]')!.getAttribute('data-level')).toBe('medium');
    expect(await within(editor).findByText(/^Sannolikhet 1 Mycket osannolik × konsekvens 2 Måttlig: Rutan får inte ha lägre nivå/)).toBeTruthy();
    fireEvent.change(cell('1 Mycket osannolik', '1 Begränsad'), { target: { value: 'low' } });
    fireEvent.change(cell('1 Mycket osannolik', '5 Mycket allvarlig'), { target: { value: 'high' } });
    expect(await within(editor).findByText('Matrisen har inga fel och kan sparas.')).toBeTruthy();
    await user.click(save());
    expect(await screen.findByText(/^Version 2, ändrad .* av Peter Sjöberg\.$/)).toBeTruthy();
    const stored = await harness.services('peter.sjoberg').risks.matrix();
    expect({ version: stored.version, size: stored.likelihood.length, cell: stored.cells[0][4] }).toEqual({ version: 2, size: 5, cell: 'high' });
    peter.unmount();

    // Lars's risk was assessed on version 1: Hög (3 × 3 of 4) lands on 4 × 4 of 5, Mycket hög.
    harness.renderAs('lars.holm', risk.riskNumber);
    await screen.findByRole('heading', { level: 2, name: new RegExp(`^${risk.riskNumber}`) });
    const row = await waitFor(() => document.querySelector('[data-remap-kind="current"]') as HTMLElement);
    expect(row.textContent).toContain('var Hög, nu Mycket hög');
    expect(document.querySelector('[data-remap]')!.getAttribute('data-remap')).toBe('levelChanged');
    const saveRisk = screen.getByRole('button', { name: 'Spara risken' }) as HTMLButtonElement;
    expect(saveRisk.disabled).toBe(true);
    // Moving it on is blocked until then.
    expect(within(section('trygg-risk-status')).getByText(/Bedömningen är gjord enligt en äldre matris/)).toBeTruthy();

    harness.emulator.requests.reset();
    await user.click(screen.getByRole('checkbox', { name: /vill spara risken på matrisversion 2/ }));
    await user.click(saveRisk);
    await screen.findByText('Risken är sparad.');
    const moved = (await harness.services('lars.holm').risks.get(risk.id))!.risk;
    expect({ version: moved.matrixVersion, current: moved.current }).toEqual({ version: 2, current: { likelihood: 4, consequence: 4 } });
    expect(document.querySelector('[data-remap]')).toBeNull();
  });
});
