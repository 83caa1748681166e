import type { SPFI } from '@pnp/sp';
import type { SameTurnBatch } from '../lists/sameTurnBatch';
import type { GraphDirectory } from '../directory/GraphDirectory';
import type { IUnitRepository } from '../../domain/deviations/repositories';
import type { ICurrentUserService } from '../currentUser/ICurrentUserService';
import type { SitePeople } from '../people';
import type { ITryggServices } from '../ITryggServices';
import type { TryggFunctionGateway } from '../composeTryggServices';

/** What every group of services is built from: the clients and the services every view shares. */
export interface IServiceGroupDependencies {
  readonly sp: SPFI;
  /** Reads asked in the same turn, by whichever service, go out as one `$batch`. */
  readonly reads: SameTurnBatch;
  readonly currentUser: ICurrentUserService;
  readonly units: IUnitRepository;
  readonly directory: GraphDirectory;
  readonly people: SitePeople;
  readonly functionGateway: TryggFunctionGateway;
  readonly now: () => Date;
  /** The whole set, for services that gather from the others (the annual report). */
  readonly services: () => ITryggServices;
  /**
   * Every group's code loaded: a service that gathers from the others asks them all in one turn (one
   * `$batch`) only once none of them still waits for its chunk.
   */
  readonly loadGroups: () => Promise<void>;
}
