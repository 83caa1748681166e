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
import { RiskRegisterService } from './risks/RiskRegisterService';
import { RiskImportService } from './risks/RiskImportService';
import { ScanningService } from './risks/ScanningService';
import { RiskRepository } from './risks/RiskRepository';
import { IDocumentGateway } from './documents/IDocumentGateway';
import { GoverningDocumentsService } from './documents/GoverningDocumentsService';
import { SiteSetupService } from './provisioning/SiteSetupService';
import { GoalsService } from './pdsa/GoalsService';
import { ExercisesService } from './pdsa/ExercisesService';
import { SelfAssessmentService } from './pdsa/SelfAssessmentService';
import { PdsaDashboardService } from './pdsa/PdsaDashboardService';
import { AnnualReportService } from './pdsa/AnnualReportService';
import { MySecurityService } from './home/MySecurityService';

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
  // The user and the units, which nearly every view asks for first, share one $batch.
  const startup = new SameTurnBatch(sp);
  const currentUser = new CurrentUserService(sp, startup);
  const directory = new GraphDirectory(graph);
  const units = new UnitRepository(sp, startup);
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

/**
 * SharePoint throttles busy tenants with 429/503 and Retry-After. PnPjs's default of three
 * attempts gives up too early for a report someone is waiting to send; six attempts with its
 * Retry-After-aware backoff ride out a typical throttling burst.
 */
export function TryggRetries(): TimelinePipe<Queryable> {
  return BrowserFetchWithRetry({ retries: 6, interval: 400 });
}

