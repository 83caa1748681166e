import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { IWorkbenchPersona } from '../emulatorApi';
import { IWorkbenchStrings } from '../loc';
import { WorkbenchLocale } from '../pageConfig';
import { SegmentedControl } from './SegmentedControl';
import { TryggLogo } from './TryggLogo';
import { UserSwitcher } from './UserSwitcher';

export interface ITopBarProps {
  readonly strings: IWorkbenchStrings;
  readonly locale: WorkbenchLocale;
  readonly personas: readonly IWorkbenchPersona[];
  readonly currentUpn: string;
  readonly outboxCount: number | undefined;
  readonly onLocaleChange: (locale: WorkbenchLocale) => void;
  readonly onOpenOutbox: () => void;
  readonly onSwitchUser: (userPrincipalName: string) => void;
}

const BRAND = '#0B5A4A';

const classes = mergeStyleSets({
  bar: { display: 'flex', alignItems: 'center', height: 48, background: BRAND, color: '#ffffff', paddingLeft: 4, position: 'sticky', top: 0, zIndex: 10 },
  waffle: { width: 48, height: 48, display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 16 },
  brand: { display: 'flex', alignItems: 'center', gap: 10, fontSize: 16, fontWeight: 600, whiteSpace: 'nowrap' },
  context: { marginLeft: 16, paddingLeft: 16, borderLeft: '1px solid rgba(255,255,255,0.35)', fontSize: 14, whiteSpace: 'nowrap', opacity: 0.92 },
  spacer: { flex: 1 },
  actions: { display: 'flex', alignItems: 'center', gap: 8 },
  outbox: {
    display: 'flex',
    alignItems: 'center',
    gap: 8,
    height: 48,
    padding: '0 12px',
    border: 'none',
    background: 'transparent',
    color: '#ffffff',
    font: 'inherit',
    fontSize: 14,
    cursor: 'pointer',
    selectors: { ':hover': { background: 'rgba(255,255,255,0.12)' }, ':focus-visible': { outline: '2px solid #ffffff', outlineOffset: -2 } }
  },
  badge: { minWidth: 18, height: 18, padding: '0 5px', borderRadius: 9, background: '#ffffff', color: BRAND, fontSize: 11, fontWeight: 700, lineHeight: '18px', textAlign: 'center' }
});

/** The Microsoft 365 suite bar of the workbench: app name, language, outbox and who is signed in. */
export function TopBar(props: ITopBarProps): React.ReactElement {
  const s = props.strings;
  return (
    <header className={classes.bar} role="banner">
      <span className={classes.waffle} aria-hidden>
        <Icon iconName="WaffleOffice365" />
      </span>
      <span className={classes.brand}>
        <TryggLogo size={28} background="#ffffff" foreground={BRAND} />
        {s.appName}
      </span>
      <span className={classes.context}>
        {s.workbench} · {s.organisation}
      </span>
      <span className={classes.spacer} />
      <div className={classes.actions}>
        <SegmentedControl
          label={s.language}
          inverted
          selectedKey={props.locale}
          onChange={props.onLocaleChange}
          options={[
            { key: 'sv-se', text: 'Svenska' },
            { key: 'en-us', text: 'English' }
          ]}
        />
        <button type="button" className={classes.outbox} onClick={props.onOpenOutbox} data-testid="outbox-button">
          <Icon iconName="Mail" aria-hidden />
          {s.outbox}
          {props.outboxCount !== undefined && props.outboxCount > 0 && <span className={classes.badge}>{props.outboxCount}</span>}
        </button>
        <UserSwitcher strings={s} personas={props.personas} currentUpn={props.currentUpn} onSwitch={props.onSwitchUser} />
      </div>
    </header>
  );
}
