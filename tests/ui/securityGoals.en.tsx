import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GoalsHarness, goalForm, listed, openGoal, section } from './securityGoals.harness';

const harness = new GoalsHarness();

beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('SecurityGoals in English', () => {
  it("shows the goals, a goal's page and the new-goal form's problems with the English strings", async () => {
    const user = userEvent.setup();
    const training = await harness.goal('Personalen kan hantera hotfulla situationer', 'RE-SJH-AKU');
    const { container } = harness.renderAs('lars.holm');
    await screen.findByRole('heading', { level: 2, name: 'Security goals' });
    await listed(container);
    const card = container.querySelector(`[data-goal="${training.goal.id}"]`) as HTMLElement;
    expect(within(card).getByText('Measurement for quarter 3 missing')).toBeTruthy();
    // Area names in English; the goal's own words stay as written.
    expect(within(card).getByText('Akutmottagningen · Threats and violence · Priority high')).toBeTruthy();
    expect(['On track', 'At risk', 'Off track', 'No data']).toContain((card.querySelector('[data-light]') as HTMLElement).textContent);
    expect(screen.getAllByText('Contributing unit goals', { selector: 'h4' }).length).toBeGreaterThan(0);

    await openGoal(user, container, training.goal.id);
    const facts = section('trygg-goal-facts');
    for (const label of ['Applies to', 'Contributes to regional goal', 'Security area', 'Priority', 'Indicator', 'Unit of measure', 'Baseline', 'Target', 'Direction', 'Target date', 'Measured']) {
      expect(within(facts).getByText(label)).toBeTruthy();
    }
    expect(within(facts).getByText('Unit goal for Akutmottagningen')).toBeTruthy();
    expect(within(facts).getByText('Higher is better')).toBeTruthy();
    expect(within(section('trygg-goal-activities')).getByText('Total for the budget process: SEK 75,000')).toBeTruthy();
    expect(within(section('trygg-goal-measurements')).getByRole('button', { name: 'Save the measurement' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Back to the goals' }));
    await listed(container);
    await user.click(screen.getByRole('button', { name: 'New goal' }));
    const form = await goalForm(container, 'new');
    await user.click(within(form).getByRole('button', { name: 'Add the goal' }));
    expect((await within(form).findAllByText('Fill in this field.')).length).toBe(6);
    expect(within(form).getByText('6 fields need correcting before the goal can be saved.')).toBeTruthy();
  });
});
