import type { WorkbenchTheme } from '../urlState';

/** Colours of Teams' own chrome (title bar, app rail, app header) in its default, dark and high-contrast themes. */
export interface ITeamsChromeColors {
  readonly frame: string;
  readonly frameText: string;
  readonly frameTextMuted: string;
  readonly search: string;
  readonly header: string;
  readonly headerText: string;
  readonly divider: string;
  readonly brand: string;
  readonly canvas: string;
  readonly selectedRail: string;
}

export const TEAMS_CHROME: Readonly<Record<WorkbenchTheme, ITeamsChromeColors>> = {
  light: {
    frame: '#ebebeb',
    frameText: '#242424',
    frameTextMuted: '#616161',
    search: '#ffffff',
    header: '#ffffff',
    headerText: '#242424',
    divider: '#e0e0e0',
    brand: '#5b5fc7',
    canvas: '#f5f5f5',
    selectedRail: '#ffffff'
  },
  dark: {
    frame: '#0a0a0a',
    frameText: '#ffffff',
    frameTextMuted: '#adadad',
    search: '#292929',
    header: '#292929',
    headerText: '#ffffff',
    divider: '#3d3d3d',
    brand: '#7f85f5',
    canvas: '#1f1f1f',
    selectedRail: '#292929'
  },
  contrast: {
    frame: '#000000',
    frameText: '#ffffff',
    frameTextMuted: '#ffffff',
    search: '#000000',
    header: '#000000',
    headerText: '#ffffff',
    divider: '#ffffff',
    brand: '#ffff01',
    canvas: '#000000',
    selectedRail: '#000000'
  }
};
