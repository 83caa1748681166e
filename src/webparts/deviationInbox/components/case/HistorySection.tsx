import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'DeviationInboxWebPartStrings';
import { IHistoryEntry } from '../../../../domain/deviations/types';
import { Section } from '../../../../components/Section';
import { formatDateTime } from '../../../../components/dates';
import { statusLabel } from '../../handling/labels';

export interface IHistorySectionProps {
  history: readonly IHistoryEntry[];
}

function change(entry: IHistoryEntry): string {
  if (!entry.from) return statusLabel(entry.to);
  if (entry.from === entry.to) return statusLabel(entry.to);
  return `${statusLabel(entry.from)} → ${statusLabel(entry.to)}`;
}

/** Who did what and when, oldest first: the case's own log, kept under the same ETag as the case. */
export function HistorySection(props: IHistorySectionProps): React.ReactElement {
  const theme = useTheme();
  return (
    <Section id="trygg-case-history" heading={strings.HistoryHeading}>
      {props.history.length === 0 ? (
        <Text block>{strings.NoHistory}</Text>
      ) : (
        <ol style={{ margin: 0, paddingLeft: 20 }}>
          {props.history.map((entry, index) => (
            <li key={index} data-history-index={index} style={{ marginBottom: 6 }}>
              <Text block>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                {` · ${entry.byName} · ${change(entry)}`}
              </Text>
              {entry.note && (
                <Text block variant="small" styles={{ root: { color: theme.semanticColors.bodySubtext, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } }}>
                  {entry.note}
                </Text>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
