import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { IDirectoryUser } from '../../domain/directory';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { IDocumentQuery, IDocumentValues, IStoredDocument } from '../../domain/documents/repositories';
import { fillPage, REFINED_READ_SIZE } from './documentPages';
import { DocumentQueues } from './DocumentQueues';
import { documentMatchesQuery } from '../../domain/documents/documentQuery';
import { IConsultationComment, IConsultationRound, IDocumentDecision, IGoverningDocument } from '../../domain/documents/types';
import { DocumentAction, documentActionBlockers, IDocumentActor, mayRegisterDocument, publishedEdition, statusAfter } from '../../domain/documents/lifecycle';
import { documentDueness, inOwnerQueue } from '../../domain/documents/reviewDates';
import {
  answerErrors,
  approvalErrors,
  closingNoteErrors,
  commentErrors,
  consultationErrors,
  decisionNoteErrors,
  draftChangeErrors,
  fileErrors,
  registrationErrors,
  reviewConfirmationErrors
} from '../../domain/documents/documentValidation';
import { countingConfirmations, readStatusOf } from '../../domain/documents/readConfirmations';
import { DAY_MS } from '../../domain/days';
import { DOCUMENT_QUEUE_HORIZON_DAYS } from '../../domain/documents/vocabulary';
import { descendantUnitIds, IOrganisationUnit, IPerson } from '../../domain/organisation';
import { ICurrentUser, ICurrentUserService } from '../currentUser/ICurrentUserService';
import { ProtectedCaseError } from '../protectedCases/ProtectedCaseClient';
import { ConflictError } from '../errors';
import { readsOf, SameTurnBatch } from '../lists/sameTurnBatch';
import { siteDepartment } from '../directory/siteDepartment';
import { myAudienceUnitIds } from '../../domain/home/homeUnit';
import { GoverningDocumentRepository } from './GoverningDocumentRepository';
import { DocumentDecisionRepository } from './DocumentDecisionRepository';
import { ConsultationRepository } from './ConsultationRepository';
import { ReadConfirmationRepository } from './ReadConfirmationRepository';
import { IDocumentGateway } from './IDocumentGateway';
import { DocumentRefusal, refuseBlocked, refuseInvalid } from './DocumentRefusal';
import { isConsultationRecipient } from './consultationRecipients';
import {
  IApprovalInput,
  IDocumentQueue,
  IConsultationInput,
  IDocumentDetails,
  IDocumentDraftChanges,
  IDocumentFileInput,
  IDocumentFilter,
  IDocumentListPage,
  IDocumentRegistration,
  IGoverningDocumentsService,
  IReadStatus,
  DOCUMENT_PAGE_SIZE
} from './IGoverningDocumentsService';

/** The directory as documents need it: a unit's people (a unit's audience is everyone in its department). */
export interface IDocumentDirectory {
  usersInDepartment(department: string): Promise<IDirectoryUser[]>;
}

export interface IGoverningDocumentsDependencies {
  readonly sp: SPFI;
  readonly currentUser: ICurrentUserService;
  readonly units: IUnitRepository;
  readonly directory: IDocumentDirectory;
  /** The Trygg function, which alone registers, decides and runs consultations. */
  readonly gateway: IDocumentGateway;
  readonly now: () => Date;
  /** The composition's one batch (sameTurnBatch.ts readsOf); the service has its own without it. */
  readonly reads?: SameTurnBatch;
}

/** The actions whose rules count the document's open consultation rounds. */
const ROUND_ACTIONS: readonly DocumentAction[] = ['sendConsultation', 'closeConsultation', 'approve', 'requestChanges'];

/**
 * Governing documents for the governanceDocuments web part. Reads and the owner's own edits go to
 * SharePoint with the user's rights (a reader gets the published version of each document); the
 * rest goes to the Trygg function. Every request is checked against the domain's rules before
 * anything is written, so the page and the function refuse the same things with the same keys.
 */
export class GoverningDocumentsService implements IGoverningDocumentsService {
  private readonly _documents: GoverningDocumentRepository;
  private readonly _consultations: ConsultationRepository;
  private readonly _confirmations: ReadConfirmationRepository;
  private readonly _reads: SameTurnBatch;
  private readonly _queues: DocumentQueues;

