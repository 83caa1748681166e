/**
 * The annual follow-up in the browser, in Swedish and English, as Peter Sjöberg (security
 * function): the key figures of the region's year, both downloads opened again (the Excel with
 * exceljs, the PDF with pdf.js), and the PDF's first pages rendered to pictures by pdf.js in
 * Chromium itself. Screenshots: annualReport-preview-<lang>.png and
 * annualReport-pdf-page<n>-<lang>.png. Each visit fails on console errors and failed requests.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJs from 'exceljs';
import type { Browser } from 'playwright-core';
import type { WorkbenchLocale } from '../../tools/workbench/client/pageConfig';
import { locStrings } from './helpers/locStrings';
import { IE2eSession, SCREENSHOT_DIR, startE2eSession } from './helpers/workbench';
import { pdfPageTexts } from '../unit/pdsa/annualReportPdfText';

interface IAnnualReportStrings {
  ExcelButton: string;
  PdfButton: string;
  GoalsCount: string;
  DeviationsTotal: string;
  FileName: string;
  WholeRegion: string;
  ReportTitle: string;
  Sheets: Record<string, string>;
  PageOf: string;
}

const LANGUAGES: readonly WorkbenchLocale[] = ['sv-se', 'en-us'];
const PDFJS = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** Not a real host: the rendering page and pdf.js are served by the test itself, nothing leaves the machine. */
const RENDER_ORIGIN = 'http://pdf-render.invalid';

/** A page that renders one page of /report.pdf into its canvas with pdf.js (an ES module, so it is loaded here, not by the test's code). */
const RENDER_PAGE = `<!doctype html><html><body style="margin:0;background:#888"><canvas id="page"></canvas>
<script type="module">
import * as pdfjs from '/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
const loading = pdfjs.getDocument({ url: '/report.pdf', standardFontDataUrl: '/standard_fonts/' }).promise;
window.renderPage = async (n) => {
  const page = await (await loading).getPage(n);
  const viewport = page.getViewport({ scale: 1.4 });
  const canvas = document.getElementById('page');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
};
</script></body></html>`;

let session: IE2eSession;
let dir: string;

beforeAll(async () => {
  session = await startE2eSession();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-annual-e2e-'));
});

afterAll(async () => {
  await session?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Renders the PDF's first pages with pdf.js in Chromium and saves each as a screenshot. */
async function screenshotPdfPages(browser: Browser, file: string, pages: number, lang: WorkbenchLocale): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    const files: Record<string, [string, string]> = {
      '/pdf.mjs': [path.join(PDFJS, 'build', 'pdf.min.mjs'), 'text/javascript'],
      '/pdf.worker.mjs': [path.join(PDFJS, 'build', 'pdf.worker.min.mjs'), 'text/javascript'],
      '/report.pdf': [file, 'application/pdf']
    };
    await page.route(`${RENDER_ORIGIN}/**`, async (route) => {
      const pathname = new URL(route.request().url()).pathname;
      if (pathname === '/') return route.fulfill({ contentType: 'text/html', body: RENDER_PAGE });
      if (pathname.startsWith('/standard_fonts/')) return route.fulfill({ path: path.join(PDFJS, pathname) });
      const served = files[pathname];
      return served ? route.fulfill({ path: served[0], contentType: served[1] }) : route.fulfill({ status: 404 });
    });
    await page.goto(`${RENDER_ORIGIN}/`);
    await page.waitForFunction(() => 'renderPage' in window);
    for (let n = 1; n <= pages; n++) {
      await page.evaluate((pageNumber) => (window as unknown as { renderPage(n: number): Promise<void> }).renderPage(pageNumber), n);
      await page.locator('#page').screenshot({ path: path.join(SCREENSHOT_DIR, `annualReport-pdf-page${n}-${lang}.png`) });
    }
  } finally {
    await context.close();
  }
}

describe.each(LANGUAGES)('the annual follow-up in %s', (lang) => {
  const strings = locStrings<IAnnualReportStrings>('AnnualReportWebPartStrings', lang);

  it('previews the region\'s year and downloads it as Excel and PDF with the same figures', async () => {
    const visit = await session.open({ persona: 'securityFunction', webpart: 'annualReport', lang });
    try {
      const preview = visit.webPart.locator('[data-trygg="annual-report-preview"]');
      // Gathering the region's year reads every section: give it more than the default 10 s.
      await visit.guard.race(preview.waitFor({ timeout: 60_000 }));
      const goals = Number((await preview.locator(`[data-figure="${strings.GoalsCount}"]`).textContent())?.replace(/\D/g, ''));
      const deviations = Number((await preview.locator(`[data-figure="${strings.DeviationsTotal}"]`).textContent())?.replace(/\D/g, ''));
      expect(goals).toBeGreaterThan(0);
      expect(deviations).toBeGreaterThan(0);
      await visit.screenshot(`annualReport-preview-${lang}`);

      const download = async (button: string): Promise<string> => {
        const [file] = await Promise.all([visit.page.waitForEvent('download', { timeout: 60_000 }), visit.webPart.getByRole('button', { name: button }).click()]);
        const target = path.join(dir, file.suggestedFilename());
        await file.saveAs(target);
        return target;
      };
      const scope = strings.WholeRegion.replace(/\s+/g, '-');
      const xlsx = await download(strings.ExcelButton);
      expect(path.basename(xlsx)).toMatch(new RegExp(`^${strings.FileName}-${scope}-\\d{4}\\.xlsx$`));
      const workbook = new ExcelJs.Workbook();
      await workbook.xlsx.readFile(xlsx);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['summary', 'goals', 'pdsa', 'deviations', 'risks', 'exercises', 'documents', 'selfAssessment'].map((key) => strings.Sheets[key]));
      const summary = workbook.getWorksheet(strings.Sheets.summary) as ExcelJs.Worksheet;
      const figures = new Map<string, ExcelJs.CellValue>();
      summary.eachRow((row) => figures.set(String(row.getCell(1).value), row.getCell(2).value));
      expect(figures.get(strings.GoalsCount)).toBe(goals);
      expect(figures.get(strings.DeviationsTotal)).toBe(deviations);

      const pdf = await download(strings.PdfButton);
      expect(path.basename(pdf)).toMatch(new RegExp(`^${strings.FileName}-${scope}-\\d{4}\\.pdf$`));
      const pages = pdfPageTexts(pdf).map((page) => page.replace(/\s+/g, ' '));
      expect(pages[0]).toContain(strings.ReportTitle);
      expect(pages[0]).toContain(strings.WholeRegion);
      expect(pages[0]).toContain(strings.PageOf.replace('{0}', '1').replace('{1}', String(pages.length)));
      expect(pages[1]).toContain(`${strings.GoalsCount} ${goals} `);
      expect(pages[1]).toContain(`${strings.DeviationsTotal} ${deviations} `);
      await visit.webPart.locator('[data-trygg="annual-report-downloaded"]').waitFor();
      await screenshotPdfPages(session.browser, pdf, 3, lang);
    } finally {
      await visit.close();
    }
  });
});
