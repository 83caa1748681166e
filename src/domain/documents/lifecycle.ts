/**
 * A governing document's life and who may move it (the shape of deviations/workflow.ts): one
 * transition table, and one function that returns every reason an action is blocked, as keys the
 * UI localizes. The web part asks it to show or grey out buttons; the Trygg function asks it again
 * before it acts, so a script cannot do what the page refuses.
 *
 * The document passed in is what the asker sees: a reader the published version, the owner and the
 * security function the version in work. A revision keeps the published edition's number until it
 * is approved; approval raises the edition, so a 'Fastställd' version waiting for its effective
 * date carries the next edition while readers still see the previous one.
 */
import { calendarDay, utcDay } from '../days';
import { IGoverningDocument } from './types';
import { DocumentStatus } from './vocabulary';

/** Who asks. Ownership of a given document is by id; the flags are the person's roles. */
export interface IDocumentActor {
  /** SharePoint site user id, compared with the document's owner and last editor. */
  readonly id: number;
  readonly isSecurityFunction: boolean;
  /** Holds the document owner role (may register documents); not the same as owning this one. */
  readonly isDocumentOwner: boolean;
}

export type DocumentAction =
  | 'editDraft'
  | 'uploadFile'
  | 'startRevision'
  | 'confirmReview'
  | 'proposeWithdrawal'
  | 'sendConsultation'
  | 'answerComment'
  | 'closeConsultation'
  | 'approve'
  | 'requestChanges'
  | 'withdraw'
  | 'confirmRead';

/** Why an action cannot be taken now; each has a message in loc/. */
export type DocumentBlocker =
  /** Only the document's owner or the security function may. */
  | 'notOwner'
  | 'notSecurityFunction'
  /** Four eyes: the approver last edited the version in work. */
  | 'ownChange'
  /** Four eyes: the approver owns the document. */
  | 'ownDocument'
  /** The action needs a draft (Utkast or Remiss) and the document is published. */
  | 'notDraft'
  /** Approved and waiting for its effective date: nothing changes it until it is published. */
  | 'awaitingPublication'
  | 'revisionInWork'
  | 'consultationOpen'
  | 'noOpenConsultation'
  | 'notPublished'
  | 'withdrawn'
  /** Validity has ended: only a new approval gives a new one, a review without change cannot. */
  | 'expired'
  | 'noFile'
  /** A draft whose version in work is not waiting for approval (SharePoint says it is approved). */
  | 'notPending';

export interface IDocumentActionContext {
  readonly now: Date;
  /** Open consultation rounds of the document. */
  readonly openRounds: number;
}

const DRAFT_STATUSES: readonly DocumentStatus[] = ['Utkast', 'Remiss'];

export function isDraftStatus(status: DocumentStatus): boolean {
  return DRAFT_STATUSES.indexOf(status) >= 0;
}

export function isPublished(document: Pick<IGoverningDocument, 'status'>): boolean {
  return document.status === 'Publicerad';
}

export function isWithdrawn(document: Pick<IGoverningDocument, 'status'>): boolean {
  return document.status === 'Upphävd';
}

/**
 * The edition readers have (0: none yet). An approved version waiting for its effective date
 * already carries its new edition, so the one readers have is the one before it.
 */
export function publishedEdition(document: Pick<IGoverningDocument, 'status' | 'edition'>): number {
  if (document.status === 'Upphävd') return 0;
  const edition = document.status === 'Fastställd' ? document.edition - 1 : document.edition;
  return Math.max(0, edition);
}

/**
 * A new version is in work beside a published edition: a draft, a consultation or an approval
 * waiting for its day after the first edition, or a published item someone changed (pending).
 */
export function isRevisionInWork(document: Pick<IGoverningDocument, 'status' | 'edition' | 'moderation'>): boolean {
  if (document.status === 'Publicerad') return document.moderation !== 'approved';
  return document.status !== 'Upphävd' && publishedEdition(document) >= 1;
}

/** Validity ended: Giltig till och med is the last day it holds. */
export function isExpired(document: Pick<IGoverningDocument, 'status' | 'edition' | 'validUntil'>, now: Date): boolean {
  const lastDay = calendarDay(document.validUntil);
  return lastDay !== undefined && publishedEdition(document) >= 1 && utcDay(now) > lastDay;
}

export interface IDocumentDisplayStatus {
  /** What the document is for readers: the published status while a revision is in work. */
  readonly status: DocumentStatus;
  readonly revisionInWork: boolean;
  /** The status of the version in work, when there is a revision. */
  readonly draftStatus?: DocumentStatus;
  readonly expired: boolean;
}

