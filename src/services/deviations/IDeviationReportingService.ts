import { IDeviation, IDeviationDraft } from '../../domain/deviations/types';
import { DraftField } from '../../domain/deviations/draftValidation';
import { FieldErrors } from '../../domain/validation';
import { IRoutingDecision } from '../../domain/deviations/routing';

export type ReportOutcome =
  | { readonly kind: 'invalid'; readonly errors: FieldErrors<DraftField> }
  | { readonly kind: 'sent'; readonly deviation: IDeviation; readonly routing: IRoutingDecision };

/** The employee's side: send a report (idempotently) and follow one's own reports. */
export interface IDeviationReportingService {
  /**
   * Validates, routes to the line manager through the directory, adds the case once and notifies
   * the handler. A retry with the same clientRequestId never adds a second case.
   */
  report(draft: IDeviationDraft, clientRequestId: string): Promise<ReportOutcome>;
  /** The signed-in user's own reports, newest first. */
  myReports(): Promise<IDeviation[]>;
}
