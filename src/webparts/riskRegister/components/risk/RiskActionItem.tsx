import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'RiskRegisterWebPartStrings';
import { ActionStatus } from '../../../../domain/deviations/vocabulary';
import { isActionOverdue } from '../../../../domain/deviations/statistics';
import { IRiskAction } from '../../../../domain/risks/types';
import { checkLimitedText } from '../../../../domain/validation';
import { LimitedTextField } from '../../../../components/LimitedTextField';
import { runDetached } from '../../../../components/runDetached';
import { OverdueMarker } from '../../../../components/OverdueMarker';
import { PlainText } from '../../../../components/PlainText';
import { formatDate, formatNumber } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { RISK_ACTION_LIMITS } from '../../../../domain/risks/riskActions';
import { actionStatusLabel } from '../../labels';

export interface IRiskActionItemProps {
  action: IRiskAction;
  now: Date;
  /** The user may move this action on (they may edit the risk, or it is theirs). */
  mayChange: boolean;
  busy: boolean;
  onStatus: (action: IRiskAction, status: ActionStatus, effectCheck?: string) => Promise<void>;
}

/** One treatment action; marking it done asks what effect it had (the effect check). */
export function RiskActionItem(props: IRiskActionItemProps): React.ReactElement {
  const { action } = props;
  const theme = useTheme();
  const [closing, setClosing] = React.useState(false);
  const [effect, setEffect] = React.useState('');
  const done = action.status === 'Klar';
  const effectOk = checkLimitedText(effect, { required: true, max: RISK_ACTION_LIMITS.effectCheck }) === undefined;

  return (
    <li data-action-id={action.id} data-action-status={action.status} style={{ listStyle: 'none', padding: '8px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` }}>
      <Text block styles={{ root: { fontWeight: 600, overflowWrap: 'anywhere' } }}>
        {action.title}
      </Text>
      <Text block variant="small">
        {[
          format(strings.ActionOwnerIs, action.owner ? action.owner.displayName : strings.NoOwner),
          format(strings.ActionDueOn, formatDate(action.dueDate)),
          action.costEstimate !== undefined ? format(strings.ActionCostIs, formatNumber(action.costEstimate)) : '',
          done && action.completedAt ? format(strings.ActionDoneOn, formatDate(action.completedAt)) : actionStatusLabel(action.status)
        ]
          .filter((part) => part.length > 0)
          .join(' · ')}
      </Text>
      <OverdueMarker kind={isActionOverdue(action, props.now) ? 'action' : undefined} />
      {action.effectCheck && (
        <div>
          <Text variant="small" block styles={{ root: { fontWeight: 600 } }}>
            {strings.EffectCheckLabel}
          </Text>
          <PlainText text={action.effectCheck} />
        </div>
      )}
      {props.mayChange && !done && !closing && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 4 } }}>
          {action.status === 'Planerad' && (
            <DefaultButton text={strings.StartAction} ariaLabel={format(strings.StartActionFor, action.title)} disabled={props.busy} onClick={() => runDetached(props.onStatus(action, 'Pågår'))} />
          )}
          <DefaultButton text={strings.MarkActionDone} ariaLabel={format(strings.MarkActionDoneFor, action.title)} disabled={props.busy} onClick={() => setClosing(true)} />
        </Stack>
      )}
      {closing && !done && (
        <Stack tokens={{ childrenGap: 4 }} styles={{ root: { marginTop: 4 } }}>
          <LimitedTextField label={strings.EffectCheckLabel} description={strings.EffectCheckHint} required multiline rows={2} value={effect} limit={RISK_ACTION_LIMITS.effectCheck} onChange={setEffect} />
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={strings.SaveDone} disabled={props.busy || !effectOk} onClick={() => runDetached(props.onStatus(action, 'Klar', effect.trim()))} />
            <DefaultButton text={strings.Cancel} disabled={props.busy} onClick={() => setClosing(false)} />
          </Stack>
        </Stack>
      )}
    </li>
  );
}
