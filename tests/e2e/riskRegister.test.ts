/**
 * The risk register in the browser, in Swedish and English, as the people it is for: the register,
 * one risk, the heat map (also on a phone, where a cell opens its risks), and the matrix as the
 * security function sees it, and omvärldsbevakning raising a risk. Screenshots:
 * riskRegister-{risk,heatmap,heatmap-mobile,matrix,scanning}-<lang>.png
 * (the register itself is webparts.test.ts's riskRegister-<view>-<lang>.png). Each visit fails on
 * console errors and failed requests.
 */
import type { WorkbenchLocale } from '../../tools/workbench/client/pageConfig';
import { locStrings } from './helpers/locStrings';
import { IE2eSession, startE2eSession } from './helpers/workbench';
import ExcelJS from 'exceljs';

interface IRiskStrings {
  DefaultTitle: string;
  TabHeatMap: string;
  TabMatrix: string;
  TableCaption: string;
  BackToRegister: string;
  AssessmentHeading: string;
  ActionsHeading: string;
  MatrixGridCaption: string;
  EditMatrix: string;
  HeatMapKinds: Record<string, string>;
  NotForYou: string;
  TabScanning: string;
  Scanning: { RisksHeading: string; RaiseRisk: string };
  ImportButton: string;
  ImportPreviewButton: string;
  ImportPreviewHeading: string;
}

/** A register as a region keeps it in Excel: the matrix's level names, one unit that does not exist. */
async function registerFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Riskregister');
  sheet.addRow(['Risk', 'Område', 'Enhet', 'Sannolikhet', 'Konsekvens', 'Riskägare']);
  sheet.addRow(['Stöld av läkemedel ur vagnen', 'Tillträdesskydd', 'Akutmottagningen', 'Möjlig', 'Betydande', 'lars.holm@regionexempel.se']);
  sheet.addRow(['Brand i förrådet', 'Brandsäkerhet', 'Akutmottagningen', 'Osannolik', 'Allvarlig', 'lars.holm@regionexempel.se']);
  sheet.addRow(['=HYPERLINK("http://example.com")', 'Informationssäkerhet', 'Akutmottagningen', 'Sannolik', 'Måttlig', '']);
  sheet.addRow(['Översvämning i källaren', 'Yttre miljösäkerhet', 'Enhet som inte finns', 'Möjlig', 'Allvarlig', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const LANGUAGES: readonly WorkbenchLocale[] = ['sv-se', 'en-us'];

let session: IE2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.close();
});

