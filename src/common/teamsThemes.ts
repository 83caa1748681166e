/**
 * Teams' three themes (default, dark, high contrast) for Fluent UI 8: a Teams tab follows the one the
 * user chose in Teams (TryggWebPartBase asks the Teams SDK). Brand #5B5FC7 / #7F85F5 on #FFFFFF /
 * #292929, palettes generated once with Fluent's ThemeGenerator (the theme designer's algorithm)
 * and written out so the bundle stays small; high contrast as Teams draws it: white on black,
 * yellow for what can be pressed, cyan for what is selected.
 */
import { createTheme, Theme } from '@fluentui/react/lib/Theme';

/**
 * Fluent's Segoe UI stack, with open humanist fonts after it: Windows and Mac users see Segoe UI or
 * the system font as in Microsoft 365; Linux machines get Open Sans or Noto Sans, when installed,
 * rather than DejaVu's wide letters. Nothing is loaded from the network.
 */
export const TRYGG_FONT_FAMILY =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', 'Open Sans', 'Noto Sans', sans-serif";

/** The names Teams gives its themes (`app.getContext()`'s `app.theme`, and the theme-change handler's argument). */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

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

const TEAMS_CONTRAST_PALETTE = {
  themePrimary: '#ffff01',
  themeLighterAlt: '#000000',
  themeLighter: '#000000',
  themeLight: '#1aebff',
  themeTertiary: '#1aebff',
  themeSecondary: '#ffff01',
  themeDarkAlt: '#1aebff',
  themeDark: '#1aebff',
  themeDarker: '#1aebff',
  neutralLighterAlt: '#000000',
  neutralLighter: '#000000',
  neutralLight: '#000000',
  neutralQuaternaryAlt: '#000000',
  neutralQuaternary: '#ffffff',
  neutralTertiaryAlt: '#ffffff',
  neutralTertiary: '#ffffff',
  neutralSecondary: '#ffffff',
  neutralSecondaryAlt: '#ffffff',
  neutralPrimaryAlt: '#ffffff',
  neutralPrimary: '#ffffff',
  neutralDark: '#ffffff',
  black: '#ffffff',
  white: '#000000'
};

const defaultFontStyle = { fontFamily: TRYGG_FONT_FAMILY };

const TEAMS_THEMES: Readonly<Record<TeamsThemeName, Theme>> = {
  default: createTheme({
    defaultFontStyle,
    palette: TEAMS_LIGHT_PALETTE,
    semanticColors: { bodyBackground: '#ffffff', bodyStandoutBackground: '#f5f5f5', bodyDivider: '#e0e0e0' }
  }),
  dark: createTheme({
    defaultFontStyle,
    palette: TEAMS_DARK_PALETTE,
    isInverted: true,
    semanticColors: { bodyBackground: '#292929', bodyStandoutBackground: '#1f1f1f', bodyDivider: '#3d3d3d' }
  }),
  contrast: createTheme({
    defaultFontStyle,
    palette: TEAMS_CONTRAST_PALETTE,
    isInverted: true,
    semanticColors: {
      bodyBackground: '#000000',
      bodyStandoutBackground: '#000000',
      bodyText: '#ffffff',
      bodySubtext: '#ffffff',
      bodyDivider: '#ffffff',
      inputBorder: '#ffffff',
      inputText: '#ffffff',
      inputPlaceholderText: '#ffffff',
      link: '#ffff01',
      linkHovered: '#1aebff',
      disabledText: '#3ff23f',
      disabledBodyText: '#3ff23f',
      errorText: '#ffffff',
      messageText: '#ffffff',
      errorBackground: '#000000',
      blockingBackground: '#000000',
      warningBackground: '#000000',
      severeWarningBackground: '#000000',
      successBackground: '#000000',
      infoBackground: '#000000'
    }
  })
};

/** Teams' theme by the name Teams gives it; an unknown (newer) name gets the default theme. */
export function teamsTheme(name: string | undefined): Theme {
  return TEAMS_THEMES[name as TeamsThemeName] || TEAMS_THEMES.default;
}

/** The page background around a tab's content: Teams paints its app canvas a shade off the cards. */
export const TEAMS_CANVAS: Readonly<Record<TeamsThemeName, string>> = { default: '#f5f5f5', dark: '#1f1f1f', contrast: '#000000' };
