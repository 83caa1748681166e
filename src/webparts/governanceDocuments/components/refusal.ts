import { DocumentRefusal } from '../../../services/documents/DocumentRefusal';
import { ProtectedCaseError } from '../../../services/protectedCases/ProtectedCaseClient';

/**
 * What the service or the Trygg function refused, when it said why: field → the domain's key (a
 * field's problem, or a lifecycle blocker under its own name). Anything else (a document no longer
 * visible, the network) is a failure ErrorMessageBar puts in words.
 */
export function refusalOf(error: unknown): Readonly<Record<string, string>> | undefined {
  if (error instanceof DocumentRefusal && error.kind !== 'notFound' && Object.keys(error.fields).length > 0) return error.fields;
  if (error instanceof ProtectedCaseError && error.fields && Object.keys(error.fields).length > 0 && (error.code === 'invalid' || error.code === 'forbidden')) {
    return error.fields;
  }
  return undefined;
}
