/**
 * The one place where Trygg's services are put together, whatever hosts them: SPFx's context in
 * SharePoint and Teams (src/common/spfxServices.ts), URLs locally (createTryggServices.ts). Kept
 * apart from the URL composition so that a web part's bundle does not carry the Graph JS client,
 * which SharePoint's page provides (MSGraphClientV3).
 */
import { SPFI } from '@pnp/sp';
import type { Client } from '@microsoft/microsoft-graph-client';
import { BrowserFetchWithRetry, Queryable } from '@pnp/queryable';
import { TimelinePipe } from '@pnp/core';
import { ITryggServices } from './ITryggServices';
import { CurrentUserService } from './currentUser/CurrentUserService';
import { SameTurnBatch } from './lists/sameTurnBatch';
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
import { IDocumentGateway } from './documents/IDocumentGateway';
import { SiteSetupService } from './provisioning/SiteSetupService';
import { memoizePromise } from '../common/memoizePromise';
import { lazyService } from './lazyService';
import { IServiceGroupDependencies } from './groups/dependencies';
import { loadDocumentServices, loadPdsaServices, loadRiskServices } from './groups/serviceChunks';

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
  // Reads asked in the same turn share one $batch, whichever service asks: the user and the units,
  // which nearly every view asks for first; a view's lists; the annual follow-up's seven sections.
  const reads = new SameTurnBatch(sp);
  const currentUser = new CurrentUserService(sp, reads);
  const directory = new GraphDirectory(graph);
  const units = new UnitRepository(sp, reads);
  const deviations = new DeviationRepository(sp);
  const actions = new DeviationActionRepository(sp);
  const people = new SitePeople(sp);
  const protectedCases = clients.protectedCases;
  const shared = { currentUser, directory, units, deviations, people, protectedCases, now };
  // The deviation services are every web part's first need; the others load with the first view that
  // calls one, each group a chunk of its own, so a web part downloads only what it uses.
  const whole: { services?: ITryggServices } = {};
  const groups: { loadAll?: () => Promise<void> } = {};
  const group: IServiceGroupDependencies = {
    sp,
    reads,
    currentUser,
    units,
    directory,
    people,
    functionGateway: protectedCases,
    now,
    services: () => whole.services as ITryggServices,
    loadGroups: () => (groups.loadAll as () => Promise<void>)()
  };
  const risks = memoizePromise(() => loadRiskServices().then((m) => m.riskServices(group)));
  const documents = memoizePromise(() => loadDocumentServices().then((m) => m.documentServices(group)));
  const pdsa = memoizePromise(() => loadPdsaServices().then((m) => m.pdsaServices(group)));
  groups.loadAll = () => Promise.all([risks(), documents(), pdsa()]).then(() => undefined);
  const services: ITryggServices = {
    currentUser,
    directory,
    units,
    deviations,
    actions,
    now,
    reporting: new DeviationReportingService(shared),
    handling: new DeviationHandlingService({ ...shared, actions, sp }),
    statistics: new DeviationStatisticsService(sp, units, currentUser, reads),
    siteSetup: new SiteSetupService(sp),
    risks: lazyService(() => risks().then((loaded) => loaded.risks)),
    riskImport: lazyService(() => risks().then((loaded) => loaded.riskImport)),
    scanning: lazyService(() => risks().then((loaded) => loaded.scanning)),
    documents: lazyService(() => documents().then((loaded) => loaded.documents)),
    goals: lazyService(() => pdsa().then((loaded) => loaded.goals)),
    exercises: lazyService(() => pdsa().then((loaded) => loaded.exercises)),
    selfAssessments: lazyService(() => pdsa().then((loaded) => loaded.selfAssessments)),
    pdsa: lazyService(() => pdsa().then((loaded) => loaded.pdsa)),
    annualReport: lazyService(() => pdsa().then((loaded) => loaded.annualReport)),
    mySecurity: lazyService(() => pdsa().then((loaded) => loaded.mySecurity))
  };
  whole.services = services;
  return services;
}

/**
 * SharePoint throttles busy tenants with 429/503 and Retry-After. PnPjs's default of three
 * attempts gives up too early for a report someone is waiting to send; six attempts with its
 * Retry-After-aware backoff ride out a typical throttling burst.
 */
export function TryggRetries(): TimelinePipe<Queryable> {
  return BrowserFetchWithRetry({ retries: 6, interval: 400 });
}

