import { SPFI } from '@pnp/sp';
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

  constructor(sp: SPFI) {
    this._access = new ListAccess(sp, readConfirmationsList);
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
    const query = this._access.list.items.select(...this._access.select).expand(...this._access.expand).filter(filter).orderBy('Id', true).top(5000);
    return (await readAllPages<ListItem>(query)).map(toReadConfirmation);
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
