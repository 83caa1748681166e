import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { TryggRoot } from '../../../../src/components/TryggRoot';
import { IWorkbenchHost } from '../host';
import { IWorkbenchClients } from '../services';
import { IWorkbenchWebPart } from '../webparts';

export interface IWebPartHostProps {
  readonly webPart: IWorkbenchWebPart;
  readonly clients: IWorkbenchClients;
  readonly host: IWorkbenchHost;
  readonly failedMessage: string;
}

interface IBoundaryState {
  readonly error?: Error;
}

/** SharePoint shows a failed web part as an error box and keeps the page; so does the workbench. */
class WebPartErrorBoundary extends React.Component<{ message: string; children?: React.ReactNode }, IBoundaryState> {
  public state: IBoundaryState = {};

  public static getDerivedStateFromError(error: Error): IBoundaryState {
    return { error };
  }

  public componentDidCatch(error: Error): void {
    // Logged as an error so that the e2e tests fail on it.
    console.error('Trygg web part failed to render:', error);
  }

  public render(): React.ReactNode {
    if (this.state.error) {
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {this.props.message} {this.state.error.message}
        </MessageBar>
      );
    }
    return this.props.children;
  }
}

/** The web part as TryggWebPartBase renders it: its content inside TryggRoot with the host's theme. */
export function WebPartHost(props: IWebPartHostProps): React.ReactElement {
  return (
    <div data-webpart={props.webPart.key} data-host={props.host.kind} data-view={props.host.view}>
      <TryggRoot theme={props.host.theme} siteSetup={props.clients.services.siteSetup}>
        <WebPartErrorBoundary message={props.failedMessage}>{props.webPart.render(props.clients.services, props.host, props.clients)}</WebPartErrorBoundary>
      </TryggRoot>
    </div>
  );
}
