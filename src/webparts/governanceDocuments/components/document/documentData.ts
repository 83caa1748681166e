import { IGoverningDocument } from '../../../../domain/documents/types';
import { IDocumentDetails } from '../../../../services/documents/IGoverningDocumentsService';
import { ITryggServices } from '../../../../services/ITryggServices';
import { documentLinkTarget } from '../../documentLink';

/** A document's page: its details and the documents it is linked with (parent, supplemented, below it). */
export interface IDocumentPage {
  readonly details: IDocumentDetails;
  /** Every document the user may see, to name the parent, the supplemented one and those below. */
  readonly related: readonly IGoverningDocument[];
}

/**
 * The page of the document a link names (an item id, or a number people write); undefined when the
 * user may see no such document.
 */
export async function loadDocumentPage(services: ITryggServices, target: string): Promise<IDocumentPage | undefined> {
  const link = documentLinkTarget(target);
  if ('id' in link) {
    const [details, related] = await Promise.all([services.documents.details(link.id), services.documents.all()]);
    return details ? { details, related } : undefined;
  }
  const related = await services.documents.all();
  const found = related.filter((document) => document.number.toUpperCase() === link.number)[0];
  const details = found ? await services.documents.details(found.id) : undefined;
  return details ? { details, related } : undefined;
}
