import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import '@pnp/sp/site-users/web';
import { DocumentNumberTaken, IDocumentQuery, IDocumentValues, IGoverningDocumentRecords, IStoredDocument, IStoredDocumentPage } from '../../domain/documents/repositories';
import { IDocumentFileInput } from '../../domain/documents/inputs';
import { ModerationState } from '../../domain/documents/types';
import { DocumentStatus, GoverningDocumentType, InformationClass } from '../../domain/documents/vocabulary';
import { SecurityArea } from '../../domain/securityAreas';
import { IPerson } from '../../domain/organisation';
import { governingDocumentsLibrary } from '../../schema/documentLists';
import { asksForReadConfirmation, audienceFrom, ConfirmationFacts } from '../../domain/documents/readConfirmations';
import { ConflictError, classifyError } from '../errors';
import { etagOf, ListAccess, ListItem, readAllPages, readJson, readNumber, readPerson, readString, readStrings, WriteValue } from '../lists/listAccess';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { allInIdWindows, compareSortValues, firstPage, IItemPage, isThresholdError, itemsById, LIST_VIEW_THRESHOLD, mapPage, readItemsById } from '../lists/largeListQuery';
import { allOf, anyOf, odataDateTime, odataNumber, odataString } from '../odata';
import { formValues, isDuplicateValue, moderationValue, validateUpdate } from './formValues';

/** Rows read at a time when a broad filter is applied to the library read in number order. */
const BROAD_READ_SIZE = 200;

/** What readingCandidates reads of a document: what decides a reading list, and its number. */
export type ReadingCandidate = ConfirmationFacts & Pick<IStoredDocument, 'number'>;

/** SharePoint's columns beyond the schema's: who saved the version, its approval, its file. */
const LIBRARY_SELECT = ['Editor/Id', 'Editor/Title', 'Editor/EMail', 'OData__ModerationStatus', 'OData__ModerationComments', 'FileLeafRef', 'FileRef'];
const MODERATION_STATES: Readonly<Record<number, ModerationState>> = { 0: 'approved', 1: 'rejected', 2: 'pending', 3: 'pending' };

/**
 * TryggStyrandeDokument. A reader gets the last approved version of each document (SharePoint's
 * content approval), the owner and the security function the version in work. Every filter is on
 * an indexed column. The Trygg function, app-only, also numbers, adds and approves (IGoverningDocumentRecords).
 */
export class GoverningDocumentRepository implements IGoverningDocumentRecords {
  private readonly _access: ListAccess;

  /** With `reads`, queries asked together with other lists' reads go in one `$batch`. */
  constructor(private readonly _sp: SPFI, private readonly _reads?: SameTurnBatch) {
    this._access = new ListAccess(_sp, governingDocumentsLibrary);
  }

  private get _select(): string[] {
    return this._access.select.concat(LIBRARY_SELECT);
  }

  private get _expand(): string[] {
    return this._access.expand.concat(['Editor']);
  }

  public async query(query: IDocumentQuery): Promise<IStoredDocument[]> {
    return (await this._matching(filterOf(query), this._select, this._expand)).map(toDocument);
  }

  /**
   * What a reading list is decided from, of each matching document, and nothing more: its number,
   * audience, status, edition, approval state and dates (readConfirmations.needsMyConfirmation).
   */
  public async readingCandidates(query: IDocumentQuery): Promise<ReadingCandidate[]> {
    const select = ['Id', 'DocumentNumber', 'ReadAudience', 'DocumentStatus', 'Edition', 'OData__ModerationStatus', 'EffectiveFrom', 'ApprovedOn'];
    return (await this._matching(filterOf(query), select, [])).map(toDocument);
  }

