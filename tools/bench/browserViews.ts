/**
 * The benchmark in a real browser: each web part on the workbench's SharePoint page (frame=1,
 * Swedish, as the persona its e2e expectation names), cold (a new browser context per visit),
 * built as written and naively in the same run. Counts what the browser fetched before the web
 * part first showed its data (its expectation in tests/e2e/webPartExpectations.ts is met).
 */
import * as zlib from 'zlib';
import type { Browser, Request } from 'playwright-core';
import { expect as standaloneExpect } from 'expect';
import { launchChromium } from '../browser/chromium';
import { ensureChromium } from '../browser/ensureChromium';
import { personaUpn } from '../workbench/client/personas';
import { WEB_PARTS, IWorkbenchWebPart } from '../workbench/client/webparts';
import { IRunningWorkbench, startWorkbench } from '../workbench/server';
import { WEB_PART_EXPECTATIONS } from '../../tests/e2e/webPartExpectations';
import { webPartShareByChunk } from './chunkAttribution';
import { kb, ratio, table } from './measure';

const JS_BUDGET_KB = 60;
const DATA_REQUEST_BUDGET = 2;
const LANG = 'sv-se';

// The expectations assert with jest's `expect` (the PDSA matrix's phases); outside jest, the same library.
const globals = globalThis as unknown as { expect?: unknown };
if (!globals.expect) globals.expect = standaloneExpect;

interface IViewMeasure {
  readonly jsGzip: number;
  readonly dataRequests: number;
  readonly dataBytes: number;
  readonly ms: number;
  readonly heapBytes: number;
}

type Outcome = IViewMeasure | { readonly error: string };

const isData = (url: URL): boolean => url.pathname.includes('/_api/') || url.pathname.startsWith('/graph/');
const isAsset = (url: URL): boolean => url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js');

async function bodyOf(request: Request): Promise<Buffer> {
  const response = await request.response();
  return response ? response.body() : Buffer.alloc(0);
}

/** A round-trip time to emulate, in ms (TRYGG_BENCH_RTT; 0, the default, is the machine's own loopback). */
const NETWORK_RTT_MS = Number(process.env.TRYGG_BENCH_RTT || 0);

