/**
 * The life of a risk: Utkast → Bedömd → Under åtgärd → Accepterad / Avslutad. A transition table
 * plus one function that returns every reason a step is blocked, as keys the UI localises (the
 * shape of deviations/workflow.ts).
 */
import { acceptanceStatus } from './acceptance';
import { levelOf } from './matrix';
import { IRisk, IRiskAction, IRiskMatrix } from './types';
import { RiskStatus } from './vocabulary';

/**
 * Utkast may be dropped (Avslutad) or assessed. An assessed risk is treated, accepted or closed;
 * treatment or acceptance may go back to Bedömd (a reassessment, a lapsed acceptance). A closed
 * risk stays closed: a risk that returns is registered anew and linked.
 */
const TRANSITIONS: Readonly<Record<RiskStatus, readonly RiskStatus[]>> = {
  'Utkast': ['Bedömd', 'Avslutad'],
  'Bedömd': ['Under åtgärd', 'Accepterad', 'Avslutad'],
  'Under åtgärd': ['Bedömd', 'Accepterad', 'Avslutad'],
  'Accepterad': ['Bedömd', 'Under åtgärd', 'Avslutad'],
  'Avslutad': []
};

export function allowedNextRiskStatuses(status: RiskStatus): readonly RiskStatus[] {
  return TRANSITIONS[status];
}

export function isRiskOpen(status: RiskStatus): boolean {
  return status !== 'Avslutad';
}

/** Why a risk cannot move to a status now; each has a message in loc/. */
export type RiskTransitionBlocker =
  | 'notAllowed'
  /** The actor may not change this risk (owner, a manager of its line, the security function may). */
  | 'notPermitted'
  | 'currentMissing'
  /** The current assessment is not on the matrix version in force: re-map it (matrix.ts remapRisk). */
  | 'matrixVersion'
  | 'ownerMissing'
  | 'nextReviewMissing'
  | 'treatmentMissing'
  /** Under åtgärd needs at least one open treatment action. */
  | 'noOpenActions'
  /** Accepterad needs a granted acceptance: none, or only requested or rejected. */
  | 'acceptanceMissing'
  | 'acceptanceExpired'
  /** The acceptance was about another current assessment or matrix version. */
  | 'acceptanceStale'
  /** Avslutad needs every treatment action done. */
  | 'openActions';

export interface IRiskTransitionContext {
  /** True when the actor may change the risk; the caller decides from roles and the risk's line. */
  readonly actorMayEdit: boolean;
  /** The risk's actions not yet Klar. */
  readonly openActionCount: number;
  /** The matrix in force. */
  readonly matrix: IRiskMatrix;
  readonly now: Date;
}

type TransitionRisk = Pick<IRisk, 'status' | 'current' | 'matrixVersion' | 'owner' | 'nextReviewAt' | 'treatment' | 'acceptance'>;

/** Everything that stands between the risk and the target status; empty when it may go there. */
export function riskTransitionBlockers(risk: TransitionRisk, to: RiskStatus, context: IRiskTransitionContext): RiskTransitionBlocker[] {
  if (TRANSITIONS[risk.status].indexOf(to) < 0) return ['notAllowed'];
  const blockers: RiskTransitionBlocker[] = [];
  if (!context.actorMayEdit) blockers.push('notPermitted');
  if (to === 'Avslutad') {
    if (context.openActionCount > 0) blockers.push('openActions');
    return blockers;
  }
  // Bedömd, Under åtgärd and Accepterad: an assessed risk someone answers for, with a review date.
  if (!risk.current) blockers.push('currentMissing');
  else if (risk.matrixVersion !== context.matrix.version || !levelOf(context.matrix, risk.current)) blockers.push('matrixVersion');
  if (!risk.owner) blockers.push('ownerMissing');
  if (!risk.nextReviewAt) blockers.push('nextReviewMissing');
  if (to === 'Under åtgärd') {
    if (!risk.treatment) blockers.push('treatmentMissing');
    if (context.openActionCount === 0) blockers.push('noOpenActions');
  }
  if (to === 'Accepterad') {
    const acceptance = acceptanceStatus(risk, context.now);
    if (acceptance === 'expired') blockers.push('acceptanceExpired');
    else if (acceptance === 'stale') blockers.push('acceptanceStale');
    else if (acceptance !== 'granted') blockers.push('acceptanceMissing');
  }
  return blockers;
}

/**
 * Where an accepted risk goes when its acceptance lapses or goes stale (acceptance.ts
 * acceptanceLapsed): back to treatment while actions are open, otherwise to Bedömd, to be decided anew.
 */
export function reopenedStatus(openActionCount: number): RiskStatus {
  return openActionCount > 0 ? 'Under åtgärd' : 'Bedömd';
}

/**
 * True when the owner should reassess the current level: the risk has treatment actions, all are
 * Klar, and the last one closed after the current assessment was last set or confirmed
 * (IRisk.currentAssessedAt; missing counts as never). Actions of other risks are ignored. An action
 * marked Klar without completedAt counts as closed at an unknown time: the owner is asked unless
 * the assessment has been confirmed at some point.
 */
export function needsReassessment(
  risk: Pick<IRisk, 'id' | 'status' | 'currentAssessedAt'>,
  actions: readonly Pick<IRiskAction, 'riskId' | 'status' | 'completedAt'>[]
): boolean {
  if (risk.status === 'Utkast' || risk.status === 'Avslutad') return false;
  const own = actions.filter((action) => action.riskId === risk.id);
  if (own.length === 0 || own.some((action) => action.status !== 'Klar')) return false;
  const assessedAt = risk.currentAssessedAt ? Date.parse(risk.currentAssessedAt) : NaN;
  if (isNaN(assessedAt)) return true;
  const closedTimes = own.map((action) => (action.completedAt ? Date.parse(action.completedAt) : NaN)).filter((t) => !isNaN(t));
  if (closedTimes.length === 0) return false;
  return Math.max(...closedTimes) > assessedAt;
}
