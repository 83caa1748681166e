import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'TryggComponentStrings';
import { OverdueKind } from '../domain/deviations/workflow';

export interface IOverdueMarkerProps {
  /** From the domain's overdue(); nothing is shown when undefined. */
  kind: OverdueKind | 'action' | undefined;
}

/** A short warning in the error colour, with words so that it does not rely on colour alone. */
export function OverdueMarker(props: IOverdueMarkerProps): React.ReactElement {
  const theme = useTheme();
  if (!props.kind) return <></>;
  const text =
    props.kind === 'acknowledgement' ? strings.OverdueAcknowledgement : props.kind === 'closure' ? strings.OverdueClosure : strings.Overdue;
  return (
    <span
      data-overdue={props.kind}
      style={{ color: theme.semanticColors.errorText, fontWeight: 600, fontSize: 12, whiteSpace: 'nowrap' }}
    >
      <span aria-hidden="true">⚠ </span>
      {text}
    </span>
  );
}
