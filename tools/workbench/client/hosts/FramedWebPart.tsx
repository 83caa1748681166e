import * as React from 'react';
import { IWorkbenchHost } from '../host';
import { TEAMS_CANVAS } from '../themes';
import { IWorkbenchClients } from '../services';
import { IWorkbenchWebPart } from '../webparts';
import { WebPartHost } from './WebPartHost';

export interface IFramedWebPartProps {
  readonly webPart: IWorkbenchWebPart;
  readonly clients: IWorkbenchClients;
  readonly host: IWorkbenchHost;
  readonly failedMessage: string;
}

/**
 * The inside of a Teams tab (SharePoint's teamshostedapp page in an iframe): only the web part,
 * on Teams' canvas colour. The iframe gives the web part a real viewport, so a phone-sized
 * frame is a phone-sized window to its layout.
 */
export function FramedWebPart(props: IFramedWebPartProps): React.ReactElement {
  const background = props.host.isDark ? TEAMS_CANVAS.dark : TEAMS_CANVAS.light;
  React.useEffect(() => {
    document.body.style.background = background;
    document.documentElement.style.colorScheme = props.host.isDark ? 'dark' : 'light';
  }, [background, props.host.isDark]);
  return (
    <main style={{ padding: props.host.isMobile ? 12 : 24, minHeight: '100vh', boxSizing: 'border-box' }}>
      <WebPartHost {...props} />
    </main>
  );
}
