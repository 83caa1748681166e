import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'DeviationStatisticsWebPartStrings';
import { IUnitRow } from '../../../domain/deviations/statistics';

export interface IUnitTableProps {
  rows: readonly IUnitRow[];
}

/** The line organisation with each unit's own cases and the cases rolled up from below it. */
export function UnitTable(props: IUnitTableProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({
    wrapper: { overflowX: 'auto' },
    table: { width: '100%', borderCollapse: 'collapse' },
    cell: { textAlign: 'left', padding: '4px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` },
    number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' }
  });
  return (
    <div className={classes.wrapper} data-breakdown="unit">
      <table className={classes.table}>
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0', fontSize: 16 }}>{strings.UnitsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.cell}>
              {strings.ColumnUnit}
            </th>
            <th scope="col" className={`${classes.cell} ${classes.number}`}>
              {strings.ColumnOwn}
            </th>
            <th scope="col" className={`${classes.cell} ${classes.number}`}>
              {strings.ColumnRolledUp}
            </th>
            <th scope="col" className={`${classes.cell} ${classes.number}`}>
              {strings.ColumnOpen}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.unit.id} data-unit-id={row.unit.id} aria-level={row.depth + 1}>
              <th scope="row" className={classes.cell} style={{ fontWeight: row.depth === 0 ? 600 : 400, paddingLeft: 8 + row.depth * 16 }}>
                {row.unit.title}
                <span style={{ color: theme.semanticColors.bodySubtext, fontSize: 12 }}>{` ${row.unit.level}`}</span>
              </th>
              <td className={`${classes.cell} ${classes.number}`} data-own>
                {row.own}
              </td>
              <td className={`${classes.cell} ${classes.number}`} data-total>
                {row.total}
              </td>
              <td className={`${classes.cell} ${classes.number}`} data-open>
                {row.open}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