/** One cold visit: a new context, the page until the expectation is met, then what was fetched until then. */
async function visit(browser: Browser, workbench: IRunningWorkbench, shares: Map<string, number>, webPart: IWorkbenchWebPart): Promise<IViewMeasure> {
  const expectation = WEB_PART_EXPECTATIONS[webPart.key];
  if (!expectation) throw new Error('no expectation in tests/e2e/webPartExpectations.ts');
  const context = await browser.newContext({ viewport: { width: 1512, height: 1000 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  try {
    await context.addCookies([{ name: 'trygg-user', value: encodeURIComponent(personaUpn(expectation.persona)), url: workbench.url }]);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    if (NETWORK_RTT_MS > 0) {
      // A weak mobile connection (TRYGG_BENCH_RTT): each request waits a round trip, bytes at 1.6 Mbit/s down.
      const network = await context.newCDPSession(page);
      await network.send('Network.emulateNetworkConditions', { offline: false, latency: NETWORK_RTT_MS, downloadThroughput: 200_000, uploadThroughput: 94_000 });
    }
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    // A script error would otherwise show only as the expectation's time-out.
    const crashed = new Promise<never>((_resolve, reject) => page.on('pageerror', (error) => reject(new Error(`page error: ${error.message.split('\n')[0]}`))));
    const webPartElement = page.locator(`[data-webpart="${webPart.key}"]`);
    const shown = page
      .goto(`${workbench.url}?webpart=${webPart.key}&view=sharepoint&lang=${LANG}&frame=1`)
      .then(() => expectation.expectContent(webPartElement, LANG))
      // A view may show its data while a part of it still loads: that part's spinner must be gone too.
      .then(() => page.waitForFunction((key) => !document.querySelector(`[data-webpart="${key}"] .ms-Spinner`), webPart.key));
    await Promise.race([shown, crashed]);
    const ms = await page.evaluate(() => performance.now());
    const before = requests.slice();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    let jsGzip = 0;
    let dataBytes = 0;
    let dataRequests = 0;
    for (const request of before) {
      const url = new URL(request.url());
      if (isAsset(url)) {
        const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
        // A script the bundle's metafile does not know is counted whole: nothing says it is the page's.
        jsGzip += zlib.gzipSync(await bodyOf(request)).length * (shares.get(name) ?? 1);
      } else if (isData(url)) {
        dataRequests++;
        dataBytes += (await bodyOf(request)).length;
      }
    }
    const heapBytes = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
    return { jsGzip, dataRequests, dataBytes, ms, heapBytes };
  } finally {
    await context.close();
  }
}

/** Every web part on one workbench (as written, or naive). */
async function measureBuild(browser: Browser, naive: boolean): Promise<Map<string, Outcome>> {
  const workbench = await startWorkbench({ port: 0, naive, prebuild: false });
  try {
    const bundle = await workbench.clientBundle(LANG);
    const outcomes = new Map<string, Outcome>();
    // One visit first, not counted: the server's code paths and SQLite warm up, as on a running site.
    await visit(browser, workbench, new Map(), WEB_PARTS[0]).catch(() => undefined);
    for (const webPart of WEB_PARTS) {
      const shares = webPartShareByChunk(bundle.metafile, webPart.key);
      outcomes.set(
        webPart.key,
        await visit(browser, workbench, shares, webPart).catch((error: Error) => ({ error: error.message.split('\n')[0] }))
      );
    }
    return outcomes;
  } finally {
    await workbench.close();
  }
}

function verdict(ours: Outcome): string {
  if ('error' in ours) return `no: failed (${ours.error})`;
  const over = [
    ours.jsGzip > JS_BUDGET_KB * 1024 ? `JS ${Math.round(ours.jsGzip / 1024)} KB > ${JS_BUDGET_KB}` : '',
    ours.dataRequests > DATA_REQUEST_BUDGET ? `${ours.dataRequests} data requests > ${DATA_REQUEST_BUDGET}` : ''
  ].filter(Boolean);
  return over.length ? `no: ${over.join(', ')}` : 'yes';
}

const ms = (value: number): string => `${Math.round(value)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface IBrowserBench {
  readonly markdown: string;
  /** "riskRegister (no: JS 96 KB > 60)" for each web part over budget. */
  readonly overBudget: readonly string[];
}

export async function benchBrowserViews(): Promise<IBrowserBench> {
  await ensureChromium();
  const browser = await launchChromium();
  let ours: Map<string, Outcome>;
  let naive: Map<string, Outcome>;
  try {
    ours = await measureBuild(browser, false);
    naive = await measureBuild(browser, true);
  } finally {
    await browser.close();
  }
  const rows: string[][] = [];
  const overBudget: string[] = [];
  for (const { key } of WEB_PARTS) {
    const mine = ours.get(key) as Outcome;
    const base = naive.get(key) as Outcome;
    const ok = verdict(mine);
    if (ok !== 'yes') overBudget.push(`${key} (${ok})`);
    const m = 'error' in mine ? undefined : mine;
    const n = 'error' in base ? undefined : base;
    rows.push([
      key,
      m ? kb(m.jsGzip) : 'failed',
      n ? kb(n.jsGzip) : 'failed',
      m && n ? ratio(n.jsGzip, m.jsGzip) : '–',
      m ? String(m.dataRequests) : '–',
      m ? kb(m.dataBytes) : '–',
      m ? ms(m.ms) : '–',
      n ? ms(n.ms) : '–',
      ok
    ]);
  }
  return { markdown: render(rows, heaviest(ours), heaviest(naive)), overBudget };
}

/** The view with the largest JS heap at its first render with data. */
function heaviest(outcomes: Map<string, Outcome>): string {
  let best: [string, IViewMeasure] | undefined;
  for (const [key, outcome] of outcomes) if (!('error' in outcome) && (!best || outcome.heapBytes > best[1].heapBytes)) best = [key, outcome];
  return best ? `${mb(best[1].heapBytes)} (${best[0]})` : '–';
}

function render(rows: string[][], heapOurs: string, heapNaive: string): string {
  return [
    '### Each web part in Chromium, before its first render with data',
    '',
    `Each web part on the workbench's SharePoint page (frame=1), in Swedish, as the persona of its e2e expectation, loaded cold (a new browser context each time), until its expectation (tests/e2e/webPartExpectations.ts) is met and it shows no loading spinner. The budgets and why most web parts are over the JS budget: see the floor above and the README's Performance section. **JS gzip**: every script fetched from the workbench's /assets/ until then, each gzipped (zlib's default level) and counted by the web part's share of it: gzip(chunk) × (bytesInOutput of the web part's sources / all bytesInOutput of the chunk), from esbuild's metafile. The web part's sources are those its folder src/webparts/<key>/ reaches by imports, less what SharePoint's page provides (React, ReactDOM, scheduler, SPFx's libraries) and the workbench host's own code (tools/workbench/). **Data requests**: SharePoint REST (/_api/, $batch included) and Graph (/graph/) requests issued before then; **data bytes** their response bodies. **Time**: from navigation start. **Naive**: the same page built without lazy chunks and with every Fluent UI import from the package root. Budgets: JS ≤ ${JS_BUDGET_KB} KB gzip, data requests ≤ ${DATA_REQUEST_BUDGET}.`,
    '',
    table(['web part', 'JS gzip (ours)', 'JS gzip (naive)', 'naive / ours', 'data requests', 'data bytes', 'time to data (ours)', 'time (naive)', 'within budget'], rows),
    '',
    `JS heap at the first render with data, largest view: ${heapOurs} as written, ${heapNaive} naive.`
  ].join('\n');
}
