/**
 * Gathers the annual follow-up (domain/pdsa/annualReport.ts) from the services the other web parts
 * use, with the signed-in user's rights: the organisation, then the seven sections together (one
 * `$batch`, which the services share), each reported as it is read so the page can show how far
 * it has come. A section the user may not read (SharePoint answers 403/404, or the risk register is not
 * theirs to use) is reported as such; any other failure fails the report, so a report never
 * lacks a section the user could have read.
 */
import { IUnitRepository } from '../../domain/deviations/repositories';
import { ICurrentUserService } from '../currentUser/ICurrentUserService';
import { buildAnnualReport, IAnnualReport, IAnnualReportInput, reportUnitIds, Section, yearMonths } from '../../domain/pdsa/annualReport';
import { IRiskPage } from '../../domain/risks/repositories';
import { IRisk } from '../../domain/risks/types';
import { classifyError } from '../errors';
import { IDeviationStatisticsService } from '../deviations/DeviationStatisticsService';
import { IGoverningDocumentsService } from '../documents/IGoverningDocumentsService';
import { IRiskRegisterService } from '../risks/IRiskRegisterService';
import { IExercisesService, IGoalsService, IPdsaDashboardService, ISelfAssessmentService } from './IPdsaServices';

/** What the report reads, as ITryggServices names them. */
export interface IAnnualReportSources {
  readonly currentUser: ICurrentUserService;
  readonly units: IUnitRepository;
  readonly goals: IGoalsService;
  readonly pdsa: IPdsaDashboardService;
  readonly statistics: IDeviationStatisticsService;
  readonly risks: IRiskRegisterService;
  readonly exercises: IExercisesService;
  readonly documents: IGoverningDocumentsService;
  readonly selfAssessments: ISelfAssessmentService;
  readonly now: () => Date;
}

/** The steps: the organisation first, the seven sections together, then the figures. */
export const ANNUAL_REPORT_STEPS = ['units', 'goals', 'pdsa', 'deviations', 'risks', 'exercises', 'documents', 'selfAssessment', 'build'] as const;
export type AnnualReportStep = typeof ANNUAL_REPORT_STEPS[number];

export interface IAnnualReportProgress {
  /** The step that has just finished. */
  readonly step: AnnualReportStep;
  /** How many steps have finished; equals `total` when the report is built. */
  readonly index: number;
  readonly total: number;
}

export interface IAnnualReportService {
  /** The year's follow-up for the region (unitId undefined) or a unit and the units below it. */
  build(year: number, unitId: number | undefined, onProgress?: (progress: IAnnualReportProgress) => void): Promise<IAnnualReport>;
}

/** A risk register page at a time: SharePoint's largest page the repository asks for. */
const RISK_PAGE_SIZE = 500;

async function allRisks(first: Promise<IRiskPage>): Promise<IRisk[]> {
  const risks: IRisk[] = [];
  let page: IRiskPage | undefined = await first;
  while (page) {
    risks.push(...page.risks);
    // next() is there only while more follows: a page that permissions left empty does not end it.
    page = page.next ? await page.next() : undefined;
  }
  return risks;
}

/** A read's figures, or the section unavailable when SharePoint refuses the user; other errors propagate. */
async function readSection<T>(read: () => Promise<T | 'notPermitted'>): Promise<Section<T>> {
  try {
    const value = await read();
    return value === 'notPermitted' ? { kind: 'unavailable', reason: 'notPermitted' } : { kind: 'figures', ...value };
  } catch (error) {
    const kind = classifyError(error).kind;
    if (kind === 'accessDenied' || kind === 'notFound') return { kind: 'unavailable', reason: 'notPermitted' };
    throw error;
  }
}

export class AnnualReportService implements IAnnualReportService {
  private readonly _sources: () => IAnnualReportSources;
  private readonly _loaded: () => Promise<void>;

  /**
   * `sources` is read when a report is built: the composition root hands over the services it
   * composed. `loaded` resolves once every one of them has its code (a chunk of its own), so that the
   * sections are asked in one turn rather than each when its chunk arrives.
   */
  constructor(sources: () => IAnnualReportSources, loaded: () => Promise<void> = () => Promise.resolve()) {
    this._sources = sources;
    this._loaded = loaded;
  }

  public async build(year: number, unitId: number | undefined, onProgress: (progress: IAnnualReportProgress) => void = () => undefined): Promise<IAnnualReport> {
    const s = this._sources();
    const total = ANNUAL_REPORT_STEPS.length;
    let done = 0;
    let failed = false;
    // Once a section has failed the report has failed: what the others still read is not progress.
    const step = async <T>(name: AnnualReportStep, run: () => Promise<T>): Promise<T> => {
      try {
        const value = await run();
        if (!failed) onProgress({ step: name, index: ++done, total });
        return value;
      } catch (error) {
        failed = true;
        throw error;
      }
    };

    const [units, user] = await step('units', () => Promise.all([s.units.getAll(), s.currentUser.get(), this._loaded()]));
    if (unitId !== undefined && !units.some((unit) => unit.id === unitId)) throw new Error(`Unknown unit ${unitId}`);
    const unitIds = unitId === undefined ? undefined : reportUnitIds(units, unitId);
    const now = s.now();

    // The seven sections are asked in one turn: the services share the page's $batch
    // (sameTurnBatch.ts), so their first reads go to SharePoint as one request, not seven.
    // SharePoint gives members nothing on self-assessments and PDSA comments: not asked, so an
    // employee's report makes no request that answers 403 or 404.
    const readsUnitWork = user.roles.securityFunction || user.roles.manager;
    const [goals, pdsa, deviations, risks, exercises, documents, selfAssessment] = await Promise.all([
      step('goals', () => readSection(async () => ({ goals: await s.goals.list(year, unitIds ? { unitIds } : undefined) }))),
      step('pdsa', () => readSection(async () => (readsUnitWork ? { rolledUp: (await s.pdsa.matrix(year)).rolledUp } : 'notPermitted'))),
      step('deviations', () => readSection(async () => ({ basis: await s.statistics.load(yearMonths(year)) }))),
      step('risks', () =>
        readSection(async () => {
          if (!(await s.risks.mayUse())) return 'notPermitted';
          const [matrices, found] = await Promise.all([s.risks.matrices(), allRisks(s.risks.query({ ...(unitIds ? { unitIds } : {}), pageSize: RISK_PAGE_SIZE }))]);
          return { risks: found, matrices };
        })
      ),
      step('exercises', () => readSection(async () => ({ exercises: await s.exercises.list(year, unitIds) }))),
      step('documents', () => readSection(async () => ({ documents: await s.documents.all() }))),
      step('selfAssessment', () =>
        readSection(async () => (readsUnitWork ? { summary: await s.selfAssessments.summary(year, unitIds || units.map((unit) => unit.id)) } : 'notPermitted'))
      )
    ]);

    const input: IAnnualReportInput = { year, unitId, units, now, goals, pdsa, deviations, risks, exercises, documents, selfAssessment };
    return step('build', () => Promise.resolve(buildAnnualReport(input)));
  }
}
