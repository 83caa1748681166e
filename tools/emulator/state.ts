/** What every handler can reach: the database, the list catalogue, permissions and the emulator's options. */
import { Db } from './storage/database';
import { ListCatalog } from './storage/catalog';
import { PermissionService } from './permissions';
import { FunctionLog } from './functions/functionLog';

export interface EmulatorState {
  readonly db: Db;
  readonly catalog: ListCatalog;
  readonly perms: PermissionService;
  /** Server-relative URL of the site, `/sites/trygg`. */
  readonly sitePath: string;
  /** Origin (`http://127.0.0.1:port`), known once the server listens. */
  origin: string;
  readonly listViewThreshold: number;
  readonly now: () => Date;
  readonly maxBodyBytes: number;
  /** The hosted protected-cases function's operational log. */
  readonly functionLog: FunctionLog;
}

export function siteUrl(state: EmulatorState): string {
  return `${state.origin}${state.sitePath}`;
}
