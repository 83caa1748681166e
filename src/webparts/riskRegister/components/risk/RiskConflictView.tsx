import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'RiskRegisterWebPartStrings';
import { formatDateTime } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { IRiskConflictRow } from '../../riskConflictRows';

export interface IRiskConflictViewProps {
  rows: readonly IRiskConflictRow[];
  /** When the stored version was saved. */
  savedAt: string;
  busy: boolean;
  /** Save my version over the stored one (against its new ETag). */
  onKeepMine: () => void;
  /** Drop my changes and show the stored version. */
  onTakeTheirs: () => void;
}

/**
 * Someone saved the risk while I edited it. Both versions side by side, field by field; nothing
 * is written until the user chooses, so no one's work is silently overwritten.
 */
export function RiskConflictView(props: IRiskConflictViewProps): React.ReactElement {
  const theme = useTheme();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (heading.current) heading.current.focus();
  }, []);
  const cell = { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

  return (
    <section
      aria-labelledby="trygg-risk-conflict-heading"
      data-conflict
      style={{ padding: 12, border: `2px solid ${theme.palette.yellowDark}`, borderRadius: 4, background: theme.semanticColors.bodyBackground }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <h3 id="trygg-risk-conflict-heading" ref={heading} tabIndex={-1} style={{ margin: 0, outline: 'none' }}>
          <Text variant="large">{strings.ConflictHeading}</Text>
        </h3>
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {format(strings.ConflictIntro, formatDateTime(props.savedAt))}
        </MessageBar>
        <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{strings.ConflictCaption}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, width: '25%' }}>
                {strings.ConflictField}
              </th>
              <th scope="col" style={cell}>
                {strings.ConflictMine}
              </th>
              <th scope="col" style={cell}>
                {strings.ConflictTheirs}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.field} data-conflict-field={row.field}>
                <th scope="row" style={cell}>
                  {row.label}
                </th>
                <td style={cell} data-side="mine">
                  {row.mine || strings.EmptyValue}
                </td>
                <td style={cell} data-side="theirs">
                  {row.theirs || strings.EmptyValue}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.ConflictKeepMine} disabled={props.busy} onClick={props.onKeepMine} />
          <DefaultButton text={strings.ConflictTakeTheirs} disabled={props.busy} onClick={props.onTakeTheirs} />
        </Stack>
      </Stack>
    </section>
  );
}
