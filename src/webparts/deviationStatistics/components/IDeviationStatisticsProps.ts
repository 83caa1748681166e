import { ITryggServices } from '../../../services/ITryggServices';
import { IDeviationStatisticsService } from '../../../services/deviations/DeviationStatisticsService';

export interface IDeviationStatisticsProps {
  services: ITryggServices;
  statistics: IDeviationStatisticsService;
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
}
