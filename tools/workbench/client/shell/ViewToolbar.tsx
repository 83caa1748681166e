import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { IWorkbenchStrings } from '../loc';
import { WorkbenchTheme, WorkbenchView } from '../urlState';
import { SegmentedControl } from './SegmentedControl';

export interface IViewToolbarProps {
  readonly strings: IWorkbenchStrings;
  readonly view: WorkbenchView;
  readonly theme: WorkbenchTheme;
  readonly onViewChange: (view: WorkbenchView) => void;
  readonly onThemeChange: (theme: WorkbenchTheme) => void;
}

const classes = mergeStyleSets({
  toolbar: { display: 'flex', alignItems: 'center', gap: 24, flexWrap: 'wrap', marginBottom: 20 },
  field: { display: 'flex', alignItems: 'center', gap: 8, fontSize: 13, color: '#605e5c' }
});

/** Where the web part is shown: a SharePoint page, a Teams tab or Teams on a phone, light or dark. */
export function ViewToolbar(props: IViewToolbarProps): React.ReactElement {
  const s = props.strings;
  return (
    <div className={classes.toolbar}>
      <span className={classes.field}>
        {s.view}
        <SegmentedControl
          label={s.view}
          selectedKey={props.view}
          onChange={props.onViewChange}
          options={[
            { key: 'sharepoint', text: s.views.sharepoint, iconName: 'SharepointLogo' },
            { key: 'teams', text: s.views.teams, iconName: 'TeamsLogo' },
            { key: 'mobile', text: s.views.mobile, iconName: 'CellPhone' }
          ]}
        />
      </span>
      {props.view !== 'sharepoint' && (
        <span className={classes.field}>
          {s.theme}
          <SegmentedControl
            label={s.theme}
            selectedKey={props.theme}
            onChange={props.onThemeChange}
            options={[
              { key: 'light', text: s.themes.light, iconName: 'Sunny' },
              { key: 'dark', text: s.themes.dark, iconName: 'ClearNight' },
              { key: 'contrast', text: s.themes.contrast, iconName: 'Contrast' }
            ]}
          />
        </span>
      )}
    </div>
  );
}
