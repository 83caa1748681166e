/**
 * The at-most-once protocol every Trygg mail follows. The ledger mark is written first, guarded by
 * the item's ETag, and only its writer sends. A retried write that lost its answer recognises its own
 * mark by a token. When Graph says it sent nothing (429, 503) the mark is taken back and the error
 * goes to the caller, who tries again later; when the outcome is unknown (504, a lost connection) the
 * mark stays: a mail may be lost, but none is sent twice.
 */
import { IMailMessage, INotifier } from '../../src/domain/directory';
import { ConflictError, classifyError } from '../../src/services/errors';
import { IFunctionLog } from './functionLog';

/** How often a mark is tried again when someone else changed the item meanwhile. */
const MARK_ATTEMPTS = 3;

export interface IMarkable {
  readonly etag: string;
}

/** One mail's bookkeeping: how to mark it, whether a stored version carries our mark, how to undo it. */
export interface IMailPlan<T extends IMarkable> {
  readonly message: IMailMessage;
  mark(item: T): Promise<T>;
  isOurs(item: T): boolean;
  isDue(item: T): boolean;
  unmark(item: T): Promise<T>;
}

/** `sent`: this call marked the mail and Graph took it (or may have: then it is never sent again). */
export async function sendOnce<T extends IMarkable>(item: T, plan: IMailPlan<T>, mail: INotifier, log: IFunctionLog): Promise<{ item: T; sent: boolean }> {
  let marked: T | undefined;
  let current = item;
  for (let attempt = 0; attempt < MARK_ATTEMPTS && !marked; attempt++) {
    try {
      marked = await plan.mark(current);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      current = (error as ConflictError<T>).current;
      if (plan.isOurs(current)) marked = current;
      else if (!plan.isDue(current)) return { item: current, sent: false };
    }
  }
  if (!marked) return { item: current, sent: false };
  try {
    await mail.send(plan.message);
  } catch (error) {
    const status = classifyError(error).status;
    if (status === 429 || status === 503) return unmarkAndThrow(marked, plan, error, log);
    // Refused outright, or sent without an answer: marked either way, so nobody sends it again.
    log.warn('Trygg function: a mail was not confirmed sent; it will not be sent again', error);
  }
  return { item: marked, sent: true };
}

async function unmarkAndThrow<T extends IMarkable>(marked: T, plan: IMailPlan<T>, error: unknown, log: IFunctionLog): Promise<never> {
  try {
    await plan.unmark(marked);
  } catch (unmarkError) {
    // Changed meanwhile, or SharePoint busy too: the mark stays and this mail is not sent.
    log.warn('Trygg function: a mail that Graph did not send could not be unmarked', unmarkError);
  }
  throw error;
}
