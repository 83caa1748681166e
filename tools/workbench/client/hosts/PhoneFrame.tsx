import * as React from 'react';
import type { WorkbenchTheme } from '../urlState';
import { TEAMS_THEME_NAMES } from '../hostFor';
import { TabFrame } from './TabFrame';
import { Icon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { IWorkbenchStrings } from '../loc';
import { TryggLogo } from '../shell/TryggLogo';
import { IWorkbenchWebPart } from '../webparts';
import { WorkbenchLocale } from '../pageConfig';
import { TEAMS_CHROME } from './teamsChrome';
import { AppTabs } from './AppTabs';

/** An iPhone 14-sized screen (390×844 CSS pixels): what most of the region's staff carry. */
export const PHONE_SCREEN = { width: 390, height: 844 } as const;

export interface IPhoneFrameProps {
  readonly webParts: readonly IWorkbenchWebPart[];
  readonly selected: IWorkbenchWebPart;
  readonly frameUrl: string;
  readonly theme: WorkbenchTheme;
  readonly locale: WorkbenchLocale;
  readonly strings: IWorkbenchStrings;
  readonly onSelect: (key: string) => void;
}

const BOTTOM_NAV: readonly { icon: string; label: keyof IWorkbenchStrings }[] = [
  { icon: 'Ringer', label: 'teamsActivity' },
  { icon: 'Chat', label: 'teamsChat' },
  { icon: 'Calendar', label: 'teamsCalendar' },
  { icon: 'AllApps', label: 'teamsApps' }
];

/** Signal bars and battery, drawn inline: decoration only. */
function StatusIcons(props: { color: string }): React.ReactElement {
  return (
    <svg width="54" height="12" viewBox="0 0 54 12" aria-hidden focusable="false">
      {[0, 1, 2, 3].map((bar) => (
        <rect key={bar} x={bar * 5} y={9 - bar * 3} width="3.5" height={3 + bar * 3} rx="1" fill={props.color} />
      ))}
      <rect x="27.5" y="0.5" width="22" height="11" rx="3" fill="none" stroke={props.color} opacity="0.5" />
      <rect x="29.5" y="2.5" width="16" height="7" rx="1.5" fill={props.color} />
      <rect x="51" y="4" width="1.5" height="4" rx="0.75" fill={props.color} opacity="0.5" />
    </svg>
  );
}

/** Teams on a phone: status bar, the app's header and tabs, the tab's content, Teams' bottom bar. */
export function PhoneFrame(props: IPhoneFrameProps): React.ReactElement {
  const c = TEAMS_CHROME[props.theme];
  const classes = React.useMemo(
    () =>
      mergeStyleSets({
        device: { padding: 12, borderRadius: 56, background: '#1b1b1b', boxShadow: '0 12px 32px rgba(0,0,0,0.25)', width: 'fit-content', margin: '0 auto' },
        screen: {
          display: 'flex',
          flexDirection: 'column',
          width: PHONE_SCREEN.width,
          height: PHONE_SCREEN.height,
          borderRadius: 44,
          overflow: 'hidden',
          background: c.header,
          color: c.headerText
        },
        statusBar: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 47, padding: '0 28px', fontSize: 15, fontWeight: 600 },
        appHeader: { display: 'flex', alignItems: 'center', gap: 10, padding: '4px 16px 0', height: 44 },
        appName: { fontWeight: 700, fontSize: 17 },
        tabs: { display: 'flex', padding: '0 16px', height: 36, borderBottom: `1px solid ${c.divider}` },
        frame: { flex: 1, width: '100%', border: 'none', display: 'block', background: c.canvas },
        bottomNav: { display: 'flex', justifyContent: 'space-around', alignItems: 'flex-start', height: 78, paddingTop: 8, borderTop: `1px solid ${c.divider}`, background: c.header },
        navItem: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 3, fontSize: 10, color: c.frameTextMuted, width: 64 },
        navSelected: { color: c.brand, fontWeight: 600 }
      }),
    [c]
  );
  const title = props.selected.title[props.locale];
  return (
    <div className={classes.device} data-testid="phone-frame" data-theme={props.theme}>
      <div className={classes.screen}>
        <div className={classes.statusBar} aria-hidden>
          <span>9:41</span>
          <StatusIcons color={c.headerText} />
        </div>
        <div className={classes.appHeader}>
          <Icon iconName="ChevronLeft" styles={{ root: { fontSize: 16, color: c.brand } }} aria-hidden />
          <TryggLogo size={26} />
          <span className={classes.appName}>{props.strings.appName}</span>
        </div>
        <div className={classes.tabs}>
          <AppTabs webParts={props.webParts} selected={props.selected} locale={props.locale} colors={c} onSelect={props.onSelect} compact />
        </div>
        <TabFrame frameUrl={props.frameUrl} teamsTheme={TEAMS_THEME_NAMES[props.theme]} className={classes.frame} title={title} />
        <nav className={classes.bottomNav} aria-label="Microsoft Teams">
          {BOTTOM_NAV.map((item, index) => (
            <span key={item.icon} className={`${classes.navItem} ${index === BOTTOM_NAV.length - 1 ? classes.navSelected : ''}`}>
              <Icon iconName={item.icon} styles={{ root: { fontSize: 20 } }} />
              {props.strings[item.label] as string}
            </span>
          ))}
        </nav>
      </div>
    </div>
  );
}
