import { ITryggServices } from '../../../services/ITryggServices';

export interface IGovernanceDocumentsProps {
  services: ITryggServices;
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
  /** A document to open straight away (its number, or its item id): a link from a reminder or a Teams deep link. */
  initialDocument?: string;
}
