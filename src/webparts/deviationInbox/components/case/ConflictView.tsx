import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationInboxWebPartStrings';
import { IConflictRow } from '../../handling/conflictFields';
import { format } from '../../../../common/format';

export interface IConflictViewProps {
  /** What was being saved, in words ("Klassningen"). */
  changeName: string;
  /** Who saved the stored version, when the history tells. */
  savedBy?: string;
  rows: readonly IConflictRow[];
  busy: boolean;
  /** Start from the stored version and apply my change to it again. */
  onReapply: () => void;
  /** Keep the stored version and drop my change. */
  onDiscard: () => void;
}

/**
 * Someone saved the case while I worked on it. Both versions side by side, field by field; nothing
 * is written until the user chooses, so no one's work is silently overwritten.
 */
export function ConflictView(props: IConflictViewProps): React.ReactElement {
  const theme = useTheme();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    if (heading.current) heading.current.focus();
  }, []);
  const classes = mergeStyleSets({
    table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
    cell: {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: '6px 8px',
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere'
    },
    differs: { background: theme.palette.yellowLight, color: theme.palette.black }
  });

  return (
    <section
      aria-labelledby="trygg-conflict-heading"
      data-conflict
      style={{ padding: 12, border: `2px solid ${theme.palette.yellowDark}`, borderRadius: 4, background: theme.semanticColors.bodyBackground }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <h3 id="trygg-conflict-heading" ref={heading} tabIndex={-1} style={{ margin: 0, outline: 'none' }}>
          <Text variant="large">{strings.ConflictHeading}</Text>
        </h3>
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {format(strings.ConflictIntro, props.changeName)}
          {props.savedBy ? ` ${format(strings.ConflictSavedBy, props.savedBy)}` : ''}
        </MessageBar>
        <table className={classes.table}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{strings.ConflictTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" className={classes.cell} style={{ width: '25%' }}>
                {strings.ConflictField}
              </th>
              <th scope="col" className={classes.cell}>
                {strings.ConflictMine}
              </th>
              <th scope="col" className={classes.cell}>
                {strings.ConflictTheirs}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.field} data-conflict-field={row.field} data-differs={row.differs}>
                <th scope="row" className={classes.cell}>
                  {row.label}
                  {row.differs && <span className={classes.differs} style={{ display: 'block', fontSize: 12, fontWeight: 400, padding: '0 4px', marginTop: 2, width: 'fit-content' }}>{strings.ConflictDiffers}</span>}
                </th>
                <td className={classes.cell} data-side="mine">
                  {row.mine || strings.EmptyValue}
                </td>
                <td className={classes.cell} data-side="theirs">
                  {row.theirs || strings.EmptyValue}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.ConflictReapply} disabled={props.busy} onClick={props.onReapply} />
          <DefaultButton text={strings.ConflictDiscard} disabled={props.busy} onClick={props.onDiscard} />
        </Stack>
      </Stack>
    </section>
  );
}
