import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { IReadConfirmationRepository } from '../../domain/documents/repositories';
import { IReadConfirmation } from '../../domain/documents/types';
import { readConfirmationsList } from '../../schema/documentLists';
import { ListAccess, ListItem, readAllPages, readNumber, readPerson, readString } from '../lists/listAccess';
import { allOf, odataNumber } from '../odata';
import { isDuplicateValue } from './formValues';

/**
 * Read confirmations in TryggLaskvittenser. The reader is the item's author, which nobody can set
 * for someone else; an employee reads only their own (read security), document owners and the
 * security function read all of them ('Trygg Följa upp').
 */
export class ReadConfirmationRepository implements IReadConfirmationRepository {
  private readonly _access: ListAccess;

  /** With `reads`, a read asked together with other lists' reads goes in their `$batch`. */
  constructor(private readonly _sp: SPFI, private readonly _reads?: SameTurnBatch) {
    this._access = new ListAccess(_sp, readConfirmationsList);
  }

  public async confirm(documentId: number, documentNumber: string, edition: number, clientRequestId: string): Promise<void> {
    try {
      await this._access.list.items.add(this._access.toWrite({ Title: documentNumber, DocumentId: documentId, Edition: edition, ClientRequestId: clientRequestId }));
    } catch (error) {
      // A retry whose first attempt landed: the unique request id refuses the second, which is the answer.
      if (!isDuplicateValue(error)) throw error;
    }
  }

  public async listFor(documentId: number, edition: number): Promise<IReadConfirmation[]> {
    return this._read(allOf(`DocumentId eq ${odataNumber(documentId)}`, `Edition eq ${odataNumber(edition)}`));
  }

  public async mine(readerId: number, documentId?: number): Promise<IReadConfirmation[]> {
    // An employee reads only their own anyway; an owner reads everyone's, so the author is named.
    // The indexed DocumentId first, where one document is asked about.
    return this._read(allOf(documentId !== undefined ? `DocumentId eq ${odataNumber(documentId)}` : undefined, `AuthorId eq ${odataNumber(readerId)}`));
  }

  private async _read(filter: string): Promise<IReadConfirmation[]> {
    const query = (sp: SPFI): IItems => new ListAccess(sp, readConfirmationsList).list.items.select(...this._access.select).expand(...this._access.expand).filter(filter).orderBy('Id', true);
    const items = this._reads ? await this._reads.items(query, 5000) : await readAllPages<ListItem>(query(this._sp).top(5000));
    return items.map(toReadConfirmation);
  }
}

export function toReadConfirmation(item: ListItem): IReadConfirmation {
  return {
    id: item.Id,
    documentId: readNumber(item, 'DocumentId') || 0,
    edition: readNumber(item, 'Edition') || 0,
    reader: readPerson(item, 'Author') || { displayName: '', email: '' },
    confirmedAt: readString(item, 'Created') || ''
  };
}