  constructor(private readonly _deps: IGoverningDocumentsDependencies) {
    // The owner's queue, the rounds sent to them and the tree are asked together: one $batch.
    const reads = readsOf(_deps);
    this._reads = reads;
    this._documents = new GoverningDocumentRepository(_deps.sp, reads);
    this._consultations = new ConsultationRepository(_deps.sp, reads);
    this._confirmations = new ReadConfirmationRepository(_deps.sp, reads);
    this._queues = new DocumentQueues(this._documents, this._confirmations);
  }

  public all(): Promise<IGoverningDocument[]> {
    return this._documents.query({});
  }

  public async list(filter: IDocumentFilter, pageSize: number = DOCUMENT_PAGE_SIZE): Promise<IDocumentListPage> {
    const now = this._deps.now();
    const horizon = new Date(now.getTime() + (DOCUMENT_QUEUE_HORIZON_DAYS + 1) * DAY_MS).toISOString();
    const query: IDocumentQuery = {
      type: filter.type,
      statuses: filter.status ? [filter.status] : undefined,
      ownerId: filter.ownerId,
      unitId: filter.unitId,
      withRegional: true,
      // SharePoint narrows on the indexed dates; the domain decides what is due (reviewDates.ts).
      validUntilBefore: filter.expired ? now.toISOString() : filter.expiringSoon ? horizon : undefined,
      reviewBefore: filter.expiringSoon && !filter.expired ? horizon : undefined
    };
    const words = (filter.text || '').trim().toLowerCase();
    const refined = !!filter.area || !!words;
    const keep = (document: IGoverningDocument): boolean => {
      // The query's own filter too: a broad one is read unfiltered (GoverningDocumentRepository.page).
      if (!documentMatchesQuery(document, query)) return false;
      const dueness = documentDueness(document, now);
      if (filter.area && document.areas.indexOf(filter.area) < 0) return false;
      if (filter.expired && !dueness.expired) return false;
      if (filter.expiringSoon && !(dueness.reviewDue || dueness.expiresSoon)) return false;
      return !words || `${document.number} ${document.title}`.toLowerCase().indexOf(words) >= 0;
    };
    // With words or an area most rows read may be left out: larger pages then, fewer requests.
    const readSize = refined ? Math.max(pageSize, REFINED_READ_SIZE) : pageSize;
    return fillPage(() => this._documents.page(query, readSize), keep, pageSize);
  }

  public owners(): Promise<IPerson[]> {
    return this._documents.owners();
  }

  public async details(id: number): Promise<IDocumentDetails | undefined> {
    // The document, its decisions and its rounds (those shared with the user) in one $batch.
    const [batched, execute] = this._deps.sp.batched();
    const reads = Promise.all([
      new GoverningDocumentRepository(batched).get(id),
      new DocumentDecisionRepository(batched).listFor(id),
      new ConsultationRepository(batched).listFor(id)
    ]);
    await execute();
    const [document, decisions, rounds] = await reads;
    if (!document) return undefined;
    const edition = publishedEdition(document);
    if (!document.readConfirmation || edition < 1) return { document, decisions, rounds };
    const me = await this._deps.currentUser.get();
    const mine = await this._confirmations.mine(me.id, id);
    return { document, decisions, rounds, readConfirmedByMe: countingConfirmations(document, mine).length > 0 };
  }

  public async myQueue(): Promise<IGoverningDocument[]> {
    const [me, now] = [await this._deps.currentUser.get(), this._deps.now()];
    return (await this._documents.query({ ownerId: me.id })).filter((document) => inOwnerQueue(document, now));
  }

  public awaitingApproval(pageSize?: number): Promise<IDocumentQueue> {
    return this._queues.awaitingApproval(pageSize);
  }

  public async myReadingList(pageSize?: number): Promise<IDocumentQueue> {
    const me = await this._deps.currentUser.get();
    return this._queues.readingList({ id: me.id, person: personOf(me), unitIds: () => this._myUnitIds() }, pageSize);
  }

  public async register(registration: IDocumentRegistration, file: IDocumentFileInput, clientRequestId: string): Promise<IGoverningDocument> {
    const [me, units, documents] = await Promise.all([this._deps.currentUser.get(), this._deps.units.getAll(), this.all()]);
    if (!mayRegisterDocument(actorOf(me))) throw new DocumentRefusal('blocked', { register: 'notDocumentOwner' });
    refuseInvalid(registrationErrors(registration, { units, documents }), fileFieldErrors(file));
    return (await this._call(() => this._deps.gateway.register(registration, file, clientRequestId))).document;
  }

