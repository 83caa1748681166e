/**
 * The region's risk matrix: steps of likelihood and consequence, the level of every cell, colours,
 * review cadence per level and the risk appetite per security area. A matrix is configuration the
 * security function edits, in versions; a stored risk keeps the version it was assessed with, and
 * moving it to a new version goes through `remap`, which says when a level changed (never silently).
 *
 * The preset texts below are a draft in the region's own words for the security function to rewrite.
 * They are not any authority's official scale and must never be presented as one.
 */
import { SecurityArea } from '../securityAreas';
import { RISK_SCALE_MAX } from './vocabulary';
import { IAssessment, IRisk, IRiskLevel, IRiskMatrix, IScoredAssessment } from './types';
export { DEFAULT_RISK_MATRIX, MATRIX_PRESETS, matrixPreset } from './matrixPresets';
export type { MatrixPresetName } from './matrixPresets';
export { contrastRatio, matrixErrors } from './matrixValidation';
export type { IMatrixError, MatrixError } from './matrixValidation';


/** A matrix has 3 to 6 steps on each axis, the same number on both. */
export const MATRIX_SIZE_MIN = 3;
export const MATRIX_SIZE_MAX = RISK_SCALE_MAX;

/** Review cadence per level, in whole months. */
export const LEVEL_REVIEW_MONTHS_MIN = 1;
export const LEVEL_REVIEW_MONTHS_MAX = 60;

export const MATRIX_TEXT_LIMITS = {
  stepName: 50,
  stepDescription: 500,
  example: 500,
  levelName: 50,
  levelDescription: 500
} as const;

/**
 * The heat map writes its labels in Fluent's body text colour on the level's colour; a level's
 * colour must give at least WCAG AA contrast (4.5:1) against it. Colour never carries meaning alone:
 * the level name is always written in the cell.
 */
export const HEAT_MAP_TEXT_COLOR = '#323130';
export const MIN_TEXT_CONTRAST = 4.5;

// ---------------------------------------------------------------------------------------------
// Scores and levels
// ---------------------------------------------------------------------------------------------

/** The matrix's number of steps on each axis (validated matrices are square). */
export function matrixSize(matrix: IRiskMatrix): number {
  return matrix.likelihood.length;
}

/** True when both steps are whole numbers on the matrix's axes. */
export function isOnMatrix(matrix: IRiskMatrix, assessment: IAssessment): boolean {
  const onAxis = (step: number, size: number): boolean => Number.isInteger(step) && step >= 1 && step <= size;
  return onAxis(assessment.likelihood, matrix.likelihood.length) && onAxis(assessment.consequence, matrix.consequence.length);
}

/** The risk value: likelihood × consequence. The level, not the value, decides what happens. */
export function scoreOf(assessment: IAssessment): number {
  return assessment.likelihood * assessment.consequence;
}

/** The level of the assessment's cell, or undefined when the assessment is not on this matrix. */
export function levelOf(matrix: IRiskMatrix, assessment: IAssessment): IRiskLevel | undefined {
  if (!isOnMatrix(matrix, assessment)) return undefined;
  const row = matrix.cells[assessment.likelihood - 1];
  const key = row && row[assessment.consequence - 1];
  return matrix.levels.filter((level) => level.key === key)[0];
}

/**
 * The assessment with its score and level key, or undefined when it is not on this matrix (a risk
 * assessed on another version must be re-mapped first: `remap`).
 */
export function scored(matrix: IRiskMatrix, assessment: IAssessment): IScoredAssessment | undefined {
  const level = levelOf(matrix, assessment);
  if (!level) return undefined;
  return { likelihood: assessment.likelihood, consequence: assessment.consequence, score: scoreOf(assessment), levelKey: level.key };
}

/** 0 for the lowest level and up; -1 for a key the matrix does not know. */
export function levelRank(matrix: IRiskMatrix, levelKey: string): number {
  for (let i = 0; i < matrix.levels.length; i++) if (matrix.levels[i].key === levelKey) return i;
  return -1;
}

/** Negative when level a is below level b, 0 when the same, positive when above (unknown keys rank lowest). */
export function compareLevels(matrix: IRiskMatrix, a: string, b: string): number {
  return levelRank(matrix, a) - levelRank(matrix, b);
}

/**
 * The register's order of two assessments on one matrix: by level, then by score. An assessment
 * off the matrix ranks below every assessment on it.
 */
