import * as React from 'react';
import { TEAMS_CANVAS } from '../../../../src/common/teamsThemes';
import { themeChangeFrom } from '../../spfx/teamsSdk';
import { IWorkbenchHost } from '../host';
import { IWorkbenchPageConfig } from '../pageConfig';
import { IWorkbenchWebPart } from '../webparts';
import { WebPartHost } from './WebPartHost';

export interface IFramedWebPartProps {
  readonly webPart: IWorkbenchWebPart;
  readonly config: IWorkbenchPageConfig;
  readonly host: IWorkbenchHost;
  readonly failedMessage: string;
}

/**
 * The inside of a Teams tab (SharePoint's teamshostedapp page in an iframe): only the web part,
 * on Teams' canvas colour. The iframe gives the web part a real viewport, so a phone-sized
 * frame is a phone-sized window to its layout.
 */
export function FramedWebPart(props: IFramedWebPartProps): React.ReactElement {
  const [teamsTheme, setTeamsTheme] = React.useState(props.host.teamsTheme || 'default');
  React.useEffect(() => {
    const follow = (event: MessageEvent): void => {
      const changed = themeChangeFrom(event);
      if (changed) setTeamsTheme(changed);
    };
    window.addEventListener('message', follow);
    return () => window.removeEventListener('message', follow);
  }, []);
  React.useEffect(() => {
    document.body.style.background = TEAMS_CANVAS[teamsTheme];
    document.documentElement.style.colorScheme = teamsTheme === 'default' ? 'light' : 'dark';
  }, [teamsTheme]);
  return (
    <main style={{ padding: props.host.isMobile ? 12 : 24, minHeight: '100vh', boxSizing: 'border-box' }}>
      <WebPartHost {...props} />
    </main>
  );
}
