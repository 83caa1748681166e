import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { IConsultationRecords, INewConsultationComment, INewConsultationRound } from '../../domain/documents/repositories';
import { IConsultationComment, IConsultationRound } from '../../domain/documents/types';
import { ConsultationStatus } from '../../domain/documents/vocabulary';
import { IPerson } from '../../domain/organisation';
import { consultationCommentsList, consultationsLibrary } from '../../schema/documentLists';
import { classifyError } from '../errors';
import { etagOf, ListAccess, ListItem, readAllPages, readJson, readNumber, readPerson, readString } from '../lists/listAccess';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { odataNumber, odataString } from '../odata';
import { isDuplicateValue } from './formValues';

/** Reads and guarded writes of an answer before a comment that keeps changing is left to a retry. */
const ANSWER_ATTEMPTS = 3;

/**
 * Consultation rounds (TryggRemisser, one copy of the draft per round) and their comments
 * (TryggRemissvar). People read what the Trygg function shared with them: a round its owner, its
 * recipients and the security function; a comment its commenter, the document's owner and the
 * security function. Only the function writes (`IConsultationRecords`).
 */
export class ConsultationRepository implements IConsultationRecords {
  private readonly _rounds: ListAccess;
  private readonly _comments: ListAccess;

  /** With `reads`, the rounds asked together with other lists' reads go in one `$batch`. */
  constructor(private readonly _sp: SPFI, private readonly _reads?: SameTurnBatch) {
    this._rounds = new ListAccess(_sp, consultationsLibrary);
    this._comments = new ListAccess(_sp, consultationCommentsList);
  }

  private get _roundSelect(): string[] {
    return this._rounds.select.concat(['FileLeafRef', 'FileRef']);
  }

  public async listFor(documentId: number): Promise<IConsultationRound[]> {
    return this._readRounds(`DocumentId eq ${odataNumber(documentId)}`);
  }

  public async visible(): Promise<IConsultationRound[]> {
    return this._readRounds(undefined);
  }

  public async get(id: number): Promise<IConsultationRound | undefined> {
    try {
      return toRound(await this._rounds.list.items.getById(id).select(...this._roundSelect).expand(...this._rounds.expand)());
    } catch (error) {
      if (hidden(error)) return undefined;
      throw error;
    }
  }

  public async comments(roundId: number): Promise<IConsultationComment[]> {
    const query = this._comments.list.items
      .select(...this._comments.select)
      .expand(...this._comments.expand)
      .filter(`RoundId eq ${odataNumber(roundId)}`)
      .orderBy('Id', true)
      .top(500);
    try {
      return (await readAllPages<ListItem>(query)).map(toComment);
    } catch (error) {
      if (hidden(error)) return [];
      throw error;
    }
  }

  public async comment(id: number): Promise<IConsultationComment | undefined> {
    try {
      return toComment(await this._comments.list.items.getById(id).select(...this._comments.select).expand(...this._comments.expand)());
    } catch (error) {
      if (hidden(error)) return undefined;
      throw error;
    }
  }

  public async byClientRequestId(clientRequestId: string): Promise<IConsultationRound | undefined> {
    const items: ListItem[] = await this._rounds.list.items
      .select(...this._roundSelect)
      .expand(...this._rounds.expand)
      .filter(`ClientRequestId eq ${odataString(clientRequestId)}`)
      .top(1)();
    return items.length > 0 ? toRound(items[0]) : undefined;
  }

  public async add(round: INewConsultationRound, fileName: string, content: ArrayBuffer, clientRequestId: string): Promise<{ round: IConsultationRound; created: boolean }> {
    const earlier = await this.byClientRequestId(clientRequestId);
    if (earlier) return { round: earlier, created: false };
    const folder: { ServerRelativeUrl: string } = await this._rounds.list.rootFolder.select('ServerRelativeUrl')();
    const url = `${folder.ServerRelativeUrl}/${fileName}`;
    try {
      await this._sp.web.getFolderByServerRelativePath(folder.ServerRelativeUrl).files.addUsingPath(fileName, content, { Overwrite: false });
    } catch (error) {
      // The name is the request's own: an earlier attempt uploaded it and stopped before its metadata.
      if (!/already exists/i.test(error instanceof Error ? error.message : String(error))) throw error;
    }
    const item: { Id: number } = await this._sp.web.getFileByServerRelativePath(url).getItem<{ Id: number }>('Id');
    try {
      await this._rounds.list.items.getById(item.Id).update(
        this._rounds.toWrite({
          Title: round.title,
          DocumentId: round.documentId,
          DocumentNumber: round.documentNumber,
          DraftVersion: round.draftVersion,
          Recipients: JSON.stringify(round.recipients.map((person) => ({ id: person.id, displayName: person.displayName, email: person.email }))),
          RecipientUnits: JSON.stringify(round.recipientUnitIds),
          Deadline: round.deadline,
          ConsultationStatus: 'Öppen',
          ConsultationMessage: round.message,
          SentBy: round.sentById,
          SentAt: round.sentAt,
          ClientRequestId: clientRequestId
        })
      );
    } catch (error) {
      if (!isDuplicateValue(error)) throw error;
      const first = await this.byClientRequestId(clientRequestId);
      if (!first) throw error;
      return { round: first, created: false };
    }
    return { round: (await this.get(item.Id)) as IConsultationRound, created: true };
  }