describe.each(LANGUAGES)('risk register in %s', (lang) => {
  const strings = locStrings<IRiskStrings>('RiskRegisterWebPartStrings', lang);

  it('opens a risk from the register', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'riskRegister', lang });
    try {
      const table = visit.webPart.getByRole('table', { name: strings.TableCaption });
      await visit.guard.race(table.waitFor());
      const first = table.locator('[data-risk]').first();
      const riskNumber = String(await first.getAttribute('data-risk'));
      await first.getByRole('link').or(first.getByRole('button')).first().click();
      await visit.guard.race(visit.webPart.getByRole('heading', { level: 2, name: new RegExp(`^${riskNumber} · `) }).waitFor());
      await visit.webPart.getByRole('heading', { name: strings.ActionsHeading }).waitFor();
      await visit.screenshot(`riskRegister-risk-${lang}`);
      // Back where the user was, with the focus on the risk they came from.
      await visit.webPart.getByRole('button', { name: strings.BackToRegister }).click();
      await table.waitFor();
      expect(await visit.page.evaluate(() => document.activeElement && document.activeElement.textContent)).toBe(riskNumber);
      // A link to the risk (as in a reminder mail) opens it straight away.
      await visit.page.goto(`${session.url({ webpart: 'riskRegister', lang })}&risk=${riskNumber}`);
      await visit.guard.race(visit.webPart.getByRole('heading', { level: 2, name: new RegExp(`^${riskNumber} · `) }).waitFor());
    } finally {
      await visit.close();
    }
  });

  it('shows the heat map before and after treatment, and a cell opens its risks', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'riskRegister', lang });
    try {
      await visit.guard.race(visit.webPart.getByRole('table', { name: strings.TableCaption }).waitFor());
      await visit.webPart.getByRole('tab', { name: strings.TabHeatMap }).click();
      const current = visit.webPart.locator('[data-matrix-grid="current"]');
      await visit.guard.race(current.waitFor());
      await visit.webPart.locator('[data-matrix-grid="inherent"] caption', { hasText: strings.HeatMapKinds.inherent }).waitFor();
      await visit.screenshot(`riskRegister-heatmap-${lang}`);
      const cell = current.getByRole('button').first();
      const count = Number(await cell.locator('[data-count]').getAttribute('data-count'));
      await cell.click();
      await visit.webPart.locator('[data-cell-filter]').waitFor();
      // The filter shows at once; the cell's risks arrive with their page.
      const risks = visit.webPart.locator('[data-risk]');
      for (const deadline = Date.now() + 10_000; (await risks.count()) !== count && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await risks.count()).toBe(count);
    } finally {
      await visit.close();
    }
  });

  it('fits the heat map on a phone', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'riskRegister', lang, view: 'mobile' });
    try {
      await visit.guard.race(visit.webPart.getByRole('table', { name: strings.TableCaption }).waitFor());
      await visit.webPart.getByRole('tab', { name: strings.TabHeatMap }).click();
      const grid = visit.webPart.locator('[data-matrix-grid="current"]');
      await visit.guard.race(grid.waitFor());
      // Nothing wider than the phone: the table keeps inside the web part.
      const [gridWidth, partWidth] = await Promise.all([grid.evaluate((element) => element.scrollWidth), visit.webPart.evaluate((element) => element.clientWidth)]);
      expect(gridWidth).toBeLessThanOrEqual(partWidth);
      await grid.scrollIntoViewIfNeeded();
      await visit.screenshot(`riskRegister-heatmap-mobile-${lang}`, { fullPage: false });
    } finally {
      await visit.close();
    }
  });

  it('tells an employee it is for managers and the security function, with no failed request', async () => {
    const visit = await session.open({ persona: 'reporter', webpart: 'riskRegister', lang });
    try {
      await visit.guard.race(visit.webPart.locator('[data-trygg="risk-register-refused"]', { hasText: strings.NotForYou.slice(0, 30) }).waitFor());
      expect(await visit.webPart.getByRole('tab').count()).toBe(0);
      await visit.settle();
    } finally {
      await visit.close();
    }
  });

  it('shows the security function the matrix it may change', async () => {
    const visit = await session.open({ persona: 'securityFunction', webpart: 'riskRegister', lang });
    try {
      await visit.guard.race(visit.webPart.getByRole('tab', { name: strings.TabMatrix }).waitFor());
      await visit.webPart.getByRole('tab', { name: strings.TabMatrix }).click();
      await visit.webPart.locator('caption', { hasText: strings.MatrixGridCaption }).waitFor();
      await visit.webPart.getByRole('button', { name: strings.EditMatrix }).waitFor();
      await visit.screenshot(`riskRegister-matrix-${lang}`);
    } finally {
      await visit.close();
    }
  });

  it('lets a manager raise a risk from an omvärldsbevakning entry that concerns their unit', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'riskRegister', lang });
    try {
      await visit.guard.race(visit.webPart.getByRole('tab', { name: strings.TabScanning }).waitFor());
      await visit.webPart.getByRole('tab', { name: strings.TabScanning }).click();
      const entry = visit.webPart.locator('[data-scanning-entry]');
      await visit.guard.race(entry.getByRole('heading', { name: strings.Scanning.RisksHeading }).waitFor());
      await visit.screenshot(`riskRegister-scanning-${lang}`);
      await entry.getByRole('button', { name: strings.Scanning.RaiseRisk }).click();
      const raised = visit.webPart.locator('[data-scanning-outcome="raised"]');
      await visit.guard.race(raised.waitFor());
      expect(await raised.textContent()).toMatch(/RISK-\d{5}/);
      // The new risk is listed under the entry, beside the one the seed raised from it.
      const riskNumber = String((await raised.textContent())?.match(/RISK-\d{5}/)?.[0]);
      await visit.guard.race(entry.locator('li', { hasText: riskNumber }).waitFor());
    } finally {
      await visit.close();
    }
  });

  it('previews an Excel register with the row that cannot be imported, writing nothing yet', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'riskRegister', lang });
    try {
      await visit.guard.race(visit.webPart.getByRole('button', { name: strings.ImportButton }).waitFor());
      await visit.webPart.getByRole('button', { name: strings.ImportButton }).click();
      const panel = visit.page.locator('[data-trygg="risk-import"]');
      await visit.guard.race(panel.waitFor());
      await panel.locator('input[type="file"]').setInputFiles({ name: 'riskregister.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await registerFile() });
      await visit.guard.race(panel.getByRole('button', { name: strings.ImportPreviewButton }).waitFor());
      await panel.getByRole('button', { name: strings.ImportPreviewButton }).click();
      await visit.guard.race(panel.locator('[data-step="preview"]').or(visit.page.locator('[data-trygg="risk-import"][data-step="preview"]')).first().waitFor());
      const heading = panel.getByText(strings.ImportPreviewHeading, { exact: true });
      await heading.waitFor();
      // The panel scrolls on its own: the preview where it begins, as the user sees it.
      await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await visit.screenshot(`riskRegister-import-preview-${lang}`, { fullPage: false });
    } finally {
      await visit.close();
    }
  });
});
