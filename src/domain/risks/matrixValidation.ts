/** Whether a matrix the security function wrote holds together (matrix.ts explains the matrix). */
import { SECURITY_AREAS } from '../securityAreas';
import { checkLimitedText, FieldError } from '../validation';
import { CONSEQUENCE_DIMENSIONS, IConsequenceStep, IMatrixStep, IRiskMatrix } from './types';
import { HEAT_MAP_TEXT_COLOR, LEVEL_REVIEW_MONTHS_MAX, LEVEL_REVIEW_MONTHS_MIN, MATRIX_SIZE_MAX, MATRIX_SIZE_MIN, MATRIX_TEXT_LIMITS, MIN_TEXT_CONTRAST, levelRank } from './matrix';

export type MatrixError =
  | FieldError
  | 'invalidVersion'
  | 'sizeOutOfRange'
  | 'notSquare'
  | 'stepNumbering'
  | 'examplesMissing'
  | 'levelsMissing'
  | 'duplicateLevel'
  | 'invalidLevelKey'
  | 'reviewMonths'
  | 'reviewOrder'
  | 'invalidColor'
  | 'lowContrast'
  | 'cellsShape'
  | 'unknownLevel'
  | 'notMonotone'
  | 'unknownAppetite';

/**
 * One problem in a matrix: where (a dotted path such as 'likelihood.2.name', 'cells.3.1',
 * 'appetite.IT-säkerhet', with 1-based steps) and what, as a key the UI localises.
 */
export interface IMatrixError {
  readonly path: string;
  readonly error: MatrixError;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;
const LEVEL_KEY = /^[A-Za-z][A-Za-z0-9]{0,31}$/;

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function stepErrors(axis: 'likelihood' | 'consequence', steps: readonly IMatrixStep[], errors: IMatrixError[]): void {
  steps.forEach((step, i) => {
    const at = `${axis}.${i + 1}`;
    if (step.value !== i + 1) errors.push({ path: `${at}.value`, error: 'stepNumbering' });
    const name = checkLimitedText(step.name, { required: true, max: MATRIX_TEXT_LIMITS.stepName });
    if (name) errors.push({ path: `${at}.name`, error: name });
    const description = checkLimitedText(step.description, { max: MATRIX_TEXT_LIMITS.stepDescription });
    if (description) errors.push({ path: `${at}.description`, error: description });
  });
}

function consequenceExampleErrors(steps: readonly IConsequenceStep[], errors: IMatrixError[]): void {
  steps.forEach((step, i) => {
    if (!step.examples) {
      errors.push({ path: `consequence.${i + 1}.examples`, error: 'examplesMissing' });
      return;
    }
    for (const dimension of CONSEQUENCE_DIMENSIONS) {
      const example = checkLimitedText(step.examples[dimension], { max: MATRIX_TEXT_LIMITS.example });
      if (example) errors.push({ path: `consequence.${i + 1}.examples.${dimension}`, error: example });
    }
  });
}

function levelErrors(matrix: IRiskMatrix, errors: IMatrixError[]): void {
  if (matrix.levels.length < 2) errors.push({ path: 'levels', error: 'levelsMissing' });
  const seen = new Set<string>();
  matrix.levels.forEach((level, i) => {
    const at = `levels.${i + 1}`;
    if (!LEVEL_KEY.test(level.key || '')) errors.push({ path: `${at}.key`, error: 'invalidLevelKey' });
    else if (seen.has(level.key)) errors.push({ path: `${at}.key`, error: 'duplicateLevel' });
    seen.add(level.key);
    const name = checkLimitedText(level.name, { required: true, max: MATRIX_TEXT_LIMITS.levelName });
    if (name) errors.push({ path: `${at}.name`, error: name });
    const description = checkLimitedText(level.description, { max: MATRIX_TEXT_LIMITS.levelDescription });
    if (description) errors.push({ path: `${at}.description`, error: description });
    if (!COLOR.test(level.color || '')) errors.push({ path: `${at}.color`, error: 'invalidColor' });
    else if (contrastRatio(level.color, HEAT_MAP_TEXT_COLOR) < MIN_TEXT_CONTRAST) errors.push({ path: `${at}.color`, error: 'lowContrast' });
    const months = level.reviewMonths;
    if (!Number.isInteger(months) || months < LEVEL_REVIEW_MONTHS_MIN || months > LEVEL_REVIEW_MONTHS_MAX) {
      errors.push({ path: `${at}.reviewMonths`, error: 'reviewMonths' });
    } else if (i > 0 && Number.isInteger(matrix.levels[i - 1].reviewMonths) && months > matrix.levels[i - 1].reviewMonths) {
      // Levels run from lowest to highest: a higher level is never reviewed less often.
      errors.push({ path: `${at}.reviewMonths`, error: 'reviewOrder' });
    }
  });
}

function cellErrors(matrix: IRiskMatrix, size: number, errors: IMatrixError[]): void {
  const cells = matrix.cells || [];
  if (cells.length !== size || cells.some((row) => !row || row.length !== size)) {
    errors.push({ path: 'cells', error: 'cellsShape' });
    return;
  }
  for (let l = 0; l < size; l++) {
    for (let c = 0; c < size; c++) {
      const at = `cells.${l + 1}.${c + 1}`;
      const rank = levelRank(matrix, cells[l][c]);
      if (rank < 0) {
        errors.push({ path: at, error: 'unknownLevel' });
        continue;
      }
      // Never lower than the cell with less consequence (left) or less likelihood (below).
      const left = c > 0 ? levelRank(matrix, cells[l][c - 1]) : -1;
      const below = l > 0 ? levelRank(matrix, cells[l - 1][c]) : -1;
      if (rank < left || rank < below) errors.push({ path: at, error: 'notMonotone' });
    }
  }
}

/** Every problem in a matrix; empty when it may be saved as a version. */
export function matrixErrors(matrix: IRiskMatrix): IMatrixError[] {
  const errors: IMatrixError[] = [];
  if (!Number.isInteger(matrix.version) || matrix.version < 1) errors.push({ path: 'version', error: 'invalidVersion' });
  const size = matrix.likelihood.length;
  if (size < MATRIX_SIZE_MIN || size > MATRIX_SIZE_MAX) errors.push({ path: 'likelihood', error: 'sizeOutOfRange' });
  if (matrix.consequence.length !== size) errors.push({ path: 'consequence', error: 'notSquare' });
  stepErrors('likelihood', matrix.likelihood, errors);
  stepErrors('consequence', matrix.consequence, errors);
  consequenceExampleErrors(matrix.consequence, errors);
  levelErrors(matrix, errors);
  if (matrix.consequence.length === size) cellErrors(matrix, size, errors);
  for (const area of SECURITY_AREAS) {
    const key = matrix.appetite ? matrix.appetite[area] : undefined;
    if (key === undefined || levelRank(matrix, key) < 0) errors.push({ path: `appetite.${area}`, error: 'unknownAppetite' });
  }
  return errors;
}
