import { SPFI } from '@pnp/sp';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { IOrganisationUnit } from '../../domain/organisation';
import { IUnitWorker } from '../../domain/pdsa/unitWork';
import { ICurrentUserService } from '../currentUser/ICurrentUserService';
import { ConflictError } from '../errors';
import { SameTurnBatch } from '../lists/sameTurnBatch';

/** What the goal, exercise and self-assessment services are built from. */
export interface IPdsaServiceDeps {
  readonly sp: SPFI;
  readonly currentUser: ICurrentUserService;
  readonly units: IUnitRepository;
  readonly now: () => Date;
  /** The composition's one batch (sameTurnBatch.ts readsOf); each service has its own without it. */
  readonly reads?: SameTurnBatch;
}

/** The signed-in user as unitWork.ts judges them, with the organisation to judge against. */
export async function workerAndUnits(deps: IPdsaServiceDeps): Promise<{ worker: IUnitWorker; units: IOrganisationUnit[] }> {
  const [me, units] = await Promise.all([deps.currentUser.get(), deps.units.getAll()]);
  return { worker: { id: me.id, email: me.email, isSecurityFunction: me.roles.securityFunction, isManager: me.roles.manager }, units };
}

/** An update's outcome: saved, or a conflict with what someone else stored meanwhile. */
export async function savedOrConflict<T>(update: () => Promise<T>): Promise<{ readonly kind: 'saved'; readonly item: T } | { readonly kind: 'conflict'; readonly theirs: T }> {
  try {
    return { kind: 'saved', item: await update() };
  } catch (error) {
    if (error instanceof ConflictError) return { kind: 'conflict', theirs: (error as ConflictError<T>).current };
    throw error;
  }
}
