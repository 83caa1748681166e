import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationStatisticsWebPartStrings';
import { IBreakdownRow } from '../../../domain/deviations/statistics';
import { format } from '../../../common/format';
import { formatNumber } from '../../../components/dates';
import { monthName } from '../labels';
import { Sparkline } from './Sparkline';
import { TrendText } from './TrendText';

export interface IBreakdownTableProps {
  caption: string;
  keyHeading: string;
  rows: readonly IBreakdownRow[];
  months: readonly string[];
  total: number;
  label: (key: string) => string;
  /** For tests and styling hooks. */
  id: string;
}

/** Counts per area or type with share, trend and a month-by-month sparkline. */
export function BreakdownTable(props: IBreakdownTableProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    wrapper: { overflowX: 'auto' },
    table: { width: '100%', borderCollapse: 'collapse' },
    cell: { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'middle' },
    number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
    narrowHidden: { '@media (max-width: 480px)': { display: 'none' } }
  });
  const first = props.months.length > 0 ? monthName(props.months[0]) : '';
  const last = props.months.length > 0 ? monthName(props.months[props.months.length - 1]) : '';
  return (
    <div className={classes.wrapper} data-breakdown={props.id}>
      <table className={classes.table}>
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0', fontSize: 16 }}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.cell}>
              {props.keyHeading}
            </th>
            <th scope="col" className={`${classes.cell} ${classes.number}`}>
              {strings.ColumnTotal}
            </th>
            <th scope="col" className={`${classes.cell} ${classes.number}`}>
              {strings.ColumnShare}
            </th>
            <th scope="col" className={classes.cell}>
              {strings.ColumnTrend}
            </th>
            <th scope="col" className={`${classes.cell} ${classes.narrowHidden}`}>
              {format(strings.ColumnPerMonth, first, last)}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row" className={classes.cell} style={{ fontWeight: 400 }}>
                {props.label(row.key)}
              </th>
              <td className={`${classes.cell} ${classes.number}`} data-total>
                {row.total}
              </td>
              <td className={`${classes.cell} ${classes.number}`}>{`${formatNumber(props.total === 0 ? 0 : (100 * row.total) / props.total)} %`}</td>
              <td className={classes.cell}>
                <TrendText byMonth={row.byMonth} />
              </td>
              <td className={`${classes.cell} ${classes.narrowHidden}`}>
                <Sparkline
                  values={row.byMonth}
                  label={props.months.map((month, i) => `${monthName(month)}: ${row.byMonth[i]}`).join(', ')}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
