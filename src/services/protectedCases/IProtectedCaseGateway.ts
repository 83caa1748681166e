import { IDeviation, IDeviationAction, IDeviationDraft } from '../../domain/deviations/types';
import { IPerson } from '../../domain/organisation';
import { IHandOverRequest } from './protocol';

/**
 * What only the protected-cases function may do, because it needs rights no user has: add a
 * protected case and grant its reporter and handler access, move access to a new handler, add an
 * action to a protected case, and move an open case into the protected list.
 */
export interface IProtectedCaseGateway {
  /** Routed by the function itself; a retry with the same clientRequestId returns the first case. */
  submit(clientRequestId: string, draft: IDeviationDraft): Promise<{ deviation: IDeviation; created: boolean }>;
  /** Throws ConflictError with the stored case when it changed since `deviation.etag`. */
  handOver(deviation: IDeviation, to: IPerson, reason: IHandOverRequest['reason'], note?: string): Promise<IDeviation>;
  addAction(deviation: IDeviation, title: string, owner: IPerson, dueDate: string): Promise<IDeviationAction>;
  /** Moves an open case that turned out to be sensitive; the answer is the case in its new place. */
  protect(deviation: IDeviation): Promise<IDeviation>;
  /**
   * Sends the mails the case is due (the handler's when it is new or handed over, the reporter's
   * feedback, rejection or closing), each once, and marks them on the case: a reporter cannot edit
   * their report, and no web part sends mail. The answer is the case as stored now.
   */
  notify(deviation: IDeviation): Promise<IDeviation>;
  /** Gives the owner of an open action Read on it when they are not a handler (members cannot read the list). */
  shareOpenAction(action: IDeviationAction): Promise<IDeviationAction>;
}
