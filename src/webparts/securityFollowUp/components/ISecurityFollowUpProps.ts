import { ITryggServices } from '../../../services/ITryggServices';

export interface ISecurityFollowUpProps {
  services: ITryggServices;
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
}
