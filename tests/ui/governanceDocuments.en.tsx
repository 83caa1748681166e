import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DocumentsHarness, openDocument, openTab, section, settled, treeNumbers } from './governanceDocuments.harness';

const harness = new DocumentsHarness();

beforeAll(() => harness.start());
afterAll(() => harness.stop());

describe('GovernanceDocuments in English', () => {
  it("shows a document owner the tree, the list, her queue and a document's header with the English strings", async () => {
    const user = userEvent.setup();
    const { container } = harness.renderAs('helena.ask');
    await screen.findByRole('heading', { level: 2, name: 'Governing documents' });
    await waitFor(() => expect(treeNumbers(container)).toContain('POL-001'));
    expect(screen.getByRole('tab', { name: 'Document tree' })).toBeTruthy();
    await screen.findByRole('tab', { name: /^My reviews/ });
    expect(screen.getByRole('tab', { name: 'Register a document' })).toBeTruthy();
    const stockholm = container.querySelector('[data-tree-document="LS-S-665820"]') as HTMLElement;
    expect(within(stockholm).getAllByText('Expired').length).toBeGreaterThan(0);
    expect(within(stockholm).getByText('Policy')).toBeTruthy();

    await openTab(user, 'All documents');
    const table = await screen.findByRole('table', { name: 'Governing documents' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Number',
      'Title',
      'Type',
      'Status',
      'Owner',
      'Scope',
      'Next review',
      'Valid until',
      'Flags'
    ]);
    expect(screen.getByText('Expires or is reviewed within 90 days')).toBeTruthy();
    // Words the documents themselves carry (titles, Fastställd av) stay as written.
    await openDocument(user, table, 'RL-001');
    const facts = section('trygg-document-facts');
    for (const label of ['Document type', 'Document number', 'Information security class', 'Approved', 'Approved by', 'Valid until', 'Prepared by']) {
      expect(within(facts).getByRole('rowheader', { name: label })).toBeTruthy();
    }
    expect(within(facts).getByText('Regiondirektören')).toBeTruthy();
    expect(within(facts).getByText('Guideline')).toBeTruthy();
    const steps = section('trygg-document-steps');
    expect(within(steps).getByRole('heading', { name: 'Work on the document' })).toBeTruthy();
    expect(within(steps).getByRole('button', { name: 'Confirm unchanged' })).toBeTruthy();
    expect(within(section('trygg-document-decisions')).getByRole('heading', { name: 'Decisions' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to the documents' }));

    await openTab(user, 'My reviews');
    const expired = await waitFor(() => {
      const found = container.querySelector('[data-queue-document="INS-003"]') as HTMLElement;
      expect(found).toBeTruthy();
      return found;
    });
    expect(within(expired).getByText(/^Validity ended .+ \(5 days ago\)$/)).toBeTruthy();
    expect(within(expired).getByText(/^Confirm unchanged: Its validity has ended/)).toBeTruthy();
    await settled();
  });
});
