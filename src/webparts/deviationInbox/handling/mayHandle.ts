import { IDeviation } from '../../../domain/deviations/types';
import { descendantUnitIds, IOrganisationUnit } from '../../../domain/organisation';
import { ICurrentUser } from '../../../services/currentUser/ICurrentUserService';

/**
 * The same rule the handling service applies before it saves (the handler, a manager or
 * substitute of the case's unit or above, or the security function), so that the page offers
 * only what will be accepted. The service checks again; this only decides what to show.
 */
export function mayHandle(me: ICurrentUser, deviation: IDeviation, units: readonly IOrganisationUnit[]): boolean {
  if (me.roles.securityFunction) return true;
  if (deviation.handler && deviation.handler.id === me.id) return true;
  if (!deviation.unit) return false;
  const caseUnitId = deviation.unit.id;
  return units
    .filter((unit) => (unit.manager && unit.manager.id === me.id) || (unit.managerAbsent && unit.substitute && unit.substitute.id === me.id))
    .some((root) => descendantUnitIds(units, root.id).indexOf(caseUnitId) >= 0);
}
