/**
 * WCAG 2.1 text contrast (1.4.3), measured in the browser: every visible text of an element against
 * the background it is drawn on. 4.5:1, or 3:1 for large text (24 px, or 18.7 px bold); text of
 * disabled controls is exempt, as WCAG says.
 */
import type { Locator } from 'playwright-core';

export interface IContrastFailure {
  readonly text: string;
  readonly ratio: number;
  readonly color: string;
  readonly background: string;
}

export async function contrastFailures(scope: Locator): Promise<IContrastFailure[]> {
  return scope.evaluate((root) => {
    const channels = (css: string): number[] => (css.match(/[\d.]+/g) || []).map(Number);
    const luminance = (rgb: number[]): number => {
      const [r, g, b] = rgb.slice(0, 3).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backgroundOf = (element: Element | null): number[] => {
      for (let e = element; e; e = e.parentElement) {
        const c = channels(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const failures: IContrastFailure[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent || '').trim();
      const element = node.parentElement;
      if (!text || !element || element.closest('[disabled], [aria-disabled="true"], [aria-hidden="true"]')) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0 || box.height === 0 || Number(style.opacity) === 0) continue;
      const color = channels(style.color);
      const background = backgroundOf(element);
      const [light, dark] = [luminance(color), luminance(background)].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) failures.push({ text: text.slice(0, 60), ratio: Math.round(ratio * 100) / 100, color: style.color, background: `rgb(${background.join(', ')})` });
    }
    return failures;
  });
}
