import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RiskHarness, section } from './riskRegister.harness';

const harness = new RiskHarness();

beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('RiskRegister in English', () => {
  it('shows the register, a risk and the heat map with the English strings', async () => {
    const user = userEvent.setup();
    const { container } = harness.renderAs('lars.holm');
    await screen.findByRole('heading', { level: 2, name: 'Risk register' });
    const table = await screen.findByRole('table', { name: 'Risks' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Number',
      'Risk',
      'Unit',
      'Area',
      'Current level',
      'Score',
      'Status',
      'Risk owner',
      'Next review'
    ]);
    expect(screen.getByText('Security area', { selector: 'label' })).toBeTruthy();
    expect(screen.getByText(/The search covers only the risks loaded below/)).toBeTruthy();

    // A risk: area and status in English; the matrix's step and level names are the region's own words.
    const first = container.querySelector('[data-risk] a, [data-risk] button') as HTMLElement;
    const riskNumber = String(first.textContent);
    await user.click(first);
    await screen.findByRole('heading', { level: 2, name: new RegExp(`^${riskNumber} · `) });
    expect(screen.getByRole('button', { name: 'Back to the register' })).toBeTruthy();
    expect(within(section('trygg-risk-description')).getByText('Cause → event → consequence')).toBeTruthy();
    expect(within(section('trygg-risk-assessment')).getByText('Current risk')).toBeTruthy();
    expect(within(section('trygg-risk-status')).getByRole('heading', { name: 'Status' })).toBeTruthy();
    expect(within(section('trygg-risk-acceptance')).getByRole('heading', { name: 'Acceptance' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to the register' }));

    await user.click(await screen.findByRole('tab', { name: 'Heat map' }));
    const grid = await waitFor(() => {
      const element = container.querySelector('[data-matrix-grid="inherent"]') as HTMLElement;
      expect(element).toBeTruthy();
      return element;
    });
    expect(within(grid).getByText('Before treatment (inherent risk), risk matrix version 1')).toBeTruthy();
    expect(screen.getByText(/^Risks counted: \d+\.$/)).toBeTruthy();
    const button = within(container.querySelector('[data-matrix-grid="current"]') as HTMLElement).getAllByRole('button')[0];
    expect(button.getAttribute('aria-label')).toMatch(/^Number of risks: \d+\. Level .+, likelihood \d .+ × consequence \d .+\. Show them in the register\.$/);
  });

  it('tells an employee in English that the register is not for them', async () => {
    harness.renderAs('anna.svensson');
    expect(await screen.findByText(/^The risk register is for managers and the security function/)).toBeTruthy();
  });
});
