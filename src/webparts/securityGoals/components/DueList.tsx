import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IMeasurementPeriod } from '../../../domain/pdsa/goals';
import { IStoredGoal } from '../../../domain/pdsa/repositories';
import { format } from '../../../common/format';
import { duePeriod } from '../goalDue';
import { dueText } from '../labels';

export interface IDueListProps {
  goal: IStoredGoal;
  due: readonly IMeasurementPeriod[];
  /** Show at most this many (the latest), and how many more; all when absent. */
  limit?: number;
}

/** "Mätning för kvartal 3 saknas", latest first, in the warning colour with a sign beside the words. */
export function DueList(props: IDueListProps): React.ReactElement {
  const theme = useTheme();
  if (props.due.length === 0) return <></>;
  const latestFirst = props.due.slice().reverse();
  const shown = props.limit !== undefined ? latestFirst.slice(0, props.limit) : latestFirst;
  const more = latestFirst.length - shown.length;
  return (
    <ul data-due={props.due.length} style={{ margin: 0, padding: 0, listStyle: 'none', color: theme.semanticColors.errorText, fontSize: 12, fontWeight: 600 }}>
      {shown.map((period) => (
        <li key={period.start} data-due-period={period.start}>
          <span aria-hidden="true">⚠ </span>
          {dueText(duePeriod(period, props.goal.frequency, props.goal.year))}
        </li>
      ))}
      {more > 0 && <li>{format(strings.DueMore, more)}</li>}
    </ul>
  );
}
