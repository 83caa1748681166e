import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { MessageBarButton } from '@fluentui/react/lib/Button';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'DeviationReportWebPartStrings';
import { IQueuedReport } from '../../../../services/deviations/ReportQueue';
import { titleFor } from '../../../../domain/deviations/draftValidation';
import { format } from '../../../../common/format';

export interface IQueueStatusProps {
  pending: readonly IQueuedReport[];
  onSendNow: () => void;
  onCorrect: (report: IQueuedReport) => void;
}

function reason(report: IQueuedReport): string {
  if (report.lastError === 'network') return strings.QueueReasonNetwork;
  if (report.lastError === 'throttled') return strings.QueueReasonThrottled;
  return report.lastError ? strings.QueueReasonOther : '';
}

/** Honest about reports kept on the device: how many wait, why, and a way to send them now. */
export function QueueStatus(props: IQueueStatusProps): React.ReactElement {
  const waiting = props.pending.filter((report) => !report.rejected);
  const rejected = props.pending.filter((report) => !!report.rejected);
  const latest = waiting[waiting.length - 1];
  return (
    <>
      {waiting.length > 0 && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          data-trygg="queue-status"
          actions={
            <div>
              <MessageBarButton onClick={props.onSendNow} data-trygg="send-now">
                {strings.SendNow}
              </MessageBarButton>
            </div>
          }
        >
          <Text block data-trygg="queue-count">
            {waiting.length === 1 ? strings.QueueCountOne : format(strings.QueueCountMany, waiting.length)} {latest ? reason(latest) : ''}
          </Text>
        </MessageBar>
      )}
      {rejected.map((report) => (
        <MessageBar
          key={report.id}
          messageBarType={MessageBarType.error}
          isMultiline
          actions={
            <div>
              <MessageBarButton onClick={() => props.onCorrect(report)}>{strings.QueueRejectedEdit}</MessageBarButton>
            </div>
          }
        >
          {format(strings.QueueRejected, titleFor(report.draft))}
        </MessageBar>
      ))}
    </>
  );
}
