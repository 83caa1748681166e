import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { descendantUnitIds } from '../../src/domain/organisation';
import { RISK_STATUSES } from '../../src/domain/risks/vocabulary';
import { assessment, choose, chosen, riskFilters, RiskHarness, section, shownRiskNumbers } from './riskRegister.harness';

const harness = new RiskHarness();
const OPEN = RISK_STATUSES.filter((status) => status !== 'Avslutad');

beforeAll(() => harness.start());
afterAll(() => harness.stop());

async function registerShown(): Promise<void> {
  await screen.findByRole('table', { name: 'Risker' });
}

describe('RiskRegister', () => {
  it('lets a manager add a risk, assess it on the matrix, and find it in the register and the heat map', async () => {
    const user = userEvent.setup();
    const { container, services } = harness.renderAs('lars.holm');
    await screen.findByRole('heading', { level: 2, name: 'Riskregister' });
    await registerShown();

    await user.click(screen.getByRole('button', { name: 'Ny risk' }));
    await screen.findByRole('heading', { level: 2, name: 'Ny risk' });
    const description = section('trygg-risk-description');
    // Lars answers for one unit: the risk goes there without asking.
    expect(chosen(description, 'Enhet')).toBe('Akutmottagningen');
    await user.type(within(description).getByLabelText('Rubrik'), 'Syrgastuber förvaras i korridoren');
    await choose(user, description, 'Säkerhetsområde', 'Brandsäkerhet');
    await user.type(within(description).getByLabelText('Orsak'), 'Förrådet är fullt');
    await user.type(within(description).getByLabelText('Händelse'), 'Brand i korridoren');
    await user.type(within(description).getByLabelText('Konsekvens'), 'Tuberna förvärrar branden');
    // Confidentiality, integrity and availability are asked only for information and IT security.
    expect(description.querySelector('[data-field="cia"]')).toBeNull();

    await choose(user, assessment('inherent'), 'Sannolikhet', /^4 Sannolik/);
    await choose(user, assessment('inherent'), 'Konsekvens', /^4 Allvarlig/);
    await choose(user, assessment('current'), 'Sannolikhet', /^3 Möjlig/);
    await choose(user, assessment('current'), 'Konsekvens', /^4 Allvarlig/);
    await choose(user, assessment('target'), 'Sannolikhet', /^2 Osannolik/);
    await choose(user, assessment('target'), 'Konsekvens', /^2 Måttlig/);
    expect(within(assessment('current')).getByText(/Riskvärde 12/).textContent).toContain('Mycket hög');
    expect(assessment('target').querySelector('[data-assessment-result]')!.getAttribute('data-assessment-result')).toBe('medium');

    // The review follows the level: Mycket hög is looked at every third month.
    await user.click(within(section('trygg-risk-follow-up')).getByRole('button', { name: 'Använd förslaget' }));
    expect((within(section('trygg-risk-follow-up')).getByLabelText('Översyn var … månad') as HTMLInputElement).value).toBe('3');
    expect((within(section('trygg-risk-follow-up')).getByLabelText('Nästa översyn') as HTMLInputElement).value).toBe('2027-02-20');

    await user.click(screen.getByRole('button', { name: 'Registrera risken' }));
    await screen.findByText('Risken är registrerad.');
    const heading = await screen.findByRole('heading', { level: 2, name: /^RISK-\d{5} · Syrgastuber förvaras i korridoren$/ });
    // The page has settled when its last section has read the governing documents.
    await within(section('trygg-risk-document')).findByText('Risken är inte kopplad till något styrande dokument.');
    const riskNumber = String(heading.textContent).split(' · ')[0];
    const stored = (await services.risks.get(Number(riskNumber.slice(5))))!.risk;
    expect(stored).toMatchObject({
      title: 'Syrgastuber förvaras i korridoren',
      area: 'Brandsäkerhet',
      unit: { title: 'Akutmottagningen' },
      inherent: { likelihood: 4, consequence: 4 },
      current: { likelihood: 3, consequence: 4 },
      target: { likelihood: 2, consequence: 2 },
      matrixVersion: 1,
      reviewIntervalMonths: 3,
      status: 'Utkast',
      owner: { displayName: 'Lars Holm' }
    });
    expect(stored.nextReviewAt!.slice(0, 10)).toBe('2027-02-20');

    await user.click(within(section('trygg-risk-status')).getByRole('button', { name: 'Markera som bedömd' }));
    await screen.findByText('Risken är sparad.');
    expect(within(section('trygg-risk-status')).getByText('Status: Bedömd')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Tillbaka till registret' }));
    await registerShown();
    const row = await waitFor(() => container.querySelector(`[data-risk="${riskNumber}"]`) as HTMLElement);
    expect(row.textContent).toContain('Mycket hög');
    expect(row.textContent).toContain('Bedömd');

    // The heat map counts it in its cell, and the cell opens exactly its risks.
    const inCell = (await harness.allRisks('lars.holm', { statuses: OPEN })).filter((risk) => risk.current && risk.current.likelihood === 3 && risk.current.consequence === 4);
    expect(inCell.map((risk) => risk.riskNumber)).toContain(riskNumber);
    await user.click(screen.getByRole('tab', { name: 'Värmekarta' }));
    const current = await waitFor(() => {
      const grid = container.querySelector('[data-matrix-grid="current"]') as HTMLElement;
      expect(grid).toBeTruthy();
      return grid;
    });
    expect(Number(current.querySelector('[data-cell="3-4"] [data-count]')!.getAttribute('data-count'))).toBe(inCell.length);
    expect(current.querySelector('[data-cell="3-4"]')!.textContent).toContain('Mycket hög');
    await user.click(within(current.querySelector('[data-cell="3-4"]') as HTMLElement).getByRole('button'));
    await registerShown();
    expect(container.querySelector('[data-cell-filter="current-3-4"]')).toBeTruthy();
    expect(shownRiskNumbers(container).sort()).toEqual(inCell.map((risk) => risk.riskNumber).sort());
  });

  it('sends every filter to SharePoint, rolls units up, and searches only what is loaded', async () => {
    const user = userEvent.setup();
    // What each filter should show, read through the service first, so the page is never updated behind the test's back.
    const lars = harness.services('lars.holm');
    const units = await lars.units.getAll();
    const akut = units.filter((unit) => unit.title === 'Akutmottagningen')[0];
    const top = units.filter((unit) => unit.id === akut.parentId)[0];
    const below = descendantUnitIds(units, top.id);
    const myId = (await lars.currentUser.get()).id;
    const itRisks = await harness.allRisks('lars.holm', { area: 'IT-säkerhet', statuses: OPEN });
    const openRisks = await harness.allRisks('lars.holm', { statuses: OPEN });
    const inLine = await harness.allRisks('lars.holm', { unitIds: below, statuses: OPEN });
    const mine = await harness.allRisks('lars.holm', { unitIds: below, statuses: OPEN, ownerId: myId });
    expect(itRisks.length).toBeGreaterThan(0);
    expect(below.length).toBeGreaterThan(1);
    expect(mine.length).toBeGreaterThan(0);
    const { container } = harness.renderAs('lars.holm');
    const shows = (expected: { riskNumber: string }[]): Promise<void> =>
      waitFor(() => expect(shownRiskNumbers(container).sort()).toEqual(expected.map((risk) => risk.riskNumber).sort()));
    await registerShown();
    await shows(openRisks);
    const filters = screen.getByRole('group', { name: 'Filter' });

    harness.emulator.requests.reset();
    await choose(user, filters, 'Säkerhetsområde', 'IT-säkerhet');
    await shows(itRisks);
    expect(riskFilters(harness.emulator).some((filter) => filter.indexOf("SecurityArea eq 'IT-säkerhet'") >= 0)).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
    await shows(openRisks);

    // A förvaltning takes in every unit below it.
    await choose(user, filters, 'Enhet (med underliggande)', top.title);
    await shows(inLine);
    expect(inLine.some((risk) => risk.unit.id !== top.id)).toBe(true);

    await user.click(screen.getByRole('checkbox', { name: 'Bara risker jag äger' }));
    await shows(mine);
    expect(Array.from(container.querySelectorAll('[data-risk] td:nth-child(8)')).every((cell) => cell.textContent === 'Lars Holm')).toBe(true);

    // The search reads no more: it filters the rows on the page and says so.
    harness.emulator.requests.reset();
    await user.type(screen.getByRole('searchbox', { name: 'Sök bland inlästa risker' }), mine[0].title.slice(0, 12));
    await screen.findByText(new RegExp(`^Träffar bland de inlästa riskerna: \\d+ av ${mine.length}\\.$`));
    expect(shownRiskNumbers(container)).toContain(mine[0].riskNumber);
    expect(harness.emulator.requests.count({ pathContains: 'TryggRisker' })).toBe(0);
    expect(screen.getByText(/Sökningen gäller bara de risker som är inlästa/)).toBeTruthy();
  });

  it('tells an employee the register is for managers and the security function, without a failed request', async () => {
    harness.emulator.requests.reset();
    const { container } = harness.renderAs('anna.svensson');
    await screen.findByText(/Riskregistret är till för chefer och säkerhetsfunktionen/);
    expect(container.querySelector('[data-risk-table]')).toBeNull();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(harness.emulator.requests.list().filter((request) => request.status >= 400)).toEqual([]);
    expect(harness.emulator.requests.count({ pathContains: 'TryggRisk' })).toBe(0);
  });

  it('shows every problem at its field and writes nothing while there are any', async () => {
    const user = userEvent.setup();
    harness.renderAs('lars.holm');
    await registerShown();
    await user.click(screen.getByRole('button', { name: 'Ny risk' }));
    await screen.findByRole('heading', { level: 2, name: 'Ny risk' });
    await choose(user, assessment('current'), 'Sannolikhet', /^1 Mycket osannolik/);
    await choose(user, assessment('target'), 'Sannolikhet', /^4 Sannolik/);
    await choose(user, assessment('target'), 'Konsekvens', /^4 Allvarlig/);
    await user.type(within(section('trygg-risk-follow-up')).getByLabelText('Översyn var … månad'), '99');
    await user.click(within(section('trygg-risk-description')).getByLabelText('Händelse'));
    await user.paste('x'.repeat(2001));

    harness.emulator.requests.reset();
    await user.click(screen.getByRole('button', { name: 'Registrera risken' }));
    await screen.findByText(/fält behöver rättas\. Inget har sparats\./);
    const description = section('trygg-risk-description');
    expect(within(description).getAllByText('Fyll i fältet.').length).toBe(2); // title and area
    expect(within(description).getByText(/Texten är 1 tecken för lång \(högst 2000\)/)).toBeTruthy();
    expect(within(assessment('current')).getByText('Välj både sannolikhet och konsekvens.')).toBeTruthy();
    expect(within(section('trygg-risk-follow-up')).getByText('Ange ett heltal inom det tillåtna.')).toBeTruthy();
    expect(harness.riskWrites()).toBe(0);

    // A target above the current risk is refused too.
    await choose(user, assessment('current'), 'Konsekvens', /^1 Begränsad/);
    expect(await within(assessment('target')).findByText('Målet kan inte vara en högre risk än den nuvarande.')).toBeTruthy();
    expect(harness.riskWrites()).toBe(0);
  });

  it('shows both versions when someone else saved first, and keeps the one the user chooses', async () => {
    const user = userEvent.setup();
    const units = await harness.services('lars.holm').units.getAll();
    const akut = units.filter((unit) => unit.title === 'Akutmottagningen')[0];
    const draft = { title: 'Läkemedelsvagnen står olåst', area: 'Tillträdesskydd' as const, unitId: akut.id, current: { likelihood: 2, consequence: 3 }, ownerEmail: 'lars.holm@regionexempel.se' };
    const risk = await harness.addRisk('lars.holm', draft);
    harness.renderAs('lars.holm', risk.riskNumber);
    await screen.findByRole('heading', { level: 2, name: `${risk.riskNumber} · Läkemedelsvagnen står olåst` });
    const title = (): HTMLInputElement => within(section('trygg-risk-description')).getByLabelText('Rubrik') as HTMLInputElement;

    await user.clear(title());
    await user.type(title(), 'Läkemedelsvagnen lämnas olåst i korridoren');
    // Peter saves the same risk meanwhile.
    const peter = harness.services('peter.sjoberg');
    const theirs = await peter.risks.save({ ...draft, title: 'Läkemedelsvagn utan lås' }, 'peter-1', risk);
    expect(theirs.kind).toBe('saved');

    await user.click(screen.getByRole('button', { name: 'Spara risken' }));
    await screen.findByRole('heading', { name: 'Risken har ändrats av någon annan' });
    const row = document.querySelector('[data-conflict-field="title"]') as HTMLElement;
    expect(row.querySelector('[data-side="mine"]')!.textContent).toBe('Läkemedelsvagnen lämnas olåst i korridoren');
    expect(row.querySelector('[data-side="theirs"]')!.textContent).toBe('Läkemedelsvagn utan lås');
    await user.click(screen.getByRole('button', { name: 'Spara min version' }));
    await screen.findByText('Risken är sparad.');
    expect(document.querySelector('[data-conflict]')).toBeNull();
    expect((await peter.risks.get(risk.id))!.risk.title).toBe('Läkemedelsvagnen lämnas olåst i korridoren');

    // Again, and this time the stored version wins: the form shows it and nothing more is written.
    const stored = (await peter.risks.get(risk.id))!.risk;
    await peter.risks.save({ ...draft, title: 'Vagnen ska låsas' }, 'peter-2', stored);
    await user.clear(title());
    await user.type(title(), 'Min andra rubrik');
    await user.click(screen.getByRole('button', { name: 'Spara risken' }));
    await screen.findByRole('heading', { name: 'Risken har ändrats av någon annan' });
    harness.emulator.requests.reset();
    await user.click(screen.getByRole('button', { name: 'Använd den sparade versionen' }));
    await waitFor(() => expect(title().value).toBe('Vagnen ska låsas'));
    expect(harness.riskWrites()).toBe(0);
  });
});
