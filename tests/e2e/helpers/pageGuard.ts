/**
 * Fails a test on anything a user would call broken: console errors, uncaught exceptions, failed
 * requests and HTTP 4xx/5xx answers, and any alert, confirm or prompt (Trygg opens none: one that
 * appears is script someone got into the page), in the page and in its frames. A test that provokes
 * an error on purpose says so with allow().
 */
import type { ConsoleMessage, Dialog, Frame, Page, Request, Response } from 'playwright-core';

export type ProblemMatcher = (problem: string) => boolean;

/**
 * How long an aborted request waits for the sign that its document was going away. Chromium
 * reports the aborted requests of a removed iframe before the frame's detachment, so the guard
 * cannot judge at once; the sign arrives on the same connection right after, but on a busy machine
 * (CI's two cores running jest's workers and Chromium) it has come more than two seconds late. The
 * wait ends as soon as the sign comes, so only a request that really failed waits it out.
 */
const NAVIGATION_GRACE_MS = 10_000;

export class PageGuard {
  private readonly _problems: string[] = [];
  private readonly _allowed: ProblemMatcher[] = [];
  private readonly _pending: Promise<void>[] = [];
  private readonly _listeners: ((problem: string) => void)[] = [];
  private _inFlight = 0;
  private _lastActivity = Date.now();
  /** Navigation requests started per frame: a request started before the latest one belongs to a document on its way out. */
  private readonly _navigations = new WeakMap<Frame, number>();
  /** Navigations each frame has committed to (a new document arrived, or the URL changed in place). */
  private readonly _documents = new WeakMap<Frame, number>();
  /** Each frame's navigation under way (started, neither committed nor failed): its old document still runs. */
  private readonly _navigating = new WeakMap<Frame, Request>();
  /** Where each request started: its frame's counts then, and whether a navigation was under way. */
  private readonly _startedIn = new WeakMap<Request, { readonly navigations: number; readonly documents: number; readonly duringNavigation: boolean }>();

  /** @param origin When given, any request elsewhere (a CDN, a font service) is a problem too: the workbench works offline. */
  constructor(page: Page, origin?: string) {
    // Requests in flight, in the page and its frames: quiet means the web part has its data.
    const started = (): void => {
      this._inFlight++;
      this._lastActivity = Date.now();
    };
    const ended = (): void => {
      this._inFlight--;
      this._lastActivity = Date.now();
    };
    page.on('request', started);
    page.on('request', (request: Request) => {
      const frame = frameOf(request);
      if (!frame) return;
      const duringNavigation = this._navigating.has(frame);
      if (request.isNavigationRequest()) {
        this._navigations.set(frame, (this._navigations.get(frame) || 0) + 1);
        this._navigating.set(frame, request);
      }
      this._startedIn.set(request, { navigations: this._navigations.get(frame) || 0, documents: this._documents.get(frame) || 0, duringNavigation });
    });
    // Counted whatever the order of this event and the navigation request's end, which come from
    // different processes (a same-document navigation counts too: it only forgives sooner).
    page.on('framenavigated', (frame: Frame) => {
      this._navigating.delete(frame);
      this._documents.set(frame, (this._documents.get(frame) || 0) + 1);
    });
    // A navigation that failed or was cancelled leaves the old document in place.
    page.on('requestfailed', (request: Request) => {
      const frame = frameOf(request);
      if (frame && this._navigating.get(frame) === request) this._navigating.delete(frame);
    });
    if (origin) {
      page.on('request', (request: Request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) this._add(`external request: ${request.method()} ${url}`);
      });
    }
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') this._add(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error: Error) => this._add(`page error: ${error.message}`));
    page.on('dialog', (dialog: Dialog) => {
      this._add(`dialog: ${dialog.type()} "${dialog.message()}"`);
      dialog.dismiss().catch(() => undefined);
    });
    page.on('requestfailed', (request: Request) => this._pending.push(this._onRequestFailed(request)));
    page.on('response', (response: Response) => {
      if (response.status() >= 400) this._add(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    });
  }

