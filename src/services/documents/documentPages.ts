/** The register's pages: SharePoint's pages of indexed filters, refined in the client and filled. */
import { IStoredDocumentPage } from '../../domain/documents/repositories';
import { IGoverningDocument } from '../../domain/documents/types';
import { IDocumentListPage } from './IGoverningDocumentsService';

/** Rows read per request when words or an area leave most of them out. */
export const REFINED_READ_SIZE = 500;
/** Requests one page may make before it answers with what it found and `more`. */
const MAX_READS_PER_PAGE = 10;

/** A page of `size` kept documents (or what a bounded number of reads found), and how to read on. */
export async function fillPage(read: () => Promise<IStoredDocumentPage>, keep: (document: IGoverningDocument) => boolean, size: number): Promise<IDocumentListPage> {
  const documents: IGoverningDocument[] = [];
  let next: (() => Promise<IStoredDocumentPage>) | undefined = read;
  for (let reads = 0; next && documents.length < size && reads < MAX_READS_PER_PAGE; reads++) {
    const page: IStoredDocumentPage = await next();
    documents.push(...page.documents.filter(keep));
    // A page without next is the last; a short or empty one may still have one (items trimmed by permissions).
    next = page.next;
  }
  const rest = next;
  // Never cut: a page holds every kept row of the reads it made, so none is skipped before `more`.
  return rest ? { documents, more: () => fillPage(rest, keep, size) } : { documents };
}
