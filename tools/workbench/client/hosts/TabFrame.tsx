import * as React from 'react';
import type { TeamsThemeName } from '../../../../src/common/teamsThemes';
import { TEAMS_THEME_CHANGE } from '../../spfx/teamsSdk';

export interface ITabFrameProps {
  /** The tab's page: the workbench with `frame=1`. */
  readonly frameUrl: string;
  readonly teamsTheme: TeamsThemeName;
  readonly className: string;
  readonly title: string;
}

/** The tab's address without its theme: a theme change is not a new page. */
function withoutTheme(frameUrl: string): string {
  const url = new URL(frameUrl, window.location.href);
  url.searchParams.delete('theme');
  return url.toString();
}

/**
 * A Teams tab's iframe. When the user changes Teams' theme, Teams does not reload the tab: it
 * tells it with the Teams SDK's message, and the web part follows (TryggWebPartBase). So does the
 * workbench; another web part or view is another page.
 */
export function TabFrame(props: ITabFrameProps): React.ReactElement {
  const page = withoutTheme(props.frameUrl);
  const frame = React.useRef<HTMLIFrameElement>(null);
  // The address the tab was opened with and the theme it shows, kept while only the theme changes.
  const opened = React.useRef({ page, url: props.frameUrl, theme: props.teamsTheme });
  if (opened.current.page !== page) opened.current = { page, url: props.frameUrl, theme: props.teamsTheme };

  React.useEffect(() => {
    const tab = frame.current && frame.current.contentWindow;
    if (!tab || opened.current.theme === props.teamsTheme) return;
    opened.current.theme = props.teamsTheme;
    tab.postMessage({ func: TEAMS_THEME_CHANGE, args: [props.teamsTheme] }, window.location.origin);
  }, [props.teamsTheme]);

  return <iframe key={page} ref={frame} className={props.className} src={opened.current.url} title={props.title} data-testid="webpart-frame" />;
}
