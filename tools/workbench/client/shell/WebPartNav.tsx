import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { IWorkbenchStrings } from '../loc';
import { WorkbenchLocale } from '../pageConfig';
import { IWorkbenchWebPart } from '../webparts';

export interface IWebPartNavProps {
  readonly strings: IWorkbenchStrings;
  readonly locale: WorkbenchLocale;
  readonly webParts: readonly IWorkbenchWebPart[];
  readonly selectedKey: string;
  readonly hrefFor: (key: string) => string;
  readonly onSelect: (key: string) => void;
}

const classes = mergeStyleSets({
  nav: { width: 248, flex: 'none', padding: '20px 12px', boxSizing: 'border-box', borderRight: '1px solid #edebe9', background: '#ffffff' },
  heading: { margin: '0 12px 8px', fontSize: 12, fontWeight: 600, letterSpacing: 0.4, textTransform: 'uppercase', color: '#605e5c' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: 12,
    padding: '9px 12px',
    borderRadius: 4,
    color: '#323130',
    fontSize: 14,
    textDecoration: 'none',
    selectors: { ':hover': { background: '#f3f2f1' }, ':focus-visible': { outline: '2px solid #0f6cbd' } }
  },
  selected: { background: '#e6f2ef', color: '#0B5A4A', fontWeight: 600, selectors: { ':hover': { background: '#dcede8' } } },
  notice: { margin: '24px 12px 0', fontSize: 12, lineHeight: '16px', color: '#605e5c' }
});

/** Every registered web part; links keep the view, theme and language. */
export function WebPartNav(props: IWebPartNavProps): React.ReactElement {
  return (
    <nav className={classes.nav} aria-label={props.strings.webParts}>
      <h2 className={classes.heading}>{props.strings.webParts}</h2>
      <ul className={classes.list}>
        {props.webParts.map((webPart) => {
          const selected = webPart.key === props.selectedKey;
          return (
            <li key={webPart.key}>
              <a
                href={props.hrefFor(webPart.key)}
                className={`${classes.link} ${selected ? classes.selected : ''}`}
                aria-current={selected ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  props.onSelect(webPart.key);
                }}
              >
                <Icon iconName={webPart.iconName} aria-hidden />
                {webPart.title[props.locale]}
              </a>
            </li>
          );
        })}
      </ul>
      <p className={classes.notice}>{props.strings.emulatorNotice}</p>
    </nav>
  );
}
