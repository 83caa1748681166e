import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { createTryggServices } from '../../src/services/createTryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import PdsaDashboard from '../../src/webparts/pdsaDashboard/components/PdsaDashboard';

const NOW = new Date(REFERENCE_TIME);
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: buildRegionExempel(), now: () => NOW });
});
afterAll(() => emulator.close());

describe('PdsaDashboard in English', () => {
  it("shows the matrix and a unit's cycle with the English strings", async () => {
    const user = userEvent.setup();
    const services = createTryggServices({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': 'peter.sjoberg@regionexempel.se' }, now: () => NOW });
    const { container } = render(
      <TryggRoot>
        <PdsaDashboard services={services} />
      </TryggRoot>
    );
    await screen.findByRole('heading', { level: 2, name: 'PDSA status' });
    await waitFor(() => expect(container.querySelector('[data-pdsa-matrix] tbody tr')).not.toBeNull(), { timeout: 20000 });
    const matrix = container.querySelector('[data-pdsa-matrix]') as HTMLElement;
    expect(within(matrix).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Unit', 'Plan', 'Do', 'Study', 'Act']);
    expect((container.querySelector('[data-unit="RE"] td') as HTMLElement).textContent).toMatch(/^(Done|In progress|Not started)\d+ of 6 units done$/);

    await user.click(within(container.querySelector('[data-unit="RE-SJH"]') as HTMLElement).getByRole('button', { name: 'Show the units under Sjukhuset i Exempelby' }));
    await user.click(within(container.querySelector('[data-unit="RE-SJH-AKV"]') as HTMLElement).getByRole('button', { name: 'Show the units under Akutsjukvård' }));
    await user.click(screen.getByRole('button', { name: 'Open Akutmottagningen' }));
    await screen.findByRole('heading', { level: 2, name: 'Akutmottagningen, 2026' });
    const plan = await waitFor(() => container.querySelector('[data-cycle-phase="plan"]') as HTMLElement);
    expect(within(plan).getByRole('heading', { level: 3, name: 'Plan' })).toBeTruthy();
    expect((plan.querySelector('[data-evidence="goalsSet"]') as HTMLElement).textContent).toMatch(/^(Met|Missing)(\d+ goals set for the year|No goals set for the year)$/);
    expect(within(plan).getByText('The unit’s comments')).toBeTruthy();
    expect(within(plan).getByRole('button', { name: 'Add comment' })).toBeTruthy();
  });
});
