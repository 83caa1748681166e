/**
 * A document query (IDocumentQuery) as a rule on a document: what the repository's OData filter asks
 * SharePoint, for the rows a view reads without that filter (a broad view scanned in number order,
 * GoverningDocumentRepository.page). tests/integration/documents/documentScale.test.ts holds the two
 * to the same answer. One difference: `asksReadConfirmation` is judged from the audience, which the
 * indexed AsksReadConfirmation column records (the register never asks it; the reading list reads
 * the column through SharePoint).
 */
import { IDocumentQuery } from './repositories';
import { asksForReadConfirmation } from './readConfirmations';
import { IGoverningDocument } from './types';

/** A Choice value as SharePoint's `eq` compares it: regardless of case. */
function sameChoice(value: string, wanted: string): boolean {
  return value.toLowerCase() === wanted.toLowerCase();
}

/** A stored date before an instant; an empty one never is (OData's `lt` on null). */
function before(value: string | undefined, instant: string): boolean {
  return !!value && Date.parse(value) < Date.parse(instant);
}

export function documentMatchesQuery(document: IGoverningDocument, query: IDocumentQuery): boolean {
  if (query.asksReadConfirmation && !asksForReadConfirmation(document.readConfirmation)) return false;
  if (query.type && !sameChoice(document.type, query.type)) return false;
  const statuses = query.statuses || [];
  if (statuses.length > 0 && !statuses.some((status) => sameChoice(document.status, status))) return false;
  if (query.ownerId !== undefined && document.owner.id !== query.ownerId) return false;
  if (query.unitId !== undefined && document.scopeUnitId !== query.unitId && !(query.withRegional && document.scopeUnitId === undefined)) return false;
  // Validity ending or review due before the instants: either one matches.
  const endings = [query.validUntilBefore && before(document.validUntil, query.validUntilBefore), query.reviewBefore && before(document.nextReviewAt, query.reviewBefore)];
  if ((query.validUntilBefore || query.reviewBefore) && !endings.some((ending) => ending === true)) return false;
  if (query.effectiveBefore && !(document.effectiveFrom && Date.parse(document.effectiveFrom) <= Date.parse(query.effectiveBefore))) return false;
  return true;
}
