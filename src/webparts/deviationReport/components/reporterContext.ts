import { ITryggServices } from '../../../services/ITryggServices';
import { IOrganisationUnit } from '../../../domain/organisation';

export interface IReporterContext {
  readonly units: IOrganisationUnit[];
  /** The reporter's own unit (the directory's department), the form's default. */
  readonly ownUnitId?: number;
}

/** What the form needs before it opens. Without an answer from the directory the unit is simply not preset. */
export async function loadReporterContext(services: ITryggServices): Promise<IReporterContext> {
  const [units, me] = await Promise.all([services.units.getAll(), services.directory.me().catch(() => undefined)]);
  const department = me && me.department ? me.department : undefined;
  const own = department ? units.filter((unit) => unit.department === department)[0] : undefined;
  return { units, ownUnitId: own ? own.id : undefined };
}
