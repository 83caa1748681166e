/**
 * The browser tests need Debian's Chromium. `npm test` (pretest) and the e2e project's global
 * setup both call ensureChromium(): where it is missing it is installed with the project's own
 * script when this user may (root, or sudo without a password); otherwise the run stops at once with
 * one line naming the command to run, instead of every browser test failing to launch.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CHROMIUM_PATH, launchChromium } from './chromium';

const INSTALL_SCRIPT = path.join(__dirname, '..', 'setup', 'install-chromium.sh');
const INSTALL_COMMAND = 'sudo bash tools/setup/install-chromium.sh';

export class ChromiumUnavailableError extends Error {}

function mayInstall(): boolean {
  if (process.getuid && process.getuid() === 0) return true;
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
}

/** Installs Chromium where it is missing (apt-get's output goes to a log, one line to the console). */
export function installChromiumIfMissing(log: (line: string) => void = console.log): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  if (process.env.TRYGG_CHROMIUM) throw new ChromiumUnavailableError(`TRYGG_CHROMIUM=${CHROMIUM_PATH} does not exist.`);
  if (!mayInstall()) {
    throw new ChromiumUnavailableError(`Chromium is missing for the browser tests: run "${INSTALL_COMMAND}" once, then the tests again.`);
  }
  const logFile = path.join(__dirname, '..', '..', 'test-results', 'install-chromium.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  log(`Installing Debian's Chromium for the browser tests (log: ${path.relative(process.cwd(), logFile)}) …`);
  try {
    const output = execFileSync('bash', [INSTALL_SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10 * 60_000 });
    fs.writeFileSync(logFile, output);
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    fs.writeFileSync(logFile, `${failed.stdout || ''}${failed.stderr || ''}`);
    throw new ChromiumUnavailableError(`Installing Chromium failed (see ${logFile}): run "${INSTALL_COMMAND}" and look at its output.`);
  }
}

/** Chromium is there and starts; throws one clear error when it is not. */
export async function ensureChromium(log?: (line: string) => void): Promise<void> {
  installChromiumIfMissing(log);
  try {
    const browser = await launchChromium();
    await browser.close();
  } catch (error) {
    const first = String((error as Error).message || error).split('\n')[0];
    throw new ChromiumUnavailableError(`Chromium at ${CHROMIUM_PATH} does not start (${first}): reinstall it with "${INSTALL_COMMAND}".`);
  }
}
