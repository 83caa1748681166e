import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationInboxWebPartStrings';
import { DEVIATION_STATUSES } from '../../../../domain/deviations/vocabulary';
import { StatusChoice, StatusCounts } from '../../inboxFilter';
import { statusLabel } from '../../handling/labels';

export interface IStatusChipsProps {
  selected: StatusChoice;
  counts: StatusCounts;
  onSelect: (choice: StatusChoice) => void;
}

const CHOICES: readonly StatusChoice[] = ['open', ...DEVIATION_STATUSES, 'all'];

function choiceLabel(choice: StatusChoice): string {
  if (choice === 'open') return strings.StatusOpen;
  if (choice === 'all') return strings.StatusAll;
  return statusLabel(choice);
}

/** Counts per status as toggle buttons that wrap: they fit a Teams tab and a phone, unlike a pivot. */
export function StatusChips(props: IStatusChipsProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    group: { display: 'flex', flexWrap: 'wrap', gap: 6, margin: 0, padding: 0 },
    chip: {
      minHeight: 32,
      padding: '4px 12px',
      borderRadius: 16,
      border: `1px solid ${theme.palette.neutralTertiary}`,
      background: theme.semanticColors.bodyBackground,
      color: theme.semanticColors.bodyText,
      cursor: 'pointer',
      font: 'inherit',
      selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}`, outlineOffset: 1 } }
    },
    selected: {
      background: theme.palette.themePrimary,
      borderColor: theme.palette.themePrimary,
      color: theme.palette.white
    }
  });
  return (
    <div role="group" aria-label={strings.StatusFilterLabel} className={classes.group}>
      {CHOICES.map((choice) => {
        const isSelected = props.selected === choice;
        return (
          <button
            key={choice}
            type="button"
            data-status-choice={choice}
            aria-pressed={isSelected}
            className={isSelected ? `${classes.chip} ${classes.selected}` : classes.chip}
            onClick={() => props.onSelect(choice)}
          >
            {`${choiceLabel(choice)} (${props.counts[choice]})`}
          </button>
        );
      })}
    </div>
  );
}