  public async updateDraft(id: number, etag: string, changes: IDocumentDraftChanges): Promise<IGoverningDocument> {
    const { document } = await this._allowed('editDraft', id);
    const [units, documents] = await Promise.all([this._deps.units.getAll(), this.all()]);
    refuseInvalid(draftChangeErrors(changes, document, { units, documents }));
    return this._documents.updateDraft(id, etag, draftValues(changes));
  }

  public async uploadFile(id: number, etag: string, file: IDocumentFileInput): Promise<IGoverningDocument> {
    refuseInvalid(fileFieldErrors(file));
    const { document } = await this._allowed('uploadFile', id);
    // The new content goes into the document's file, whose name (and so its type) stays.
    if (document.file && extensionOf(document.file.name) !== extensionOf(file.name)) throw new DocumentRefusal('invalid', { file: 'fileType' });
    return this._documents.uploadRevision(id, etag, file, { status: statusAfter('uploadFile', document.status) });
  }

  public async startRevision(id: number, etag: string): Promise<IGoverningDocument> {
    const { document } = await this._allowed('startRevision', id);
    // The owner's own edit: SharePoint keeps the published version for readers and this one pending.
    return this._documents.updateDraft(id, etag, { status: statusAfter('startRevision', document.status) });
  }

  public async confirmReview(id: number, etag: string, nextReviewAt: string, note?: string): Promise<IGoverningDocument> {
    const { document } = await this._allowed('confirmReview', id);
    refuseInvalid(reviewConfirmationErrors(nextReviewAt, note, this._deps.now(), document.validUntil));
    return this._call(() => this._deps.gateway.confirmReview(id, etag, nextReviewAt, note));
  }

  public async proposeWithdrawal(id: number, note: string): Promise<IDocumentDecision> {
    await this._allowed('proposeWithdrawal', id);
    refuseInvalid(decisionNoteErrors(note, true));
    return this._call(() => this._deps.gateway.proposeWithdrawal(id, note));
  }

  public async sendConsultation(id: number, input: IConsultationInput, clientRequestId: string): Promise<IConsultationRound> {
    await this._allowed('sendConsultation', id);
    refuseInvalid(consultationErrors(input, this._deps.now()));
    return (await this._call(() => this._deps.gateway.sendConsultation(id, input, clientRequestId))).round;
  }

  public async myConsultations(): Promise<IConsultationRound[]> {
    const [me, units, visible] = await Promise.all([this._deps.currentUser.get(), this._deps.units.getAll(), this._consultations.visible()]);
    const asked = visible.filter((round) => isConsultationRecipient(round, personOf(me), units));
    return asked.sort((a, b) => (a.status === b.status ? Date.parse(a.deadline) - Date.parse(b.deadline) : a.status === 'Öppen' ? -1 : 1));
  }

  public comments(roundId: number): Promise<IConsultationComment[]> {
    return this._consultations.comments(roundId);
  }

  public async comment(roundId: number, text: string, clientRequestId: string): Promise<IConsultationComment> {
    refuseInvalid(commentErrors(text));
    return this._call(() => this._deps.gateway.comment(roundId, text, clientRequestId));
  }

  public async answer(commentId: number, text: string): Promise<IConsultationComment> {
    refuseInvalid(answerErrors(text));
    return this._call(() => this._deps.gateway.answer(commentId, text));
  }

  public async closeConsultation(roundId: number, closingNote: string): Promise<IConsultationRound> {
    refuseInvalid(closingNoteErrors(closingNote));
    return this._call(() => this._deps.gateway.closeConsultation(roundId, closingNote));
  }

  public async approve(id: number, etag: string, input: IApprovalInput): Promise<IGoverningDocument> {
    const { document } = await this._allowed('approve', id);
    refuseInvalid(approvalErrors(input, this._deps.now(), document));
    return this._call(() => this._deps.gateway.approve(id, etag, input));
  }

  public async requestChanges(id: number, etag: string, note: string): Promise<IGoverningDocument> {
    await this._allowed('requestChanges', id);
    refuseInvalid(decisionNoteErrors(note, true));
    return this._call(() => this._deps.gateway.requestChanges(id, etag, note));
  }

  public async withdraw(id: number, etag: string, note: string): Promise<IGoverningDocument> {
    await this._allowed('withdraw', id);
    refuseInvalid(decisionNoteErrors(note, true));
    return this._call(() => this._deps.gateway.withdraw(id, etag, note));
  }

