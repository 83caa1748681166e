import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { ISeedData } from '../../tools/emulator/seed/types';
import { createTryggServices } from '../../src/services/createTryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import DeviationInbox from '../../src/webparts/deviationInbox/components/DeviationInbox';
import { formatCaseNumber } from '../../src/domain/deviations/caseNumber';

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

describe('DeviationInbox in English', () => {
  it('shows the inbox and a case with the English strings', async () => {
    const user = userEvent.setup();
    const services = createTryggServices({
      siteUrl: emulator.siteUrl,
      graphBaseUrl: emulator.graphBaseUrl,
      headers: { 'X-Trygg-User': 'lars.holm@regionexempel.se' },
      now: () => NOW
    });
    const { container } = render(
      <TryggRoot>
        <DeviationInbox services={services} />
      </TryggRoot>
    );
    await screen.findByRole('heading', { level: 2, name: 'Deviations to handle' });
    expect(await screen.findByRole('button', { name: /^Open \(\d+\)$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^New \(\d+\)$/ })).toBeTruthy();
    expect(screen.getByText('Security area', { selector: 'label' })).toBeTruthy();

    const target = seed.items.deviations.filter((item) => item.values.Reporter === 'anna.svensson' && item.values.Status === 'Ny')[0];
    // Rows are keyed by case number (item ids repeat between the open and the protected list).
    const caseNumber = formatCaseNumber(target.Id, String(target.values.ReportedAt), 'open');
    await user.click(container.querySelector(`[data-case-id="${caseNumber}"] button`) as HTMLElement);
    await screen.findByRole('button', { name: 'Back to the case list' });
    expect(screen.getByRole('heading', { level: 3, name: 'The report' })).toBeTruthy();
    const decision = container.querySelector('[data-section="trygg-case-decision"]') as HTMLElement;
    expect(within(decision).getByRole('heading', { name: 'Next step' })).toBeTruthy();
    expect(within(decision).getByRole('button', { name: 'Acknowledge the case' })).toBeTruthy();
    expect(within(decision).getByText('Write a reason for the rejection.')).toBeTruthy();
    expect(container.querySelector('[data-case-view]')!.getAttribute('data-case-view')).toBe(caseNumber);
    expect(container.querySelector('[data-case-view] [data-status]')!.textContent).toBe('New');
    expect(screen.getByRole('heading', { name: 'Causes (MTO)' })).toBeTruthy();
  });
});
