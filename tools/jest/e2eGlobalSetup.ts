/** Before the first browser test: Chromium is installed and starts, or the run stops with one line. */
import { ChromiumUnavailableError, ensureChromium } from '../browser/ensureChromium';

export default async function e2eGlobalSetup(): Promise<void> {
  try {
    await ensureChromium();
  } catch (error) {
    if (!(error instanceof ChromiumUnavailableError)) throw error;
    // One line, no stack: the message says what to do.
    const clean = new Error(error.message);
    clean.stack = error.message;
    throw clean;
  }
}
