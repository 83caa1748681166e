import * as React from 'react';
import { render, screen } from '@testing-library/react';
import SecurityOverview from '../../src/webparts/securityOverview/components/SecurityOverview';
import { workbenchLinks } from '../../src/webparts/securityOverview/homeLinks';
import { employeePage, managerPage } from './securityOverview.fixtures';

const LINKS = workbenchLinks('http://localhost/?webpart=securityOverview&lang=en-us');

describe('Min säkerhet in English', () => {
  it("shows the work, the unit and its PDSA state with the English strings", async () => {
    const { container } = render(<SecurityOverview services={{ mySecurity: { load: () => Promise.resolve(managerPage()) } }} links={LINKS} />);
    expect(screen.getByRole('heading', { level: 2, name: 'My security' })).toBeTruthy();
    expect(await screen.findByText('To do: 4. Overdue: 2.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cases to handle (2)' })).toBeTruthy();
    expect(screen.getByText(/Risk action · RISK-00001 · overdue, was due/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Your unit: Akutmottagningen' })).toBeTruthy();
    const phases = Array.from(container.querySelectorAll('[data-phase]')).map((phase) => phase.firstChild!.textContent);
    expect(phases).toEqual(['Plan', 'Do', 'Study', 'Act']);
    expect(screen.getByText('Now: Do')).toBeTruthy();
  });

  it('tells an employee with nothing to do how to report', async () => {
    render(<SecurityOverview services={{ mySecurity: { load: () => Promise.resolve(employeePage()) } }} links={LINKS} />);
    expect(await screen.findByText('You have nothing to do in the security work right now.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Report a deviation' })).toBeTruthy();
  });
});
