import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import SecurityOverview from '../../src/webparts/securityOverview/components/SecurityOverview';
import { TryggRoot } from '../../src/components/TryggRoot';
import { IMySecurity } from '../../src/services/home/IMySecurityService';
import { workbenchLinks } from '../../src/webparts/securityOverview/homeLinks';
import { IWorkItem } from '../../src/domain/home/myWork';
import { managerPage, employeePage } from './securityOverview.fixtures';


const LINKS = workbenchLinks('http://localhost/?webpart=securityOverview&view=teams&lang=sv-se');

function show(value: IMySecurity): ReturnType<typeof render> {
  const load = jest.fn(() => Promise.resolve(value));
  return render(
    <TryggRoot>
      <SecurityOverview services={{ mySecurity: { load } }} links={LINKS} />
    </TryggRoot>
  );
}

describe('Min säkerhet', () => {
  it("shows the manager's work with counts, the overdue first, each a link to the web part that handles it", async () => {
    const { container } = show(managerPage());
    expect(screen.getByRole('heading', { level: 2, name: 'Min säkerhet' })).toBeTruthy();
    expect(await screen.findByText('Att göra: 4. Försenat: 2.')).toBeTruthy();
    const cases = screen.getByRole('heading', { name: 'Ärenden att hantera (2)' }).closest('section') as HTMLElement;
    const links = within(cases).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Patient slog medarbetare', 'Dörr uppställd']);
    expect(links[0].getAttribute('href')).toBe('http://localhost/?webpart=deviationInbox&view=teams&lang=sv-se&case=SKY-2026-00036');
    expect(within(cases).getByText(/Ärende · SKY-2026-00036 · försenad, skulle varit klar/)).toBeTruthy();
    const risk = screen.getByRole('link', { name: 'Blockerade utrymningsvägar' });
    expect(risk.getAttribute('href')).toContain('webpart=riskRegister');
    expect(risk.getAttribute('href')).toContain('risk=RISK-00002');
    // Empty kinds are left out rather than shown as empty cards.
    expect(screen.queryByRole('heading', { name: /Mål att mäta/ })).toBeNull();
    expect(container.querySelectorAll('[data-work-item]')).toHaveLength(4);
  });

  it("shows the unit's goals and its PDSA state with words, not colour alone", async () => {
    const { container } = show(managerPage());
    expect(await screen.findByRole('heading', { name: 'Din enhet: Akutmottagningen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Personalen kan hantera hotfulla situationer' }).getAttribute('href')).toContain('webpart=securityGoals');
    expect(screen.getByText('Hot och våld · I fas · 60 % av vägen till målet')).toBeTruthy();
    const phases = Array.from(container.querySelectorAll('[data-phase]')).map((phase) => phase.textContent);
    expect(phases).toEqual([
      'PlaneraKlar1 av 1 underlag uppfyllda',
      'GenomföraPågår0 av 1 underlag uppfyllda',
      'StuderaInte påbörjadInget underlag ännu',
      'AgeraInte påbörjad0 av 1 underlag uppfyllda'
    ]);
    expect(screen.getByText('Nu: Genomföra')).toBeTruthy();
  });

  it('tells an employee with nothing to do how to report, with the button, and what the unit works on', async () => {
    show(employeePage());
    expect(await screen.findByText('Du har inget att göra i säkerhetsarbetet just nu.')).toBeTruthy();
    expect(screen.getByText(/Har något hänt, eller nästan hänt\?/)).toBeTruthy();
    const report = screen.getByRole('link', { name: 'Rapportera avvikelse' });
    expect(report.getAttribute('href')).toBe('http://localhost/?webpart=deviationReport&view=teams&lang=sv-se');
    expect(screen.getByText('Det här arbetar enheten med 2026')).toBeTruthy();
    expect(screen.queryByText(/Enhetens PGSA/)).toBeNull();
  });

  it('shows five items of a long list first and the rest on request', async () => {
    const page = managerPage();
    const many: IWorkItem[] = Array.from({ length: 7 }, (_, index) => ({
      kind: 'riskAction',
      key: `riskAction:${index}`,
      title: `Åtgärd ${index + 1}`,
      reference: 'RISK-00001',
      urgency: 'due',
      day: '2026-12-01',
      daysLeft: 11,
      target: { webPart: 'riskRegister', riskNumber: 'RISK-00001' }
    }));
    show({ ...page, sections: page.sections.map((section) => (section.key === 'actions' ? { ...section, items: many } : section)) });
    const actions = (await screen.findByRole('heading', { name: 'Åtgärder du ansvarar för (7)' })).closest('section') as HTMLElement;
    expect(within(actions).getAllByRole('link')).toHaveLength(5);
    fireEvent.click(within(actions).getByRole('button', { name: 'Visa alla 7' }));
    expect(within(actions).getAllByRole('link')).toHaveLength(7);
  });

  it('says when a list was too large to read in full', async () => {
    show({ ...employeePage(), truncated: ['TryggMatningar'] });
    expect(await screen.findByText(/Vissa listor är så stora att allt inte kunde läsas här \(TryggMatningar\)/)).toBeTruthy();
  });

  it('uses the heading from the property pane when one is set', async () => {
    render(<SecurityOverview services={{ mySecurity: { load: () => Promise.resolve(employeePage()) } }} links={LINKS} title="Säkerhet på Akutmottagningen" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Säkerhet på Akutmottagningen' })).toBeTruthy();
    expect(await screen.findByText(/inget att göra/)).toBeTruthy();
  });
});
