import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FollowUpHarness, openTab, question } from './securityFollowUp.harness';

const harness = new FollowUpHarness();

beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('Exercises and internal control in English', () => {
  it('shows the log, the questionnaire and the summary with the English strings, the questions included', async () => {
    const user = userEvent.setup();
    const { container } = harness.renderAs('peter.sjoberg');
    await screen.findByRole('heading', { level: 2, name: 'Exercises and internal control' });
    await waitFor(() => expect(container.querySelector('[data-due-unit], [data-empty="due"]')).toBeTruthy());
    await waitFor(() => expect(container.querySelector('[data-exercise], [data-empty="exercises"]')).toBeTruthy());
    expect(screen.getAllByRole('tab').map((tab) => (tab.textContent || '').trim())).toEqual(['Exercises and training', 'Self-assessment', 'Regional summary']);
    expect(screen.getByRole('heading', { name: 'Due to exercise' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log an exercise or training' })).toBeTruthy();

    await openTab(user, 'Self-assessment');
    await screen.findByRole('heading', { name: /^Self-assessment 2026: / });
    const first = question('principle.lawsAndRules');
    expect(within(first).getByText('Principle 1')).toBeTruthy();
    expect(within(first).getByText('Does the unit follow legislation, regulations and internal rules in the security field?')).toBeTruthy();
    expect(within(first).getAllByRole('radio').map((radio) => radio.closest('.ms-ChoiceField')!.textContent)).toEqual(['Fully met', 'Largely met', 'Partly met', 'Not met', 'Not applicable']);
    expect(within(question('area.it')).getByText(/work systematically on IT security/)).toBeTruthy();

    await openTab(user, 'Regional summary');
    const table = await screen.findByRole('table', { name: 'Answers per question' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Question', 'Distribution', 'Mean (1–4)', 'Not answered']);
    expect(screen.getByRole('heading', { name: 'Order a targeted follow-up' })).toBeTruthy();
  });
});
