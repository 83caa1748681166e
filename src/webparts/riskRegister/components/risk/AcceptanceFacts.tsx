import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'RiskRegisterWebPartStrings';
import { AcceptanceStatus } from '../../../../domain/risks/acceptance';
import { IRisk } from '../../../../domain/risks/types';
import { PlainText } from '../../../../components/PlainText';
import { formatDate, formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';

export interface IAcceptanceFactsProps {
  risk: IRisk;
  status: AcceptanceStatus;
}

/** Where the acceptance stands, in plain words: who asked and decided, when, until when; lapsed ones said so. */
export function AcceptanceFacts(props: IAcceptanceFactsProps): React.ReactElement {
  const { status } = props;
  const acceptance = props.risk.acceptance;
  const plain = status === 'stale' || status === 'expired';
  return (
    <div data-acceptance-status={status}>
      {plain ? (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline>
          {status === 'stale' ? strings.AcceptanceStale : format(strings.AcceptanceExpired, formatDate(acceptance && acceptance.expiresAt))}
        </MessageBar>
      ) : (
        <Text block styles={{ root: { fontWeight: 600 } }}>
          {strings.AcceptanceStatuses[status]}
        </Text>
      )}
      {acceptance && acceptance.requestedAt && (
        <Text block>{format(strings.RequestedBy, acceptance.requestedBy ? acceptance.requestedBy.displayName : strings.NoOwner, formatDateTime(acceptance.requestedAt))}</Text>
      )}
      {acceptance && acceptance.requestNote && <PlainText text={acceptance.requestNote} />}
      {acceptance && acceptance.decidedAt && (
        <Text block>{format(strings.DecidedBy, acceptance.decidedBy ? acceptance.decidedBy.displayName : strings.NoOwner, formatDateTime(acceptance.decidedAt))}</Text>
      )}
      {acceptance && acceptance.state === 'Beviljad' && acceptance.expiresAt && <Text block>{format(strings.ValidUntil, formatDate(acceptance.expiresAt))}</Text>}
      {acceptance && acceptance.rationale && (
        <>
          <Text block styles={{ root: { fontWeight: 600, marginTop: 4 } }}>
            {strings.RationaleLabel}
          </Text>
          <PlainText text={acceptance.rationale} />
        </>
      )}
    </div>
  );
}
