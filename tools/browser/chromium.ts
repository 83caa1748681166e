import { chromium, Browser } from 'playwright-core';

/** Debian's Chromium, installed by apt-get (never a downloaded browser build). */
export const CHROMIUM_PATH = process.env.TRYGG_CHROMIUM || '/usr/bin/chromium';

/** Flags that keep a headless Chromium quiet on a machine without outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
