import * as strings from 'RiskRegisterWebPartStrings';
import { IMatrixError } from '../../domain/risks/matrix';
import { IRiskMatrix } from '../../domain/risks/types';
import { isSecurityArea } from '../../domain/securityAreas';
import { format } from '../../common/format';
import { areaLabel, cellLabel } from './labels';

/** Where in the matrix a problem is, in words ("Sannolikhet, steg 2: namn"). */
function place(path: string, matrix: IRiskMatrix): string {
  const parts = path.split('.');
  const [head, second, third, fourth] = parts;
  if ((head === 'likelihood' || head === 'consequence') && second) {
    const axis = head === 'likelihood' ? strings.LikelihoodHeading : strings.ConsequenceHeading;
    if (third === 'examples' && fourth) return format(strings.PathExample, axis, second, strings.Dimensions[fourth] || fourth);
    return format(strings.PathStep, axis, second, strings.MatrixFields[third] || third || '');
  }
  if (head === 'levels' && second) return format(strings.PathLevel, second, strings.MatrixFields[third] || third || '');
  if (head === 'cells' && second && third) return cellLabel(matrix, Number(second), Number(third));
  if (head === 'appetite') {
    const area = parts.slice(1).join('.');
    return format(strings.PathAppetite, isSecurityArea(area) ? areaLabel(area) : area);
  }
  return strings.PathMatrix;
}

/** A matrix problem as one line the security function can act on. */
export function matrixErrorText(error: IMatrixError, matrix: IRiskMatrix): string {
  const where = place(error.path, matrix);
  return `${where.charAt(0).toUpperCase()}${where.slice(1)}: ${strings.MatrixErrors[error.error] || strings.MatrixErrors.unknown}`;
}

/** The problems by path, for showing each at its field. */
export function errorsByPath(errors: readonly IMatrixError[]): Map<string, IMatrixError> {
  const byPath = new Map<string, IMatrixError>();
  for (const error of errors) if (!byPath.has(error.path)) byPath.set(error.path, error);
  return byPath;
}
