/**
 * Accepting a risk (riskacceptans): the owner asks, someone else with the right role decides, with
 * a rationale and an expiry. Responsibility follows the line: a manager of the risk's unit or of a
 * unit above decides up to the area's appetite; above it the security function decides. A decision
 * is about one current assessment on one matrix version: when either changes, or the expiry passes,
 * the acceptance no longer holds and the risk needs a new decision.
 */
import { IOrganisationUnit, IPerson, unitAncestry } from '../organisation';
import { FieldError } from '../validation';
import { calendarDay, dayString, utcDay, addMonths } from '../days';
import { isAboveAppetite, levelOf } from './matrix';
import { riskTextError } from './riskValidation';
import { IAssessment, IRisk, IRiskAcceptance, IRiskMatrix } from './types';

/** Who acts: their SharePoint user id and/or e-mail, and whether they belong to the security function. */
export interface IAcceptanceActor {
  readonly id?: number;
  readonly email?: string;
  readonly isSecurityFunction: boolean;
}

type Someone = Pick<IPerson, 'id' | 'email'> | Pick<IAcceptanceActor, 'id' | 'email'>;

/** The same person: the same site user id, or the same e-mail (case-insensitive); either is enough. */
export function samePerson(a: Someone | undefined, b: Someone | undefined): boolean {
  if (!a || !b) return false;
  if (a.id !== undefined && b.id !== undefined && a.id === b.id) return true;
  return !!a.email && !!b.email && a.email.toLowerCase() === b.email.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------

export type AcceptanceStatus = 'none' | 'requested' | 'granted' | 'rejected' | 'expired' | 'stale';

export function sameAssessment(a: IAssessment | undefined, b: IAssessment | undefined): boolean {
  return !!a && !!b && a.likelihood === b.likelihood && a.consequence === b.consequence;
}

/**
 * Where the risk's acceptance stands. A granted acceptance holds through its expiry day (UTC) and
 * only while the current assessment and matrix version are the ones it was about: otherwise it is
 * 'stale' (checked first: a decision about another assessment says nothing, whatever its date), or
 * 'expired'. A grant without a readable expiry counts as expired, one without the accepted
 * assessment as stale: neither can be shown to hold.
 */
export function acceptanceStatus(risk: Pick<IRisk, 'acceptance' | 'current' | 'matrixVersion'>, now: Date): AcceptanceStatus {
  const acceptance = risk.acceptance;
  if (!acceptance) return 'none';
  if (acceptance.state === 'Begärd') return 'requested';
  if (acceptance.state === 'Avslagen') return 'rejected';
  if (!sameAssessment(acceptance.acceptedAssessment, risk.current) || acceptance.acceptedMatrixVersion !== risk.matrixVersion) return 'stale';
  const expiry = calendarDay(acceptance.expiresAt);
  if (expiry === undefined || utcDay(now) > expiry) return 'expired';
  return 'granted';
}

/** An accepted risk whose acceptance lapsed or went stale: reopened for a new decision (riskStatus.ts). */
export function acceptanceLapsed(risk: Pick<IRisk, 'status' | 'acceptance' | 'current' | 'matrixVersion'>, now: Date): boolean {
  if (risk.status !== 'Accepterad') return false;
  const status = acceptanceStatus(risk, now);
  return status === 'expired' || status === 'stale';
}

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

export type AcceptanceRequestBlocker = 'notOwner' | 'closed' | 'notAssessed' | 'matrixVersion' | 'alreadyRequested' | 'alreadyGranted' | 'noteInvalid';

/**
 * Everything that stands between the owner and a request; empty when they may ask. A rejected,
 * expired or stale acceptance may be asked for again.
 */
export function acceptanceRequestBlockers(
  actor: IAcceptanceActor,
  risk: Pick<IRisk, 'owner' | 'status' | 'current' | 'matrixVersion' | 'acceptance'>,
  matrix: IRiskMatrix,
  now: Date,
  note?: string
): AcceptanceRequestBlocker[] {
  const blockers: AcceptanceRequestBlocker[] = [];
  if (!samePerson(actor, risk.owner)) blockers.push('notOwner');
  if (risk.status === 'Avslutad') blockers.push('closed');
  if (!risk.current) blockers.push('notAssessed');
  else if (risk.matrixVersion !== matrix.version) blockers.push('matrixVersion');
  else if (!levelOf(matrix, risk.current)) blockers.push('notAssessed');
  const status = acceptanceStatus(risk, now);
  if (status === 'requested') blockers.push('alreadyRequested');
  if (status === 'granted') blockers.push('alreadyGranted');
  if (riskTextError('acceptanceRequestNote', note) !== undefined) blockers.push('noteInvalid');
  return blockers;
}

/** The request as stored (on TryggRiskbeslut): a new request replaces any earlier decision. */
export function requestAcceptance(requester: IPerson, now: Date, note?: string): IRiskAcceptance {
  const trimmed = note ? note.trim() : '';
  return { state: 'Begärd', requestedBy: requester, requestedAt: now.toISOString(), requestNote: trimmed || undefined };
}

// ---------------------------------------------------------------------------------------------
// Who decides
// ---------------------------------------------------------------------------------------------

export type AcceptanceDecider = 'manager' | 'securityFunction';

export type DecisionRefusal =
  /** There is no open request to decide. */
  | 'notRequested'
  /** The actor asked for it (or the request names no one, so no one can show they are someone else). */
  | 'requester'
  /** No current assessment on this matrix: nothing to accept. */
  | 'notAssessed'
  /** The risk is assessed on another matrix version: re-map it first (matrix.ts remapRisk). */
  | 'matrixVersion'
  /** The level is above the area's appetite: only the security function decides. */
  | 'aboveAppetite'
  /** Within the appetite the line decides: a manager of the risk's unit or a unit above. */
  | 'notManagerOfUnit';

export type DecisionPermission =
  | { readonly allowed: true; readonly as: AcceptanceDecider }
  | { readonly allowed: false; readonly reason: DecisionRefusal };

/**
 * A manager of the unit or a unit above; a substitute counts while the manager they stand in for is
 * marked absent (as in routing).
 */
export function isLineManagerOf(actor: IAcceptanceActor, unitId: number, units: readonly IOrganisationUnit[]): boolean {
  return unitAncestry(units, unitId).some((unit) => samePerson(actor, unit.manager) || (unit.managerAbsent && samePerson(actor, unit.substitute)));
}

/**
 * Whether the actor may decide the risk's open acceptance request. Up to the area's appetite the
 * line decides (linjeansvar): a manager of the risk's unit or a unit above, or the regional
 * security function. Above the appetite only the security function decides. No one decides their
 * own request, whatever their role.
 */
export function mayDecideAcceptance(
  actor: IAcceptanceActor,
  risk: Pick<IRisk, 'area' | 'unit' | 'current' | 'matrixVersion' | 'acceptance'>,
  matrix: IRiskMatrix,
  units: readonly IOrganisationUnit[]
): DecisionPermission {
  const acceptance = risk.acceptance;
  if (!acceptance || acceptance.state !== 'Begärd') return { allowed: false, reason: 'notRequested' };
  if (!acceptance.requestedBy || samePerson(actor, acceptance.requestedBy)) return { allowed: false, reason: 'requester' };
  if (!risk.current) return { allowed: false, reason: 'notAssessed' };
  if (risk.matrixVersion !== matrix.version) return { allowed: false, reason: 'matrixVersion' };
  if (!levelOf(matrix, risk.current)) return { allowed: false, reason: 'notAssessed' };
  if (isAboveAppetite(matrix, risk.area, risk.current)) {
    return actor.isSecurityFunction ? { allowed: true, as: 'securityFunction' } : { allowed: false, reason: 'aboveAppetite' };
  }
  if (isLineManagerOf(actor, risk.unit.id, units)) return { allowed: true, as: 'manager' };
  // The regional security function answers for every unit: it may decide within the appetite too.
  return actor.isSecurityFunction ? { allowed: true, as: 'securityFunction' } : { allowed: false, reason: 'notManagerOfUnit' };
}

// ---------------------------------------------------------------------------------------------
// The decision
// ---------------------------------------------------------------------------------------------

/** The longest an acceptance may hold before it must be decided again. */
export const ACCEPTANCE_MAX_YEARS = 3;

export interface IAcceptanceDecision {
  readonly state: 'Beviljad' | 'Avslagen';
  readonly rationale: string;
  /** Only for Beviljad: the last day the acceptance holds (YYYY-MM-DD or an ISO instant). */
  readonly expiresAt?: string;
}

export type AcceptanceDecisionField = 'state' | 'rationale' | 'expiresAt';
export type AcceptanceDecisionError = FieldError | 'notRequested' | 'inPast' | 'tooFarAhead';
export type AcceptanceDecisionErrors = Partial<Record<AcceptanceDecisionField, AcceptanceDecisionError>>;

/**
 * What is wrong with a decision; empty when it may be stored. Only an open request is decided;
 * every decision says why (1–2000 characters); a grant lapses after today and at most three years
 * ahead. Who may decide is mayDecideAcceptance.
 */
export function acceptanceErrors(acceptance: IRiskAcceptance | undefined, decision: IAcceptanceDecision, now: Date): AcceptanceDecisionErrors {
  const errors: AcceptanceDecisionErrors = {};
  if (!acceptance || acceptance.state !== 'Begärd') errors.state = 'notRequested';
  else if (decision.state !== 'Beviljad' && decision.state !== 'Avslagen') errors.state = 'invalidChoice';
  const rationale = riskTextError('acceptanceRationale', decision.rationale, true);
  if (rationale) errors.rationale = rationale;
  if (decision.state === 'Beviljad') {
    const expiresAt = expiryError(decision.expiresAt, now);
    if (expiresAt) errors.expiresAt = expiresAt;
  }
  return errors;
}

function expiryError(value: string | undefined, now: Date): AcceptanceDecisionError | undefined {
  if (value === undefined || value === '') return 'required';
  const day = calendarDay(value);
  if (day === undefined) return 'invalidDate';
  const today = utcDay(now);
  if (day <= today) return 'inPast';
  if (day > addMonths(today, 12 * ACCEPTANCE_MAX_YEARS)) return 'tooFarAhead';
  return undefined;
}

/**
 * The decision as stored, with what it was about: the risk's current assessment and matrix version
 * now. Call after acceptanceErrors and mayDecideAcceptance found nothing. The expiry is stored as
 * midnight UTC of its day; the reminder ledger starts empty.
 */
export function decideAcceptance(
  acceptance: IRiskAcceptance,
  risk: Pick<IRisk, 'current' | 'matrixVersion'>,
  decision: IAcceptanceDecision,
  decidedBy: IPerson,
  now: Date
): IRiskAcceptance {
  const expiry = decision.state === 'Beviljad' ? calendarDay(decision.expiresAt) : undefined;
  return {
    state: decision.state,
    requestedBy: acceptance.requestedBy,
    requestedAt: acceptance.requestedAt,
    requestNote: acceptance.requestNote,
    decidedBy,
    decidedAt: now.toISOString(),
    rationale: decision.rationale.trim(),
    expiresAt: expiry === undefined ? undefined : `${dayString(expiry)}T00:00:00.000Z`,
    acceptedAssessment: risk.current ? { likelihood: risk.current.likelihood, consequence: risk.current.consequence } : undefined,
    acceptedMatrixVersion: risk.matrixVersion
  };
}
