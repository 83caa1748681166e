import { matrixPreset, MatrixPresetName } from '../../domain/risks/matrix';
import { ConsequenceDimension, IConsequenceStep, IMatrixStep, IRiskLevel, IRiskMatrix } from '../../domain/risks/types';
import { SecurityArea } from '../../domain/securityAreas';

/** Where a new version starts: the version in force, or a preset. */
export type MatrixStart = 'current' | MatrixPresetName;

/**
 * A draft of the next version. Its number is one above the current (the repository sets it anyway,
 * and refuses a second writer of the same number); any edit makes its basis 'custom'.
 */
export function startFrom(start: MatrixStart, current: IRiskMatrix): IRiskMatrix {
  const base = start === 'current' ? current : matrixPreset(start);
  return { ...base, version: current.version + 1, changedAt: undefined, changedBy: undefined };
}

function edited(matrix: IRiskMatrix, patch: Partial<IRiskMatrix>): IRiskMatrix {
  return { ...matrix, ...patch, basis: 'custom' };
}

export function withStep(matrix: IRiskMatrix, axis: 'likelihood' | 'consequence', index: number, patch: Partial<IMatrixStep>): IRiskMatrix {
  if (axis === 'likelihood') return edited(matrix, { likelihood: matrix.likelihood.map((step, i) => (i === index ? { ...step, ...patch } : step)) });
  return edited(matrix, { consequence: matrix.consequence.map((step, i): IConsequenceStep => (i === index ? { ...step, ...patch } : step)) });
}

export function withExample(matrix: IRiskMatrix, index: number, dimension: ConsequenceDimension, text: string): IRiskMatrix {
  return edited(matrix, {
    consequence: matrix.consequence.map((step, i) => (i === index ? { ...step, examples: { ...step.examples, [dimension]: text } } : step))
  });
}

export function withLevel(matrix: IRiskMatrix, index: number, patch: Partial<IRiskLevel>): IRiskMatrix {
  return edited(matrix, { levels: matrix.levels.map((level, i) => (i === index ? { ...level, ...patch } : level)) });
}

export function withCell(matrix: IRiskMatrix, likelihood: number, consequence: number, levelKey: string): IRiskMatrix {
  return edited(matrix, {
    cells: matrix.cells.map((row, l) => (l === likelihood - 1 ? row.map((key, c) => (c === consequence - 1 ? levelKey : key)) : row))
  });
}

export function withAppetite(matrix: IRiskMatrix, area: SecurityArea, levelKey: string): IRiskMatrix {
  return edited(matrix, { appetite: { ...matrix.appetite, [area]: levelKey } });
}