  public async confirmRead(id: number, edition: number, clientRequestId: string): Promise<void> {
    const { document } = await this._allowed('confirmRead', id);
    // Only the edition in force is confirmed: a page open since the last publication must reload.
    if (edition !== publishedEdition(document)) throw new DocumentRefusal('invalid', { edition: 'notPublishedEdition' });
    await this._confirmations.confirm(id, document.number, edition, clientRequestId);
  }

  public async readStatus(id: number): Promise<IReadStatus> {
    const document = await this._documents.get(id);
    if (!document) throw new DocumentRefusal('notFound');
    const edition = publishedEdition(document);
    const [audience, confirmations] = await Promise.all([this._audience(document), edition >= 1 ? this._confirmations.listFor(id, edition) : Promise.resolve([])]);
    return readStatusOf(edition, audience, countingConfirmations(document, confirmations));
  }

  /** The document as the user sees it, and what else the rule needs; a 'blocked' refusal with every reason. */
  private async _allowed(action: DocumentAction, id: number): Promise<{ document: IStoredDocument; me: ICurrentUser }> {
    const [me, document] = await Promise.all([this._deps.currentUser.get(), this._documents.get(id)]);
    if (!document) throw new DocumentRefusal('notFound');
    const rounds = ROUND_ACTIONS.indexOf(action) >= 0 ? await this._consultations.listFor(id) : [];
    const openRounds = rounds.filter((round) => round.status === 'Öppen').length;
    refuseBlocked(documentActionBlockers(action, actorOf(me), document, { now: this._deps.now(), openRounds }));
    return { document, me };
  }

  /** The function's refusals as the service's own. */
  private async _call<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ConflictError || !(error instanceof ProtectedCaseError)) throw error;
      if (error.code === 'notFound') throw new DocumentRefusal('notFound');
      if (error.code === 'forbidden') throw new DocumentRefusal('blocked', error.fields || { forbidden: 'forbidden' });
      if (error.code === 'invalid' && error.fields) throw new DocumentRefusal('invalid', error.fields);
      throw error;
    }
  }

  /** My unit (by my department, as Min säkerhet reads it) and the units above it: an audience of a förvaltning asks me too. */
  private async _myUnitIds(): Promise<number[]> {
    const me = await this._deps.currentUser.get();
    const [department, units] = await Promise.all([this._reads.read((sp) => siteDepartment(sp, me.id), true), this._deps.units.getAll()]);
    return myAudienceUnitIds(units, department);
  }

  /** The people asked to confirm: those named, and everyone in the units named (and the units below them). */
  private async _audience(document: IGoverningDocument): Promise<IPerson[]> {
    const audience = document.readConfirmation;
    if (!audience) return [];
    const units = audience.unitIds.length > 0 ? await this._deps.units.getAll() : [];
    const departments = new Set<string>();
    for (const unitId of audience.unitIds) {
      for (const id of descendantUnitIds(units, unitId)) {
        const unit = units.filter((candidate: IOrganisationUnit) => candidate.id === id)[0];
        if (unit && unit.department) departments.add(unit.department);
      }
    }
    const members = await Promise.all(Array.from(departments).map((department) => this._deps.directory.usersInDepartment(department)));
    const people: IPerson[] = audience.people.slice();
    for (const member of ([] as IDirectoryUser[]).concat(...members)) people.push({ displayName: member.displayName, email: member.email, graphId: member.graphId });
    return people;
  }
}

function actorOf(me: ICurrentUser): IDocumentActor {
  return { id: me.id, isSecurityFunction: me.roles.securityFunction, isDocumentOwner: me.roles.documentOwner };
}

function personOf(me: ICurrentUser): IPerson {
  return { id: me.id, displayName: me.displayName, email: me.email };
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The file's name or content error under one field, `file`. */
export function fileFieldErrors(file: IDocumentFileInput): { file?: string } {
  const errors = fileErrors(file.name, file.content ? file.content.byteLength : 0);
  return errors.name || errors.content ? { file: errors.name || errors.content } : {};
}

/** The columns an owner's changes write. */
function draftValues(changes: IDocumentDraftChanges): IDocumentValues {
  return {
    title: changes.title,
    informationClass: changes.informationClass,
    areas: changes.areas,
    scopeUnitId: changes.scopeUnitId,
    supplementsId: changes.supplementsId,
    parentId: changes.parentId,
    reviewCycleMonths: changes.reviewCycleMonths,
    preparedBy: changes.preparedBy,
    readConfirmation: changes.readConfirmation
  };
}
