import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { WorkbenchLocale } from '../pageConfig';
import { IWorkbenchWebPart } from '../webparts';
import { ITeamsChromeColors } from './teamsChrome';

export interface IAppTabsProps {
  readonly webParts: readonly IWorkbenchWebPart[];
  readonly selected: IWorkbenchWebPart;
  readonly locale: WorkbenchLocale;
  readonly colors: ITeamsChromeColors;
  readonly onSelect: (key: string) => void;
  /** Phones show tabs as a scrolling row of smaller labels. */
  readonly compact?: boolean;
}

/** The personal app's static tabs (one per web part), as Teams draws them. */
export function AppTabs(props: IAppTabsProps): React.ReactElement {
  const c = props.colors;
  const classes = mergeStyleSets({
    tabs: { display: 'flex', alignSelf: 'stretch', gap: props.compact ? 16 : 20, overflowX: 'auto', scrollbarWidth: 'none' },
    tab: {
      display: 'flex',
      alignItems: 'center',
      flex: 'none',
      padding: 0,
      border: 'none',
      borderBottom: '3px solid transparent',
      background: 'transparent',
      color: c.frameTextMuted,
      font: 'inherit',
      fontSize: props.compact ? 13 : 14,
      cursor: 'pointer',
      selectors: { ':hover': { color: c.headerText } }
    },
    selected: { color: c.headerText, fontWeight: 600, borderBottomColor: c.brand }
  });
  return (
    <div className={classes.tabs} role="tablist">
      {props.webParts.map((webPart) => {
        const selected = webPart.key === props.selected.key;
        return (
          <button
            key={webPart.key}
            type="button"
            role="tab"
            aria-selected={selected}
            className={`${classes.tab} ${selected ? classes.selected : ''}`}
            onClick={() => !selected && props.onSelect(webPart.key)}
          >
            {webPart.title[props.locale]}
          </button>
        );
      })}
    </div>
  );
}
