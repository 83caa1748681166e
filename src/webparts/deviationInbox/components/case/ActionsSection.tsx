import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviation, IDeviationAction } from '../../../../domain/deviations/types';
import { IDirectory } from '../../../../domain/directory';
import { IDeviationHandlingService } from '../../../../services/deviations/IDeviationHandlingService';
import { ConflictError } from '../../../../services/errors';
import { Section } from '../../../../components/Section';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { ActionItem } from './ActionItem';
import { AddActionForm, INewAction } from './AddActionForm';
import { runDetached } from '../../../../components/runDetached';

export interface IActionsSectionProps {
  deviation: IDeviation;
  actions: readonly IDeviationAction[];
  editable: boolean;
  handling: IDeviationHandlingService;
  directory: IDirectory;
  now: Date;
  onActionsChange: (actions: IDeviationAction[]) => void;
}

/** Actions live in their own list, each with an owner and a due date; a case closes when all are done. */
export function ActionsSection(props: IActionsSectionProps): React.ReactElement {
  const { actions, handling } = props;
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  const [changedElsewhere, setChangedElsewhere] = React.useState(false);

  const add = async (action: INewAction): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      const added = await handling.addAction(props.deviation, action.title, action.owner, action.dueDate);
      props.onActionsChange(actions.concat([added]));
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const markDone = async (action: IDeviationAction): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setChangedElsewhere(false);
    try {
      const updated = await handling.setActionStatus(action, 'Klar');
      props.onActionsChange(actions.map((current) => (current.id === updated.id ? updated : current)));
    } catch (caught) {
      if (caught instanceof ConflictError) {
        // Someone changed the action first: show what is stored and let the user decide again.
        const current = (caught as ConflictError<IDeviationAction>).current;
        props.onActionsChange(actions.map((existing) => (existing.id === current.id ? current : existing)));
        setChangedElsewhere(true);
      } else {
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section id="trygg-case-actions" heading={strings.ActionsHeading}>
      <Stack tokens={{ childrenGap: 8 }}>
        {changedElsewhere && (
          <MessageBar messageBarType={MessageBarType.warning} onDismiss={() => setChangedElsewhere(false)}>
            {strings.ActionChangedElsewhere}
          </MessageBar>
        )}
        {error !== undefined && <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} />}
        {actions.length === 0 ? (
          <Text block>{strings.NoActions}</Text>
        ) : (
          <ul aria-label={strings.ActionsHeading} style={{ margin: 0, padding: 0 }}>
            {actions.map((action) => (
              <ActionItem
                key={action.id}
                action={action}
                now={props.now}
                editable={props.editable && !busy}
                onMarkDone={(target) => runDetached(markDone(target))}
              />
            ))}
          </ul>
        )}
        {props.editable && (
          <>
            <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '8px 0 0' } }}>
              {strings.AddActionHeading}
            </Text>
            <AddActionForm directory={props.directory} disabled={busy} now={props.now} onAdd={add} />
          </>
        )}
      </Stack>
    </Section>
  );
}
