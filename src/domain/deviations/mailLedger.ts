/**
 * Which mails a case is due, derived from the case itself, so that whoever asks (the reporter after
 * sending, a handler after a change, the nightly job) gets the same answer and nothing is mailed
 * twice. The Trygg function keeps the ledger on the item: HandlerNotifiedAt (empty: the current
 * handler has not been told), ReporterNotified (the last news the reporter was sent) and
 * ReminderSentFor (the due date the handler or owner was last reminded of).
 *
 * A ledger value is `key#token`: the function writes it before it sends (a claim, guarded by the
 * ETag), so two callers never both send, and the token lets a retried write recognise its own claim.
 */
import { IDeviation, IDeviationAction, IHistoryEntry } from './types';
import { OverdueKind, overdue, ACKNOWLEDGE_WITHIN_DAYS, CLOSE_WITHIN_DAYS } from './workflow';
import { isActionOverdue } from './statistics';
import { RoutingReason } from './vocabulary';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A ledger entry: what was sent, and whose claim it was. */
export function ledgerValue(key: string, token: string): string {
  return `${key}#${token}`;
}

/** The key of a ledger value, without its token. */
export function ledgerKey(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const hash = value.lastIndexOf('#');
  return hash < 0 ? value : value.slice(0, hash);
}

/** What the reporter has last to hear: how the case ended, or else the latest feedback. */
export function reporterNewsKey(deviation: Pick<IDeviation, 'status' | 'closedAt' | 'feedbackAt'>): string | undefined {
  if (deviation.status === 'Avvisad' || deviation.status === 'Avslutad') return `${deviation.status}|${deviation.closedAt || ''}`;
  if (deviation.feedbackAt) return `feedback|${deviation.feedbackAt}`;
  return undefined;
}

/** The reporter's news not yet sent, or undefined. */
export function reporterMailDue(deviation: Pick<IDeviation, 'status' | 'closedAt' | 'feedbackAt' | 'reporterNotified'>): string | undefined {
  const news = reporterNewsKey(deviation);
  return news && news !== ledgerKey(deviation.reporterNotified) ? news : undefined;
}

/** The handler's mail is due while the current handler has not been told (a handover empties the mark). */
export function handlerMailDue(deviation: Pick<IDeviation, 'handler' | 'handlerNotifiedAt'>): boolean {
  return !!deviation.handler && !deviation.handlerNotifiedAt;
}

export interface ICaseReminder {
  readonly kind: OverdueKind;
  /** The day the case was due (YYYY-MM-DD): one reminder per due date. */
  readonly dueDay: string;
  readonly key: string;
}

/** The reminder an overdue case is due, once per deadline, or undefined. */
export function caseReminderDue(deviation: Pick<IDeviation, 'status' | 'reportedAt' | 'reminderSentFor'>, now: Date): ICaseReminder | undefined {
  const kind = overdue(deviation, now);
  if (!kind) return undefined;
  const days = kind === 'acknowledgement' ? ACKNOWLEDGE_WITHIN_DAYS : CLOSE_WITHIN_DAYS;
  const dueDay = new Date(Date.parse(deviation.reportedAt) + days * DAY_MS).toISOString().slice(0, 10);
  const key = `${kind}|${dueDay}`;
  return key === ledgerKey(deviation.reminderSentFor) ? undefined : { kind, dueDay, key };
}

/** The reminder an overdue action is due (to its owner), once per due date, or undefined. */
export function actionReminderDue(action: Pick<IDeviationAction, 'status' | 'dueDate' | 'reminderSentFor'>, now: Date): string | undefined {
  if (!isActionOverdue(action, now)) return undefined;
  const key = `action|${action.dueDate.slice(0, 10)}`;
  return key === ledgerKey(action.reminderSentFor) ? undefined : key;
}

/** The reasons a case changes hands after it was routed. */
export type HandOverReason = Extract<RoutingReason, 'Omfördelad' | 'Eskalerad'>;

const SEPARATOR = ' – ';

/** The log note of a handover: the one format that `lastHandover` reads back. */
export function handoverNote(reason: HandOverReason, toName: string, message?: string): string {
  const trimmed = message ? message.trim() : '';
  return `${reason}: ${toName}${trimmed ? `${SEPARATOR}${trimmed}` : ''}`;
}

/** Who handed the case over last, and their message, from the log. */
export function lastHandover(history: readonly IHistoryEntry[], reason: HandOverReason, toName: string): { byName: string; message?: string } | undefined {
  const prefix = `${reason}: ${toName}`;
  for (let i = history.length - 1; i >= 0; i--) {
    const note = history[i].note;
    if (!note || note.indexOf(prefix) !== 0) continue;
    const rest = note.slice(prefix.length);
    return { byName: history[i].byName, message: rest.indexOf(SEPARATOR) === 0 ? rest.slice(SEPARATOR.length) : undefined };
  }
  return undefined;
}
