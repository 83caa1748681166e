/** The security function's approval queue a page at a time (issue #16): the tab counts every draft, "Visa fler" shows the rest, oldest change first. */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { documentRegionSeed } from '../../tools/emulator/seed/documentRegion';
import { createTryggServices } from '../../src/services/createTryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import GovernanceDocuments from '../../src/webparts/governanceDocuments/components/GovernanceDocuments';
import { openTab } from './governanceDocuments.harness';

const NOW = new Date(REFERENCE_TIME);
let emulator: IRunningEmulator;

beforeAll(async () => {
  // About 75 drafts awaiting approval among them: more than one page.
  emulator = await startEmulator({ port: 0, now: () => NOW, seed: documentRegionSeed(1200) });
}, 60000);

afterAll(() => emulator.close());

const shownNumbers = (): string[] => Array.from(document.querySelectorAll('[data-approval-document]')).map((card) => card.getAttribute('data-approval-document') || '');

it('counts every draft awaiting approval in the tab, shows 50, and reads on with Visa fler until each is shown once, oldest change first', async () => {
  const user = userEvent.setup();
  const services = createTryggServices({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': 'peter.sjoberg@regionexempel.se' }, now: () => NOW });
  const expected = (await services.documents.all())
    .filter((candidate) => candidate.status === 'Utkast' && candidate.moderation === 'pending')
    .sort((a, b) => a.modified.localeCompare(b.modified) || a.id - b.id)
    .map((candidate) => candidate.number);
  expect(expected.length).toBeGreaterThan(50);
  expect(expected.length).toBeLessThanOrEqual(100);
  render(
    <TryggRoot>
      <GovernanceDocuments services={services} />
    </TryggRoot>
  );
  const tab = await screen.findByRole('tab', { name: new RegExp(`^Att fastställa.*${expected.length}`) }, { timeout: 10000 });
  expect(tab).toBeTruthy();
  await openTab(user, 'Att fastställa');
  await waitFor(() => expect(shownNumbers()).toHaveLength(50), { timeout: 10000 });
  expect(shownNumbers()).toEqual(expected.slice(0, 50));
  expect(document.querySelector('[data-view="approval"] [data-work-count]')?.getAttribute('data-work-count')).toBe(String(expected.length));

  await user.click(screen.getByRole('button', { name: 'Visa fler' }));
  await waitFor(() => expect(shownNumbers()).toHaveLength(expected.length), { timeout: 10000 });
  expect(shownNumbers()).toEqual(expected);
  expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
}, 60000);
