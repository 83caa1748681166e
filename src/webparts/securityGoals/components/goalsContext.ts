import { descendantUnitIds, IOrganisationUnit } from '../../../domain/organisation';
import { SecurityArea } from '../../../domain/securityAreas';
import { ICurrentUser } from '../../../services/currentUser/ICurrentUserService';
import { ITryggServices } from '../../../services/ITryggServices';

/** What every view of the goals decides from, loaded once when the web part opens. */
export interface IGoalsContext {
  readonly me: ICurrentUser;
  readonly units: readonly IOrganisationUnit[];
  /** The units the user may set goals for, and whether they may set regional goals. */
  readonly scope: { readonly unitIds: readonly number[]; readonly regional: boolean };
}

export async function loadGoalsContext(services: ITryggServices): Promise<IGoalsContext> {
  const [me, units, scope] = await Promise.all([services.currentUser.get(), services.units.getAll(), services.goals.editableScope()]);
  return { me, units, scope };
}

export function mayAddGoals(context: IGoalsContext): boolean {
  return context.scope.regional || context.scope.unitIds.length > 0;
}

export interface IGoalFilter {
  readonly unitId?: number;
  readonly area?: SecurityArea;
}

/** What the service is asked: a unit means it and the units below it (the regional goals come too). */
export function serviceFilter(filter: IGoalFilter, units: readonly IOrganisationUnit[]): { unitIds?: number[]; area?: SecurityArea } {
  return {
    ...(filter.unitId !== undefined ? { unitIds: descendantUnitIds(units, filter.unitId) } : {}),
    ...(filter.area ? { area: filter.area } : {})
  };
}