  public async close(id: number, closedAt: string, closingNote: string): Promise<IConsultationRound> {
    await this._rounds.list.items.getById(id).update(this._rounds.toWrite({ ConsultationStatus: 'Stängd', ClosedAt: closedAt, ClosingNote: closingNote }));
    return (await this.get(id)) as IConsultationRound;
  }

  public async addComment(comment: INewConsultationComment, clientRequestId: string): Promise<{ comment: IConsultationComment; created: boolean }> {
    try {
      const added: ListItem = await this._comments.list.items.add(
        this._comments.toWrite({
          Title: comment.documentNumber,
          RoundId: comment.roundId,
          DocumentId: comment.documentId,
          Commenter: comment.commenterId,
          CommentText: comment.text,
          ClientRequestId: clientRequestId
        })
      );
      return { comment: (await this.comment(added.Id)) as IConsultationComment, created: true };
    } catch (error) {
      // A retry of a comment whose first attempt landed: that one, never a second.
      if (!isDuplicateValue(error)) throw error;
      const items: ListItem[] = await this._comments.list.items
        .select(...this._comments.select)
        .expand(...this._comments.expand)
        .filter(`ClientRequestId eq ${odataString(clientRequestId)}`)
        .top(1)();
      if (items.length === 0) throw error;
      return { comment: toComment(items[0]), created: false };
    }
  }

  public async answer(id: number, answer: string, answeredById: number, answeredAt: string): Promise<{ readonly comment: IConsultationComment; readonly written: boolean }> {
    // Guarded by the ETag of the unanswered comment: of two answers at once, the second meets the first.
    for (let attempt = 1; ; attempt++) {
      const item: ListItem = await this._comments.list.items.getById(id).select(...this._comments.select).expand(...this._comments.expand)();
      if (readString(item, 'Answer')) return { comment: toComment(item), written: false };
      try {
        await this._comments.list.items.getById(id).update(this._comments.toWrite({ Answer: answer, AnsweredBy: answeredById, AnsweredAt: answeredAt }), etagOf(item));
        return { comment: (await this.comment(id)) as IConsultationComment, written: true };
      } catch (error) {
        // Changed meanwhile: read again (answered now, or changed otherwise and still open).
        if (classifyError(error).kind !== 'conflict' || attempt >= ANSWER_ATTEMPTS) throw error;
      }
    }
  }

  private async _readRounds(filter: string | undefined): Promise<IConsultationRound[]> {
    const query = (sp: SPFI): IItems => {
      const items = new ListAccess(sp, consultationsLibrary).list.items.select(...this._roundSelect).expand(...this._rounds.expand).orderBy('Id', false);
      return filter ? items.filter(filter) : items;
    };
    try {
      const items = this._reads ? await this._reads.items(query, 500) : await readAllPages<ListItem>(query(this._sp).top(500));
      return items.map(toRound);
    } catch (error) {
      // Someone none of whose rounds is shared with them may not reach the library at all.
      if (hidden(error)) return [];
      throw error;
    }
  }
}

/** SharePoint's answer to someone who may not see the item or the list. */
function hidden(error: unknown): boolean {
  const kind = classifyError(error).kind;
  return kind === 'notFound' || kind === 'accessDenied';
}

function people(item: ListItem, name: string): IPerson[] {
  const value = readJson<unknown>(item, name, []);
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry): entry is { id?: unknown; displayName?: unknown; email?: unknown } => typeof entry === 'object' && entry !== null)
    .map((entry) => ({
      id: typeof entry.id === 'number' ? entry.id : undefined,
      displayName: typeof entry.displayName === 'string' ? entry.displayName : '',
      email: typeof entry.email === 'string' ? entry.email : ''
    }));
}

export function toRound(item: ListItem): IConsultationRound {
  const name = readString(item, 'FileLeafRef');
  const url = readString(item, 'FileRef');
  const units = readJson<unknown>(item, 'RecipientUnits', []);
  return {
    id: item.Id,
    documentId: readNumber(item, 'DocumentId') || 0,
    documentNumber: readString(item, 'DocumentNumber') || '',
    title: readString(item, 'Title') || '',
    draftVersion: readString(item, 'DraftVersion') || '',
    recipients: people(item, 'Recipients'),
    recipientUnitIds: Array.isArray(units) ? units.filter((unit): unit is number => typeof unit === 'number') : [],
    deadline: readString(item, 'Deadline') || '',
    status: (readString(item, 'ConsultationStatus') || 'Öppen') as ConsultationStatus,
    message: readString(item, 'ConsultationMessage'),
    sentBy: readPerson(item, 'SentBy') || { displayName: '', email: '' },
    sentAt: readString(item, 'SentAt') || '',
    closedAt: readString(item, 'ClosedAt'),
    closingNote: readString(item, 'ClosingNote'),
    file: name && url ? { name, serverRelativeUrl: url, length: 0 } : undefined
  };
}

export function toComment(item: ListItem): IConsultationComment {
  return {
    id: item.Id,
    roundId: readNumber(item, 'RoundId') || 0,
    documentId: readNumber(item, 'DocumentId') || 0,
    commenter: readPerson(item, 'Commenter') || { displayName: '', email: '' },
    comment: readString(item, 'CommentText') || '',
    createdAt: readString(item, 'Created') || '',
    answer: readString(item, 'Answer'),
    answeredBy: readPerson(item, 'AnsweredBy'),
    answeredAt: readString(item, 'AnsweredAt')
  };
}
