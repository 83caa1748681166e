import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export interface IConflictPanelRow {
  readonly field: string;
  readonly label: string;
  readonly mine: string;
  readonly theirs: string;
  /** The two versions say different things here (marked, when the caller knows). */
  readonly differs?: boolean;
}

/** The words of one web part's conflict (its loc strings). */
export interface IConflictPanelTexts {
  readonly heading: string;
  readonly caption: string;
  readonly field: string;
  readonly mine: string;
  readonly theirs: string;
  readonly empty: string;
  readonly differs?: string;
}

export interface IConflictPanelProps {
  /** The heading's id (focused on open, and the section's label). */
  id: string;
  texts: IConflictPanelTexts;
  /** What happened, in the web part's words. */
  intro: React.ReactNode;
  rows: readonly IConflictPanelRow[];
  busy: boolean;
  /** The choice to go on with mine; disabled (with the reason beside the panel) when the stored version no longer allows it. */
  primary: { readonly text: string; readonly onClick: () => void; readonly disabled?: boolean };
  secondary: { readonly text: string; readonly onClick: () => void };
}

/**
 * Someone saved while the user worked: both versions side by side, field by field. Nothing is
 * written until the user chooses, so no one's work is silently overwritten. Shared by the case view
 * and the risk view, which each bring their words and their two choices.
 */
export function ConflictPanel(props: IConflictPanelProps): React.ReactElement {
  const { texts } = props;
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
    differs: { display: 'block', fontSize: 12, fontWeight: 400, padding: '0 4px', marginTop: 2, width: 'fit-content', background: theme.palette.yellowLight, color: theme.palette.black }
  });

  return (
    <section
      aria-labelledby={props.id}
      data-conflict
      style={{ padding: 12, border: `2px solid ${theme.palette.yellowDark}`, borderRadius: 4, background: theme.semanticColors.bodyBackground }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <h3 id={props.id} ref={heading} tabIndex={-1} style={{ margin: 0, outline: 'none' }}>
          <Text variant="large">{texts.heading}</Text>
        </h3>
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {props.intro}
        </MessageBar>
        <table className={classes.table}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{texts.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={classes.cell} style={{ width: '25%' }}>
                {texts.field}
              </th>
              <th scope="col" className={classes.cell}>
                {texts.mine}
              </th>
              <th scope="col" className={classes.cell}>
                {texts.theirs}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.field} data-conflict-field={row.field} data-differs={row.differs}>
                <th scope="row" className={classes.cell}>
                  {row.label}
                  {row.differs && texts.differs && <span className={classes.differs}>{texts.differs}</span>}
                </th>
                <td className={classes.cell} data-side="mine">
                  {row.mine || texts.empty}
                </td>
                <td className={classes.cell} data-side="theirs">
                  {row.theirs || texts.empty}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={props.primary.text} disabled={props.busy || !!props.primary.disabled} onClick={props.primary.onClick} />
          <DefaultButton text={props.secondary.text} disabled={props.busy} onClick={props.secondary.onClick} />
        </Stack>
      </Stack>
    </section>
  );
}