  /**
   * The drafts waiting for approval (pending in SharePoint's content approval), oldest change first:
   * their id, change and approval state alone, so a queue of thousands is read whole cheaply.
   */
  public async pendingDraftIds(): Promise<number[]> {
    const items = await this._matching(filterOf({ statuses: ['Utkast'] }), ['Id', 'DocumentNumber', 'Modified', 'OData__ModerationStatus'], []);
    return items
      .filter((item) => MODERATION_STATES[Number(item.OData__ModerationStatus)] === 'pending')
      .sort((a, b) => compareSortValues(a.Modified, b.Modified) || a.Id - b.Id)
      .map((item) => item.Id);
  }

  /** Documents by id, whole, in the order given: 50 ids a request, in one `$batch` (with the turn's other reads). */
  public async byIds(ids: readonly number[]): Promise<IStoredDocument[]> {
    if (ids.length === 0) return [];
    const title = governingDocumentsLibrary.title;
    const items = this._reads
      ? await this._reads.read((sp) => readItemsById(sp, title, ids, this._select, this._expand))
      : await itemsById(this._sp, title, ids, this._select, this._expand);
    return items.map(toDocument);
  }

  /**
   * Every item the filter matches, in number order, with the columns given, at any size of the
   * library. Read in id order and sorted here: SharePoint need not sort what is read whole anyway.
   */
  private async _matching(filter: string, select: string[], expand: string[]): Promise<ListItem[]> {
    const request = (sp: SPFI): IItems => {
      const items = new ListAccess(sp, governingDocumentsLibrary).list.items.select(...select).expand(...expand);
      return filter ? items.filter(filter) : items;
    };
    let items: ListItem[];
    try {
      items = this._reads ? await this._reads.items(request, LIST_VIEW_THRESHOLD) : await readAllPages<ListItem>(request(this._sp).top(LIST_VIEW_THRESHOLD));
    } catch (error) {
      // A view SharePoint will not serve in one query over the threshold (every published document of a large region): every match by id windows.
      if (!isThresholdError(error)) throw error;
      items = await allInIdWindows(this._sp, governingDocumentsLibrary.title, filter, select, expand);
    }
    return items.sort((a, b) => compareSortValues(a.DocumentNumber, b.DocumentNumber) || a.Id - b.Id);
  }

  /**
   * A view of the register in number order. A filter of one clause (a type, statuses, or the dates)
   * that SharePoint refuses over the threshold matches more than 5,000 documents, a tenth of the
   * library at 50,000: the library is then read in number order, unfiltered, BROAD_READ_SIZE at a
   * time, and the caller keeps what documentMatchesQuery says the filter would (a page may hold
   * fewer than `size`, or none, and still have next), which costs less than sorting every id window.
   * A filter of more clauses may be refused on its first one and still match few (SharePoint judges
   * the first indexed clause): it is read by id windows, filtered by SharePoint.
   */
  public async page(query: IDocumentQuery, size: number): Promise<IStoredDocumentPage> {
    const columns = { select: this._select, expand: this._expand };
    const view = { listTitle: governingDocumentsLibrary.title, filter: filterOf(query), sortColumn: 'DocumentNumber', ascending: true };
    const broad = clausesOf(query) === 1 ? (): Promise<IItemPage> => firstPage(this._sp, { ...view, filter: '' }, columns, Math.max(size, BROAD_READ_SIZE)) : undefined;
    const page = await firstPage(this._sp, view, columns, size, undefined, broad);
    return mapPage<IStoredDocumentPage>(page, (items, next) => ({ documents: items.map(toDocument), next }));
  }

  /** Everyone who owns a document the user may see, each once: the owner column alone, by id windows at any size. */
  public async owners(): Promise<IPerson[]> {
    const items = await allInIdWindows(this._sp, governingDocumentsLibrary.title, '', ['Id', 'DocumentOwner/Id', 'DocumentOwner/Title', 'DocumentOwner/EMail'], ['DocumentOwner']);
    const owners = new Map<number, IPerson>();
    for (const item of items) {
      const owner = readPerson(item, 'DocumentOwner');
      if (owner && owner.id !== undefined && !owners.has(owner.id)) owners.set(owner.id, owner);
    }
    return Array.from(owners.values());
  }

