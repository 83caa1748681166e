import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface IBlockerListProps {
  id: string;
  /** Each reason in words. */
  reasons: readonly { readonly key: string; readonly text: string }[];
}

/** Why a step cannot be taken yet, in words; the step's button points here with aria-describedby. */
export function BlockerList(props: IBlockerListProps): React.ReactElement {
  const theme = useTheme();
  if (props.reasons.length === 0) return <></>;
  return (
    <ul id={props.id} data-blockers style={{ margin: '4px 0 0', paddingLeft: 20, color: theme.semanticColors.bodySubtext }}>
      {props.reasons.map((reason) => (
        <li key={reason.key} data-blocker={reason.key}>
          {reason.text}
        </li>
      ))}
    </ul>
  );
}
