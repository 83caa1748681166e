/** The register's list a page at a time (issue #16): "Visa fler" reads on in number order, none twice, none lost. */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { documentRegionSeed } from '../../tools/emulator/seed/documentRegion';
import { createTryggServices } from '../../src/services/createTryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import GovernanceDocuments from '../../src/webparts/governanceDocuments/components/GovernanceDocuments';
import { choose, openTab } from './governanceDocuments.harness';
import { IGoverningDocument } from '../../src/domain/documents/types';

const NOW = new Date(REFERENCE_TIME);
let emulator: IRunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now: () => NOW, seed: documentRegionSeed(130) });
}, 60000);

afterAll(() => emulator.close());

const shownNumbers = (): string[] =>
  Array.from(document.querySelectorAll('[data-view="list"] [data-open-document]')).map((link) => link.getAttribute('data-open-document') || '');

/** The security function's services, every document as SharePoint gives them to him, and the list tab open at its first page. */
async function openListAsPeter(user: ReturnType<typeof userEvent.setup>): Promise<IGoverningDocument[]> {
  const services = createTryggServices({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': 'peter.sjoberg@regionexempel.se' }, now: () => NOW });
  const all = await services.documents.all();
  render(
    <TryggRoot>
      <GovernanceDocuments services={services} />
    </TryggRoot>
  );
  await openTab(user, 'Alla dokument');
  await waitFor(() => expect(shownNumbers()).toHaveLength(50), { timeout: 10000 });
  return all;
}

it('shows the first 50 documents, reads on with Visa fler until every one is shown in number order, then offers no more', async () => {
  const user = userEvent.setup();
  const expected = (await openListAsPeter(user)).map((document) => document.number);
  expect(expected.length).toBeGreaterThan(100);
  expect(screen.getByRole('status').textContent).toBe('Dokument som visas: 50. Det finns fler: välj Visa fler.');
  expect(shownNumbers()).toEqual(expected.slice(0, 50));

  await user.click(screen.getByRole('button', { name: 'Visa fler' }));
  await waitFor(() => expect(shownNumbers()).toHaveLength(100), { timeout: 10000 });
  expect(shownNumbers()).toEqual(expected.slice(0, 100));

  await user.click(screen.getByRole('button', { name: 'Visa fler' }));
  await waitFor(() => expect(shownNumbers()).toHaveLength(expected.length), { timeout: 10000 });
  expect(shownNumbers()).toEqual(expected);
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull());
  expect(screen.getByRole('status').textContent).toBe(`Dokument som visas: ${expected.length}.`);
}, 60000);

it('offers every owner in the owner filter, not only those on the first page, and filters on the one chosen', async () => {
  const user = userEvent.setup();
  const all = await openListAsPeter(user);
  const firstPageOwners = new Set(all.slice(0, 50).map((document) => document.owner.displayName));
  const later = all.slice(50).filter((document) => !firstPageOwners.has(document.owner.displayName))[0];
  expect(later).toBeDefined();
  await waitFor(() => expect(document.querySelector('[data-view="list"] [role="combobox"]')).toBeTruthy());
  await choose(user, document.querySelector('[data-view="list"]') as HTMLElement, 'Ägare', later.owner.displayName);
  const theirs = all.filter((document) => document.owner.id === later.owner.id).map((document) => document.number);
  await waitFor(() => expect(shownNumbers()).toEqual(theirs.slice(0, 50)), { timeout: 10000 });
}, 60000);
