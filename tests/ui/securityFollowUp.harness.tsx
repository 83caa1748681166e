/**
 * What the exercises and internal-control component tests share: one seeded emulator per test file,
 * services signed in as any persona on the seed's clock, the web part as it renders, and the moves a
 * person makes (open a tab, answer a question, pick units).
 */
import * as React from 'react';
import { render, RenderResult, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { createTryggServices } from '../../src/services/createTryggServices';
import { ITryggServices } from '../../src/services/ITryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import SecurityFollowUp from '../../src/webparts/securityFollowUp/components/SecurityFollowUp';

export const NOW = new Date(REFERENCE_TIME);
export type User = ReturnType<typeof userEvent.setup>;

export class FollowUpHarness {
  public emulator!: IRunningEmulator;

  public async start(): Promise<void> {
    this.emulator = await startEmulator({ port: 0, seed: buildRegionExempel(), now: () => NOW });
  }

  public async stop(): Promise<void> {
    if (this.emulator) await this.emulator.close();
  }

  /** Services signed in as `key` (a persona's key such as lars.holm). */
  public services(key: string): ITryggServices {
    const { siteUrl, graphBaseUrl } = this.emulator;
    return createTryggServices({ siteUrl, graphBaseUrl, headers: { 'X-Trygg-User': `${key}@regionexempel.se` }, now: () => NOW });
  }

  public renderAs(key: string): RenderResult & { services: ITryggServices } {
    const services = this.services(key);
    const result = render(
      <TryggRoot>
        <SecurityFollowUp services={services} />
      </TryggRoot>
    );
    return { ...result, services };
  }

  /** The id of a unit by its name. */
  public async unitId(title: string): Promise<number> {
    const units = await this.services('peter.sjoberg').units.getAll();
    const unit = units.filter((candidate) => candidate.title === title)[0];
    if (!unit) throw new Error(`No unit ${title}`);
    return unit.id;
  }

  /** Writes to the exercise and self-assessment lists since the log was last reset. */
  public writes(list: 'TryggOvningar' | 'TryggSjalvskattningar'): number {
    return this.emulator.requests.list().filter((request) => request.method !== 'GET' && request.path.indexOf(list) >= 0).length;
  }
}

export async function openTab(user: User, name: string | RegExp): Promise<void> {
  await user.click(await screen.findByRole('tab', { name }));
}

/** One question's card of the questionnaire. */
export function question(key: string): HTMLElement {
  const element = document.querySelector(`[data-question="${key}"]`);
  if (!element) throw new Error(`No question ${key}`);
  return element as HTMLElement;
}

/** Picks an answer of one question by its label. */
export async function answer(user: User, key: string, label: string): Promise<void> {
  await user.click(within(question(key)).getByRole('radio', { name: label }));
}

/** A multi-select Dropdown: pick the options, then close the list by clicking outside it, at its label (its layer hides the page meanwhile). */
export async function chooseMany(user: User, scope: HTMLElement, label: string, options: readonly (string | RegExp)[]): Promise<void> {
  const labelElement = within(scope).getByText(label, { selector: 'label' });
  const box = scope.querySelector(`[role="combobox"][aria-labelledby~="${labelElement.id}"]`) as HTMLElement;
  await user.click(box);
  for (const option of options) await user.click(await screen.findByRole('option', { name: option }));
  await user.click(labelElement);
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
}
