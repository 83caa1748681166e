import type { TeamsThemeName } from '../../../src/common/teamsThemes';
import { WorkbenchLocale } from './pageConfig';
import { WorkbenchTheme, WorkbenchView } from './urlState';

/**
 * Where a web part runs, as SharePoint and Teams tell it through SPFx's context: a SharePoint page
 * (the site's theme through ThemeProvider) or a Teams tab (the Teams SDK, with Teams' theme).
 */
export interface IWorkbenchHost {
  /** What TryggWebPartBase's `host` getter finds: Teams tabs (and Teams on phones) have the Teams SDK. */
  readonly kind: 'sharepoint' | 'teams';
  readonly view: WorkbenchView;
  readonly locale: WorkbenchLocale;
  /** The workbench's theme switch: Teams' theme in Teams; a SharePoint page has the site's theme. */
  readonly theme: WorkbenchTheme;
  /** The name Teams gives the theme (the Teams SDK's `app.theme`); SharePoint pages have none. */
  readonly teamsTheme?: TeamsThemeName;
  /** Phone-sized: layouts should stack. */
  readonly isMobile: boolean;
}
