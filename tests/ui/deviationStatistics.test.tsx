import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import { IRunningEmulator, startEmulator } from '../../tools/emulator';
import { buildRegionExempel, REFERENCE_TIME } from '../../tools/emulator/seed/regionExempel';
import { ISeedData, ISeedItem } from '../../tools/emulator/seed/types';
import { createTryggServices } from '../../src/services/createTryggServices';
import { TryggRoot } from '../../src/components/TryggRoot';
import DeviationStatistics from '../../src/webparts/deviationStatistics/components/DeviationStatistics';

const NOW = new Date(REFERENCE_TIME); // 2026-11-20: the last 12 months are December 2025 – November 2026
// Swedish time is UTC+1 at both ends of the period, so the period in UTC is:
const PERIOD_START = Date.parse('2025-11-30T23:00:00Z');
const PERIOD_END = Date.parse('2026-11-30T23:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

let emulator: IRunningEmulator;
let seed: ISeedData;

beforeAll(async () => {
  seed = buildRegionExempel();
  emulator = await startEmulator({ port: 0, seed, now: () => NOW });
});

afterAll(async () => {
  await emulator.close();
});

function renderStatistics(personKey: string, on: IRunningEmulator = emulator): ReturnType<typeof render> {
  const services = createTryggServices({
    siteUrl: on.siteUrl,
    graphBaseUrl: on.graphBaseUrl,
    headers: { 'X-Trygg-User': `${personKey}@regionexempel.se` },
    now: () => NOW
  });
  return render(
    <TryggRoot>
      <DeviationStatistics services={services} statistics={services.statistics} />
    </TryggRoot>
  );
}

function source(container: HTMLElement): string {
  return (container.querySelector('[data-trygg="statistics-source"]') as HTMLElement).textContent || '';
}

/** Every seeded case, open and protected: the security function reads both lists. */
function allCases(): ISeedItem[] {
  return [...seed.items.deviations, ...seed.items.protectedDeviations];
}

function inPeriod(item: ISeedItem): boolean {
  const reported = Date.parse(String(item.values.ReportedAt));
  return reported >= PERIOD_START && reported < PERIOD_END;
}

function middle(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
}

function tile(container: HTMLElement, id: string): string {
  return (container.querySelector(`[data-tile="${id}"] [data-value]`) as HTMLElement).textContent || '';
}

/** Days as statistics measure them: to a tenth of a day. */
function tenths(ms: number): number {
  return Math.round((ms / DAY_MS) * 10) / 10;
}

function days(value: number): string {
  return new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(value);
}

/** The seeded region's figures for the last twelve months, each worked out from the seed itself. */
function expectRegionFigures(container: HTMLElement): void {
  const cases = allCases().filter(inPeriod);
  expect(cases.length).toBeGreaterThan(50);
  expect(seed.items.protectedDeviations.filter(inPeriod).length).toBeGreaterThan(0);
  expect(tile(container, 'total')).toBe(String(cases.length));
  const open = cases.filter((item) => item.values.Status !== 'Avslutad' && item.values.Status !== 'Avvisad');
  expect(tile(container, 'open')).toBe(String(open.length));
  expect(tile(container, 'closed')).toBe(String(cases.filter((item) => item.values.Status === 'Avslutad').length));

  // Medians, from the seed's own timestamps.
  const toAcknowledge = cases
    .filter((item) => item.values.AcknowledgedAt)
    .map((item) => tenths(Date.parse(String(item.values.AcknowledgedAt)) - Date.parse(String(item.values.ReportedAt))));
  expect(tile(container, 'medianAcknowledge')).toBe(days(middle(toAcknowledge)));
  const toClose = cases
    .filter((item) => item.values.Status === 'Avslutad' && item.values.ClosedAt)
    .map((item) => tenths(Date.parse(String(item.values.ClosedAt)) - Date.parse(String(item.values.ReportedAt))));
  expect(tile(container, 'medianClose')).toBe(days(middle(toClose)));

  // Open and overdue actions on the cases counted, each list's actions on that list's cases (ids repeat between them).
  const openIds = new Set(seed.items.deviations.filter(inPeriod).map((item) => item.Id));
  const protectedIds = new Set(seed.items.protectedDeviations.filter(inPeriod).map((item) => item.Id));
  const openActions = [
    ...seed.items.deviationActions.filter((a) => openIds.has(a.values.Deviation as number)),
    ...seed.items.protectedActions.filter((a) => protectedIds.has(a.values.Deviation as number))
  ].filter((a) => a.values.ActionStatus !== 'Klar');
  expect(seed.items.protectedActions.some((a) => protectedIds.has(a.values.Deviation as number) && a.values.ActionStatus !== 'Klar')).toBe(true);
  expect(tile(container, 'openActions')).toBe(String(openActions.length));
  const overdueActions = openActions.filter((a) => Date.parse(String(a.values.DueDate)) + DAY_MS <= NOW.getTime());
  expect(tile(container, 'overdueActions')).toBe(String(overdueActions.length));

  // Per area: the threats-and-violence row counts the seeded cases in that area, all of them protected.
  const threats = cases.filter((item) => item.values.SecurityArea === 'Hot och våld').length;
  expect(threats).toBeGreaterThan(0);
  const areaRow = container.querySelector('[data-breakdown="area"] tr[data-key="Hot och våld"]') as HTMLElement;
  expect(within(areaRow).getByRole('rowheader').textContent).toBe('Hot och våld');
  expect(areaRow.querySelector('[data-total]')!.textContent).toBe(String(threats));

  // Per month: twelve rows that add up to the total.
  const monthCounts = Array.from(container.querySelectorAll('[data-breakdown="month"] [data-count]')).map((cell) => Number(cell.textContent));
  expect(monthCounts).toHaveLength(12);
  expect(monthCounts.reduce((sum, n) => sum + n, 0)).toBe(cases.length);

  // Per unit, rolled up: the region at the top holds every case, and Akutmottagningen its own.
  const unitRows = container.querySelectorAll('[data-breakdown="unit"] tbody tr');
  expect(unitRows[0].querySelector('[data-total]')!.textContent).toBe(String(cases.length));
  const akuten = seed.items.units.filter((unit) => unit.values.UnitCode === 'RE-SJH-AKU')[0];
  const akutenCases = cases.filter((item) => item.values.Unit === akuten.Id).length;
  const akutenRow = container.querySelector(`[data-breakdown="unit"] tr[data-unit-id="${akuten.Id}"]`) as HTMLElement;
  expect(akutenRow.querySelector('[data-total]')!.textContent).toBe(String(akutenCases));
  const sjukhuset = seed.items.units.filter((unit) => unit.Id === akuten.values.ParentUnit)[0];
  const sjukhusetRow = container.querySelector(`[data-breakdown="unit"] tr[data-unit-id="${sjukhuset.Id}"]`) as HTMLElement;
  expect(Number(sjukhusetRow.querySelector('[data-total]')!.textContent)).toBeGreaterThanOrEqual(akutenCases);
}

describe('DeviationStatistics', () => {
  it('shows the seeded region’s figures for the last twelve months to the security function, live', async () => {
    const { container } = renderStatistics('peter.sjoberg');
    await screen.findByText(/Hela regionen, /);
    expect(source(container)).toBe('Alla ärenden, aktuella');
    expectRegionFigures(container);
  });

  it.each([
    ['an employee', 'anna.svensson'],
    ['a manager', 'lars.holm']
  ])('shows %s the same figures for the whole region, compiled, and says when', async (_role, personKey) => {
    const { container } = renderStatistics(personKey);
    await screen.findByText(/Hela regionen, /);
    expect(source(container)).toBe('Sammanställt varje natt för hela regionen, utan ärendeuppgifter (senast ändrat 20 nov. 2026 09:00)');
    expectRegionFigures(container);
  });

  it.each(['peter.sjoberg', 'anna.svensson'])('narrows to a unit and the units below it, as %s', async (personKey) => {
    const user = userEvent.setup();
    const { container } = renderStatistics(personKey);
    await screen.findByText(/Hela regionen, /);
    const akuten = seed.items.units.filter((unit) => unit.values.UnitCode === 'RE-SJH-AKU')[0];
    const label = screen.getByText('Enhet (med underliggande enheter)', { selector: 'label' });
    await user.click(container.querySelector(`[role="combobox"][aria-labelledby~="${label.id}"]`) as HTMLElement);
    await user.click(await screen.findByRole('option', { name: String(akuten.values.Title) }));
    await screen.findByText(new RegExp(`^${String(akuten.values.Title)}, `));
    const expected = allCases().filter((item) => inPeriod(item) && item.values.Unit === akuten.Id).length;
    expect(seed.items.protectedDeviations.some((item) => inPeriod(item) && item.values.Unit === akuten.Id)).toBe(true);
    expect(tile(container, 'total')).toBe(String(expected));
  });

  it.each([
    ['peter.sjoberg', 'Alla ärenden, aktuella'],
    ['anna.svensson', 'Sammanställt varje natt för hela regionen, utan ärendeuppgifter (senast ändrat 20 nov. 2026 09:00)']
  ])('exports a real .xlsx workbook with the same figures and what they count, as %s', async (personKey, sourceText) => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    const originalCreate = URL.createObjectURL;
    const originalRevoke = URL.revokeObjectURL;
    URL.createObjectURL = (blob: Blob): string => {
      blobs.push(blob);
      return 'blob:trygg-test';
    };
    URL.revokeObjectURL = (): void => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    try {
      const { container } = renderStatistics(personKey);
      await screen.findByText(/Hela regionen, /);
      const exportButton = screen.getByRole('button', { name: 'Exportera till Excel' }) as HTMLButtonElement;
      await user.click(exportButton);
      await waitFor(() => expect(blobs).toHaveLength(1));
      await waitFor(() => expect(exportButton.disabled).toBe(false));

      expect(downloads).toEqual(['trygg-avvikelsestatistik-2025-12--2026-11.xlsx']);
      expect(blobs[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = await JSZip.loadAsync(await blobs[0].arrayBuffer());
      const workbookXml = await workbook.file('xl/workbook.xml')!.async('string');
      expect(workbookXml).toContain('name="Sammanfattning"');
      expect(workbookXml).toContain('name="Per enhet"');
      const summary = await workbook.file('xl/worksheets/sheet1.xml')!.async('string');
      expect(summary).toContain('<t xml:space="preserve">Rapporterade</t>');
      expect(summary).toContain(`<t xml:space="preserve">${sourceText}</t>`);
      expect(summary).toContain(`<c r="B5"><v>${tile(container, 'total')}</v></c>`);
      expect(await workbook.file('[Content_Types].xml')!.async('string')).toContain('spreadsheetml.sheet.main+xml');
    } finally {
      URL.createObjectURL = originalCreate;
      URL.revokeObjectURL = originalRevoke;
      click.mockRestore();
    }
  });

  it('tells an employee that the region has not been compiled yet, with no figures and no error', async () => {
    // The same region before the Trygg function's first compilation.
    const uncompiled = await startEmulator({ port: 0, seed: { ...seed, items: { ...seed.items, deviationAggregate: [] } }, now: () => NOW });
    try {
      const { container } = renderStatistics('anna.svensson', uncompiled);
      await screen.findByText('Inte sammanställt ännu: siffrorna visas efter nattens sammanställning.');
      expect(container.querySelector('[data-tile]')).toBeNull();
      expect(screen.queryByText('Inga ärenden rapporterades under perioden.')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Exportera till Excel' })).toBeNull();
      expect(uncompiled.requests.list().filter((request) => request.status >= 400)).toEqual([]);
    } finally {
      await uncompiled.close();
    }
  });
});
