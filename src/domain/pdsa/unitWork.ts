/**
 * Who may change a unit's goals, measurements, exercises, self-assessment and PDSA comments: one
 * rule for every PDSA write (SharePoint lets every manager contribute to the lists; the services
 * apply this rule, and versions show who wrote what).
 * - The security function: every unit, and the regional goals.
 * - A manager (or the acting substitute) of the unit or of a unit above it in the line.
 * - Nobody else; regional goals (no unit) are the security function's alone.
 */
import { IOrganisationUnit } from '../organisation';
import { isLineManagerOf } from '../risks/acceptance';

export interface IUnitWorker {
  readonly id: number;
  readonly email: string;
  readonly isSecurityFunction: boolean;
  readonly isManager: boolean;
}

/** Whether the worker may change the unit's PDSA work; `unitId` undefined is a regional goal. */
export function mayChangeUnitWork(worker: IUnitWorker, unitId: number | undefined, units: readonly IOrganisationUnit[]): boolean {
  if (worker.isSecurityFunction) return true;
  if (unitId === undefined || !worker.isManager) return false;
  return isLineManagerOf({ id: worker.id, email: worker.email, isSecurityFunction: false }, unitId, units);
}

/** The units whose work the worker may change (every unit for the security function). */
export function changeableUnitIds(worker: IUnitWorker, units: readonly IOrganisationUnit[]): number[] {
  return units.filter((unit) => mayChangeUnitWork(worker, unit.id, units)).map((unit) => unit.id);
}
