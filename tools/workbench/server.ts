/**
 * The local workbench: one HTTP server on one origin with the emulator's SharePoint REST, Graph and
 * /_emulator routes, and the workbench page and bundles. The browser's `trygg-user` cookie thus
 * identifies the user to SharePoint and Graph alike, as a signed-in session does in Microsoft 365.
 *
 *   const workbench = await startWorkbench({ port: 0 });   // e2e tests: a free port, a fresh database
 *   console.log(workbench.url); … await workbench.close();
 */
import { existsSync, mkdirSync, rmSync } from 'fs';
import type { IncomingMessage } from 'http';
import * as path from 'path';
import { IEmulatorUser, IRunningEmulator, startEmulator, USER_COOKIE } from '../emulator';
import type { ISeedData } from '../emulator/seed/types';
import { formDigest, FORM_DIGEST_TIMEOUT_SECONDS } from '../emulator/sharepoint/site';
import { ClientBundleCache, IClientBundle } from './bundle/clientBundle';
import { WORKBENCH_LOCALES, WorkbenchLocale } from './client/pageConfig';
import { DEFAULT_PERSONA, personaUpn } from './client/personas';
import { IconFonts } from './http/iconFonts';
import { createWorkbenchRoutes } from './http/routes';
import { loadRegionExempel } from './seedSource';

export interface IWorkbenchOptions {
  /** 0 = a free port (the default; `npm start` uses 4321). */
  readonly port?: number;
  readonly host?: string;
  /** SQLite file that keeps data between runs, or ':memory:' (the default). */
  readonly dbPath?: string;
  /** Delete the database file first, so the seed is loaded again. */
  readonly fresh?: boolean;
  /** The data; default Region Exempel. */
  readonly seed?: ISeedData;
  /** The clock; default: the seed's reference time, running on from when the workbench starts. */
  readonly now?: () => Date;
  /** Who a browser without a `trygg-user` cookie is (UPN); default the employee persona. */
  readonly defaultUser?: string;
  readonly defaultLocale?: WorkbenchLocale;
  /** React's development build, unminified (`npm start -- --dev`): full errors and warnings. */
  readonly development?: boolean;
  /** The benchmark's naive baseline bundle: no lazy chunks, Fluent UI from its package root. */
  readonly naive?: boolean;
  /** Build both locales' bundles before listening (default true): the first page then loads at once. */
  readonly prebuild?: boolean;
  /** Echo the hosted function's log lines (`npm start` prints them; tests read emulator.functionLog()). */
  readonly echoFunctionLog?: (line: string) => void;
}

export interface IRunningWorkbench {
  /** The workbench page, e.g. http://127.0.0.1:4321/. */
  readonly url: string;
  readonly siteUrl: string;
  readonly graphBaseUrl: string;
  readonly emulator: IRunningEmulator;
  /** Whether this start loaded the seed (false: a kept database). */
  readonly seeded: boolean;
  /** Milliseconds the client bundles took, by locale (when prebuilt). */
  readonly bundleMilliseconds: Readonly<Record<string, number>>;
  /** The bundle the page loads for a locale, with its metafile (the benchmark reads it). */
  clientBundle(locale: WorkbenchLocale): Promise<IClientBundle>;
  users(): IEmulatorUser[];
  close(): Promise<void>;
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie || '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function removeDatabase(dbPath: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
}

/** The seed's "now", moving on in real time: relative dates in the demo data stay as the seed meant them. */
function seedClock(seed: ISeedData): () => Date {
  const offset = Date.parse(seed.referenceTime) - Date.now();
  return () => new Date(Date.now() + offset);
}

export async function startWorkbench(options: IWorkbenchOptions = {}): Promise<IRunningWorkbench> {
  const dbPath = options.dbPath || ':memory:';
  if (dbPath !== ':memory:') {
    if (options.fresh) removeDatabase(dbPath);
    mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  }
  const existed = dbPath !== ':memory:' && existsSync(dbPath);
  const seed = options.seed || (await loadRegionExempel());
  const now = options.now || seedClock(seed);
  const defaultUser = options.defaultUser || personaUpn(DEFAULT_PERSONA);
  const defaultLocale = options.defaultLocale || 'sv-se';
  const bundles = new ClientBundleCache({ development: options.development, naive: options.naive });
  const bundleMilliseconds: Record<string, number> = {};
  if (options.prebuild !== false) {
    for (const bundle of await Promise.all(WORKBENCH_LOCALES.map((locale) => bundles.get(locale)))) bundleMilliseconds[bundle.locale] = bundle.milliseconds;
  }

  // Set once the emulator listens; the routes built before it read it only when a request comes.
  // eslint-disable-next-line prefer-const
  let emulator: IRunningEmulator | undefined;
  const knownUser = (upn: string | undefined): boolean => !!upn && !!emulator && emulator.users().some((user) => user.upn.toLowerCase() === upn.toLowerCase());
  const signedInAs = (req: IncomingMessage): string => {
    const fromCookie = cookieValue(req, USER_COOKIE);
    return fromCookie && knownUser(fromCookie) ? fromCookie : defaultUser;
  };

  const routes = createWorkbenchRoutes({
    bundles,
    iconFonts: new IconFonts(),
    defaultLocale,
    siteUrl: () => emulator!.siteUrl,
    pageConfig: (req, locale) => ({
      siteUrl: emulator!.siteUrl,
      graphBaseUrl: emulator!.graphBaseUrl,
      locale,
      userPrincipalName: signedInAs(req),
      now: now().toISOString(),
      // A SharePoint page carries the form digest, so PnPjs needs no contextinfo request for it.
      formDigest: { value: formDigest(signedInAs(req), now()), timeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS }
    }),
    // No cookie, or one naming someone the data does not have (e.g. after --fresh): sign in the default person.
    identityCookie: (req) =>
      knownUser(cookieValue(req, USER_COOKIE)) ? undefined : `${USER_COOKIE}=${encodeURIComponent(defaultUser)}; Path=/; SameSite=Lax`
  });

  emulator = await startEmulator({ port: options.port ?? 0, host: options.host || '127.0.0.1', dbPath, seed, now, extraHandler: routes, echoFunctionLog: options.echoFunctionLog });
  const running = emulator;
  return {
    url: `${running.url}/`,
    siteUrl: running.siteUrl,
    graphBaseUrl: running.graphBaseUrl,
    emulator: running,
    seeded: !existed && !!running.seedSummary,
    bundleMilliseconds,
    clientBundle: (locale) => bundles.get(locale),
    users: () => running.users(),
    close: () => running.close()
  };
}
