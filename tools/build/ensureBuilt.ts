/**
 * `npm test` checks the packaged solution too. Build it first when the .sppkg is missing or
 * older than anything it is made from, so that the tests never read a stale package.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const packagePath = path.join(root, 'sharepoint', 'solution', 'trygg.sppkg');
const inputs = ['src', 'config', 'teams', 'package.json', 'gulpfile.js'];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .filter((name) => name !== 'TeamsSPFxApp.zip')
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

/**
 * Builds the package when it is missing or stale. The build's own output goes to
 * test-results/build.log (one line here), and its last lines are shown when it fails.
 */
export function ensureBuilt(log: (line: string) => void = console.log): void {
  const builtAt = fs.existsSync(packagePath) ? fs.statSync(packagePath).mtimeMs : 0;
  const changedAt = Math.max(...inputs.map((input) => newestChange(path.join(root, input))));
  if (changedAt <= builtAt) return;
  const logFile = path.join(root, 'test-results', 'build.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  log(`trygg.sppkg is missing or stale: npm run build (log: ${path.relative(process.cwd(), logFile)}) …`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  fs.writeFileSync(logFile, `${result.stdout || ''}${result.stderr || ''}`);
  if (result.status !== 0) {
    const tail = `${result.stdout || ''}${result.stderr || ''}`.trimEnd().split('\n').slice(-30).join('\n');
    throw new Error(`npm run build failed (whole log: ${logFile}):\n${tail}`);
  }
}

if (require.main === module) ensureBuilt();
