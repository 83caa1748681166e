/**
 * The workbench's own routes on the emulator's origin: the page, its bundles and source maps, the
 * icon fonts and the favicon. Everything else (SharePoint REST, Graph, /_emulator) is the emulator's.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { ExtraHandler } from '../../emulator/server';
import { ClientBundleCache } from '../bundle/clientBundle';
import { isWorkbenchLocale, IWorkbenchPageConfig, WorkbenchLocale } from '../client/pageConfig';
import { IconFonts } from './iconFonts';
import { TRYGG_PAGES } from '../../../src/services/notifications/caseLinks';
import { FAVICON_SVG, workbenchPageHtml } from './pageHtml';

export interface IWorkbenchRoutesOptions {
  readonly bundles: ClientBundleCache;
  readonly iconFonts: IconFonts;
  /** The page config for a request: site and Graph URLs, and who the cookie names (or the default). */
  readonly pageConfig: (req: IncomingMessage, locale: WorkbenchLocale) => IWorkbenchPageConfig;
  /** The emulated Trygg site's URL, whose SitePages/ the workbench answers. */
  readonly siteUrl: () => string;
  /** Set-Cookie for a request with no valid identity cookie, so the page's first calls are signed in. */
  readonly identityCookie: (req: IncomingMessage) => string | undefined;
  readonly defaultLocale: WorkbenchLocale;
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-cache', ...headers });
  res.end(body);
}

function fail(res: ServerResponse, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Trygg workbench: ${message}`);
  send(res, 500, 'text/plain; charset=utf-8', `Trygg workbench: ${message}`);
}

/** The workbench's own parameters a page link keeps from the page it was clicked on. */
const KEPT_PARAMETERS = ['view', 'theme', 'lang', 'frame'];

/**
 * The Trygg site's pages (SitePages/Inkorg.aspx?case=…, the links "Min säkerhet" and the mails give)
 * are the workbench with that page's web part, in the view and language the link was clicked in.
 */
export function sitePageRedirect(url: URL, referer: string | undefined, siteUrl: string): string | undefined {
  const prefix = `${new URL(siteUrl).pathname.replace(/\/+$/, '')}/SitePages/`.toLowerCase();
  if (!url.pathname.toLowerCase().startsWith(prefix)) return undefined;
  const file = decodeURIComponent(url.pathname.slice(prefix.length)).toLowerCase();
  const webPart = (Object.keys(TRYGG_PAGES) as (keyof typeof TRYGG_PAGES)[]).find((key) => TRYGG_PAGES[key].toLowerCase() === file);
  if (!webPart) return undefined;
  const target = new URLSearchParams({ webpart: webPart });
  const from = referer ? new URL(referer).searchParams : new URLSearchParams();
  KEPT_PARAMETERS.forEach((name) => from.has(name) && target.set(name, from.get(name) as string));
  url.searchParams.forEach((value, name) => target.set(name, value));
  return `/?${target.toString()}`;
}

export function createWorkbenchRoutes(options: IWorkbenchRoutesOptions): ExtraHandler {
  const serve = async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const url = new URL(req.url || '/', 'http://workbench');
    const pathname = url.pathname;

    if (pathname === '/' || pathname === '/index.html') {
      const requested = url.searchParams.get('lang');
      const locale = isWorkbenchLocale(requested) ? requested : options.defaultLocale;
      const bundle = await options.bundles.get(locale);
      const cookie = options.identityCookie(req);
      const html = workbenchPageHtml(options.pageConfig(req, locale), bundle.scriptPath);
      send(res, 200, 'text/html; charset=utf-8', html, cookie ? { 'Set-Cookie': cookie } : {});
      return;
    }

    const sitePage = sitePageRedirect(url, req.headers.referer, options.siteUrl());
    if (sitePage) return send(res, 302, 'text/plain; charset=utf-8', '', { Location: sitePage });

    const bundleFile = /^\/assets\/([a-z]{2}-[a-z]{2})\/[\w.-]+\.js(\.map)?$/.exec(pathname);
    if (bundleFile && isWorkbenchLocale(bundleFile[1])) {
      const bundle = await options.bundles.get(bundleFile[1]);
      const file = bundle.files.get(pathname);
      if (file) return send(res, 200, file.contentType, file.contents);
    }

    const iconFont = /^\/assets\/icons\/([\w.-]+\.woff)$/.exec(pathname);
    if (iconFont) {
      const font = await options.iconFonts.get(iconFont[1]);
      // Font files never change under a given (hashed) name.
      if (font) return send(res, 200, 'font/woff', font, { 'Cache-Control': 'public, max-age=31536000, immutable' });
    }

    if (pathname === '/assets/favicon.svg' || pathname === '/favicon.ico') {
      return send(res, 200, 'image/svg+xml', FAVICON_SVG);
    }
    next();
  };
  return (req, res, next) => {
    serve(req, res, next).catch((error: unknown) => fail(res, error));
  };
}
