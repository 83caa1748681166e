import { ITryggServices } from '../../../services/ITryggServices';
import { IStorageLike } from '../../../services/deviations/ReportQueue';

export interface IDeviationReportProps {
  services: ITryggServices;
  /** As TryggWebPartBase's `host`: Teams tabs get a tighter layout. */
  host: 'sharepoint' | 'teams';
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
  /**
   * The signed-in user's e-mail when the host knows it without asking the server (SPFx's page
   * context), so that reports kept on the device can be sent even if the first request fails.
   */
  userKey?: string;
  /** Where reports wait until they are sent: localStorage by default. */
  storage?: IStorageLike;
}
