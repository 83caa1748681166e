import { IRiskDecision } from '../../domain/risks/repositories';
import { IRiskAcceptance } from '../../domain/risks/types';

/** A risk's acceptance is its newest request or decision (TryggRiskbeslut), in the domain's shape. */
export function acceptanceOf(decisions: readonly IRiskDecision[]): IRiskAcceptance | undefined {
  const newest = decisions.slice().sort((a, b) => b.id - a.id)[0];
  if (!newest) return undefined;
  return {
    state: newest.state,
    requestedBy: newest.requestedBy,
    requestedAt: newest.requestedAt,
    requestNote: newest.requestNote,
    decidedBy: newest.decidedBy,
    decidedAt: newest.decidedAt,
    rationale: newest.rationale,
    expiresAt: newest.expiresAt,
    acceptedAssessment: newest.accepted,
    acceptedMatrixVersion: newest.acceptedMatrixVersion,
    reminderSentFor: newest.reminderSentFor
  };
}
