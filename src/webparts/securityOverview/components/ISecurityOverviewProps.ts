import { ITryggServices } from '../../../services/ITryggServices';
import { IHomeLinks } from '../homeLinks';

export interface ISecurityOverviewProps {
  services: Pick<ITryggServices, 'mySecurity'>;
  /** Where a click leads: SharePoint's pages, or the workbench's ?webpart=. */
  links: IHomeLinks;
  /** Heading set in the property pane; empty falls back to the localized default. */
  title?: string;
}
