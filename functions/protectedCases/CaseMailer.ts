/**
 * Every mail Trygg sends goes through here, from the function's shared mailbox: the handler's
 * (new or handed over), the reporter's news (feedback, rejection, closing) and the nightly
 * reminders. What is due is read from the case (domain/deviations/mailLedger.ts), so asking twice
 * sends nothing new.
 * At most once, by the protocol of mailOnce.ts.
 */
import { randomUUID } from 'node:crypto';
import { IDeviation, IDeviationAction } from '../../src/domain/deviations/types';
import { INotifier } from '../../src/domain/directory';
import { IDeviationChanges } from '../../src/domain/deviations/repositories';
import { withSeal } from '../../src/domain/deviations/reportTrust';
import { actionReminderDue, caseReminderDue, handlerMailDue, ledgerValue, reporterMailDue } from '../../src/domain/deviations/mailLedger';
import { actionReminderMail, caseReminderMail, handlerMail, reporterMail } from '../../src/services/notifications/caseMails';
import { ICaseLinks } from '../../src/services/notifications/caseLinks';
import { DeviationRepository } from '../../src/services/deviations/DeviationRepository';
import { DeviationActionRepository } from '../../src/services/deviations/DeviationActionRepository';
import { IFunctionLog } from './functionLog';
import { IMailPlan, IMarkable, sendOnce } from './mailOnce';

export interface ICaseMailerOptions {
  readonly cases: DeviationRepository;
  readonly actions: DeviationActionRepository;
  readonly mail: INotifier;
  readonly links: ICaseLinks;
  readonly now: () => Date;
  readonly log: IFunctionLog;
}

export class CaseMailer {
  constructor(private readonly _options: ICaseMailerOptions) {}

  /** The handler's and the reporter's mails the case is due; the answer is the case as stored now. */
  public async notifyDue(deviation: IDeviation): Promise<IDeviation> {
    let current = deviation;
    if (handlerMailDue(current) && current.handler) {
      // Whole seconds: SharePoint keeps a DateTime to the second, and the mark must read back equal.
      const stamp = new Date(Math.floor(this._options.now().getTime() / 1000) * 1000).toISOString();
      current = (await this._sendOnce<IDeviation>(current, {
        message: handlerMail(current, current.handler.email, this._options.links.inbox(current)),
        mark: (item) => this._update(item, { handlerNotifiedAt: stamp }),
        isOurs: (item) => !!item.handlerNotifiedAt && Date.parse(item.handlerNotifiedAt) === Date.parse(stamp),
        isDue: handlerMailDue,
        unmark: (item) => this._update(item, { clear: ['handlerNotifiedAt'] })
      })).item;
    }
    const news = reporterMailDue(current);
    const message = news && current.reporter ? reporterMail(current, current.reporter.email, this._options.links.myReports(current)) : undefined;
    if (news && message) {
      const value = ledgerValue(news, randomUUID());
      const before = current.reporterNotified;
      current = (await this._sendOnce<IDeviation>(current, {
        message,
        mark: (item) => this._update(item, { reporterNotified: value }),
        isOurs: (item) => item.reporterNotified === value,
        isDue: (item) => reporterMailDue(item) === news,
        unmark: (item) => this._update(item, before ? { reporterNotified: before } : { clear: ['reporterNotified'] })
      })).item;
    }
    return current;
  }

  /** The handler's reminder of an overdue case, once per deadline. Resolves whether one was sent. */
  public async remindCase(deviation: IDeviation): Promise<boolean> {
    const reminder = caseReminderDue(deviation, this._options.now());
    if (!reminder || !deviation.handler) return false;
    const value = ledgerValue(reminder.key, randomUUID());
    const before = deviation.reminderSentFor;
    const outcome = await this._sendOnce(deviation, {
      message: caseReminderMail(deviation, deviation.handler.email, reminder, this._options.links.inbox(deviation)),
      mark: (item) => this._update(item, { reminderSentFor: value }),
      isOurs: (item) => item.reminderSentFor === value,
      isDue: (item) => !!caseReminderDue(item, this._options.now()),
      unmark: (item) => this._update(item, before ? { reminderSentFor: before } : { clear: ['reminderSentFor'] })
    });
    return outcome.sent;
  }

  /** The owner's reminder of an overdue action, once per due date. Resolves whether one was sent. */
  public async remindAction(action: IDeviationAction, deviation: IDeviation): Promise<boolean> {
    const key = actionReminderDue(action, this._options.now());
    if (!key || !action.owner) return false;
    const value = ledgerValue(key, randomUUID());
    const before = action.reminderSentFor || '';
    const actions = this._options.actions;
    const outcome = await this._sendOnce(action, {
      message: actionReminderMail(action, deviation, action.owner.email, this._options.links.inbox(deviation)),
      mark: (item) => actions.setReminderSentFor(item.id, item.etag, value, item.store),
      isOurs: (item) => item.reminderSentFor === value,
      isDue: (item) => !!actionReminderDue(item, this._options.now()),
      unmark: (item) => actions.setReminderSentFor(item.id, item.etag, before, item.store)
    });
    return outcome.sent;
  }

  /** Every write goes through the seal: the function's mark may be the first write on a new report. */
  private _update(deviation: IDeviation, changes: IDeviationChanges): Promise<IDeviation> {
    return this._options.cases.update(deviation.id, deviation.etag, withSeal(deviation, changes), deviation.store);
  }

  private _sendOnce<T extends IMarkable>(item: T, plan: IMailPlan<T>): Promise<{ item: T; sent: boolean }> {
    return sendOnce(item, plan, this._options.mail, this._options.log);
  }
}
