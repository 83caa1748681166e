/**
 * What the risk register's component tests share: one seeded emulator per test file, services
 * signed in as any persona on the seed's clock, the web part's component as it renders, and the
 * Fluent UI moves a person makes (pick from a dropdown, read a section).
 */
import * as React from 'react';
import { render, RenderResult, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { createTryggServices } from '../../src/services/createTryggServices';
import { ITryggServices } from '../../src/services/ITryggServices';
import { IRiskQuery } from '../../src/domain/risks/repositories';
import { IRisk, IRiskDraft } from '../../src/domain/risks/types';
import { TryggRoot } from '../../src/components/TryggRoot';
import RiskRegister from '../../src/webparts/riskRegister/components/RiskRegister';

export const NOW = new Date(REFERENCE_TIME);
export type User = ReturnType<typeof userEvent.setup>;

export class RiskHarness {
  public emulator!: IRunningEmulator;

  public async start(): Promise<void> {
    this.emulator = await startEmulator({ port: 0, seed: buildRegionExempel(), now: () => NOW });
  }

  public async stop(): Promise<void> {
    if (this.emulator) await this.emulator.close();
  }

  /** Services signed in as `key`; `now` moves their clock (the emulator's stays at the seed's time). */
  public services(key: string, now: () => Date = () => NOW): ITryggServices {
    const { siteUrl, graphBaseUrl } = this.emulator;
    return createTryggServices({ siteUrl, graphBaseUrl, headers: { 'X-Trygg-User': `${key}@regionexempel.se` }, now });
  }

  public renderAs(key: string, initialRiskNumber?: string, now?: () => Date): RenderResult & { services: ITryggServices } {
    const services = this.services(key, now);
    const result = render(
      <TryggRoot>
        <RiskRegister services={services} initialRiskNumber={initialRiskNumber} />
      </TryggRoot>
    );
    return { ...result, services };
  }

  /** Adds a risk through the service as `key`; fails the test when it is not saved. */
  public async addRisk(key: string, draft: IRiskDraft): Promise<IRisk> {
    const result = await this.services(key).risks.save(draft, `test-${Math.random().toString(36).slice(2)}`);
    if (result.kind !== 'saved') throw new Error(`Not saved: ${JSON.stringify(result)}`);
    return result.risk;
  }

  /** Every risk a query matches, all pages, as `key` reads them. */
  public async allRisks(key: string, query: IRiskQuery): Promise<IRisk[]> {
    let page = await this.services(key).risks.query({ ...query, pageSize: 500 });
    const risks = page.risks.slice();
    while (page.next) {
      page = await page.next();
      risks.push(...page.risks);
    }
    return risks;
  }

  /** Writes to the risk lists since the log was last reset (adds, updates, batches). */
  public riskWrites(): number {
    return this.emulator.requests.list().filter((request) => request.method !== 'GET' && /TryggRisk|\$batch/.test(request.path)).length;
  }
}

export function section(id: string): HTMLElement {
  const element = document.querySelector(`[data-section="${id}"]`);
  if (!element) throw new Error(`No section ${id}`);
  return element as HTMLElement;
}

export function assessment(kind: 'inherent' | 'current' | 'target'): HTMLElement {
  return document.querySelector(`[data-assessment="${kind}"]`) as HTMLElement;
}

/** Fluent's Dropdown: open it by its label and pick the option. */
export async function choose(user: User, scope: HTMLElement, label: string, option: string | RegExp): Promise<void> {
  const labelElement = within(scope).getByText(label, { selector: 'label' });
  await user.click(scope.querySelector(`[role="combobox"][aria-labelledby~="${labelElement.id}"]`) as HTMLElement);
  await user.click(await screen.findByRole('option', { name: option }));
}

/** What a Fluent Dropdown shows as chosen. */
export function chosen(scope: HTMLElement, label: string): string {
  const labelElement = within(scope).getByText(label, { selector: 'label' });
  const box = scope.querySelector(`[role="combobox"][aria-labelledby~="${labelElement.id}"]`) as HTMLElement;
  // The title only: the box also holds the caret's icon glyph.
  return (box.querySelector('.ms-Dropdown-title') as HTMLElement).textContent || '';
}

/** The register's rows by risk number. */
export function shownRiskNumbers(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll('[data-risk]')).map((row) => String(row.getAttribute('data-risk')));
}

/** The $filter of each read of TryggRisker since the log was reset, decoded. */
export function riskFilters(emulator: IRunningEmulator): string[] {
  return emulator.requests
    .list({ method: 'GET', pathContains: 'TryggRisker' })
    .map((request) => new URL(request.path, 'http://x').searchParams.get('$filter') || '');
}
