import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviationAction } from '../../../../domain/deviations/types';
import { isActionOverdue } from '../../../../domain/deviations/statistics';
import { OverdueMarker } from '../../../../components/OverdueMarker';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { actionStatusLabel } from '../../handling/labels';

export interface IActionItemProps {
  action: IDeviationAction;
  now: Date;
  editable: boolean;
  onMarkDone: (action: IDeviationAction) => void;
}

export function ActionItem(props: IActionItemProps): React.ReactElement {
  const { action } = props;
  const theme = useTheme();
  const done = action.status === 'Klar';
  return (
    <li
      data-action-id={action.id}
      data-action-status={action.status}
      style={{ listStyle: 'none', padding: '8px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` }}
    >
      <Text block styles={{ root: { fontWeight: 600, overflowWrap: 'anywhere' } }}>
        {action.title}
      </Text>
      <Text block variant="small">
        {[
          format(strings.ActionOwnerIs, action.owner ? action.owner.displayName : strings.NoOwner),
          format(strings.ActionDueOn, formatDate(action.dueDate)),
          done && action.completedAt ? format(strings.ActionDoneOn, formatDate(action.completedAt)) : actionStatusLabel(action.status)
        ].join(' · ')}
      </Text>
      <OverdueMarker kind={isActionOverdue(action, props.now) ? 'action' : undefined} />
      {props.editable && !done && (
        <DefaultButton
          text={strings.MarkActionDone}
          ariaLabel={format(strings.MarkActionDoneFor, action.title)}
          onClick={() => props.onMarkDone(action)}
          styles={{ root: { marginTop: 4 } }}
        />
      )}
    </li>
  );
}
