import * as React from 'react';
import { IconButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { mergeStyles } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as common from 'TryggStrings';
import * as strings from 'PdsaDashboardWebPartStrings';
import { format } from '../../../common/format';
import { responsiveTable } from '../../../components/responsiveTable';
import { PDSA_PHASE_KEYS, PDSA_PHASES } from '../../../domain/pdsa/vocabulary';
import { IPdsaMatrix } from '../../../services/pdsa/IPdsaServices';
import { visibleRows } from '../matrixRows';
import { PhaseCell } from './PhaseCell';

export interface IPdsaMatrixProps {
  matrix: IPdsaMatrix;
  caption: string;
  expanded: ReadonlySet<number>;
  onToggle: (unitId: number) => void;
  onOpen: (unitId: number) => void;
}

/** Units down the side (the line organisation, expandable), the four phases across. */
export function PdsaMatrix(props: IPdsaMatrixProps): React.ReactElement {
  const theme = useTheme();
  const { matrix } = props;
  const table = mergeStyles(responsiveTable(theme, { nowrapHeaders: true }));
  const commentsPerUnit = new Map<number, number>();
  matrix.comments.forEach((comment) => commentsPerUnit.set(comment.unitId, (commentsPerUnit.get(comment.unitId) || 0) + 1));
  return (
    <table className={table} data-pdsa-matrix="">
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.UnitColumn}</th>
          {PDSA_PHASES.map((phase) => (
            <th key={phase} scope="col">
              {common.PdsaPhases[PDSA_PHASE_KEYS[phase]]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {visibleRows(matrix.units, props.expanded).map((row) => {
          const status = matrix.rolledUp.get(row.unit.id);
          const comments = commentsPerUnit.get(row.unit.id) || 0;
          return (
            <tr key={row.unit.id} data-unit={row.unit.code} data-depth={row.depth}>
              <th scope="row" data-label={strings.UnitColumn} style={{ paddingLeft: 8 + row.depth * 16, fontWeight: row.hasChildren ? 600 : 400 }}>
                <span style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}>
                  {row.hasChildren ? (
                    <IconButton
                      iconProps={{ iconName: row.expanded ? 'ChevronDown' : 'ChevronRight' }}
                      aria-expanded={row.expanded}
                      aria-label={format(row.expanded ? strings.Collapse : strings.Expand, row.unit.title)}
                      title={format(row.expanded ? strings.Collapse : strings.Expand, row.unit.title)}
                      onClick={() => props.onToggle(row.unit.id)}
                      styles={{ root: { width: 24, height: 24 } }}
                    />
                  ) : (
                    <span style={{ display: 'inline-block', width: 24 }} />
                  )}
                  <Link onClick={() => props.onOpen(row.unit.id)} aria-label={format(strings.OpenCycle, row.unit.title)}>
                    {row.unit.title}
                  </Link>
                  {comments > 0 && (
                    <span style={{ fontSize: 12, color: theme.semanticColors.bodySubtext, marginLeft: 6 }} data-comments={comments}>
                      {format(strings.CommentCount, comments)}
                    </span>
                  )}
                </span>
              </th>
              {status && status.phases.map((phase) => <PhaseCell key={phase.phase} phase={phase} hasChildren={row.hasChildren} />)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
