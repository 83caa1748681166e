import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { createTryggServices } from '../../src/services/createTryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import DeviationStatistics from '../../src/webparts/deviationStatistics/components/DeviationStatistics';

const NOW = new Date(REFERENCE_TIME);
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: buildRegionExempel(), now: () => NOW });
});

afterAll(async () => {
  await emulator.close();
});

describe('DeviationStatistics in English', () => {
  function renderAs(personKey: string): void {
    const services = createTryggServices({
      siteUrl: emulator.siteUrl,
      graphBaseUrl: emulator.graphBaseUrl,
      headers: { 'X-Trygg-User': `${personKey}@regionexempel.se` },
      now: () => NOW
    });
    render(
      <TryggRoot>
        <DeviationStatistics services={services} statistics={services.statistics} />
      </TryggRoot>
    );
  }

  it('labels the figures and tables in English', async () => {
    renderAs('peter.sjoberg');
    expect(await screen.findByRole('heading', { level: 2, name: 'Deviation statistics' })).toBeTruthy();
    await screen.findByText('The whole region, Dec 2025 – Nov 2026');
    expect(screen.getByText('All cases, as they are now')).toBeTruthy();
    expect(screen.getByText('Days to closure (median)')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Per unit, rolled up the organisation' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Threats and violence' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export to Excel' })).toBeTruthy();
  });

  it('says when the region’s figures were compiled', async () => {
    renderAs('anna.svensson');
    await screen.findByText('The whole region, Dec 2025 – Nov 2026');
    expect(screen.getByText('Compiled every night for the whole region, without case details (last changed 20 Nov 2026, 09:00)')).toBeTruthy();
  });
});
