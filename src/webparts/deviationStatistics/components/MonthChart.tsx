import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationStatisticsWebPartStrings';
import { monthName } from '../labels';

export interface IMonthChartProps {
  months: readonly string[];
  counts: readonly number[];
}

/** Reports per month as a table whose rows carry a bar: readable as data, scannable as a chart. */
export function MonthChart(props: IMonthChartProps): React.ReactElement {
  const theme = useTheme();
  const max = Math.max(1, ...props.counts);
  const classes = mergeStyleSets({
    table: { width: '100%', borderCollapse: 'collapse' },
    month: { textAlign: 'left', fontWeight: 400, padding: '2px 8px 2px 0', whiteSpace: 'nowrap', width: 1 },
    count: { textAlign: 'right', padding: '2px 8px', width: 1, fontVariantNumeric: 'tabular-nums' },
    bar: { height: 14, background: theme.palette.themePrimary, borderRadius: 2, minWidth: 1 }
  });
  return (
    <table className={classes.table} data-breakdown="month">
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0', fontSize: 16 }}>{strings.MonthsCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className={classes.month}>
            {strings.ColumnMonth}
          </th>
          <th scope="col" className={classes.count}>
            {strings.ColumnReported}
          </th>
          <th scope="col">
            <span style={{ position: 'absolute', left: -10000 }}>{strings.ColumnBar}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.months.map((month, i) => (
          <tr key={month} data-month={month}>
            <th scope="row" className={classes.month}>
              {monthName(month)}
            </th>
            <td className={classes.count} data-count>
              {props.counts[i]}
            </td>
            <td aria-hidden="true">
              <div className={classes.bar} style={{ width: `${(100 * props.counts[i]) / max}%` }} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
