import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { HEAT_MAP_TEXT_COLOR } from '../../../domain/risks/matrix';
import { IRiskLevel, IRiskMatrix } from '../../../domain/risks/types';
import { levelByKey, stepLabel } from '../labels';

export interface IMatrixGridProps {
  matrix: IRiskMatrix;
  caption: string;
  /** What a cell holds besides its colour: a count, a level name, a picker. */
  renderCell: (likelihood: number, consequence: number, level: IRiskLevel | undefined) => React.ReactNode;
  /** data-matrix-grid, for tests and screenshots. */
  name: string;
}

/**
 * The matrix as a real table: consequence across, likelihood down (highest first, as risk matrices
 * are read), headers on both axes so a screen reader says where a cell is. Colour is only a
 * backdrop: every cell writes what it means, in the body text colour the level colours are checked
 * against (matrix.ts HEAT_MAP_TEXT_COLOR). At phone width the table keeps its shape and the step
 * names wrap.
 */
export function MatrixGrid(props: IMatrixGridProps): React.ReactElement {
  const theme = useTheme();
  const { matrix } = props;
  const size = matrix.likelihood.length;
  const classes = mergeStyleSets({
    table: { width: '100%', maxWidth: 760, borderCollapse: 'collapse', tableLayout: 'fixed' },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0', captionSide: 'top' },
    header: {
      padding: 4,
      fontSize: 12,
      fontWeight: 600,
      textAlign: 'center',
      verticalAlign: 'bottom',
      overflowWrap: 'break-word',
      hyphens: 'auto',
      color: theme.semanticColors.bodyText,
      border: `1px solid ${theme.semanticColors.bodyDivider}`
    },
    rowHeader: { textAlign: 'left', verticalAlign: 'middle', width: '24%' },
    cell: {
      padding: 2,
      textAlign: 'center',
      verticalAlign: 'middle',
      height: 56,
      color: HEAT_MAP_TEXT_COLOR,
      border: `2px solid ${theme.semanticColors.bodyBackground}`,
      overflowWrap: 'break-word',
      // Windows high contrast keeps its own colours; the text still says the level.
      forcedColorAdjust: 'none'
    }
  });
  const rows: number[] = [];
  for (let likelihood = size; likelihood >= 1; likelihood--) rows.push(likelihood);

  return (
    <table className={classes.table} data-matrix-grid={props.name}>
      <caption className={classes.caption}>{props.caption}</caption>
      <thead>
        <tr>
          <td className={`${classes.header} ${classes.rowHeader}`}>{strings.GridCorner}</td>
          {matrix.consequence.map((step) => (
            <th key={step.value} scope="col" className={classes.header} title={step.description}>
              {stepLabel(matrix, 'consequence', step.value)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((likelihood) => (
          <tr key={likelihood}>
            <th scope="row" className={`${classes.header} ${classes.rowHeader}`} title={matrix.likelihood[likelihood - 1].description}>
              {stepLabel(matrix, 'likelihood', likelihood)}
            </th>
            {matrix.consequence.map((step) => {
              const row = matrix.cells[likelihood - 1];
              const level = levelByKey(matrix, row ? row[step.value - 1] : undefined);
              return (
                <td
                  key={step.value}
                  className={classes.cell}
                  style={{ background: level ? level.color : theme.semanticColors.bodyBackground, color: level ? HEAT_MAP_TEXT_COLOR : theme.semanticColors.bodyText }}
                  data-cell={`${likelihood}-${step.value}`}
                  data-level={level ? level.key : undefined}
                >
                  {props.renderCell(likelihood, step.value, level)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
