import { remap } from '../../domain/risks/matrix';
import { IAssessment, IRiskMatrix } from '../../domain/risks/types';
import { IRiskPlacement } from '../../domain/risks/repositories';

/** The heat map shows the current assessment ("after treatment so far") and the inherent one ("before"). */
export type HeatMapKind = 'current' | 'inherent';
export const HEAT_MAP_KINDS: readonly HeatMapKind[] = ['inherent', 'current'];

export interface IHeatMapGrid {
  /** risks[likelihood - 1][consequence - 1]: the risks in that cell. */
  readonly risks: readonly (readonly IRiskPlacement[])[][];
  /** Risks without this assessment. */
  readonly notAssessed: number;
  /** Risks assessed on an older matrix version, placed where their re-mapping puts them. */
  readonly remapped: number;
  /** Risks whose assessment cannot be placed (not on the version it names). */
  readonly unplaced: number;
}

function emptyGrid(size: number): IRiskPlacement[][][] {
  const rows: IRiskPlacement[][][] = [];
  for (let l = 0; l < size; l++) {
    const row: IRiskPlacement[][] = [];
    for (let c = 0; c < size; c++) row.push([]);
    rows.push(row);
  }
  return rows;
}

/**
 * Where each risk's assessment lands on the current matrix. A risk assessed on an older version is
 * placed by `remap` (the same rule the risk view shows as "was Hög, now Medel") and counted as
 * re-mapped, so the map never hides that its cells mix versions.
 */
export function heatMapGrid(risks: readonly IRiskPlacement[], kind: HeatMapKind, matrix: IRiskMatrix, matrices: readonly IRiskMatrix[]): IHeatMapGrid {
  const grid = emptyGrid(matrix.likelihood.length);
  let notAssessed = 0;
  let remapped = 0;
  let unplaced = 0;
  for (const risk of risks) {
    const assessment = risk[kind];
    if (!assessment) {
      notAssessed++;
      continue;
    }
    let placed: IAssessment | undefined = assessment;
    if (risk.matrixVersion !== matrix.version) {
      const from = matrices.filter((m) => m.version === risk.matrixVersion)[0];
      const moved = from ? remap(from, matrix, assessment) : undefined;
      placed = moved ? moved.after : undefined;
      if (placed) remapped++;
    }
    const row = placed ? grid[placed.likelihood - 1] : undefined;
    const cell = row ? row[placed!.consequence - 1] : undefined;
    if (cell) cell.push(risk);
    else unplaced++;
  }
  return { risks: grid, notAssessed, remapped, unplaced };
}

/** A cell the user picked on the heat map, with its risks' ids: the register then shows exactly those. */
export interface ICellSelection {
  readonly kind: HeatMapKind;
  readonly likelihood: number;
  readonly consequence: number;
  readonly riskIds: readonly number[];
}
