import { IOrganisationUnit, IPerson, unitAncestry } from '../organisation';
import { RoutingReason } from './vocabulary';

/** What the directory said when asked for the reporter's manager. */
export type ManagerLookup =
  | { readonly outcome: 'found'; readonly manager: IPerson }
  | { readonly outcome: 'none' }
  | { readonly outcome: 'failed'; readonly status?: number };

export interface IRoutingInput {
  /** Who reports: a case never goes back to its own reporter. */
  readonly reporter?: IPerson;
  readonly managerLookup: ManagerLookup;
  /** The reporter's own unit (from the directory department or the units list). */
  readonly reporterUnitId?: number;
  readonly units: readonly IOrganisationUnit[];
  /** The regional security function's shared handler, the last resort. */
  readonly securityFunction: IPerson;
}

/** Why the line manager was not used; shown to the reporter and kept on the case. */
export const ROUTING_FALLBACKS = ['managerAbsent', 'noManager', 'directoryUnavailable'] as const;
export type RoutingFallback = typeof ROUTING_FALLBACKS[number];

export interface IRoutingDecision {
  readonly handler: IPerson;
  readonly reason: RoutingReason;
  readonly fallback?: RoutingFallback;
}

function samePerson(a: IPerson | undefined, b: IPerson | undefined): boolean {
  return !!a && !!b && a.email.toLowerCase() === b.email.toLowerCase();
}

/**
 * Responsibility follows the line: a report goes to the reporter's manager in the directory.
 * A manager marked absent in the units list hands over to their substitute. When the directory
 * cannot answer, the units list still names the line: the manager of the reporter's unit (or, for
 * a manager reporting, of the unit above), or their stand-in. Without a manager (none in the
 * directory, or absent with no stand-in) it goes to the nearest security coordinator of the
 * reporter's unit or its parents, and last to the regional security function. It never goes back
 * to the person who reported.
 */
export function decideRouting(input: IRoutingInput): IRoutingDecision {
  const lookup = input.managerLookup;
  const notReporter = (person: IPerson | undefined): person is IPerson => !!person && !samePerson(person, input.reporter);
  let fallback: RoutingFallback;
  if (lookup.outcome === 'found') {
    const managedUnit = input.units.filter((unit) => samePerson(unit.manager, lookup.manager))[0];
    const absent = !!managedUnit && managedUnit.managerAbsent;
    if (!absent && notReporter(lookup.manager)) return { handler: lookup.manager, reason: 'Chef' };
    if (absent && notReporter(managedUnit.substitute)) {
      return { handler: managedUnit.substitute, reason: 'Ersättare', fallback: 'managerAbsent' };
    }
    // An absent manager without a stand-in, or a substitute reporting on their own unit.
    fallback = 'managerAbsent';
  } else {
    fallback = lookup.outcome === 'none' ? 'noManager' : 'directoryUnavailable';
  }

  const chain = input.reporterUnitId === undefined ? [] : unitAncestry(input.units, input.reporterUnitId);
  if (lookup.outcome === 'failed') {
    const fromUnits = managerFromUnits(chain, notReporter);
    if (fromUnits) return { ...fromUnits, fallback };
  }
  const coordinator = chain.map((unit) => unit.securityCoordinator).filter(notReporter)[0];
  if (coordinator) {
    return { handler: coordinator, reason: 'Säkerhetssamordnare', fallback };
  }
  return { handler: input.securityFunction, reason: 'Säkerhetsfunktion', fallback };
}

/** The first manager the units list names up the chain who is not the reporter, or their stand-in when away. */
function managerFromUnits(chain: readonly IOrganisationUnit[], notReporter: (person: IPerson | undefined) => person is IPerson): Omit<IRoutingDecision, 'fallback'> | undefined {
  for (const unit of chain) {
    if (!unit.manager) continue;
    if (!unit.managerAbsent && notReporter(unit.manager)) return { handler: unit.manager, reason: 'Chef' };
    if (unit.managerAbsent && notReporter(unit.substitute)) return { handler: unit.substitute, reason: 'Ersättare' };
    // The reporter is this unit's manager (or stand-in): their line goes on above.
  }
  return undefined;
}

/**
 * Escalation: the next manager up the line from the current handler, skipping anyone absent
 * in favour of their substitute. Undefined when the chain ends.
 */
export function nextInLine(
  currentHandler: IPerson,
  managerOf: (person: IPerson) => IPerson | undefined,
  units: readonly IOrganisationUnit[]
): IPerson | undefined {
  const next = managerOf(currentHandler);
  if (!next) return undefined;
  const managedUnit = units.filter((unit) => samePerson(unit.manager, next))[0];
  return managedUnit && managedUnit.managerAbsent && managedUnit.substitute ? managedUnit.substitute : next;
}
