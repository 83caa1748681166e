import { IDirectory } from '../domain/directory';
import { IDeviationActionRepository, IDeviationRepository, IUnitRepository } from '../domain/deviations/repositories';
import { ICurrentUserService } from './currentUser/ICurrentUserService';
import { IDeviationReportingService } from './deviations/IDeviationReportingService';
import { IDeviationHandlingService } from './deviations/IDeviationHandlingService';
import { IDeviationStatisticsService } from './deviations/DeviationStatisticsService';
import { IRiskRegisterService } from './risks/IRiskRegisterService';
import { IRiskImportService } from './risks/RiskImportService';
import { IGoverningDocumentsService } from './documents/IGoverningDocumentsService';
import { IScanningService } from './risks/ScanningService';
import { ISiteSetupService } from './provisioning/SiteSetupService';
import { IExercisesService, IGoalsService, IPdsaDashboardService, ISelfAssessmentService } from './pdsa/IPdsaServices';
import { IAnnualReportService } from './pdsa/AnnualReportService';
import { IMySecurityService } from './home/IMySecurityService';

/**
 * Everything a Trygg web part needs, built once by a composition root: the web part's onInit in
 * SharePoint and Teams (createSpfxServices), the local workbench and the tests (createTryggServices
 * with an emulator URL). Components receive this object and never reach for SPFx's context.
 */
export interface ITryggServices {
  readonly currentUser: ICurrentUserService;
  readonly directory: IDirectory;
  readonly units: IUnitRepository;
  readonly deviations: IDeviationRepository;
  readonly actions: IDeviationActionRepository;
  readonly reporting: IDeviationReportingService;
  readonly handling: IDeviationHandlingService;
  readonly statistics: IDeviationStatisticsService;
  readonly risks: IRiskRegisterService;
  readonly riskImport: IRiskImportService;
  readonly documents: IGoverningDocumentsService;
  readonly scanning: IScanningService;
  /** Where the site stands against the schema, and setting it up: asked only after a read failed. */
  readonly siteSetup: ISiteSetupService;
  readonly goals: IGoalsService;
  readonly exercises: IExercisesService;
  readonly selfAssessments: ISelfAssessmentService;
  readonly pdsa: IPdsaDashboardService;
  /** The year's follow-up (årsuppföljning) for the region or a unit, gathered from the services above. */
  readonly annualReport: IAnnualReportService;
  /** "Min säkerhet": the signed-in person's work and their unit, in at most two requests. */
  readonly mySecurity: IMySecurityService;
  /** The clock, injectable so that tests and the seeded demo agree on "now". */
  readonly now: () => Date;
}