/** What a user sees in lists and the tree: e.g. 'Publicerad', with a revision in remiss, expired. */
export function displayStatus(document: IGoverningDocument, now: Date): IDocumentDisplayStatus {
  const revisionInWork = isRevisionInWork(document);
  const expired = isExpired(document, now);
  if (!revisionInWork) return { status: document.status, revisionInWork, expired };
  return { status: 'Publicerad', revisionInWork, draftStatus: document.status, expired };
}

/** The approved version whose day has come: the morning job publishes it. */
export function publicationDue(document: Pick<IGoverningDocument, 'status' | 'effectiveFrom'>, now: Date): boolean {
  const from = calendarDay(document.effectiveFrom);
  return document.status === 'Fastställd' && from !== undefined && from <= utcDay(now);
}

export function ownsDocument(actor: IDocumentActor, document: Pick<IGoverningDocument, 'owner'>): boolean {
  return document.owner.id !== undefined && document.owner.id === actor.id;
}

/** Registering a document (the number and permissions come from the Trygg function). */
export function mayRegisterDocument(actor: IDocumentActor): boolean {
  return actor.isDocumentOwner || actor.isSecurityFunction;
}

const OWNER_ACTIONS: readonly DocumentAction[] = [
  'editDraft',
  'uploadFile',
  'startRevision',
  'confirmReview',
  'proposeWithdrawal',
  'sendConsultation',
  'answerComment',
  'closeConsultation'
];
const FOUR_EYES_ACTIONS: readonly DocumentAction[] = ['approve', 'requestChanges'];

/** A draft's blocker when the document is not one: published, or approved and waiting. */
function draftBlocker(document: IGoverningDocument): DocumentBlocker | undefined {
  if (isDraftStatus(document.status)) return undefined;
  return document.status === 'Fastställd' ? 'awaitingPublication' : 'notDraft';
}

/** A published document with nothing in work beside it, or why not. */
function publishedBlocker(document: IGoverningDocument): DocumentBlocker | undefined {
  if (isRevisionInWork(document)) return 'revisionInWork';
  if (document.status === 'Fastställd') return 'awaitingPublication';
  return isPublished(document) ? undefined : 'notPublished';
}

function whoBlockers(action: DocumentAction, actor: IDocumentActor, document: IGoverningDocument): DocumentBlocker[] {
  if (OWNER_ACTIONS.indexOf(action) >= 0) return ownsDocument(actor, document) || actor.isSecurityFunction ? [] : ['notOwner'];
  if (action === 'confirmRead') return [];
  const blockers: DocumentBlocker[] = actor.isSecurityFunction ? [] : ['notSecurityFunction'];
  // Four eyes: Peter Sjöberg is the security function and owns documents; he may not approve those.
  if (ownsDocument(actor, document)) blockers.push('ownDocument');
  const editor = document.modifiedBy && document.modifiedBy.id;
  if (FOUR_EYES_ACTIONS.indexOf(action) >= 0 && editor !== undefined && editor === actor.id) blockers.push('ownChange');
  return blockers;
}

function stateBlockers(action: DocumentAction, document: IGoverningDocument, context: IDocumentActionContext): DocumentBlocker[] {
  const blockers: (DocumentBlocker | undefined)[] = [];
  switch (action) {
    case 'editDraft':
    case 'answerComment':
      blockers.push(draftBlocker(document));
      break;
    case 'uploadFile':
      // On a published document a new file starts the revision.
      blockers.push(isPublished(document) && !isRevisionInWork(document) ? undefined : draftBlocker(document));
      break;
    case 'startRevision':
    case 'proposeWithdrawal':
    case 'withdraw':
      blockers.push(publishedBlocker(document));
      break;
    case 'confirmReview':
      blockers.push(publishedBlocker(document), isExpired(document, context.now) ? 'expired' : undefined);
      break;
    case 'sendConsultation':
      blockers.push(draftBlocker(document), context.openRounds > 0 ? 'consultationOpen' : undefined);
      break;
    case 'closeConsultation':
      blockers.push(draftBlocker(document), context.openRounds > 0 ? undefined : 'noOpenConsultation');
      break;
    case 'approve':
    case 'requestChanges':
      blockers.push(draftBlocker(document), context.openRounds > 0 ? 'consultationOpen' : undefined);
      if (isDraftStatus(document.status) && document.moderation === 'approved') blockers.push('notPending');
      if (action === 'approve' && !document.file) blockers.push('noFile');
      break;
    case 'confirmRead':
      blockers.push(publishedEdition(document) >= 1 ? undefined : 'notPublished');
      break;
  }
  return blockers.filter((blocker): blocker is DocumentBlocker => blocker !== undefined);
}

