import { Theme } from '@fluentui/react/lib/Theme';
import { WorkbenchLocale } from './pageConfig';
import { WorkbenchView } from './urlState';

/**
 * What a web part learns about where it runs, as TryggWebPartBase gives it in SharePoint and
 * Teams: the host kind (its `host` getter), the theme variant and the locale.
 */
export interface IWorkbenchHost {
  /** As TryggWebPartBase's `host`: Teams tabs (and Teams on phones) say 'teams'. */
  readonly kind: 'sharepoint' | 'teams';
  readonly view: WorkbenchView;
  readonly locale: WorkbenchLocale;
  readonly theme: Theme;
  readonly isDark: boolean;
  /** Phone-sized: layouts should stack. */
  readonly isMobile: boolean;
}
