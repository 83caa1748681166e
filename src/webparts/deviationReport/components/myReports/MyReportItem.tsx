import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DeviationReportWebPartStrings';
import { IDeviation } from '../../../../domain/deviations/types';
import { titleFor } from '../../../../domain/deviations/draftValidation';
import { IQueuedReport } from '../../../../services/deviations/ReportQueue';
import { format } from '../../../../common/format';
import { formatDate } from '../../../../components/dates';
import { PlainText } from '../../../../components/PlainText';
import { StatusBadge } from '../../../../components/StatusBadge';

function useCardStyle(): React.CSSProperties {
  const theme = useTheme();
  return {
    padding: 12,
    borderRadius: 4,
    border: `1px solid ${theme.semanticColors.bodyDivider}`,
    background: theme.semanticColors.bodyBackground
  };
}

/**
 * One sent report. Headline and feedback are what people typed: shown as text (PlainText), so
 * markup in them stays inert.
 */
export function MyReportItem(props: { deviation: IDeviation }): React.ReactElement {
  const { deviation } = props;
  const theme = useTheme();
  const subtle = { root: { color: theme.semanticColors.bodySubtext } };
  // A rejected report has no feedback to wait for: its reporter reads why.
  const answer =
    deviation.status === 'Avvisad'
      ? { key: 'rejection', label: strings.RejectionReasonLabel, text: deviation.rejectionReason, empty: strings.NoRejectionReason }
      : { key: 'feedback', label: strings.FeedbackLabel, text: deviation.feedback, empty: strings.NoFeedbackYet };
  return (
    <li style={useCardStyle()} data-case={deviation.caseNumber}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8 }}>
        <Text variant="mediumPlus" styles={{ root: { fontWeight: 600 } }}>
          {deviation.caseNumber}
        </Text>
        <StatusBadge status={deviation.status} />
      </div>
      <div data-trygg="headline" style={{ fontWeight: 600, margin: '4px 0' }}>
        <PlainText text={deviation.title} />
      </div>
      <Text block variant="small" styles={subtle}>
        {format(strings.ReportedOn, formatDate(deviation.reportedAt))} · {format(strings.OccurredOn, formatDate(deviation.occurredAt))}
      </Text>
      <div data-trygg={answer.key} style={{ marginTop: 8 }}>
        <Text block variant="small" styles={{ root: { fontWeight: 600 } }}>
          {answer.label}
        </Text>
        <PlainText text={answer.text} empty={answer.empty} />
      </div>
    </li>
  );
}

/** A report still on this device, not yet confirmed by the server. */
export function WaitingReportItem(props: { report: IQueuedReport }): React.ReactElement {
  const theme = useTheme();
  const { report } = props;
  return (
    <li style={useCardStyle()} data-waiting={report.id}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8 }}>
        <div style={{ fontWeight: 600 }}>
          <PlainText text={titleFor(report.draft)} />
        </div>
        <span
          style={{
            display: 'inline-block',
            padding: '1px 8px',
            borderRadius: 10,
            border: `1px solid ${theme.semanticColors.bodyDivider}`,
            borderLeft: `6px solid ${theme.palette.yellowDark}`,
            fontSize: 12,
            whiteSpace: 'nowrap'
          }}
        >
          {strings.WaitingBadge}
        </span>
      </div>
      <Text block variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {strings.WaitingExplanation}
      </Text>
    </li>
  );
}
