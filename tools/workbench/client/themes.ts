/**
 * SharePoint's default site theme ("Blue"), as a page gives it to web parts through SPFx's
 * ThemeProvider. Teams' themes are the product's own (src/common/teamsThemes.ts): a Teams tab
 * follows Teams' theme through the Teams SDK.
 */
import { createTheme, Theme } from '@fluentui/react/lib/Theme';
import { TRYGG_FONT_FAMILY } from '../../../src/common/teamsThemes';

export const SHAREPOINT_THEME: Theme = createTheme({ defaultFontStyle: { fontFamily: TRYGG_FONT_FAMILY } });
