/**
 * "As persona X, open web part Y in view Z": one workbench (emulator + page) and one Chromium per
 * test file, a fresh browser context per visit (its own cookie, so its own signed-in user).
 *
 *   const session = await startE2eSession();
 *   const visit = await session.open({ persona: 'manager', webpart: 'deviationInbox', view: 'teams', theme: 'dark', lang: 'en-us' });
 *   await visit.webPart.getByRole('button', { name: 'Acknowledge' }).click();
 *   await visit.close();   // fails the test on console errors, page errors and failed requests
 */
import * as path from 'path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../../tools/browser/chromium';
import type { PersonaName } from '../../../tools/emulator/seed/personas';
import { personaUpn } from '../../../tools/workbench/client/personas';
import type { WorkbenchLocale } from '../../../tools/workbench/client/pageConfig';
import { toSearch, WorkbenchTheme, WorkbenchView } from '../../../tools/workbench/client/urlState';
import { IRunningWorkbench, IWorkbenchOptions, startWorkbench } from '../../../tools/workbench/server';
import { PageGuard } from './pageGuard';

/**
 * Where screenshots go: an ignored folder, so a test run changes no tracked file. `npm run
 * screenshots` points this at docs/screenshots/ to refresh the pictures the README shows.
 */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../..', process.env.TRYGG_SCREENSHOT_DIR || 'test-results/screenshots');

/** Wide enough for SharePoint's 1204 px canvas beside the workbench navigation. */
export const DESKTOP_VIEWPORT = { width: 1512, height: 1000 } as const;

export interface IVisitOptions {
  readonly persona?: PersonaName;
  readonly webpart: string;
  readonly view?: WorkbenchView;
  readonly theme?: WorkbenchTheme;
  readonly lang?: WorkbenchLocale;
  /** Extra query parameters, e.g. outbox: '1'. */
  readonly outbox?: boolean;
}

export interface IVisit {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly guard: PageGuard;
  /** The web part's root element, inside the Teams or phone iframe where there is one. */
  readonly webPart: Locator;
  /**
   * The body of the web part's document: Fluent renders dropdown lists, callouts and the people
   * picker's suggestions in a layer there, outside the web part's element.
   */
  readonly body: Locator;
  readonly options: Required<Omit<IVisitOptions, 'outbox'>>;
  /** Waits until the page and its frame have no requests in flight and their fonts are loaded. */
  settle(): Promise<void>;
  /** <SCREENSHOT_DIR>/<webpart>-<view>-<lang>.png (Teams: view teams-light / teams-dark); the whole page unless fullPage is false. */
  screenshot(name?: string, options?: { fullPage?: boolean }): Promise<string>;
  /** Closes the context and fails on any problem the guard saw. */
  close(): Promise<void>;
}

export interface IE2eSession {
  readonly workbench: IRunningWorkbench;
  readonly browser: Browser;
  readonly url: (options: IVisitOptions) => string;
  open(options: IVisitOptions): Promise<IVisit>;
  close(): Promise<void>;
}

export function screenshotName(options: Required<Omit<IVisitOptions, 'outbox'>>): string {
  const view = options.view === 'teams' ? `teams-${options.theme}` : options.view;
  return `${options.webpart}-${view}-${options.lang}`;
}

/** No requests in flight, and the text and icon fonts of the page and its frames are loaded. */
async function settle(page: Page, guard: PageGuard): Promise<void> {
  await guard.quiet();
  for (const frame of page.frames()) await frame.evaluate(() => document.fonts.ready.then(() => undefined));
  // A font that just arrived can start another request (another icon subset): wait for that too.
  await guard.quiet();
}

/**
 * Starts the workbench and Chromium side by side; when either fails, the other is closed before
 * the error is passed on, so a failed start leaves no server or browser keeping jest alive.
 */
async function startBoth(workbenchStart: Promise<IRunningWorkbench>, browserStart: Promise<Browser>): Promise<[IRunningWorkbench, Browser]> {
  const [workbench, browser] = await Promise.allSettled([workbenchStart, browserStart]);
  if (workbench.status === 'fulfilled' && browser.status === 'fulfilled') return [workbench.value, browser.value];
  await Promise.allSettled([
    workbench.status === 'fulfilled' ? workbench.value.close() : undefined,
    browser.status === 'fulfilled' ? browser.value.close() : undefined
  ]);
  throw workbench.status === 'rejected' ? workbench.reason : (browser as PromiseRejectedResult).reason;
}

export async function startE2eSession(options: IWorkbenchOptions = {}): Promise<IE2eSession> {
  const [workbench, browser] = await startBoth(startWorkbench({ port: 0, ...options }), launchChromium());
  const url = (visit: IVisitOptions): string =>
    `${workbench.url}${toSearch({
      webpart: visit.webpart,
      view: visit.view || 'sharepoint',
      theme: visit.theme || 'light',
      lang: visit.lang || 'sv-se',
      outbox: !!visit.outbox,
      frame: false
    })}`;

  const open = async (visit: IVisitOptions): Promise<IVisit> => {
    const resolved = { persona: visit.persona || 'reporter', webpart: visit.webpart, view: visit.view || 'sharepoint', theme: visit.theme || 'light', lang: visit.lang || 'sv-se' } as const;
    const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, locale: resolved.lang === 'en-us' ? 'en-US' : 'sv-SE', timezoneId: 'Europe/Stockholm' });
    await context.addCookies([{ name: 'trygg-user', value: encodeURIComponent(personaUpn(resolved.persona)), url: workbench.url }]);
    const page = await context.newPage();
    // Everything is local: what has not appeared in 10 s will not.
    page.setDefaultTimeout(10_000);
    const guard = new PageGuard(page, new URL(workbench.url).origin);
    const body = resolved.view !== 'sharepoint' ? page.frameLocator('[data-testid="webpart-frame"]').locator('body') : page.locator('body');
    const webPart = body.locator(`[data-webpart="${resolved.webpart}"]`);
    try {
      await guard.race(page.goto(url(visit)).then(() => webPart.waitFor()));
    } catch (error) {
      await context.close();
      throw error;
    }
    return {
      page,
      context,
      guard,
      webPart,
      body,
      options: resolved,
      settle: () => settle(page, guard),
      async screenshot(name?: string, screenshotOptions: { fullPage?: boolean } = {}): Promise<string> {
        await settle(page, guard);
        const file = path.join(SCREENSHOT_DIR, `${name || screenshotName(resolved)}.png`);
        const fullPage = screenshotOptions.fullPage !== false;
        // A scrolled page would put the sticky suite bar across the middle of a full-page shot.
        if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
        // Fluent fades rows and panels in: the picture shows them as they end up, not half-way.
        await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
        await page.screenshot({ path: file, fullPage, animations: 'disabled' });
        return file;
      },
      async close(): Promise<void> {
        // Checked before closing: closing aborts what is still in flight, which is no fault of the page.
        try {
          await guard.assertClean();
        } finally {
          await context.close();
        }
      }
    };
  };

  return {
    workbench,
    browser,
    url,
    open,
    async close(): Promise<void> {
      await Promise.allSettled([browser.close(), workbench.close()]);
    }
  };
}
