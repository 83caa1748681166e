import { spfi, SPFI, SPBrowser } from '@pnp/sp';
import { Client } from '@microsoft/microsoft-graph-client';
import { BrowserFetchWithRetry, InjectHeaders, Queryable } from '@pnp/queryable';
import { TimelinePipe } from '@pnp/core';
import { ITryggServices } from './ITryggServices';
import { CurrentUserService } from './currentUser/CurrentUserService';
import { GraphDirectory } from './directory/GraphDirectory';
import { UnitRepository } from './units/UnitRepository';
import { DeviationRepository } from './deviations/DeviationRepository';
import { DeviationActionRepository } from './deviations/DeviationActionRepository';
import { SitePeople } from './people';
import { DeviationReportingService } from './deviations/DeviationReportingService';
import { DeviationHandlingService } from './deviations/DeviationHandlingService';
import { DeviationStatisticsService } from './deviations/DeviationStatisticsService';
import { IProtectedCaseGateway } from './protectedCases/IProtectedCaseGateway';
import { IRiskDecisionGateway } from './risks/IRiskDecisionGateway';
import { RiskRegisterService } from './risks/RiskRegisterService';
import { RiskImportService } from './risks/RiskImportService';
import { ScanningService } from './risks/ScanningService';
import { RiskRepository } from './risks/RiskRepository';
import { ProtectedCaseClient } from './protectedCases/ProtectedCaseClient';
import { LOCAL_PROTECTED_CASES_PATH } from './protectedCases/protocol';
import { IDocumentGateway } from './documents/IDocumentGateway';
import { GoverningDocumentsService } from './documents/GoverningDocumentsService';
import { SiteSetupService } from './provisioning/SiteSetupService';
import { GoalsService } from './pdsa/GoalsService';
import { ExercisesService } from './pdsa/ExercisesService';
import { SelfAssessmentService } from './pdsa/SelfAssessmentService';
import { PdsaDashboardService } from './pdsa/PdsaDashboardService';
import { AnnualReportService } from './pdsa/AnnualReportService';
import { MySecurityService } from './home/MySecurityService';

export { LOCAL_PROTECTED_CASES_PATH };

/** Everything the Trygg function does for the web parts. */
export type TryggFunctionGateway = IProtectedCaseGateway & IRiskDecisionGateway & { readonly documents: IDocumentGateway };

export interface ITryggClients {
  /** PnPjs rooted at the Trygg site: spfi().using(SPFx(context)) in SharePoint. */
  readonly sp: SPFI;
  /** Microsoft Graph: context.msGraphClientFactory.getClient('3') in SharePoint. */
  readonly graph: Client;
  /** The Trygg function (AadHttpClient in SharePoint, plain fetch locally), with its document operations. */
  readonly protectedCases: TryggFunctionGateway;
  readonly now?: () => Date;
}

/** The one place where Trygg's services are put together, whatever hosts them. */
export function composeTryggServices(clients: ITryggClients): ITryggServices {
  const { sp, graph } = clients;
  const now = clients.now || (() => new Date());
  const currentUser = new CurrentUserService(sp);
  const directory = new GraphDirectory(graph);
  const units = new UnitRepository(sp);
  const deviations = new DeviationRepository(sp);
  const actions = new DeviationActionRepository(sp);
  const people = new SitePeople(sp);
  const protectedCases = clients.protectedCases;
  const shared = { currentUser, directory, units, deviations, people, protectedCases, now };
  const services: ITryggServices = {
    currentUser,
    directory,
    units,
    deviations,
    actions,
    now,
    reporting: new DeviationReportingService(shared),
    handling: new DeviationHandlingService({ ...shared, actions, sp }),
    statistics: new DeviationStatisticsService(sp, units, currentUser),
    risks: new RiskRegisterService({ sp, currentUser, units, people, decisions: protectedCases, now }),
    riskImport: new RiskImportService({ risks: new RiskRepository(sp), people, directory, currentUser, units, now }),
    scanning: new ScanningService({ sp, currentUser, units, now }),
    siteSetup: new SiteSetupService(sp),
    goals: new GoalsService({ sp, currentUser, units, now }),
    exercises: new ExercisesService({ sp, currentUser, units, now }),
    selfAssessments: new SelfAssessmentService({ sp, currentUser, units, now }),
    pdsa: new PdsaDashboardService({ sp, currentUser, units, now }),
    // Gathers from the services composed here: it reads them from this object when a report is built.
    annualReport: new AnnualReportService(() => services),
    mySecurity: new MySecurityService({ sp, currentUser, now }),
    documents: new GoverningDocumentsService({ sp, currentUser, units, directory, gateway: protectedCases.documents, now })
  };
  return services;
}

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

/**
 * SharePoint throttles busy tenants with 429/503 and Retry-After. PnPjs's default of three
 * attempts gives up too early for a report someone is waiting to send; six attempts with its
 * Retry-After-aware backoff ride out a typical throttling burst.
 */
export function TryggRetries(): TimelinePipe<Queryable> {
  return BrowserFetchWithRetry({ retries: 6, interval: 400 });
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
