import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'DeviationReportWebPartStrings';
import { IDeviationReportingService } from '../../../../services/deviations/IDeviationReportingService';
import { IQueuedReport } from '../../../../services/deviations/ReportQueue';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { buttonStyles } from '../form/touchStyles';
import { MyReportItem, WaitingReportItem } from './MyReportItem';

export interface IMyReportsProps {
  reporting: IDeviationReportingService;
  /** Reports still on this device: shown first, so none seems to have vanished. */
  pending: readonly IQueuedReport[];
  /** Changes when a report was sent, so the list loads again. */
  version: number;
}

/** The reporter's own reports: where each stands and what the manager answered. */
export function MyReports(props: IMyReportsProps): React.ReactElement {
  const { reporting } = props;
  const [reports, reload] = useAsyncData(() => reporting.myReports(), [reporting, props.version]);
  const listStyle: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 };
  const nothing = reports.state === 'ready' && reports.value.length === 0 && props.pending.length === 0;
  return (
    <Stack tokens={{ childrenGap: 12 }} data-trygg="my-reports">
      <Stack horizontal horizontalAlign="end">
        <DefaultButton iconProps={{ iconName: 'Refresh' }} onClick={reload} styles={buttonStyles}>
          {strings.MyReportsRefresh}
        </DefaultButton>
      </Stack>
      {props.pending.length > 0 && (
        <ul style={listStyle} aria-label={strings.WaitingBadge}>
          {props.pending.map((report) => (
            <WaitingReportItem key={report.id} report={report} />
          ))}
        </ul>
      )}
      {reports.state === 'loading' && <Spinner label={common.Loading} />}
      {reports.state === 'failed' && <ErrorMessageBar error={reports.error} onRetry={reload} />}
      {nothing && <Text block>{strings.MyReportsEmpty}</Text>}
      {reports.state === 'ready' && reports.value.length > 0 && (
        <ul style={listStyle} aria-label={strings.TabMyReports}>
          {reports.value.map((deviation) => (
            <MyReportItem key={deviation.id} deviation={deviation} />
          ))}
        </ul>
      )}
    </Stack>
  );
}
