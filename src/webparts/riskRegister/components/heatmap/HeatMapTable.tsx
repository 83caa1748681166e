import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import * as strings from 'RiskRegisterWebPartStrings';
import { HEAT_MAP_TEXT_COLOR } from '../../../../domain/risks/matrix';
import { IRiskMatrix } from '../../../../domain/risks/types';
import { format } from '../../../../common/format';
import { HeatMapKind, IHeatMapGrid } from '../../heatMapCounts';
import { cellLabel } from '../../labels';
import { MatrixGrid } from '../MatrixGrid';

export interface IHeatMapTableProps {
  matrix: IRiskMatrix;
  kind: HeatMapKind;
  grid: IHeatMapGrid;
  onPick: (likelihood: number, consequence: number, riskIds: readonly number[]) => void;
}

const classes = mergeStyleSets({
  button: {
    width: '100%',
    minHeight: 52,
    padding: 2,
    border: 'none',
    background: 'transparent',
    color: HEAT_MAP_TEXT_COLOR,
    font: 'inherit',
    cursor: 'pointer',
    selectors: { ':focus-visible': { outline: `3px solid ${HEAT_MAP_TEXT_COLOR}`, outlineOffset: -3 }, ':hover': { textDecoration: 'underline' } }
  },
  count: { display: 'block', fontSize: 20, fontWeight: 600, lineHeight: '24px' },
  level: { display: 'block', fontSize: 12, lineHeight: '14px' }
});

/** One heat map: each cell says its count and level; a cell with risks is a button that filters the register. */
export function HeatMapTable(props: IHeatMapTableProps): React.ReactElement {
  const { matrix, grid } = props;
  return (
    <MatrixGrid
      matrix={matrix}
      name={props.kind}
      caption={format(strings.HeatMapCaption, strings.HeatMapKinds[props.kind], matrix.version)}
      renderCell={(likelihood, consequence, level) => {
        const risks = grid.risks[likelihood - 1][consequence - 1];
        const levelName = level ? level.name : '';
        const content = (
          <>
            <span className={classes.count} data-count={risks.length}>
              {risks.length}
            </span>
            <span className={classes.level}>{levelName}</span>
          </>
        );
        // An empty cell is text: the table's headers already say where it is.
        if (risks.length === 0) return content;
        return (
          <button
            type="button"
            className={classes.button}
            aria-label={format(strings.HeatMapCellButton, risks.length, levelName, cellLabel(matrix, likelihood, consequence))}
            onClick={() => props.onPick(likelihood, consequence, risks.map((risk) => risk.id))}
          >
            {content}
          </button>
        );
      }}
    />
  );
}
