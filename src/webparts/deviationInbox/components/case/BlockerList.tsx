import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { TransitionBlocker } from '../../../../domain/deviations/workflow';
import { blockerText } from '../../handling/blockerText';

export interface IBlockerListProps {
  id: string;
  blockers: readonly TransitionBlocker[];
  openActionCount: number;
}

/** Why a step cannot be taken yet, in words; the step's button points here with aria-describedby. */
export function BlockerList(props: IBlockerListProps): React.ReactElement {
  const theme = useTheme();
  if (props.blockers.length === 0) return <></>;
  return (
    <ul id={props.id} data-blockers style={{ margin: '4px 0 0', paddingLeft: 20, color: theme.semanticColors.bodySubtext }}>
      {props.blockers.map((blocker) => (
        <li key={blocker} data-blocker={blocker}>
          {blockerText(blocker, props.openActionCount)}
        </li>
      ))}
    </ul>
  );
}
