import * as React from 'react';
import type { WorkbenchTheme } from '../urlState';
import { TEAMS_THEME_NAMES } from '../hostFor';
import { TabFrame } from './TabFrame';
import { Icon } from '@fluentui/react/lib/Icon';
import { Persona, PersonaSize } from '@fluentui/react/lib/Persona';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { IWorkbenchStrings } from '../loc';
import { TryggLogo } from '../shell/TryggLogo';
import { IWorkbenchWebPart } from '../webparts';
import { WorkbenchLocale } from '../pageConfig';
import { TEAMS_CHROME } from './teamsChrome';
import { AppTabs } from './AppTabs';

export interface ITeamsWindowProps {
  readonly webParts: readonly IWorkbenchWebPart[];
  readonly selected: IWorkbenchWebPart;
  readonly frameUrl: string;
  readonly theme: WorkbenchTheme;
  readonly locale: WorkbenchLocale;
  readonly strings: IWorkbenchStrings;
  readonly userName: string;
  readonly onSelect: (key: string) => void;
}

const RAIL: readonly { icon: string; label: keyof IWorkbenchStrings }[] = [
  { icon: 'Ringer', label: 'teamsActivity' },
  { icon: 'Chat', label: 'teamsChat' },
  { icon: 'Calendar', label: 'teamsCalendar' }
];

// eslint-disable-next-line @typescript-eslint/explicit-function-return-type -- a style set's type is long and inferred
function styles(theme: WorkbenchTheme) {
  const c = TEAMS_CHROME[theme];
  return mergeStyleSets({
    window: {
      display: 'grid',
      gridTemplateColumns: '68px 1fr',
      gridTemplateRows: '44px 1fr',
      height: 760,
      borderRadius: 8,
      overflow: 'hidden',
      background: c.frame,
      color: c.frameText,
      boxShadow: '0 6.4px 14.4px rgba(0,0,0,0.13), 0 1.2px 3.6px rgba(0,0,0,0.11)'
    },
    titleBar: { gridColumn: '1 / 3', display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 12px 0 20px' },
    search: {
      display: 'flex',
      alignItems: 'center',
      gap: 8,
      width: 'min(480px, 50%)',
      height: 30,
      padding: '0 12px',
      borderRadius: 4,
      background: c.search,
      color: c.frameTextMuted,
      fontSize: 13
    },
    rail: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 4, paddingTop: 4 },
    railItem: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2, width: 60, padding: '8px 0', fontSize: 10, color: c.frameTextMuted, borderRadius: 6 },
    railSelected: { background: c.selectedRail, color: c.brand, fontWeight: 600 },
    main: { display: 'flex', flexDirection: 'column', minWidth: 0, background: c.canvas, borderTopLeftRadius: 8, overflow: 'hidden' },
    appHeader: { display: 'flex', alignItems: 'center', gap: 16, padding: '0 20px', height: 52, background: c.header, color: c.headerText, borderBottom: `1px solid ${c.divider}` },
    appName: { fontWeight: 700, fontSize: 16 },
    frame: { flex: 1, width: '100%', border: 'none', display: 'block' }
  });
}

/** The Teams desktop client around a personal-app tab: title bar, app rail, app header with tabs. */
export function TeamsWindow(props: ITeamsWindowProps): React.ReactElement {
  const classes = React.useMemo(() => styles(props.theme), [props.theme]);
  const chrome = TEAMS_CHROME[props.theme];
  const title = props.selected.title[props.locale];
  return (
    <div className={classes.window} data-testid="teams-window" data-theme={props.theme}>
      <div className={classes.titleBar}>
        <span />
        <div className={classes.search} aria-hidden>
          <Icon iconName="Search" />
          {props.strings.teamsSearch}
        </div>
        <Persona text={props.userName} size={PersonaSize.size24} hidePersonaDetails />
      </div>
      <nav className={classes.rail} aria-label="Microsoft Teams">
        {RAIL.map((item) => (
          <span key={item.icon} className={classes.railItem}>
            <Icon iconName={item.icon} styles={{ root: { fontSize: 18 } }} />
            {props.strings[item.label] as string}
          </span>
        ))}
        <span className={`${classes.railItem} ${classes.railSelected}`} aria-current="page">
          <TryggLogo size={22} />
          {props.strings.appName}
        </span>
        <span className={classes.railItem}>
          <Icon iconName="AllApps" styles={{ root: { fontSize: 18 } }} />
          {props.strings.teamsApps}
        </span>
      </nav>
      <section className={classes.main}>
        <header className={classes.appHeader}>
          <TryggLogo size={28} />
          <span className={classes.appName}>{props.strings.appName}</span>
          <AppTabs webParts={props.webParts} selected={props.selected} locale={props.locale} colors={chrome} onSelect={props.onSelect} />
        </header>
        <TabFrame frameUrl={props.frameUrl} teamsTheme={TEAMS_THEME_NAMES[props.theme]} className={classes.frame} title={title} />
      </section>
    </div>
  );
}
