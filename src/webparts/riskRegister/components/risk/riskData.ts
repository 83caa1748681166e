import { ITryggServices } from '../../../../services/ITryggServices';
import { IRiskDetail } from '../../../../services/risks/IRiskRegisterService';
import { riskIdOf } from '../../riskLink';

/** The risk is gone or not the user's to see: the same answer SharePoint gives, as a 404. */
class RiskNotFoundError extends Error {
  public readonly status: number = 404;
  constructor(riskNumber: string) {
    super(`Risk ${riskNumber} was not found`);
  }
}

/** A stored risk with its actions, decisions and the matrix it was assessed with; undefined for a new one. */
export async function loadRisk(services: ITryggServices, riskNumber: string | undefined): Promise<IRiskDetail | undefined> {
  if (!riskNumber) return undefined;
  const id = riskIdOf(riskNumber);
  const detail = id === undefined ? undefined : await services.risks.get(id);
  if (!detail) throw new RiskNotFoundError(riskNumber);
  return detail;
}
