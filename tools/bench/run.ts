/**
 * `npm run bench`: bundle sizes, HTTP requests per view, query times at scale and each web part in
 * Chromium, each against a naive baseline measured in the same run. Writes docs/benchmarks.md and prints it.
 * Performance goals live here, never in timed tests. Exits non-zero, after writing, naming each
 * web part over its browser budget (tools/bench/browserViews.ts).
 *
 * TRYGG_BENCH_RTT=150 makes the browser section's visits over an emulated weak mobile connection.
 * TRYGG_BENCH_ONLY=browser (or a comma list of bundles, requests, scale, risks, documents, browser) runs only
 * those sections and prints them without writing docs/benchmarks.md.
 */
import '../node/spfxStrings';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execSync } from 'child_process';
import { benchBundles } from './bundles';
import { benchQueriesAtScale, benchRequestsPerView } from './views';
import { benchRiskRegister } from './risks';
import { benchGoverningDocuments } from './documents';
import { benchBrowserViews } from './browserViews';
import { benchFloors } from './floor';

const ONLY = (process.env.TRYGG_BENCH_ONLY || '').split(',').map((name) => name.trim()).filter(Boolean);

/** The section's markdown and a blank line, or nothing when TRYGG_BENCH_ONLY leaves it out. */
async function section(name: string, run: () => Promise<string>): Promise<string[]> {
  return ONLY.length && ONLY.indexOf(name) < 0 ? [] : [await run(), ''];
}

async function main(): Promise<void> {
  const root = path.join(__dirname, '..', '..');
  // Only the bundle sizes read the SPFx build.
  if (!ONLY.length || ONLY.indexOf('bundles') >= 0) execSync('npx tsx tools/build/ensureBuilt.ts', { cwd: root, stdio: 'inherit' });
  let overBudget: readonly string[] = [];
  const scale = Number(process.env.TRYGG_BENCH_ITEMS || 50000);
  const sections = [
    `# Trygg benchmarks`,
    '',
    `Run ${new Date().toISOString().slice(0, 16)}Z on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, Node ${process.version}.`,
    '',
    ...(await section('bundles', benchBundles)),
    ...(await section('bundles', benchFloors)),
    ...(await section('requests', () => benchRequestsPerView(0))),
    ...(await section('requests', () => benchRequestsPerView(6000))),
    ...(await section('scale', () => benchQueriesAtScale(scale))),
    ...(await section('risks', () => benchRiskRegister(scale))),
    ...(await section('documents', () => benchGoverningDocuments(scale))),
    ...(await section('browser', async () => {
      const browser = await benchBrowserViews();
      overBudget = browser.overBudget;
      return browser.markdown;
    }))
  ];
  const report = sections.join('\n');
  if (!ONLY.length) {
    fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(root, 'docs', 'benchmarks.md'), report);
  }
  console.log(report);
  if (overBudget.length) {
    console.error(`Over budget: ${overBudget.join('; ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
