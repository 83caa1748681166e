import { format } from '../../../src/common/format';
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { fetchOutbox, fetchPersonas, IWorkbenchPersona, switchUser } from './emulatorApi';
import { hostFor } from './hostFor';
import { PhoneFrame } from './hosts/PhoneFrame';
import { SharePointPage } from './hosts/SharePointPage';
import { TeamsWindow } from './hosts/TeamsWindow';
import { workbenchStrings } from './loc';
import { IWorkbenchPageConfig } from './pageConfig';
import { OutboxPanel } from './shell/OutboxPanel';
import { TopBar } from './shell/TopBar';
import { ViewToolbar } from './shell/ViewToolbar';
import { WebPartNav } from './shell/WebPartNav';
import { IWorkbenchUrlState, parseUrlState, toSearch } from './urlState';
import { findWebPart, WEB_PARTS } from './webparts';

export interface IWorkbenchAppProps {
  readonly config: IWorkbenchPageConfig;
  readonly initialState: IWorkbenchUrlState;
}

const classes = mergeStyleSets({
  body: { display: 'flex', alignItems: 'stretch', minHeight: 'calc(100vh - 48px)' },
  canvas: { flex: 1, minWidth: 0, padding: '20px 32px 40px', background: '#faf9f8' }
});

function usePersonas(): readonly IWorkbenchPersona[] {
  const [personas, setPersonas] = React.useState<readonly IWorkbenchPersona[]>([]);
  React.useEffect(() => {
    fetchPersonas().then(setPersonas, () => setPersonas([]));
  }, []);
  return personas;
}

/** The workbench shell: suite bar, web part navigation, view switch, the host frame and the outbox. */
export function WorkbenchApp(props: IWorkbenchAppProps): React.ReactElement {
  const { config } = props;
  const strings = workbenchStrings(config.locale);
  const [state, setState] = React.useState(props.initialState);
  const [outboxCount, setOutboxCount] = React.useState<number | undefined>(undefined);
  const personas = usePersonas();

  const refreshOutboxCount = React.useCallback(() => {
    fetchOutbox().then((mails) => setOutboxCount(mails.length), () => setOutboxCount(undefined));
  }, []);
  React.useEffect(refreshOutboxCount, [refreshOutboxCount]);

  React.useEffect(() => {
    const onPopState = (): void => setState(parseUrlState(window.location.search, { webpart: WEB_PARTS[0].key, lang: config.locale }));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [config.locale]);

  const navigate = (patch: Partial<IWorkbenchUrlState>): void => {
    // Parameters meant for one web part (the inbox's ?case=42) do not follow to another.
    const next = { ...state, ...(patch.webpart && patch.webpart !== state.webpart ? { extra: {} } : {}), ...patch };
    // Each locale is its own bundle (as SharePoint loads one strings file per locale): reload.
    if (next.lang !== config.locale) {
      window.location.assign(toSearch(next));
      return;
    }
    window.history.pushState(null, '', toSearch(next));
    setState(next);
  };

  const webPart = findWebPart(state.webpart);
  const host = hostFor(state);
  const frameUrl = toSearch({ ...state, outbox: false, frame: true });
  const currentName = personas.find((p) => p.userPrincipalName === config.userPrincipalName)?.displayName || config.userPrincipalName;

  React.useEffect(() => {
    document.title = `${webPart ? webPart.title[config.locale] : strings.webParts} – ${strings.appName} ${strings.workbench}`;
  }, [webPart, config.locale, strings]);

  return (
    <>
      <TopBar
        strings={strings}
        locale={config.locale}
        personas={personas}
        currentUpn={config.userPrincipalName}
        outboxCount={outboxCount}
        onLocaleChange={(lang) => navigate({ lang })}
        onOpenOutbox={() => navigate({ outbox: true })}
        onSwitchUser={switchUser}
      />
      <div className={classes.body}>
        <WebPartNav
          strings={strings}
          locale={config.locale}
          webParts={WEB_PARTS}
          selectedKey={state.webpart}
          hrefFor={(key) => toSearch({ ...state, webpart: key, extra: {} })}
          onSelect={(key) => navigate({ webpart: key })}
        />
        <main className={classes.canvas}>
          <ViewToolbar
            strings={strings}
            view={state.view}
            theme={state.theme}
            onViewChange={(view) => navigate({ view })}
            onThemeChange={(theme) => navigate({ theme })}
          />
          {!webPart && <MessageBar messageBarType={MessageBarType.warning}>{format(strings.unknownWebPart, state.webpart)}</MessageBar>}
          {webPart && state.view === 'sharepoint' && (
            <SharePointPage
              webParts={WEB_PARTS}
              webPart={webPart}
              config={config}
              host={host}
              strings={strings}
              onSelect={(key) => navigate({ webpart: key })}
            />
          )}
          {webPart && state.view === 'teams' && (
            <TeamsWindow
              webParts={WEB_PARTS}
              selected={webPart}
              frameUrl={frameUrl}
              theme={host.theme}
              locale={config.locale}
              strings={strings}
              userName={currentName}
              onSelect={(key) => navigate({ webpart: key })}
            />
          )}
          {webPart && state.view === 'mobile' && (
            <PhoneFrame
              webParts={WEB_PARTS}
              selected={webPart}
              frameUrl={frameUrl}
              theme={host.theme}
              locale={config.locale}
              strings={strings}
              onSelect={(key) => navigate({ webpart: key })}
            />
          )}
        </main>
      </div>
      <OutboxPanel
        strings={strings}
        locale={config.locale}
        isOpen={state.outbox}
        onDismiss={() => {
          navigate({ outbox: false });
          refreshOutboxCount();
        }}
      />
    </>
  );
}
