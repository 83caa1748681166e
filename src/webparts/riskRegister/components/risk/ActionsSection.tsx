import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { ActionStatus } from '../../../../domain/deviations/vocabulary';
import { IDirectory } from '../../../../domain/directory';
import { samePerson } from '../../../../domain/risks/acceptance';
import { IRisk, IRiskAction } from '../../../../domain/risks/types';
import { ICurrentUser } from '../../../../services/currentUser/ICurrentUserService';
import { IRiskRegisterService } from '../../../../services/risks/IRiskRegisterService';
import { ConflictError } from '../../../../services/errors';
import { Section } from '../../../../components/Section';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { AddRiskActionForm, INewRiskAction } from './AddRiskActionForm';
import { RiskActionItem } from './RiskActionItem';

export interface IActionsSectionProps {
  risk: IRisk;
  actions: readonly IRiskAction[];
  me: ICurrentUser;
  /** The user may edit the risk: add actions and move any of them on. */
  mayEdit: boolean;
  service: IRiskRegisterService;
  directory: IDirectory;
  now: Date;
  onActionsChange: (actions: IRiskAction[]) => void;
}

/** Treatment actions live in their own list, each with an owner, a due date and a cost estimate. */
export function ActionsSection(props: IActionsSectionProps): React.ReactElement {
  const { actions, service } = props;
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  const [changedElsewhere, setChangedElsewhere] = React.useState(false);
  const open = props.risk.status !== 'Avslutad';

  const add = async (action: INewRiskAction): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      const added = await service.addAction(props.risk, action);
      props.onActionsChange(actions.concat([added]));
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const move = async (action: IRiskAction, status: ActionStatus, effectCheck?: string): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setChangedElsewhere(false);
    try {
      const updated = await service.setActionStatus(action, status, effectCheck);
      props.onActionsChange(actions.map((current) => (current.id === updated.id ? updated : current)));
    } catch (caught) {
      if (caught instanceof ConflictError) {
        // Someone changed the action first: show what is stored and let the user decide again.
        const current = (caught as ConflictError<IRiskAction>).current;
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
    <Section id="trygg-risk-actions" heading={strings.ActionsHeading}>
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
              <RiskActionItem
                key={action.id}
                action={action}
                now={props.now}
                mayChange={open && (props.mayEdit || samePerson(props.me, action.owner))}
                busy={busy}
                onStatus={move}
              />
            ))}
          </ul>
        )}
        {open && props.mayEdit && (
          <>
            <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '8px 0 0' } }}>
              {strings.AddActionHeading}
            </Text>
            <AddRiskActionForm directory={props.directory} disabled={busy} now={props.now} onAdd={add} />
          </>
        )}
      </Stack>
    </Section>
  );
}
