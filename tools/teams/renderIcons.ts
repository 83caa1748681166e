/**
 * Renders the Teams app icons (teams/color.png 192×192 and teams/outline.png 32×32, white on
 * transparent as Teams requires) from one SVG shield, in headless Chromium.
 * Run: npx tsx tools/teams/renderIcons.ts
 */
import * as path from 'path';
import { launchChromium } from '../browser/chromium';

const SHIELD = 'M50 6 L86 20 V46 C86 68 70 86 50 94 C30 86 14 68 14 46 V20 Z';
const CHECK = 'M34 50 L46 62 L68 38';

function colorSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="192" height="192">
    <rect width="100" height="100" fill="#0B5A4A"/>
    <path d="${SHIELD}" fill="#ffffff" transform="translate(10 10) scale(0.8)"/>
    <path d="${CHECK}" fill="none" stroke="#0B5A4A" stroke-width="8" stroke-linecap="round" stroke-linejoin="round" transform="translate(10 10) scale(0.8)"/>
  </svg>`;
}

function outlineSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="32" height="32">
    <path d="${SHIELD}" fill="none" stroke="#ffffff" stroke-width="8" stroke-linejoin="round"/>
    <path d="${CHECK}" fill="none" stroke="#ffffff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>
  </svg>`;
}

async function render(svg: string, size: number, file: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const teamsDir = path.join(__dirname, '..', '..', 'teams');
  await render(colorSvg(), 192, path.join(teamsDir, 'color.png'));
  await render(outlineSvg(), 32, path.join(teamsDir, 'outline.png'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
