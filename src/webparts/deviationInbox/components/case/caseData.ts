import { IDeviation, IDeviationAction } from '../../../../domain/deviations/types';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { ICurrentUser } from '../../../../services/currentUser/ICurrentUserService';
import { ITryggServices } from '../../../../services/ITryggServices';
import { classifyError } from '../../../../services/errors';

/** Everything the case view shows and decides from, loaded together. */
export interface ICaseData {
  readonly deviation: IDeviation;
  readonly actions: readonly IDeviationAction[];
  readonly me: ICurrentUser;
  readonly units: readonly IOrganisationUnit[];
}

/** The case is gone or hidden from this user: the same answer SharePoint gives, as a 404. */
class CaseNotFoundError extends Error {
  public readonly status: number = 404;
  constructor(id: string | number) {
    super(`Case ${id} was not found`);
  }
}

export async function loadCase(services: ITryggServices, caseId: string | number): Promise<ICaseData> {
  const [found, me, units] = await Promise.all([services.handling.get(caseId), services.currentUser.get(), services.units.getAll()]);
  if (!found) throw new CaseNotFoundError(caseId);
  return { deviation: found.deviation, actions: found.actions, me, units };
}

export function isNotFound(error: unknown): boolean {
  return classifyError(error).kind === 'notFound';
}
