/**
 * The Teams JavaScript SDK (`context.sdks.microsoftTeams.teamsJs`) as a Teams tab sees it: the
 * parts Trygg uses, `app.getContext()` and `app.registerOnThemeChangeHandler()`. Teams tells a tab
 * of a theme change with a message from the window around it; so does the workbench's Teams
 * window, with the SDK's message shape ({ func: 'themeChange', args: [name] }).
 */
import type { TeamsThemeName } from '../../../src/common/teamsThemes';

export interface IWorkbenchTeamsContext {
  readonly app: { readonly theme: TeamsThemeName; readonly locale: string; readonly host: { readonly name: 'Teams'; readonly clientType: 'web' | 'android' } };
  readonly page: { readonly id: string; readonly frameContext: 'content' };
  readonly user: { readonly userPrincipalName: string };
}

export interface IWorkbenchTeamsJs {
  readonly app: {
    getContext(): Promise<IWorkbenchTeamsContext>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  };
}

export interface ITeamsTabOptions {
  readonly theme: TeamsThemeName;
  readonly locale: string;
  readonly userPrincipalName: string;
  readonly isMobile: boolean;
  readonly pageId: string;
}

/** The Teams SDK's message to a tab when the user changes Teams' theme. */
export const TEAMS_THEME_CHANGE = 'themeChange';

/** The theme Teams (the window around this tab, on this origin) changes to, if the message says so. */
export function themeChangeFrom(event: MessageEvent): TeamsThemeName | undefined {
  const message = event.data as { func?: unknown; args?: unknown } | null;
  if (event.origin !== window.location.origin || event.source !== window.parent) return undefined;
  if (!message || message.func !== TEAMS_THEME_CHANGE || !Array.isArray(message.args) || typeof message.args[0] !== 'string') return undefined;
  return message.args[0] as TeamsThemeName;
}

export function workbenchTeamsJs(options: ITeamsTabOptions): IWorkbenchTeamsJs {
  let theme = options.theme;
  const handlers: ((theme: string) => void)[] = [];
  window.addEventListener('message', (event) => {
    const changed = themeChangeFrom(event);
    if (!changed) return;
    theme = changed;
    handlers.forEach((handler) => handler(changed));
  });
  return {
    app: {
      getContext: () =>
        Promise.resolve({
          app: { theme, locale: options.locale, host: { name: 'Teams', clientType: options.isMobile ? 'android' : 'web' } },
          page: { id: options.pageId, frameContext: 'content' },
          user: { userPrincipalName: options.userPrincipalName }
        }),
      registerOnThemeChangeHandler: (handler) => {
        handlers.push(handler);
      }
    }
  };
}
