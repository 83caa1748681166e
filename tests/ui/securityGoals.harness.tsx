/**
 * What the goals' component tests share: one seeded emulator per test file (two years of goals and
 * measurements), services signed in as any persona on the seed's clock, the web part as it renders,
 * and the moves a person makes (open a goal, pick from a dropdown).
 */
import * as React from 'react';
import { render, RenderResult, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { createTryggServices } from '../../src/services/createTryggServices';
import { ITryggServices } from '../../src/services/ITryggServices';
import { IGoalView } from '../../src/services/pdsa/IPdsaServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import SecurityGoals from '../../src/webparts/securityGoals/components/SecurityGoals';

export const NOW = new Date(REFERENCE_TIME);
export type User = ReturnType<typeof userEvent.setup>;

export class GoalsHarness {
  public emulator!: IRunningEmulator;

  public async start(): Promise<void> {
    this.emulator = await startEmulator({ port: 0, seed: buildRegionExempel(), now: () => NOW });
  }

  public async stop(): Promise<void> {
    if (this.emulator) await this.emulator.close();
  }

  public services(key: string): ITryggServices {
    const { siteUrl, graphBaseUrl } = this.emulator;
    return createTryggServices({ siteUrl, graphBaseUrl, headers: { 'X-Trygg-User': `${key}@regionexempel.se` }, now: () => NOW });
  }

  /** Renders the web part with these services (a persona's, or a persona's with one part replaced). */
  public render(services: ITryggServices, initialGoalId?: number): RenderResult {
    return render(
      <TryggRoot>
        <SecurityGoals services={services} initialGoalId={initialGoalId} />
      </TryggRoot>
    );
  }

  public renderAs(key: string, initialGoalId?: number): RenderResult & { services: ITryggServices } {
    const services = this.services(key);
    return { ...this.render(services, initialGoalId), services };
  }

  /** A goal of the seed's year by title and unit code (several units share a goal's title). */
  public async goal(title: string, unitCode?: string): Promise<IGoalView> {
    const services = this.services('peter.sjoberg');
    const [views, units] = await Promise.all([services.goals.list(NOW.getUTCFullYear()), services.units.getAll()]);
    const unitId = unitCode ? (units.find((unit) => unit.code === unitCode) || { id: -1 }).id : undefined;
    const found = views.find((view) => view.goal.title === title && view.goal.scopeUnitId === unitId);
    if (!found) throw new Error(`No goal ${title} at ${unitCode}`);
    return found;
  }

  /** Writes since the log was last reset to the goal lists. */
  public goalWrites(): string[] {
    return this.emulator.requests
      .list()
      .filter((request) => request.method !== 'GET' && /TryggMal|TryggMatningar|\$batch/.test(request.path))
      .map((request) => `${request.method} ${request.path}`);
  }
}

/** The goal list has loaded: its cards are there. */
export async function listed(container: HTMLElement): Promise<void> {
  await waitFor(() => expect(container.querySelector('[data-goal-list]')).toBeTruthy());
}

/** Opens a goal's page from its card, and waits for its heading. */
export async function openGoal(user: User, container: HTMLElement, goalId: number): Promise<HTMLElement> {
  const link = await waitFor(() => {
    const found = container.querySelector(`[data-open-goal="${goalId}"]`);
    expect(found).toBeTruthy();
    return found as HTMLElement;
  });
  await user.click(link);
  return waitFor(() => {
    const page = container.querySelector(`[data-goal-page="${goalId}"]`);
    expect(page).toBeTruthy();
    return page as HTMLElement;
  });
}

export function section(id: string): HTMLElement {
  const element = document.querySelector(`[data-section="${id}"]`);
  if (!element) throw new Error(`No section ${id}`);
  return element as HTMLElement;
}

/** Fluent's Dropdown: open it by its label and pick the option. */
export async function choose(user: User, scope: HTMLElement, label: string, option: string | RegExp): Promise<void> {
  const labelElement = within(scope).getAllByText(label, { selector: 'label' })[0];
  await user.click(scope.querySelector(`[role="combobox"][aria-labelledby~="${labelElement.id}"]`) as HTMLElement);
  await user.click(await screen.findByRole('option', { name: option }));
}

/** The goal form (a goal's id, or 'new') once the year's regional goals are read and it shows. */
export function goalForm(container: HTMLElement, key: number | 'new'): Promise<HTMLElement> {
  return waitFor(() => {
    const found = container.querySelector(`[data-goal-form="${key}"]`);
    expect(found).toBeTruthy();
    return found as HTMLElement;
  });
}