export function compareAssessments(matrix: IRiskMatrix, a: IAssessment, b: IAssessment): number {
  const rank = (x: IAssessment): number => {
    const level = levelOf(matrix, x);
    return level ? levelRank(matrix, level.key) : -1;
  };
  return rank(a) - rank(b) || scoreOf(a) - scoreOf(b);
}

/**
 * True when the assessment's level is above the area's appetite (only the security function may
 * accept it). An unknown appetite counts as below every level, so nothing is left to the line by mistake.
 */
export function isAboveAppetite(matrix: IRiskMatrix, area: SecurityArea, assessment: IAssessment): boolean {
  const level = levelOf(matrix, assessment);
  const appetite = levelRank(matrix, matrix.appetite[area]);
  return !!level && levelRank(matrix, level.key) > appetite;
}

// ---------------------------------------------------------------------------------------------
// Re-mapping onto a new version
// ---------------------------------------------------------------------------------------------

/**
 * A step's place on a new axis by its relative position (first stays first, last stays last);
 * half-way rounds up, so a re-mapping never lowers a step on a tie. 4 steps onto 5 and back is
 * the identity; 5 onto 4 and back is not (step 3 of 5 becomes 4 of 5).
 */
export function remapStep(step: number, fromSize: number, toSize: number): number {
  if (fromSize === toSize || fromSize <= 1) return Math.min(Math.max(step, 1), toSize);
  const numerator = (step - 1) * (toSize - 1);
  const denominator = fromSize - 1;
  return Math.floor((2 * numerator + denominator) / (2 * denominator)) + 1;
}

export interface IRemappedAssessment {
  /** The stored assessment on the matrix it was made with. */
  readonly before: IScoredAssessment;
  readonly beforeLevel: IRiskLevel;
  /** The same assessment on the new matrix. */
  readonly after: IScoredAssessment;
  readonly afterLevel: IRiskLevel;
  /** The level key differs: the UI shows "was Hög, now Medel" and the owner confirms. */
  readonly levelChanged: boolean;
  /** Either step moved (the matrix changed size). */
  readonly stepsChanged: boolean;
}

/**
 * A stored assessment moved from its matrix onto another, with both levels, so a change is shown
 * rather than made silently. Undefined when the assessment is not on `from` (bad data: nothing to map).
 */
export function remap(from: IRiskMatrix, to: IRiskMatrix, assessment: IAssessment): IRemappedAssessment | undefined {
  const beforeLevel = levelOf(from, assessment);
  if (!beforeLevel) return undefined;
  const moved: IAssessment = {
    likelihood: remapStep(assessment.likelihood, from.likelihood.length, to.likelihood.length),
    consequence: remapStep(assessment.consequence, from.consequence.length, to.consequence.length)
  };
  const afterLevel = levelOf(to, moved);
  if (!afterLevel) return undefined; // `to` is not a valid matrix (a cell names an unknown level)
  return {
    before: scored(from, assessment) as IScoredAssessment,
    beforeLevel,
    after: scored(to, moved) as IScoredAssessment,
    afterLevel,
    levelChanged: beforeLevel.key !== afterLevel.key,
    stepsChanged: moved.likelihood !== assessment.likelihood || moved.consequence !== assessment.consequence
  };
}

export interface IRiskRemap {
  readonly inherent?: IRemappedAssessment;
  readonly current?: IRemappedAssessment;
  readonly target?: IRemappedAssessment;
  /** Some level changed: the owner is shown the change and asked to confirm or reassess. */
  readonly anyLevelChanged: boolean;
  /** An assessment the risk has could not be mapped (it is not on the matrix it names). */
  readonly unmapped: readonly ('inherent' | 'current' | 'target')[];
}

/**
 * All three assessments of a risk moved onto a new matrix version. The repository stores the
 * `after` steps with the new version; a granted acceptance then becomes stale (acceptance.ts),
 * since it was about the assessment on the old version.
 */
export function remapRisk(from: IRiskMatrix, to: IRiskMatrix, risk: Pick<IRisk, 'inherent' | 'current' | 'target'>): IRiskRemap {
  const unmapped: ('inherent' | 'current' | 'target')[] = [];
  const one = (kind: 'inherent' | 'current' | 'target'): IRemappedAssessment | undefined => {
    const assessment = risk[kind];
    if (!assessment) return undefined;
    const result = remap(from, to, assessment);
    if (!result) unmapped.push(kind);
    return result;
  };
  const inherent = one('inherent');
  const current = one('current');
  const target = one('target');
  const anyLevelChanged = [inherent, current, target].some((r) => !!r && r.levelChanged);
  return { inherent, current, target, anyLevelChanged, unmapped };
}
