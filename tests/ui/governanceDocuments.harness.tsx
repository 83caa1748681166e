/**
 * What the governing documents' component tests share: one seeded emulator per test file (with the
 * Trygg function it hosts), services signed in as any persona on the seed's clock, the web part's
 * component as it renders, and the moves a person makes (open a tab, open a document, pick a file).
 */
import * as React from 'react';
import { render, RenderResult, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { createTryggServices } from '../../src/services/createTryggServices';
import { ITryggServices } from '../../src/services/ITryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import GovernanceDocuments from '../../src/webparts/governanceDocuments/components/GovernanceDocuments';

export const NOW = new Date(REFERENCE_TIME);
export type User = ReturnType<typeof userEvent.setup>;

export class DocumentsHarness {
  public emulator!: IRunningEmulator;

  public async start(): Promise<void> {
    this.emulator = await startEmulator({ port: 0, seed: buildRegionExempel(), now: () => NOW });
  }

  public async stop(): Promise<void> {
    if (this.emulator) await this.emulator.close();
  }

  /** Services signed in as `key` (a persona's key such as helena.ask). */
  public services(key: string): ITryggServices {
    const { siteUrl, graphBaseUrl } = this.emulator;
    return createTryggServices({ siteUrl, graphBaseUrl, headers: { 'X-Trygg-User': `${key}@regionexempel.se` }, now: () => NOW });
  }

  public renderAs(key: string, initialDocument?: string): RenderResult & { services: ITryggServices } {
    const services = this.services(key);
    const result = render(
      <TryggRoot>
        <GovernanceDocuments services={services} initialDocument={initialDocument} />
      </TryggRoot>
    );
    return { ...result, services };
  }

  /** Writes since the log was last reset to the documents' lists and libraries, and calls to the function. */
  public documentWrites(): string[] {
    return this.emulator.requests
      .list()
      .filter((request) => request.method !== 'GET' && /TryggStyrande|TryggDokument|TryggRemiss|TryggLaskvitt|\/functions\/|\$batch/.test(request.path))
      .map((request) => `${request.method} ${request.path}`);
  }
}

/**
 * The web part has read the user's queues (it does after every step): wait for it before a test
 * ends, so no answer arrives after the test has moved on.
 */
export async function settled(): Promise<void> {
  await waitFor(() => expect(document.querySelector('[data-trygg="governance-documents"]')!.getAttribute('data-work')).toBe('ready'));
}

/** The section a document's page shows under `id` (data-section). */
export function section(id: string): HTMLElement {
  const element = document.querySelector(`[data-section="${id}"]`);
  if (!element) throw new Error(`No section ${id}`);
  return element as HTMLElement;
}

/** Opens a tab of the web part by its name (a tab with a count is named "Att fastställa 1"). */
export async function openTab(user: User, name: string): Promise<void> {
  await user.click(await screen.findByRole('tab', { name: new RegExp(`^${name}`) }));
}

/** Opens a document's page from a link with its number, and waits for its heading. */
export async function openDocument(user: User, scope: HTMLElement, number: string): Promise<HTMLElement> {
  const link = await waitFor(() => {
    const found = scope.querySelector(`[data-open-document="${number}"]`);
    expect(found).toBeTruthy();
    return found as HTMLElement;
  });
  await user.click(link);
  return screen.findByRole('heading', { level: 2, name: new RegExp(`^${number} · `) });
}

/** The document numbers the tree shows, in order. */
export function treeNumbers(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('[data-tree-document]')).map((item) => String(item.getAttribute('data-tree-document')));
}

/** Fluent's Dropdown: open it by its label and pick the option. */
export async function choose(user: User, scope: HTMLElement, label: string, option: string | RegExp): Promise<void> {
  const labelElement = within(scope).getByText(label, { selector: 'label' });
  await user.click(scope.querySelector(`[role="combobox"][aria-labelledby~="${labelElement.id}"]`) as HTMLElement);
  await user.click(await screen.findByRole('option', { name: option }));
}

/** A file as the browser hands it over. */
export function fileOf(name: string, content: string | Uint8Array, type = ''): File {
  return new File([content], name, { type });
}
