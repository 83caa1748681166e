import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { createSp, createTryggServices } from '../../src/services/createTryggServices';
import { DeviationStatisticsService } from '../../src/services/deviations/DeviationStatisticsService';
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
  it('labels the figures and tables in English', async () => {
    const options = {
      siteUrl: emulator.siteUrl,
      graphBaseUrl: emulator.graphBaseUrl,
      headers: { 'X-Trygg-User': 'peter.sjoberg@regionexempel.se' },
      now: () => NOW
    };
    const services = createTryggServices(options);
    render(
      <TryggRoot>
        <DeviationStatistics services={services} statistics={new DeviationStatisticsService(createSp(options), services.units)} />
      </TryggRoot>
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Deviation statistics' })).toBeTruthy();
    await screen.findByText('The whole region, Dec 2025 – Nov 2026');
    expect(screen.getByText('Days to closure (median)')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Per unit, rolled up the organisation' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Threats and violence' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export to Excel' })).toBeTruthy();
  });
});
