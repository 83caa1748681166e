/**
 * The Trygg function's scheduled side, run every morning by a timer (main.ts) and on demand in the
 * emulator (POST /_emulator/jobs/daily) and in tests: reminders of overdue cases to their handlers
 * and overdue actions to their owners, once per due date (CaseMailer's ledger), then the statistics
 * aggregate everyone reads. Each reminder stands alone: one that fails is logged and tried again on
 * the next run, and a rerun after a failure sends nothing twice. Later features add their due rules
 * as further steps here: risk reviews and acceptance expiry (RiskReminders), governing documents'
 * reviews, validity and publication on the effective day (DocumentReminders), PDSA measurements and
 * exercises due (PdsaReminders). In Azure it also moves protected cases closed over a year ago to
 * their year's archive (ProtectedCaseArchive), one case at a time through the same `attempt`.
 */
import { CaseStore, IDeviation } from '../../src/domain/deviations/types';
import { ACKNOWLEDGE_WITHIN_DAYS } from '../../src/domain/deviations/workflow';
import { StatisticsAggregator } from '../../src/services/deviations/StatisticsAggregator';
import { IRiskReminderSummary, RiskReminders } from './RiskReminders';
import { DocumentReminders, IDocumentJobSummary } from './DocumentReminders';
import { IPdsaReminderSummary, PdsaReminders } from './PdsaReminders';
import { functionContext, IFunctionContext, IProtectedCaseFunctionOptions } from './functionContext';
import { IProtectedCaseArchiveSummary, ProtectedCaseArchive } from './ProtectedCaseArchive';

const DAY_MS = 24 * 60 * 60 * 1000;
const STORES: readonly CaseStore[] = ['open', 'protected'];

export interface IScheduledJobSummary {
  readonly caseReminders: number;
  readonly actionReminders: number;
  /** The risk register's reminders and the risks reopened for a new acceptance decision. */
  readonly risks: IRiskReminderSummary;
  /** Governing documents: owners' review and validity reminders, and editions published on their day. */
  readonly documents: IDocumentJobSummary;
  /** PDSA: goals' measurements due and units due to exercise. */
  readonly pdsa: IPdsaReminderSummary;
  /** Reminders that failed this run (logged; the next run tries them again). */
  readonly failed: number;
  /** Groups in the statistics aggregate (month × unit × area × type × status). */
  readonly aggregateRows: number;
  /** Protected cases moved to their year's archive (only when the job archives: IScheduledJobOptions). */
  readonly archive?: IProtectedCaseArchiveSummary;
}

export interface IScheduledJobOptions {
  /**
   * Also move protected cases closed more than a year ago to their year's archive lists. On in
   * Azure (the timer is where no list is let near SharePoint's scope limit unattended); off where
   * the job is run for its reminders alone (the emulator's seeded cases stay where tests expect them).
   */
  readonly archiveProtectedCases?: boolean;
}

export class ScheduledJob {
  private readonly _context: IFunctionContext;
  private readonly _aggregator: StatisticsAggregator;

  constructor(options: IProtectedCaseFunctionOptions, private readonly _job: IScheduledJobOptions = {}) {
    this._context = functionContext(options);
    this._aggregator = new StatisticsAggregator(options.sp);
  }

  public async run(): Promise<IScheduledJobSummary> {
    let caseReminders = 0;
    let actionReminders = 0;
    let failed = 0;
    const attempt = async (send: () => Promise<boolean>): Promise<boolean> => {
      try {
        return await send();
      } catch (error) {
        failed += 1;
        this._context.log.warn('Trygg scheduled job: a step failed; the next run tries it again', error);
        return false;
      }
    };
    // No case is overdue before its acknowledgement deadline: older ones are the candidates.
    const reportedBefore = new Date(this._context.now().getTime() - ACKNOWLEDGE_WITHIN_DAYS * DAY_MS).toISOString();
    // An action is overdue once its due day has ended (due dates are midnight UTC of the day).
    const dueBefore = new Date(this._context.now().getTime() - DAY_MS).toISOString();
    for (const store of STORES) {
      for (const deviation of await this._context.cases.openReportedBefore(store, reportedBefore)) {
        if (await attempt(() => this._context.mailer.remindCase(deviation))) caseReminders += 1;
      }
      const caseOf = new Map<number, Promise<IDeviation | undefined>>();
      for (const action of await this._context.actions.notDoneDueBefore(store, dueBefore)) {
        if (!caseOf.has(action.deviationId)) caseOf.set(action.deviationId, this._context.cases.getById(action.deviationId, store));
        const deviation = await caseOf.get(action.deviationId);
        if (deviation && (await attempt(() => this._context.mailer.remindAction(action, deviation)))) actionReminders += 1;
      }
    }
    const risks = await new RiskReminders(this._context).run(attempt);
    const documents = await new DocumentReminders(this._context).run(attempt);
    const pdsa = await new PdsaReminders(this._context).run(attempt);
    // Before the aggregate, which counts cases wherever they are kept.
    const archive = this._job.archiveProtectedCases ? await new ProtectedCaseArchive(this._context).run(attempt) : undefined;
    const aggregate = await this._aggregator.refresh(this._context.now());
    return { caseReminders, actionReminders, risks, documents, pdsa, failed, aggregateRows: aggregate.rows, ...(archive ? { archive } : {}) };
  }
}
