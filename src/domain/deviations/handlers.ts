import { IDeviation } from './types';
import { descendantUnitIds, IOrganisationUnit } from '../organisation';

/** Who acts: their SharePoint user id and whether they belong to the security function. */
export interface IActorIdentity {
  readonly id: number;
  readonly isSecurityFunction: boolean;
}

/** Units a person answers for: those they manage, or stand in for while the manager is away, and all below. */
export function unitsAnsweredFor(actorId: number, units: readonly IOrganisationUnit[]): number[] {
  const roots = units.filter(
    (unit) => (unit.manager && unit.manager.id === actorId) || (unit.managerAbsent && unit.substitute && unit.substitute.id === actorId)
  );
  const ids = new Set<number>();
  roots.forEach((root) => descendantUnitIds(units, root.id).forEach((id) => ids.add(id)));
  return Array.from(ids);
}

/**
 * Who may act on a case: its handler, a manager (or stand-in) of its unit or a unit above, or
 * the security function. A protected case only its handler and the security function: nobody else
 * can read it. The service and the protected-cases function enforce it; the page uses it to offer
 * only what will hold.
 */
export function mayHandle(actor: IActorIdentity, deviation: Pick<IDeviation, 'store' | 'handler' | 'unit'>, units: readonly IOrganisationUnit[]): boolean {
  if (actor.isSecurityFunction) return true;
  if (deviation.handler && deviation.handler.id === actor.id) return true;
  if (deviation.store === 'protected') return false;
  return !!deviation.unit && unitsAnsweredFor(actor.id, units).indexOf(deviation.unit.id) >= 0;
}

/** Why a case may not go to a person: the UI localizes each key. */
export type HandoverBlocker = 'recipientNotHandler' | 'recipientIsReporter';

/**
 * Whom a case may be handed to (reassigned or escalated): only someone who may handle cases (a
 * member of Chefer or the security function), and never the person who reported it, who would
 * then handle their own report. `handlerEmails` are the handlers' addresses, lower case.
 */
export function handoverBlockers(
  recipient: { readonly email: string },
  deviation: { readonly reporter?: { readonly email: string } },
  handlerEmails: ReadonlySet<string>
): HandoverBlocker[] {
  const email = recipient.email.trim().toLowerCase();
  const blockers: HandoverBlocker[] = [];
  if (!handlerEmails.has(email)) blockers.push('recipientNotHandler');
  if (deviation.reporter && deviation.reporter.email.trim().toLowerCase() === email) blockers.push('recipientIsReporter');
  return blockers;
}
