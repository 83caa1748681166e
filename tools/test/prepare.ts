/**
 * `npm test`'s first step (pretest): what the tests need that a fresh clone lacks. Chromium for
 * the browser tests (installed where this user may, else one line saying how) and a current
 * .sppkg for the packaging tests. Each failure is one clear message and a non-zero exit.
 */
import { ensureChromium } from '../browser/ensureChromium';
import { ensureBuilt } from '../build/ensureBuilt';

async function main(): Promise<void> {
  await ensureChromium();
  ensureBuilt();
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
