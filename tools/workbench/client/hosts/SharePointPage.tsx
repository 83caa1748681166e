import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { IWorkbenchHost } from '../host';
import { IWorkbenchStrings } from '../loc';
import { TryggLogo } from '../shell/TryggLogo';
import { IWorkbenchPageConfig } from '../pageConfig';
import { IWorkbenchWebPart } from '../webparts';
import { WebPartHost } from './WebPartHost';

export interface ISharePointPageProps {
  readonly webParts: readonly IWorkbenchWebPart[];
  readonly webPart: IWorkbenchWebPart;
  readonly onSelect: (key: string) => void;
  readonly config: IWorkbenchPageConfig;
  readonly host: IWorkbenchHost;
  readonly strings: IWorkbenchStrings;
}

const classes = mergeStyleSets({
  page: { background: '#ffffff', borderRadius: 8, boxShadow: '0 1.6px 3.6px rgba(0,0,0,0.13), 0 0.3px 0.9px rgba(0,0,0,0.11)', overflow: 'hidden' },
  siteHeader: { display: 'flex', alignItems: 'center', gap: 16, padding: '20px 32px 0', flexWrap: 'wrap' },
  siteTitle: { fontSize: 24, fontWeight: 600, color: '#201f1e', margin: 0 },
  siteNav: { display: 'flex', gap: 24, padding: '12px 32px 0 96px', borderBottom: '1px solid #edebe9', fontSize: 14 },
  navItem: {
    padding: '8px 0 10px',
    border: 'none',
    borderBottom: '2px solid transparent',
    background: 'transparent',
    color: '#323130',
    font: 'inherit',
    cursor: 'pointer',
    selectors: { ':hover': { color: '#0078d4' } }
  },
  navItemSelected: { borderBottomColor: '#0078d4', fontWeight: 600 },
  canvas: { maxWidth: 1236, margin: '0 auto', padding: '0 32px 40px', boxSizing: 'border-box' },
  section: { paddingTop: 28 }
});

/** A modern SharePoint page of the Trygg site (one page per web part): site header and navigation, one full-width section. */
export function SharePointPage(props: ISharePointPageProps): React.ReactElement {
  const title = props.webPart.title[props.host.locale];
  return (
    <article className={classes.page} aria-label={`SharePoint: ${title}`}>
      <header className={classes.siteHeader}>
        <TryggLogo size={48} />
        <p className={classes.siteTitle}>{props.strings.siteName}</p>
      </header>
      <nav className={classes.siteNav} aria-label={props.strings.siteName}>
        {props.webParts.map((webPart) => {
          const selected = webPart.key === props.webPart.key;
          return (
            <button
              key={webPart.key}
              type="button"
              className={`${classes.navItem} ${selected ? classes.navItemSelected : ''}`}
              aria-current={selected ? 'page' : undefined}
              onClick={() => !selected && props.onSelect(webPart.key)}
            >
              {webPart.title[props.host.locale]}
            </button>
          );
        })}
      </nav>
      <div className={classes.canvas}>
        <div className={classes.section}>
          <WebPartHost webPart={props.webPart} config={props.config} host={props.host} failedMessage={props.strings.webPartFailed} />
        </div>
      </div>
    </article>
  );
}
