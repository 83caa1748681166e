/** The context of one SharePoint REST call. */
import { CurrentUser } from '../identity';
import { EmuRequest } from '../http/types';
import { MetadataMode } from '../odata/format';
import { EmulatorState } from '../state';

export interface SpContext {
  readonly state: EmulatorState;
  readonly req: EmuRequest;
  readonly user: CurrentUser;
  readonly mode: MetadataMode;
  readonly query: URLSearchParams;
  /** Absolute site URL, e.g. http://127.0.0.1:4300/sites/trygg. */
  readonly siteUrl: string;
}
