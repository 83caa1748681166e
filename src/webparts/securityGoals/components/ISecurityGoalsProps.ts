import { ITryggServices } from '../../../services/ITryggServices';

export interface ISecurityGoalsProps {
  services: ITryggServices;
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
  /** A goal (item id) to open straight away: a link from a reminder. */
  initialGoalId?: number;
}
