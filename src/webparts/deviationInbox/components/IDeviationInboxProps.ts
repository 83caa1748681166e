import { ITryggServices } from '../../../services/ITryggServices';

export interface IDeviationInboxProps {
  services: ITryggServices;
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
  /** Open this case straight away (a link from a notification or a Teams deep link). */
  /** A case number (or an open case's item id) to open straight away. */
  initialCaseId?: string | number;
}
