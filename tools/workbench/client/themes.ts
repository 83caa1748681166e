/**
 * Host themes. SharePoint: Fluent's default (the "Blue" site theme). Teams: the palettes of Teams'
 * default and dark themes (brand #5B5FC7 / #7F85F5 on #FFFFFF / #292929), generated once with
 * Fluent's ThemeGenerator (the theme designer's algorithm) and written out so the bundle stays small.
 */
import { createTheme, Theme } from '@fluentui/react/lib/Theme';
import { WORKBENCH_FONT_FAMILY } from './fonts';

const TEAMS_LIGHT_PALETTE = {
  themePrimary: '#5b5fc7',
  themeLighterAlt: '#f7f7fd',
  themeLighter: '#e1e1f6',
  themeLight: '#c8c9ee',
  themeTertiary: '#9698dd',
  themeSecondary: '#6c6fce',
  themeDarkAlt: '#5256b3',
  themeDark: '#464897',
  themeDarker: '#33356f',
  neutralLighterAlt: '#f8f8f8',
  neutralLighter: '#f4f4f4',
  neutralLight: '#eaeaea',
  neutralQuaternaryAlt: '#dadada',
  neutralQuaternary: '#d0d0d0',
  neutralTertiaryAlt: '#c8c8c8',
  neutralTertiary: '#b4b4b4',
  neutralSecondary: '#616161',
  neutralSecondaryAlt: '#8a8a8a',
  neutralPrimaryAlt: '#3d3d3d',
  neutralPrimary: '#242424',
  neutralDark: '#1b1b1b',
  black: '#111111',
  white: '#ffffff'
};

const TEAMS_DARK_PALETTE = {
  themePrimary: '#7f85f5',
  themeLighterAlt: '#05050a',
  themeLighter: '#141527',
  themeLight: '#262849',
  themeTertiary: '#4c5093',
  themeSecondary: '#7075d7',
  themeDarkAlt: '#8c91f6',
  themeDark: '#9da2f7',
  themeDarker: '#b6baf9',
  neutralLighterAlt: '#323232',
  neutralLighter: '#3a3a3a',
  neutralLight: '#484848',
  neutralQuaternaryAlt: '#505050',
  neutralQuaternary: '#575757',
  neutralTertiaryAlt: '#747474',
  neutralTertiary: '#c8c8c8',
  neutralSecondary: '#d0d0d0',
  neutralSecondaryAlt: '#d0d0d0',
  neutralPrimaryAlt: '#dadada',
  neutralPrimary: '#ffffff',
  neutralDark: '#f4f4f4',
  black: '#f8f8f8',
  white: '#292929'
};

const defaultFontStyle = { fontFamily: WORKBENCH_FONT_FAMILY };

export const SHAREPOINT_THEME: Theme = createTheme({ defaultFontStyle });

export const TEAMS_LIGHT_THEME: Theme = createTheme({
  defaultFontStyle,
  palette: TEAMS_LIGHT_PALETTE,
  semanticColors: { bodyBackground: '#ffffff', bodyStandoutBackground: '#f5f5f5', bodyDivider: '#e0e0e0' }
});

export const TEAMS_DARK_THEME: Theme = createTheme({
  defaultFontStyle,
  palette: TEAMS_DARK_PALETTE,
  isInverted: true,
  semanticColors: { bodyBackground: '#292929', bodyStandoutBackground: '#1f1f1f', bodyDivider: '#3d3d3d' }
});

/** The page background around web parts: Teams paints its app canvas a shade off the cards. */
export const TEAMS_CANVAS = { light: '#f5f5f5', dark: '#1f1f1f' } as const;
