import { AREAS_REQUIRING_SECURITY_FUNCTION, AREAS_WITH_MSB_CATEGORY } from '../securityAreas';
import { IDeviation, IHistoryEntry } from './types';
import { DeviationStatus } from './vocabulary';
import type { HandoverBlocker } from './handlers';
import { caseTextError } from './limits';

/**
 * The case flow: Ny → Mottagen → Utreds → Åtgärdas → Avslutad, or Avvisad before actions start.
 * A case may close straight from Utreds when the investigation decides no actions are needed.
 */
const TRANSITIONS: Readonly<Record<DeviationStatus, readonly DeviationStatus[]>> = {
  'Ny': ['Mottagen', 'Avvisad'],
  'Mottagen': ['Utreds', 'Avvisad'],
  'Utreds': ['Åtgärdas', 'Avslutad', 'Avvisad'],
  'Åtgärdas': ['Avslutad', 'Utreds'],
  'Avslutad': [],
  'Avvisad': []
};

export function allowedNextStatuses(status: DeviationStatus): readonly DeviationStatus[] {
  return TRANSITIONS[status];
}

export function isOpen(status: DeviationStatus): boolean {
  return status !== 'Avslutad' && status !== 'Avvisad';
}

/** Why a transition cannot be made now; each has a message in loc/. */
export type TransitionBlocker =
  | 'notAllowed'
  | 'notHandler'
  | 'classificationMissing'
  | 'msbCategoryMissing'
  | 'causesMissing'
  | 'feedbackMissing'
  | 'openActions'
  | 'securityApprovalMissing'
  | 'rejectionReasonMissing'
  | 'rejectionReasonTooLong'
  | HandoverBlocker;

export interface ITransitionContext {
  /** True when the actor is the case's handler (or stands in for them) or the security function. */
  readonly actorMayHandle: boolean;
  readonly openActionCount: number;
  /** Only for Avvisad: the reason given. */
  readonly rejectionReason?: string;
}

/** Cases the security function must see and approve: threats and violence, personal data, crime. */
export function requiresSecurityApproval(deviation: Pick<IDeviation, 'area' | 'involvesPersonalData' | 'suspectedCrime'>): boolean {
  return (
    (deviation.area !== undefined && AREAS_REQUIRING_SECURITY_FUNCTION.indexOf(deviation.area) >= 0) ||
    deviation.involvesPersonalData ||
    deviation.suspectedCrime
  );
}

/** Everything that stands between the case and the target status; empty when it may go there. */
export function transitionBlockers(deviation: IDeviation, to: DeviationStatus, context: ITransitionContext): TransitionBlocker[] {
  if (TRANSITIONS[deviation.status].indexOf(to) < 0) return ['notAllowed'];
  const blockers: TransitionBlocker[] = [];
  if (!context.actorMayHandle) blockers.push('notHandler');

  if (to === 'Avvisad') {
    if (!context.rejectionReason || context.rejectionReason.trim().length === 0) blockers.push('rejectionReasonMissing');
    else if (caseTextError('rejectionReason', context.rejectionReason, true) !== undefined) blockers.push('rejectionReasonTooLong');
    return blockers;
  }
  if (to === 'Utreds' || to === 'Åtgärdas' || to === 'Avslutad') {
    if (!deviation.type || !deviation.area || !deviation.actualConsequence || !deviation.potentialConsequence) {
      blockers.push('classificationMissing');
    }
    if (deviation.area && AREAS_WITH_MSB_CATEGORY.indexOf(deviation.area) >= 0 && !deviation.msbCategory) {
      blockers.push('msbCategoryMissing');
    }
  }
  if ((to === 'Åtgärdas' || to === 'Avslutad') && deviation.mtoCauses.length === 0) {
    blockers.push('causesMissing');
  }
  if (to === 'Avslutad') {
    if (!deviation.feedback || deviation.feedback.trim().length === 0) blockers.push('feedbackMissing');
    if (context.openActionCount > 0) blockers.push('openActions');
    if (requiresSecurityApproval(deviation) && !deviation.securityApprovedAt) blockers.push('securityApprovalMissing');
  }
  return blockers;
}

export interface IActor {
  readonly displayName: string;
  readonly email: string;
}

/** The history with one more entry; the list is kept on the case so its ETag guards it too. */
export function appendHistory(
  history: readonly IHistoryEntry[],
  from: DeviationStatus,
  to: DeviationStatus,
  actor: IActor,
  at: Date,
  note?: string
): IHistoryEntry[] {
  const entry: IHistoryEntry = { at: at.toISOString(), byName: actor.displayName, byEmail: actor.email, from, to, note };
  return history.concat([entry]);
}

/** Days a case may stay unacknowledged, and open, before it is marked overdue. */
export const ACKNOWLEDGE_WITHIN_DAYS = 3;
export const CLOSE_WITHIN_DAYS = 30;

export type OverdueKind = 'acknowledgement' | 'closure';

const DAY_MS = 24 * 60 * 60 * 1000;

export function overdue(deviation: Pick<IDeviation, 'status' | 'reportedAt'>, now: Date): OverdueKind | undefined {
  const age = now.getTime() - new Date(deviation.reportedAt).getTime();
  if (deviation.status === 'Ny' && age > ACKNOWLEDGE_WITHIN_DAYS * DAY_MS) return 'acknowledgement';
  if (isOpen(deviation.status) && age > CLOSE_WITHIN_DAYS * DAY_MS) return 'closure';
  return undefined;
}