/** Everything that stands between the actor and the action; empty when they may take it. */
export function documentActionBlockers(
  action: DocumentAction,
  actor: IDocumentActor,
  document: IGoverningDocument,
  context: IDocumentActionContext
): DocumentBlocker[] {
  if (isWithdrawn(document)) return ['withdrawn'];
  return whoBlockers(action, actor, document).concat(stateBlockers(action, document, context));
}

export function mayDo(action: DocumentAction, actor: IDocumentActor, document: IGoverningDocument, context: IDocumentActionContext): boolean {
  return documentActionBlockers(action, actor, document, context).length === 0;
}

/**
 * The statuses a document may go to: a draft goes out on remiss and back, is approved (published
 * at once, or on a later effective date), a published document gets a revision or is withdrawn.
 */
export const DOCUMENT_TRANSITIONS: Readonly<Record<DocumentStatus, readonly DocumentStatus[]>> = {
  Utkast: ['Remiss', 'Fastställd', 'Publicerad'],
  Remiss: ['Utkast', 'Fastställd', 'Publicerad'],
  Fastställd: ['Publicerad'],
  Publicerad: ['Utkast', 'Upphävd'],
  Upphävd: []
};

/** The job's step: an approved version is published on its effective day. */
export type DocumentStep = DocumentAction | 'publish';

/** 'onEffectiveDay': approval publishes at once, or leaves it 'Fastställd' until its day. */
type Target = DocumentStatus | 'onEffectiveDay';

/**
 * Each step's statuses it may start from and where it leads; a status that is not listed is an
 * illegal transition. Identity entries are steps that leave the status as it is.
 */
const STEP_TRANSITIONS: Readonly<Record<DocumentStep, Partial<Record<DocumentStatus, Target>>>> = {
  editDraft: { Utkast: 'Utkast', Remiss: 'Remiss' },
  uploadFile: { Utkast: 'Utkast', Remiss: 'Remiss', Publicerad: 'Utkast' },
  startRevision: { Publicerad: 'Utkast' },
  confirmReview: { Publicerad: 'Publicerad' },
  proposeWithdrawal: { Publicerad: 'Publicerad' },
  // Remiss with no open round (a round closed elsewhere) may go out again.
  sendConsultation: { Utkast: 'Remiss', Remiss: 'Remiss' },
  answerComment: { Utkast: 'Utkast', Remiss: 'Remiss' },
  closeConsultation: { Remiss: 'Utkast', Utkast: 'Utkast' },
  approve: { Utkast: 'onEffectiveDay', Remiss: 'onEffectiveDay' },
  requestChanges: { Utkast: 'Utkast', Remiss: 'Utkast' },
  withdraw: { Publicerad: 'Upphävd' },
  // The reader confirms the published edition, whatever version the asker sees.
  confirmRead: { Utkast: 'Utkast', Remiss: 'Remiss', Fastställd: 'Fastställd', Publicerad: 'Publicerad' },
  publish: { Fastställd: 'Publicerad' }
};

export class IllegalDocumentTransitionError extends Error {
  public constructor(public readonly step: DocumentStep, public readonly from: DocumentStatus) {
    super(`A document in status '${from}' cannot take the step '${step}'`);
    this.name = 'IllegalDocumentTransitionError';
  }
}

export interface IStatusAfterOptions {
  /** For approve: the day it takes effect, and today; a later day leaves it 'Fastställd'. */
  readonly effectiveFrom?: string;
  readonly now?: Date;
}

/**
 * The status after a step, or an IllegalDocumentTransitionError when the table does not allow the
 * step from here (or approval lacks its effective day). Who may act is documentActionBlockers' question.
 */
export function statusAfter(step: DocumentStep, from: DocumentStatus, options: IStatusAfterOptions = {}): DocumentStatus {
  const target = STEP_TRANSITIONS[step][from];
  if (target === undefined) throw new IllegalDocumentTransitionError(step, from);
  if (target !== 'onEffectiveDay') return target;
  const day = calendarDay(options.effectiveFrom);
  if (day === undefined || !options.now) throw new IllegalDocumentTransitionError(step, from);
  return day > utcDay(options.now) ? 'Fastställd' : 'Publicerad';
}
