import { SHAREPOINT_THEME, TEAMS_DARK_THEME, TEAMS_LIGHT_THEME } from './themes';
import { IWorkbenchHost } from './host';
import { IWorkbenchUrlState } from './urlState';

/** The host a web part sees for a workbench view: the phone is Teams on a phone. */
export function hostFor(state: IWorkbenchUrlState): IWorkbenchHost {
  if (state.view === 'sharepoint') {
    return { kind: 'sharepoint', view: 'sharepoint', locale: state.lang, theme: SHAREPOINT_THEME, isDark: false, isMobile: false };
  }
  const isDark = state.theme === 'dark';
  return {
    kind: 'teams',
    view: state.view,
    locale: state.lang,
    theme: isDark ? TEAMS_DARK_THEME : TEAMS_LIGHT_THEME,
    isDark,
    isMobile: state.view === 'mobile'
  };
}
