import { IOrganisationUnit } from '../../../domain/organisation';
import { changeableUnitIds, IUnitWorker, mayChangeUnitWork } from '../../../domain/pdsa/unitWork';
import { ICurrentUser } from '../../../services/currentUser/ICurrentUserService';
import { ITryggServices } from '../../../services/ITryggServices';

/** What every tab decides from, loaded once when the web part opens. */
export interface IFollowUpContext {
  readonly me: ICurrentUser;
  readonly units: readonly IOrganisationUnit[];
  /** The units whose exercises and self-assessment the user may change (every unit for the security function). */
  readonly changeable: readonly number[];
}

export async function loadFollowUpContext(services: ITryggServices): Promise<IFollowUpContext> {
  const [me, units] = await Promise.all([services.currentUser.get(), services.units.getAll()]);
  return { me, units, changeable: changeableUnitIds(workerOf(me), units) };
}

/** The signed-in user as the domain's unit rule asks about them. */
export function workerOf(me: ICurrentUser): IUnitWorker {
  return { id: me.id, email: me.email, isSecurityFunction: me.roles.securityFunction, isManager: me.roles.manager };
}

/** The rule the services apply before a write (domain/pdsa/unitWork.ts), so the page offers only what will be accepted. */
export function mayChange(context: IFollowUpContext, unitId: number): boolean {
  return mayChangeUnitWork(workerOf(context.me), unitId, context.units);
}

export function isSecurityFunction(context: IFollowUpContext): boolean {
  return context.me.roles.securityFunction;
}
