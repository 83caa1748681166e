import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { ActionButton } from '@fluentui/react/lib/Button';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviation } from '../../../../domain/deviations/types';
import { overdue } from '../../../../domain/deviations/workflow';
import { StatusBadge } from '../../../../components/StatusBadge';
import { OverdueMarker } from '../../../../components/OverdueMarker';
import { format } from '../../../../common/format';

export interface ICaseHeaderProps {
  deviation: IDeviation;
  now: Date;
  onBack: () => void;
}

/** Back to the list, the case number and headline (focused on arrival), status and lateness. */
export function CaseHeader(props: ICaseHeaderProps): React.ReactElement {
  const { deviation } = props;
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (heading.current) heading.current.focus();
  }, [deviation.id]);

  return (
    <Stack tokens={{ childrenGap: 4 }}>
      {/* A link-like button at the start of the line: a Stack would stretch it and centre its text. */}
      <ActionButton
        iconProps={{ iconName: 'Back' }}
        text={strings.BackToInbox}
        onClick={props.onBack}
        styles={{ root: { paddingLeft: 0, alignSelf: 'flex-start' } }}
      />
      <h2 ref={heading} tabIndex={-1} style={{ margin: 0, outline: 'none' }}>
        <Text variant="xLarge" styles={{ root: { overflowWrap: 'anywhere' } }}>
          {`${deviation.caseNumber} · ${deviation.title}`}
        </Text>
      </h2>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
        <StatusBadge status={deviation.status} />
        <OverdueMarker kind={overdue(deviation, props.now)} />
        <Text variant="small">{deviation.handler ? format(strings.HandledBy, deviation.handler.displayName) : strings.NoHandler}</Text>
      </Stack>
    </Stack>
  );
}
