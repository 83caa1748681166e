import type { TeamsThemeName } from '../../../src/common/teamsThemes';
import { IWorkbenchHost } from './host';
import { IWorkbenchUrlState, WorkbenchTheme } from './urlState';

/** The workbench's theme switch in Teams' words. */
export const TEAMS_THEME_NAMES: Readonly<Record<WorkbenchTheme, TeamsThemeName>> = { light: 'default', dark: 'dark', contrast: 'contrast' };

/** The host a web part sees for a workbench view: the phone is Teams on a phone. */
export function hostFor(state: IWorkbenchUrlState): IWorkbenchHost {
  if (state.view === 'sharepoint') {
    return { kind: 'sharepoint', view: 'sharepoint', locale: state.lang, theme: 'light', isMobile: false };
  }
  return { kind: 'teams', view: state.view, locale: state.lang, theme: state.theme, teamsTheme: TEAMS_THEME_NAMES[state.theme], isMobile: state.view === 'mobile' };
}
