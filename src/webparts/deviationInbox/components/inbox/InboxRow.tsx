import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviationRow } from '../../../../domain/deviations/types';
import { overdue } from '../../../../domain/deviations/workflow';
import { StatusBadge } from '../../../../components/StatusBadge';
import { OverdueMarker } from '../../../../components/OverdueMarker';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';

export interface IInboxRowProps {
  deviation: IDeviationRow;
  now: Date;
  onOpen: (caseNumber: string) => void;
  /** Take focus when shown: the row the user came back from. */
  autoFocus?: boolean;
}

/** One case: the whole row is one button, so it is a single tab stop that opens the case. */
export function InboxRow(props: IInboxRowProps): React.ReactElement {
  const { deviation } = props;
  const theme = useTheme();
  const button = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (props.autoFocus && button.current) button.current.focus();
  }, [props.autoFocus]);

  const classes = mergeStyleSets({
    row: {
      display: 'grid',
      gridTemplateColumns: 'minmax(0, 1fr) auto',
      gap: '2px 12px',
      width: '100%',
      padding: '8px 12px',
      textAlign: 'left',
      font: 'inherit',
      color: theme.semanticColors.bodyText,
      background: theme.semanticColors.bodyBackground,
      border: 'none',
      borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`,
      cursor: 'pointer',
      selectors: {
        ':hover': { background: theme.semanticColors.listItemBackgroundHovered },
        ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: -2 },
        // On a phone the status goes under the headline, so the headline keeps the width.
        '@media (max-width: 480px)': { gridTemplateColumns: 'minmax(0, 1fr)' }
      }
    },
    headline: { fontWeight: 600, overflowWrap: 'anywhere' },
    meta: { color: theme.semanticColors.bodySubtext },
    side: {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'flex-end',
      gap: 4,
      '@media (max-width: 480px)': { flexDirection: 'row', flexWrap: 'wrap', alignItems: 'center', gap: 8 }
    }
  });

  const overdueKind = overdue(deviation, props.now);
  return (
    <li data-case-id={deviation.caseNumber} style={{ listStyle: 'none' }}>
      <button type="button" ref={button} className={classes.row} onClick={() => props.onOpen(deviation.caseNumber)}>
        <span>
          <Text block className={classes.headline}>
            {`${deviation.caseNumber} · ${deviation.title}`}
          </Text>
          <Text block variant="small" className={classes.meta}>
            {[
              deviation.unit ? deviation.unit.title : '',
              format(strings.ReportedOn, formatDate(deviation.reportedAt)),
              deviation.handler ? format(strings.HandledBy, deviation.handler.displayName) : strings.NoHandler
            ]
              .filter((part) => part.length > 0)
              .join(' · ')}
          </Text>
        </span>
        <span className={classes.side}>
          <StatusBadge status={deviation.status} />
          <OverdueMarker kind={overdueKind} />
        </span>
      </button>
    </li>
  );
}
