/**
 * The governing documents' work queues that are counted before they are shown: the drafts awaiting
 * the security function's approval and a reader's reading list. Each is decided from a narrow read
 * of the library (ids, approval state, audiences, editions, dates), so its tab shows how many with
 * the first data; its documents are read whole, 50 at a time by id, when the queue is shown.
 */
import { IPerson } from '../../domain/organisation';
import { IGoverningDocument } from '../../domain/documents/types';
import { ConfirmationFacts, needsMyConfirmation } from '../../domain/documents/readConfirmations';
import { GoverningDocumentRepository } from './GoverningDocumentRepository';
import { ReadConfirmationRepository } from './ReadConfirmationRepository';
import { DOCUMENT_PAGE_SIZE, IDocumentListPage, IDocumentQueue } from './IGoverningDocumentsService';

export interface IReader {
  readonly id: number;
  readonly person: IPerson;
  /** The units whose reading lists are the reader's (her unit and those above it). */
  readonly unitIds: () => Promise<number[]>;
}

export class DocumentQueues {
  constructor(
    private readonly _documents: GoverningDocumentRepository,
    private readonly _confirmations: ReadConfirmationRepository
  ) {}

  public async awaitingApproval(pageSize: number = DOCUMENT_PAGE_SIZE): Promise<IDocumentQueue> {
    // A draft on remiss comes back as Utkast when its round closes; one sent back for changes is 'rejected' until its owner saves it again.
    const ids = await this._documents.pendingDraftIds();
    // Decided since the ids were read: left out rather than offered for a decision already made.
    return this._queue(ids, (document) => document.status === 'Utkast' && document.moderation === 'pending', pageSize);
  }

  public async readingList(reader: IReader, pageSize: number = DOCUMENT_PAGE_SIZE): Promise<IDocumentQueue> {
    // What each published document asks (its audience and edition alone) and the reader's
    // confirmations are read in the same $batch as her department; the documents when shown.
    const [myUnitIds, candidates, mine] = await Promise.all([
      reader.unitIds(),
      this._documents.readingCandidates({ statuses: ['Publicerad'], asksReadConfirmation: true }),
      this._confirmations.mine(reader.id)
    ]);
    const asks = (document: ConfirmationFacts): boolean => needsMyConfirmation(document, reader.person, myUnitIds, mine);
    return this._queue(candidates.filter(asks).map((document) => document.id), asks, pageSize);
  }

  /** Documents known by id, read whole a page at a time; `keep` leaves out one that changed since. */
  private _queue(ids: readonly number[], keep: (document: IGoverningDocument) => boolean, pageSize: number): IDocumentQueue {
    const page = async (start: number): Promise<IDocumentListPage> => {
      const documents = (await this._documents.byIds(ids.slice(start, start + pageSize))).filter(keep);
      return start + pageSize < ids.length ? { documents, more: () => page(start + pageSize) } : { documents };
    };
    return { key: ids.join(','), total: ids.length, first: () => page(0) };
  }
}
