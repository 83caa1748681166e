import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { workbenchWebPartContext } from '../../spfx/context';
import type { BaseClientSideWebPart } from '../../spfx/webPartBase';
import { IWorkbenchHost } from '../host';
import { IWorkbenchPageConfig } from '../pageConfig';
import { SHAREPOINT_THEME } from '../themes';
import { IWorkbenchWebPart } from '../webparts';

export interface IWebPartHostProps {
  readonly webPart: IWorkbenchWebPart;
  readonly config: IWorkbenchPageConfig;
  readonly host: IWorkbenchHost;
  readonly failedMessage: string;
}

/** The properties a page stores for a web part just added: its manifest's preconfigured ones. */
const PRECONFIGURED_PROPERTIES = { title: '' };

/**
 * A web part on the page as SharePoint's web part manager runs it: its bundle loaded, the class
 * made, given its context and properties, onInit, the first render into its own element, and
 * dispose when it leaves the page. A web part that fails shows an error box; the page stays.
 */
export function WebPartHost(props: IWebPartHostProps): React.ReactElement {
  const { webPart, config, host } = props;
  const element = React.useRef<HTMLDivElement>(null);
  const [error, setError] = React.useState<Error | undefined>(undefined);

  React.useEffect(() => {
    const domElement = element.current;
    if (!domElement) return undefined;
    let instance: BaseClientSideWebPart<typeof PRECONFIGURED_PROPERTIES> | undefined;
    let disposed = false;
    setError(undefined);
    const start = async (): Promise<void> => {
      const module = await webPart.load();
      if (disposed) return;
      instance = new module.default() as BaseClientSideWebPart<typeof PRECONFIGURED_PROPERTIES>;
      const manifest = { id: webPart.manifestId, alias: webPart.alias };
      instance._internalInitialize(workbenchWebPartContext({ config, host, domElement, manifest, sharePointTheme: SHAREPOINT_THEME }), { ...PRECONFIGURED_PROPERTIES });
      await instance._internalFirstTimeRender();
    };
    start().catch((reason: unknown) => {
      // Logged as an error so that the e2e tests fail on it.
      console.error('Trygg web part failed to render:', reason);
      if (!disposed) setError(reason instanceof Error ? reason : new Error(String(reason)));
    });
    return () => {
      disposed = true;
      if (instance) instance._internalDispose();
    };
  }, [webPart, config, host.kind, host.view, host.theme, host.locale, host.isMobile]);

  return (
    <div data-webpart={webPart.key} data-host={host.kind} data-view={host.view}>
      {error && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {props.failedMessage} {error.message}
        </MessageBar>
      )}
      <div ref={element} />
    </div>
  );
}
