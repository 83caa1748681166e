/**
 * The risk register's part of the morning job: reviews due and treatment actions overdue remind
 * their owners, acceptances remind 30 and 7 days before they lapse and on the day (review.ts), each
 * once (mailOnce.ts), and an acceptance that has lapsed or gone stale reopens its risk for a new
 * decision (acceptance.ts). Each step stands alone: one that fails is counted and tried next run.
 */
import { randomUUID } from 'node:crypto';
import { IRisk, IRiskAction } from '../../src/domain/risks/types';
import { IRiskDecision } from '../../src/domain/risks/repositories';
import { ledgerValue } from '../../src/domain/deviations/mailLedger';
import { acceptanceReminderDue, reviewReminderDue, riskActionReminderDue } from '../../src/domain/risks/review';
import { acceptanceLapsed } from '../../src/domain/risks/acceptance';
import { reopenedStatus } from '../../src/domain/risks/riskStatus';
import { RiskRepository } from '../../src/services/risks/RiskRepository';
import { RiskActionRepository } from '../../src/services/risks/RiskActionRepository';
import { RiskDecisionRepository } from '../../src/services/risks/RiskDecisionRepository';
import { acceptanceOf } from '../../src/services/risks/riskAcceptance';
import { acceptanceExpiringMail, riskActionReminderMail, riskReviewMail } from '../../src/services/notifications/riskMails';
import { IRiskPage } from '../../src/domain/risks/repositories';
import { IFunctionContext } from './functionContext';
import { sendOnce } from './mailOnce';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface IRiskReminderSummary {
  readonly reviews: number;
  readonly acceptances: number;
  readonly actions: number;
  readonly reopened: number;
}

/** Runs one step; a failure is counted and logged, the rest of the job goes on. */
export type Attempt = (step: () => Promise<boolean>) => Promise<boolean>;

export class RiskReminders {
  private readonly _risks: RiskRepository;
  private readonly _actions: RiskActionRepository;
  private readonly _decisions: RiskDecisionRepository;

  constructor(private readonly _context: IFunctionContext) {
    this._risks = new RiskRepository(_context.sp);
    this._actions = new RiskActionRepository(_context.sp);
    this._decisions = new RiskDecisionRepository(_context.sp);
  }

  public async run(attempt: Attempt): Promise<IRiskReminderSummary> {
    const now = this._context.now();
    let reviews = 0;
    let acceptances = 0;
    let actions = 0;
    let reopened = 0;
    const tomorrow = new Date(now.getTime() + DAY_MS).toISOString();
    for (const risk of await this._all(this._risks.query({ reviewBefore: tomorrow, statuses: ['Bedömd', 'Under åtgärd', 'Accepterad'], sort: 'nextReview', pageSize: 500 }))) {
      if (await attempt(() => this._remindReview(risk))) reviews += 1;
    }
    for (const risk of await this._all(this._risks.query({ statuses: ['Accepterad'], pageSize: 500 }))) {
      if (await attempt(() => this._reopenIfLapsed(risk))) reopened += 1;
    }
    const inAMonth = new Date(now.getTime() + 31 * DAY_MS).toISOString();
    for (const decision of await this._decisions.grantedExpiringBefore(inAMonth)) {
      if (await attempt(() => this._remindAcceptance(decision))) acceptances += 1;
    }
    const riskOf = new Map<number, Promise<IRisk | undefined>>();
    for (const action of await this._actions.notDoneDueBefore(new Date(now.getTime() - DAY_MS).toISOString())) {
      if (!riskOf.has(action.riskId)) riskOf.set(action.riskId, this._risks.get(action.riskId));
      const risk = await riskOf.get(action.riskId);
      if (risk && (await attempt(() => this._remindAction(action, risk)))) actions += 1;
    }
    return { reviews, acceptances, actions, reopened };
  }

  private async _remindReview(risk: IRisk): Promise<boolean> {
    const reminder = reviewReminderDue(risk, this._context.now());
    if (!reminder || !risk.owner) return false;
    const value = ledgerValue(reminder.key, randomUUID());
    const before = risk.reminderSentFor || '';
    const outcome = await sendOnce(risk, {
      message: riskReviewMail(risk, risk.owner.email, reminder.dueDay, this._context.links.risk(risk.riskNumber)),
      mark: (item) => this._risks.markReminded(item.id, item.etag, value),
      isOurs: (item) => item.reminderSentFor === value,
      isDue: (item) => !!reviewReminderDue(item, this._context.now()),
      unmark: (item) => this._risks.markReminded(item.id, item.etag, before)
    }, this._context.mail, this._context.log);
    return outcome.sent;
  }

  private async _remindAcceptance(decision: IRiskDecision): Promise<boolean> {
    const risk = await this._risks.get(decision.riskId);
    const newest = (await this._decisions.listFor(decision.riskId))[0];
    // Only the risk's newest decision speaks for it; an older grant was replaced.
    if (!risk || !risk.owner || !newest || newest.id !== decision.id) return false;
    const withAcceptance = (item: IRiskDecision): IRisk => ({ ...risk, acceptance: acceptanceOf([item]) });
    const reminder = acceptanceReminderDue(withAcceptance(decision), this._context.now());
    if (!reminder) return false;
    const value = ledgerValue(reminder.key, randomUUID());
    const before = decision.reminderSentFor || '';
    const outcome = await sendOnce(decision, {
      message: acceptanceExpiringMail(risk, risk.owner.email, reminder.dueDay, this._context.links.risk(risk.riskNumber)),
      mark: (item) => this._decisions.update(item.id, item.etag, { reminderSentFor: value }),
      isOurs: (item) => item.reminderSentFor === value,
      isDue: (item) => !!acceptanceReminderDue(withAcceptance(item), this._context.now()),
      unmark: (item) => this._decisions.update(item.id, item.etag, { reminderSentFor: before })
    }, this._context.mail, this._context.log);
    return outcome.sent;
  }

  private async _remindAction(action: IRiskAction, risk: IRisk): Promise<boolean> {
    const reminder = riskActionReminderDue(action, this._context.now());
    if (!reminder || !action.owner) return false;
    const value = ledgerValue(reminder.key, randomUUID());
    const before = action.reminderSentFor || '';
    const outcome = await sendOnce(action, {
      message: riskActionReminderMail(action, risk, action.owner.email, this._context.links.risk(risk.riskNumber)),
      mark: (item) => this._actions.update(item.id, item.etag, { reminderSentFor: value }),
      isOurs: (item) => item.reminderSentFor === value,
      isDue: (item) => !!riskActionReminderDue(item, this._context.now()),
      unmark: (item) => this._actions.update(item.id, item.etag, { reminderSentFor: before })
    }, this._context.mail, this._context.log);
    return outcome.sent;
  }

  /** A lapsed or stale acceptance sends the risk back for a new decision; the decision itself stays as history. */
  private async _reopenIfLapsed(risk: IRisk): Promise<boolean> {
    const decisions = await this._decisions.listFor(risk.id);
    if (!acceptanceLapsed({ ...risk, acceptance: acceptanceOf(decisions) }, this._context.now())) return false;
    const open = (await this._actions.listFor(risk.id)).filter((action) => action.status !== 'Klar').length;
    await this._risks.update(risk.id, risk.etag, { status: reopenedStatus(open) });
    return true;
  }

  private async _all(first: Promise<IRiskPage>): Promise<IRisk[]> {
    const risks: IRisk[] = [];
    for (let page: IRiskPage | undefined = await first; page; page = page.next ? await page.next() : undefined) risks.push(...page.risks);
    return risks;
  }
}
