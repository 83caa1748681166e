import * as strings from 'RiskRegisterWebPartStrings';
import { IMatrixError } from '../../../../domain/risks/matrix';

/**
 * The message a matrix field shows for its problem. A text that is too long already says by how
 * much in LimitedTextField itself, so that one is left to it.
 */
export function fieldError(errors: Map<string, IMatrixError>, path: string): string | undefined {
  const error = errors.get(path);
  if (!error || error.error === 'tooLong') return undefined;
  return strings.MatrixErrors[error.error] || strings.MatrixErrors.unknown;
}
