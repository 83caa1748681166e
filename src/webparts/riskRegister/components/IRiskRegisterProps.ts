import { ITryggServices } from '../../../services/ITryggServices';

export interface IRiskRegisterProps {
  services: ITryggServices;
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
  /** A risk number (RISK-00042) to open straight away: a link from a reminder or a Teams deep link. */
  initialRiskNumber?: string;
}
