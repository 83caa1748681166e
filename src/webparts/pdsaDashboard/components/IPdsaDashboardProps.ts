import { ITryggServices } from '../../../services/ITryggServices';

export interface IPdsaDashboardProps {
  services: ITryggServices;
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
}
