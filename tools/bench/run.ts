/**
 * `npm run bench`: bundle sizes, HTTP requests per view and query times at scale, each against a
 * naive baseline measured in the same run. Writes docs/benchmarks.md and prints it.
 * Performance goals live here, never in timed tests.
 */
import '../node/spfxStrings';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execSync } from 'child_process';
import { benchBundles } from './bundles';
import { benchQueriesAtScale, benchRequestsPerView } from './views';
import { benchRiskRegister } from './risks';

async function main(): Promise<void> {
  const root = path.join(__dirname, '..', '..');
  execSync('npx tsx tools/build/ensureBuilt.ts', { cwd: root, stdio: 'inherit' });
  const scale = Number(process.env.TRYGG_BENCH_ITEMS || 50000);
  const sections = [
    `# Trygg benchmarks`,
    '',
    `Run ${new Date().toISOString().slice(0, 16)}Z on ${os.cpus().length} × ${os.cpus()[0].model.trim()}, Node ${process.version}.`,
    '',
    await benchBundles(),
    '',
    await benchRequestsPerView(0),
    '',
    await benchRequestsPerView(6000),
    '',
    await benchQueriesAtScale(scale),
    '',
    await benchRiskRegister(scale),
    ''
  ];
  const report = sections.join('\n');
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs', 'benchmarks.md'), report);
  console.log(report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
