import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportHarness } from './deviationReport.harness';

const harness = new ReportHarness();
beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('DeviationReport in English', () => {
  it('labels the form, its errors and the receipt with the English strings', async () => {
    const user = userEvent.setup();
    harness.renderAs('anna.svensson');
    expect(screen.getByRole('heading', { level: 2, name: 'Report a deviation' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'My reports' })).toBeTruthy();
    const description = await screen.findByRole('textbox', { name: 'What happened?' });
    expect(screen.getByText('Describe what happened, not who did it. Do not write names or personal identity numbers.')).toBeTruthy();
    expect(screen.getByText('0 of 4000 characters')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'I suspect a crime' })).toBeTruthy();

    const send = screen.getByRole('button', { name: 'Send report' });
    // Enabled once the signed-in user is known: reports are kept per user.
    await waitFor(() => expect(send.hasAttribute('disabled') || send.getAttribute('aria-disabled') === 'true').toBe(false));
    await user.click(send);
    expect(await screen.findByText('Describe what happened.')).toBeTruthy();
    expect(await screen.findByText('The report has not been sent. Correct the marked field.')).toBeTruthy();

    await user.type(description, 'The fire door on floor 2 was blocked by a trolley.');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByRole('heading', { name: 'Thank you! The report has been sent' }, { timeout: 20000 })).toBeTruthy();
    expect(screen.getByText('The report went to your manager Lars Holm.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Report another' })).toBeTruthy();
  });
});
