/**
 * `npm test` checks the packaged solution too. Build it first when the .sppkg is missing or
 * older than anything it is made from, so that the tests never read a stale package.
 */
import { execSync } from 'child_process';
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

const builtAt = fs.existsSync(packagePath) ? fs.statSync(packagePath).mtimeMs : 0;
const changedAt = Math.max(...inputs.map((input) => newestChange(path.join(root, input))));
if (changedAt > builtAt) {
  console.log('trygg.sppkg is missing or stale: npm run build');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