  public async get(id: number): Promise<IStoredDocument | undefined> {
    try {
      return toDocument(await this._access.list.items.getById(id).select(...this._select).expand(...this._expand)());
    } catch (error) {
      if (classifyError(error).kind === 'notFound') return undefined;
      throw error;
    }
  }

  public async updateDraft(id: number, etag: string, values: IDocumentValues): Promise<IStoredDocument> {
    try {
      await this._access.list.items.getById(id).update(this._access.toWrite(columns(values)), etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      const current = await this.get(id);
      if (!current) throw error;
      throw new ConflictError<IStoredDocument>(current);
    }
    return this._stored(id);
  }

  public async uploadRevision(id: number, etag: string, file: IDocumentFileInput, values: IDocumentValues): Promise<IStoredDocument> {
    // The values under the ETag first: a stale page is refused before any content is replaced.
    await this.updateDraft(id, etag, values);
    await this._access.list.items.getById(id).file.setContent(file.content);
    return this._stored(id);
  }

  public async numbersWithPrefix(prefix: string): Promise<string[]> {
    const request = this._access.list.items.select('Id', 'DocumentNumber').filter(`startswith(DocumentNumber,${odataString(prefix)})`).top(5000);
    return (await readAllPages<ListItem>(request)).map((item) => readString(item, 'DocumentNumber')).filter((value): value is string => !!value);
  }

  public async byClientRequestId(clientRequestId: string): Promise<IStoredDocument | undefined> {
    const items: ListItem[] = await this._access.list.items
      .select(...this._select)
      .expand(...this._expand)
      .filter(`ClientRequestId eq ${odataString(clientRequestId)}`)
      .top(1)();
    return items.length > 0 ? toDocument(items[0]) : undefined;
  }

  public async add(fileName: string, content: ArrayBuffer, values: IDocumentValues, clientRequestId: string): Promise<{ document: IStoredDocument; created: boolean }> {
    const earlier = await this.byClientRequestId(clientRequestId);
    if (earlier) return { document: earlier, created: false };
    const folder = this._sp.web.getFolderByServerRelativePath(await this._libraryUrl());
    let url: string;
    try {
      url = (await folder.files.addUsingPath(fileName, content, { Overwrite: false })).ServerRelativeUrl;
    } catch (error) {
      // The file name carries the number: another registration took it first.
      if (/already exists/i.test(error instanceof Error ? error.message : String(error))) throw new DocumentNumberTaken(values.number || fileName);
      throw error;
    }
    const item: { Id: number } = await this._sp.web.getFileByServerRelativePath(url).getItem<{ Id: number }>('Id');
    try {
      // The metadata in the upload's own version, pending approval whoever uploaded.
      await validateUpdate(
        this._access.list.items.getById(item.Id),
        [...(await formValues(this._sp, this._access, { ...columns(values), ClientRequestId: clientRequestId })), moderationValue('pending')],
        true
      );
    } catch (error) {
      await this._access.list.items.getById(item.Id).delete();
      if (!isDuplicateValue(error)) throw error;
      // A concurrent attempt of the same request landed first: that one, never a second document.
      const first = await this.byClientRequestId(clientRequestId);
      if (first) return { document: first, created: false };
      throw new DocumentNumberTaken(values.number || fileName);
    }
    return { document: await this._stored(item.Id), created: true };
  }

  public async moderate(id: number, values: IDocumentValues, moderation: ModerationState, comment?: string): Promise<IStoredDocument> {
    const fields = await formValues(this._sp, this._access, columns(values));
    const approval = [moderationValue(moderation)].concat(comment !== undefined ? [{ FieldName: '_ModerationComments', FieldValue: comment }] : []);
    await validateUpdate(this._access.list.items.getById(id), fields.concat(approval), false);
    return this._stored(id);
  }

  public async markReminded(id: number, etag: string, value: string): Promise<IStoredDocument> {
    const current = await this._stored(id);
    if (current.etag !== etag) throw new ConflictError<IStoredDocument>(current);
    // A mark is no edit: the version keeps the approval it had (a published document stays published).
    return this.moderate(id, { reminderSentFor: value }, current.moderation, current.moderationComment || '');
  }

  public async versionEditors(id: number): Promise<number[]> {
    return (await this.versionValues(id)).map((version) => version.editorId).filter((editor): editor is number => typeof editor === 'number');
  }

  /** Each version's editor and the values only the function sets, newest first. */
  public async versionValues(id: number): Promise<{ editorId?: number; number?: string; edition?: number; reminderSentFor?: string }[]> {
    const versions: { EditorId?: number; Editor?: { LookupId?: number }; VersionId?: number; DocumentNumber?: string; Edition?: number; ReminderSentFor?: string }[] =
      await this._access.list.items.getById(id).versions();
    return versions
      .slice()
      .sort((a, b) => (b.VersionId || 0) - (a.VersionId || 0))
      .map((version) => ({
        editorId: typeof version.EditorId === 'number' ? version.EditorId : version.Editor && version.Editor.LookupId,
        number: version.DocumentNumber || undefined,
        edition: typeof version.Edition === 'number' ? version.Edition : undefined,
        reminderSentFor: version.ReminderSentFor || undefined
      }));
  }

  public content(id: number): Promise<ArrayBuffer> {
    return this._access.list.items.getById(id).file.getBuffer();
  }

  private async _stored(id: number): Promise<IStoredDocument> {
    const document = await this.get(id);
    if (!document) throw new Error(`Governing document ${id} cannot be read after writing it.`);
    return document;
  }

  private _libraryUrlValue?: Promise<string>;

  private _libraryUrl(): Promise<string> {
    if (!this._libraryUrlValue) {
      this._libraryUrlValue = this._access.list.rootFolder.select('ServerRelativeUrl')().then((folder: { ServerRelativeUrl: string }) => folder.ServerRelativeUrl);
    }
    return this._libraryUrlValue;
  }
}

/** The query's $filter, on indexed columns only. */
function filterOf(query: IDocumentQuery): string {
  const unit =
    query.unitId === undefined
      ? undefined
      : query.withRegional
        ? `(ScopeUnitId eq ${odataNumber(query.unitId)} or ScopeUnitId eq null)`
        : `ScopeUnitId eq ${odataNumber(query.unitId)}`;
  const ending = [
    query.validUntilBefore ? `ValidUntil lt ${odataDateTime(query.validUntilBefore)}` : undefined,
    query.reviewBefore ? `NextReviewAt lt ${odataDateTime(query.reviewBefore)}` : undefined
  ].filter((clause): clause is string => !!clause);
  // The most selective indexed clause first: SharePoint judges the threshold on the first.
  return allOf(
    query.asksReadConfirmation ? 'AsksReadConfirmation eq 1' : undefined,
    query.type ? `GoverningDocumentType eq ${odataString(query.type)}` : undefined,
    anyOf('DocumentStatus', (query.statuses || []).map(odataString)),
    query.ownerId !== undefined ? `DocumentOwnerId eq ${odataNumber(query.ownerId)}` : undefined,
    unit,
    ending.length === 0 ? undefined : ending.length === 1 ? ending[0] : `(${ending.join(' or ')})`,
    query.effectiveBefore ? `EffectiveFrom le ${odataDateTime(query.effectiveBefore)}` : undefined
  );
}

/** How many clauses filterOf joins with `and` for the query. */
function clausesOf(query: IDocumentQuery): number {
  const clauses = [
    query.asksReadConfirmation,
    query.type,
    query.statuses && query.statuses.length > 0,
    query.ownerId !== undefined,
    query.unitId !== undefined,
    query.validUntilBefore || query.reviewBefore,
    query.effectiveBefore
  ];
  return clauses.filter((clause) => !!clause).length;
}

/** The columns a set of values writes; undefined leaves a column as it is. */
function columns(values: IDocumentValues): Record<string, WriteValue> {
  return {
    Title: values.title,
    DocumentNumber: values.number,
    GoverningDocumentType: values.type,
    DocumentOwner: values.ownerId,
    InformationClass: values.informationClass,
    SecurityAreas: values.areas,
    ScopeUnitId: values.scopeUnitId,
    SupplementsId: values.supplementsId,
    ParentDocumentId: values.parentId,
    ReviewCycleMonths: values.reviewCycleMonths,
    PreparedBy: values.preparedBy,
    ReadAudience: values.readConfirmation ? JSON.stringify(values.readConfirmation) : undefined,
    AsksReadConfirmation: values.asksReadConfirmation ?? (values.readConfirmation ? asksForReadConfirmation(values.readConfirmation) : undefined),
    DocumentStatus: values.status,
    Edition: values.edition,
    ApprovedOn: values.approvedOn,
    ApprovedByBody: values.approvedByBody,
    EffectiveFrom: values.effectiveFrom,
    ValidUntil: values.validUntil,
    NextReviewAt: values.nextReviewAt,
    LastReviewedAt: values.lastReviewedAt,
    LastReviewedBy: values.lastReviewedById,
    RegisteredBy: values.registeredById,
    ReminderSentFor: values.reminderSentFor
  };
}

export function toDocument(item: ListItem): IStoredDocument {
  const name = readString(item, 'FileLeafRef');
  const url = readString(item, 'FileRef');
  const file = item.File as { Length?: string | number } | undefined;
  return {
    id: item.Id,
    etag: etagOf(item),
    number: readString(item, 'DocumentNumber') || '',
    title: readString(item, 'Title') || (name ? name.replace(/\.[^.]+$/, '') : ''),
    type: (readString(item, 'GoverningDocumentType') || 'Riktlinje') as GoverningDocumentType,
    owner: readPerson(item, 'DocumentOwner') || { displayName: '', email: '' },
    informationClass: (readString(item, 'InformationClass') || 'Intern') as InformationClass,
    areas: readStrings(item, 'SecurityAreas') as SecurityArea[],
    scopeUnitId: readNumber(item, 'ScopeUnitId'),
    supplementsId: readNumber(item, 'SupplementsId'),
    parentId: readNumber(item, 'ParentDocumentId'),
    reviewCycleMonths: readNumber(item, 'ReviewCycleMonths') || 0,
    nextReviewAt: readString(item, 'NextReviewAt'),
    status: (readString(item, 'DocumentStatus') || 'Utkast') as DocumentStatus,
    edition: readNumber(item, 'Edition') || 0,
    approvedOn: readString(item, 'ApprovedOn'),
    approvedByBody: readString(item, 'ApprovedByBody'),
    effectiveFrom: readString(item, 'EffectiveFrom'),
    validUntil: readString(item, 'ValidUntil'),
    preparedBy: readString(item, 'PreparedBy'),
    lastReviewedAt: readString(item, 'LastReviewedAt'),
    lastReviewedBy: readPerson(item, 'LastReviewedBy'),
    registeredBy: readPerson(item, 'RegisteredBy'),
    readConfirmation: audienceFrom(readJson<unknown>(item, 'ReadAudience', undefined)),
    moderation: MODERATION_STATES[readNumber(item, 'OData__ModerationStatus') ?? 0] || 'pending',
    moderationComment: readString(item, 'OData__ModerationComments'),
    version: readString(item, 'OData__UIVersionString') || '',
    modified: readString(item, 'Modified') || '',
    modifiedBy: readPerson(item, 'Editor'),
    file: name && url ? { name, serverRelativeUrl: url, length: file && file.Length !== undefined ? Number(file.Length) : 0 } : undefined,
    reminderSentFor: readString(item, 'ReminderSentFor')
  };
}
