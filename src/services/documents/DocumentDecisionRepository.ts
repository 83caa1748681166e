import { SPFI } from '@pnp/sp';
import { IDocumentDecisionRecords, INewDocumentDecision } from '../../domain/documents/repositories';
import { IDocumentDecision } from '../../domain/documents/types';
import { DocumentDecisionKind } from '../../domain/documents/vocabulary';
import { documentDecisionsList } from '../../schema/documentLists';
import { ListAccess, ListItem, readAllPages, readNumber, readPerson, readString } from '../lists/listAccess';
import { odataNumber } from '../odata';

/**
 * The record of each document's decisions in TryggDokumentbeslut. Everyone reads it, as a diarium;
 * only the Trygg function, app-only, writes (`add` is its).
 */
export class DocumentDecisionRepository implements IDocumentDecisionRecords {
  private readonly _access: ListAccess;

  constructor(sp: SPFI) {
    this._access = new ListAccess(sp, documentDecisionsList);
  }

  public async listFor(documentId: number): Promise<IDocumentDecision[]> {
    const query = this._access.list.items
      .select(...this._access.select)
      .expand(...this._access.expand)
      .filter(`DocumentId eq ${odataNumber(documentId)}`)
      .orderBy('Id', false)
      .top(500);
    return (await readAllPages<ListItem>(query)).map(toDocumentDecision);
  }

  public async add(decision: INewDocumentDecision): Promise<IDocumentDecision> {
    const added: ListItem = await this._access.list.items.add(
      this._access.toWrite({
        Title: decision.documentNumber,
        DocumentId: decision.documentId,
        Edition: decision.edition,
        DecisionKind: decision.kind,
        DecidedByBody: decision.decidedByBody,
        RecordedBy: decision.recordedById,
        RecordedAt: decision.recordedAt,
        DecisionNote: decision.note,
        EffectiveFrom: decision.effectiveFrom,
        ValidUntil: decision.validUntil,
        NextReviewAt: decision.nextReviewAt
      })
    );
    return toDocumentDecision(await this._access.list.items.getById(added.Id).select(...this._access.select).expand(...this._access.expand)());
  }
}

export function toDocumentDecision(item: ListItem): IDocumentDecision {
  return {
    id: item.Id,
    documentId: readNumber(item, 'DocumentId') || 0,
    edition: readNumber(item, 'Edition') || 0,
    kind: (readString(item, 'DecisionKind') || 'Fastställd') as DocumentDecisionKind,
    decidedByBody: readString(item, 'DecidedByBody'),
    recordedBy: readPerson(item, 'RecordedBy') || { displayName: '', email: '' },
    recordedAt: readString(item, 'RecordedAt') || readString(item, 'Created') || '',
    note: readString(item, 'DecisionNote'),
    effectiveFrom: readString(item, 'EffectiveFrom'),
    validUntil: readString(item, 'ValidUntil'),
    nextReviewAt: readString(item, 'NextReviewAt')
  };
}
