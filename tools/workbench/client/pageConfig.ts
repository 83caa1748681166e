/**
 * What the workbench server tells the page (an inline script before the bundle): where the
 * emulated SharePoint site and Graph are, and which locale the bundle was built for.
 */
export type WorkbenchLocale = 'sv-se' | 'en-us';

export const WORKBENCH_LOCALES: readonly WorkbenchLocale[] = ['sv-se', 'en-us'];

export const PAGE_CONFIG_GLOBAL = '__TRYGG_WORKBENCH__';

export interface IWorkbenchPageConfig {
  /** Absolute URL of the emulated Trygg site, e.g. http://127.0.0.1:4321/sites/trygg. */
  readonly siteUrl: string;
  /** Base URL the Graph client prefixes to /v1.0/…, on the same origin. */
  readonly graphBaseUrl: string;
  readonly locale: WorkbenchLocale;
  /** The persona the `trygg-user` cookie names (UPN). */
  readonly userPrincipalName: string;
  /** The emulator's "now" (ISO 8601) when it runs on a fixed clock, so UI dates match the seed. */
  readonly now?: string;
  /** The page's form digest (`_spPageContextInfo.formDigestValue` on a SharePoint page). */
  readonly formDigest?: { readonly value: string; readonly timeoutSeconds: number };
}

export function isWorkbenchLocale(value: unknown): value is WorkbenchLocale {
  return typeof value === 'string' && (WORKBENCH_LOCALES as readonly string[]).indexOf(value) >= 0;
}

export function readPageConfig(): IWorkbenchPageConfig {
  const config = (window as unknown as Record<string, IWorkbenchPageConfig | undefined>)[PAGE_CONFIG_GLOBAL];
  if (!config) throw new Error('The workbench page config is missing: open the page from the workbench server.');
  return config;
}