  /**
   * Resolves once no request has been in flight for `quietMs` (Playwright's 'networkidle' waits
   * 500 ms per frame; the workbench's requests are local and fast).
   */
  public async quiet(quietMs = 150, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this._inFlight > 0 || Date.now() - this._lastActivity < quietMs) {
      if (Date.now() > deadline) throw new Error(`Requests still in flight after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /**
   * The work, or a rejection as soon as the page has a problem: a web part that throws fails the
   * test at once instead of after the locator's timeout.
   */
  public race<T>(work: Promise<T>): Promise<T> {
    const existing = this.problems;
    if (existing.length > 0) return Promise.reject(new Error(`The page had a problem: ${existing[0]}`));
    return new Promise<T>((resolve, reject) => {
      const onProblem = (problem: string): void => {
        if (!this._allowed.some((allowed) => allowed(problem))) reject(new Error(`The page had a problem: ${problem}`));
      };
      this._listeners.push(onProblem);
      const stop = (): void => {
        this._listeners.splice(this._listeners.indexOf(onProblem), 1);
      };
      work.then(
        (value) => {
          stop();
          resolve(value);
        },
        (error: unknown) => {
          stop();
          reject(error);
        }
      );
    });
  }

  /** Problems matching this are expected (a test that provokes a 404 or a throttled call). */
  public allow(matcher: ProblemMatcher | RegExp): void {
    this._allowed.push(matcher instanceof RegExp ? (problem) => matcher.test(problem) : matcher);
  }

  public get problems(): readonly string[] {
    return this._problems.filter((problem) => !this._allowed.some((allowed) => allowed(problem)));
  }

  public async assertClean(): Promise<void> {
    await Promise.all(this._pending);
    const problems = this.problems;
    if (problems.length > 0) throw new Error(`The page had ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }

  /**
   * net::ERR_ABORTED is a failure except in two cases. Chromium reports a response whose body nobody
   * read as aborted: the Graph client leaves the empty body of sendMail's 202 unread, and that
   * request did not fail. And a document that goes away takes its unfinished requests with it: the
   * page reloads for another language, the user goes back, the view switch removes the Teams or
   * phone iframe while it still loads a lazy chunk. Those requests were abandoned, not failed, and
   * only those: a request aborted while its document stays is still a problem.
   */
  private async _onRequestFailed(request: Request): Promise<void> {
    const errorText = request.failure()?.errorText || '';
    if (errorText === 'net::ERR_ABORTED') {
      const response = await request.response().catch(() => null);
      if (response && response.status() < 400) return;
      if (await this._documentWentAway(request)) return;
    }
    this._add(`request failed: ${request.method()} ${request.url()} ${errorText}`);
  }

  /**
   * Whether the request's frame was removed, or its document replaced, after the request began. A
   * request started while a navigation was under way came from the document on its way out (on a
   * busy machine its timers, a batch about to be sent, still fire): it went away when that
   * navigation's document arrived. Any other went away when a later navigation started.
   */
  private async _documentWentAway(request: Request): Promise<boolean> {
    const frame = frameOf(request);
    const startedIn = this._startedIn.get(request);
    if (!frame || !startedIn) return false;
    const gone = (): boolean =>
      frame.isDetached() ||
      (startedIn.duringNavigation ? (this._documents.get(frame) || 0) > startedIn.documents : (this._navigations.get(frame) || 0) > startedIn.navigations);
    const deadline = Date.now() + NAVIGATION_GRACE_MS;
    while (!gone() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return gone();
  }

  private _add(problem: string): void {
    this._problems.push(problem);
    for (const listener of this._listeners.slice()) listener(problem);
  }
}

/** The frame that made the request; none for a service worker's. */
function frameOf(request: Request): Frame | undefined {
  try {
    return request.frame();
  } catch {
    return undefined;
  }
}
