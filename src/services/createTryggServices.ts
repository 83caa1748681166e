import { spfi, SPFI, SPBrowser } from '@pnp/sp';
import { Client } from '@microsoft/microsoft-graph-client';
import { InjectHeaders, Queryable } from '@pnp/queryable';
import { TimelinePipe } from '@pnp/core';
import { ITryggServices } from './ITryggServices';
import { ProtectedCaseClient } from './protectedCases/ProtectedCaseClient';
import { LOCAL_PROTECTED_CASES_PATH } from './protectedCases/protocol';
import { composeTryggServices, TryggFunctionGateway, TryggRetries } from './composeTryggServices';

export { LOCAL_PROTECTED_CASES_PATH };
export { composeTryggServices, TryggRetries };
export type { ITryggClients, TryggFunctionGateway } from './composeTryggServices';

export interface IUrlServicesOptions {
  /** Absolute URL of the Trygg site, e.g. http://127.0.0.1:4321/sites/trygg. */
  readonly siteUrl: string;
  /** Base URL the Graph client prefixes to /v1.0/…, e.g. http://127.0.0.1:4321/graph. */
  readonly graphBaseUrl: string;
  /** The protected-cases function's base URL; by default where the emulator hosts it, on the site's origin. */
  readonly protectedCasesUrl?: string;
  /** Extra request headers (the emulator's user header in tests; browsers use a cookie). */
  readonly headers?: Record<string, string>;
  /** Extra PnPjs behaviours, e.g. request counting in benchmarks. */
  readonly behaviors?: TimelinePipe<Queryable>[];
  readonly now?: () => Date;
}

/** PnPjs outside SPFx: the browser defaults (retries with Retry-After, digest, JSON parsing). */
export function createSp(options: IUrlServicesOptions): SPFI {
  return spfi().using(
    SPBrowser({ baseUrl: options.siteUrl }),
    TryggRetries(),
    InjectHeaders(options.headers || {}),
    ...(options.behaviors || [])
  );
}

export function createGraph(options: IUrlServicesOptions): Client {
  return Client.initWithMiddleware({
    baseUrl: options.graphBaseUrl,
    customHosts: new Set([new URL(options.graphBaseUrl).host]),
    // Outside SharePoint there is no token to get: the emulator identifies the user itself.
    authProvider: { getAccessToken: () => Promise.resolve('') },
    fetchOptions: { headers: options.headers || {} }
  });
}

/** Services against a site and a Graph endpoint by URL: the local workbench, tests and benchmarks. */
export function createTryggServices(options: IUrlServicesOptions): ITryggServices {
  return composeTryggServices({ sp: createSp(options), graph: createGraph(options), protectedCases: createProtectedCases(options), now: options.now });
}


/** The protected-cases function by URL, called with fetch (the emulator reads the same user header or cookie). */
export function createProtectedCases(options: IUrlServicesOptions): TryggFunctionGateway {
  const url = options.protectedCasesUrl || `${new URL(options.siteUrl).origin}${LOCAL_PROTECTED_CASES_PATH}`;
  const headers = options.headers || {};
  return new ProtectedCaseClient(
    () => Promise.resolve(url),
    (target, init) => fetch(target, { ...init, headers: { ...init.headers, ...headers }, credentials: 'same-origin' })
  );
}
