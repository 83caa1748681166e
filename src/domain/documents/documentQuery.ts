/**
 * A document query (IDocumentQuery) as a rule on a document: what the repository's OData filter asks
 * SharePoint, for the rows a view reads without that filter (a broad view scanned in number order,
 * GoverningDocumentRepository.page). tests/integration/documents/documentScale.test.ts holds the two
 * to the same answer.
 */
import { IDocumentQuery } from './repositories';
import { asksForReadConfirmation } from './readConfirmations';
import { IGoverningDocument } from './types';

/** A stored date before an instant; an empty one never is (OData's `lt` on null). */
function before(value: string | undefined, instant: string): boolean {
  return !!value && Date.parse(value) < Date.parse(instant);
}

export function documentMatchesQuery(document: IGoverningDocument, query: IDocumentQuery): boolean {
  if (query.asksReadConfirmation && !asksForReadConfirmation(document.readConfirmation)) return false;
  if (query.type && document.type !== query.type) return false;
  if (query.statuses && query.statuses.length > 0 && query.statuses.indexOf(document.status) < 0) return false;
  if (query.ownerId !== undefined && document.owner.id !== query.ownerId) return false;
  if (query.unitId !== undefined && document.scopeUnitId !== query.unitId && !(query.withRegional && document.scopeUnitId === undefined)) return false;
  // Validity ending or review due before the instants: either one matches.
  const endings = [query.validUntilBefore && before(document.validUntil, query.validUntilBefore), query.reviewBefore && before(document.nextReviewAt, query.reviewBefore)];
  if ((query.validUntilBefore || query.reviewBefore) && !endings.some((ending) => ending === true)) return false;
  if (query.effectiveBefore && !(document.effectiveFrom && Date.parse(document.effectiveFrom) <= Date.parse(query.effectiveBefore))) return false;
  return true;
}
