/**
 * What a person may send about a governing document: a registration, a draft's changes, an
 * approval, a remiss, comments and answers, notes and files. The form counts against these, the
 * Trygg function refuses beyond them; nothing is trimmed or cut on the way (hostile text is stored
 * as typed and escaped where it is shown). Each error is a key the UI localizes.
 */
import { calendarDay, utcDay } from '../days';
import { isSecurityArea } from '../securityAreas';
import { checkChoice, checkLimitedText, FieldError, withoutEmpty } from '../validation';
import { typeRank } from './documentTree';
import { IApprovalInput, IConsultationInput, IDocumentDraftChanges, IDocumentRegistration } from './inputs';
import { defaultValidUntil, ReviewDateError, reviewDateErrors } from './reviewDates';
import { IGoverningDocument } from './types';
import {
  DOCUMENT_FILE_EXTENSIONS,
  DOCUMENT_LIMITS,
  GOVERNING_DOCUMENT_TYPES,
  INFORMATION_CLASSES,
  MAX_REVIEW_CYCLE_MONTHS,
  MIN_REVIEW_CYCLE_MONTHS
} from './vocabulary';

export type DocumentFieldError =
  | FieldError
  | 'unknownUnit'
  | 'unknownDocument'
  /** A parent of the same or a lower type (a riktlinje under an instruktion). */
  | 'notHigherType'
  /** The document named as its own parent or the one it supplements. */
  | 'selfReference'
  /** A unit document supplements a regional one, not another unit's. */
  | 'notRegional'
  /** Supplements given for a regional document. */
  | 'notApplicable'
  | 'withdrawnDocument'
  | 'notInFuture'
  | 'beforeApproval'
  | 'beforePreviousApproval'
  | 'notAfterEffective'
  | 'tooMany';

export type RegistrationField = keyof IDocumentRegistration;
export type RegistrationErrors = Partial<Record<RegistrationField, DocumentFieldError>>;

export interface IRegistrationContext {
  readonly units: readonly { readonly id: number }[];
  /** The documents the asker can see, to check parent and supplements against. */
  readonly documents: readonly IGoverningDocument[];
}

function idError(value: number | undefined): DocumentFieldError | undefined {
  if (value === undefined) return 'required';
  return Number.isInteger(value) && value > 0 ? undefined : 'invalidNumber';
}

function areasError(areas: readonly string[] | undefined): DocumentFieldError | undefined {
  if (!areas || areas.length === 0) return 'required';
  return areas.every(isSecurityArea) ? undefined : 'invalidChoice';
}

function reviewCycleError(months: number | undefined): DocumentFieldError | undefined {
  if (months === undefined) return 'required';
  return Number.isInteger(months) && months >= MIN_REVIEW_CYCLE_MONTHS && months <= MAX_REVIEW_CYCLE_MONTHS ? undefined : 'invalidNumber';
}

function unitError(unitId: number | undefined, context: IRegistrationContext): DocumentFieldError | undefined {
  if (unitId === undefined) return undefined;
  return context.units.some((unit) => unit.id === unitId) ? undefined : 'unknownUnit';
}

/** A document another one points at: it exists, is not the same one and is still in force. */
function referenceError(id: number | undefined, selfId: number | undefined, context: IRegistrationContext): { error?: DocumentFieldError; target?: IGoverningDocument } {
  if (id === undefined) return {};
  if (id === selfId) return { error: 'selfReference' };
  const target = context.documents.find((document) => document.id === id);
  if (!target) return { error: 'unknownDocument' };
  return target.status === 'Upphävd' ? { error: 'withdrawnDocument', target } : { target };
}

function parentError(input: IDocumentRegistration, selfId: number | undefined, context: IRegistrationContext): DocumentFieldError | undefined {
  const { error, target } = referenceError(input.parentId, selfId, context);
  if (error || !target) return error;
  // Strictly higher: a policy steers strategies, a strategy guidelines, and so on; this also rules out cycles.
  return GOVERNING_DOCUMENT_TYPES.indexOf(input.type) >= 0 && typeRank(target.type) < typeRank(input.type) ? undefined : 'notHigherType';
}

function supplementsError(input: IDocumentRegistration, selfId: number | undefined, context: IRegistrationContext): DocumentFieldError | undefined {
  if (input.supplementsId === undefined) return undefined;
  if (input.scopeUnitId === undefined) return 'notApplicable';
  const { error, target } = referenceError(input.supplementsId, selfId, context);
  if (error || !target) return error;
  return target.scopeUnitId === undefined ? undefined : 'notRegional';
}

function readAudienceError(input: IDocumentRegistration, context: IRegistrationContext): DocumentFieldError | undefined {
  const audience = input.readConfirmation;
  if (!audience) return undefined;
  return audience.unitIds.every((unitId) => unitError(unitId, context) === undefined) ? undefined : 'unknownUnit';
}

/** Every problem of a registration (or of a document with its changes: selfId is its id); empty when it may be saved. */
export function registrationErrors(input: IDocumentRegistration, context: IRegistrationContext, selfId?: number): RegistrationErrors {
  return withoutEmpty<RegistrationErrors>({
    title: checkLimitedText(input.title, { required: true, max: DOCUMENT_LIMITS.title }),
    type: checkChoice(input.type, GOVERNING_DOCUMENT_TYPES, true),
    ownerId: idError(input.ownerId),
    informationClass: checkChoice(input.informationClass, INFORMATION_CLASSES, true),
    areas: areasError(input.areas),
    scopeUnitId: unitError(input.scopeUnitId, context),
    supplementsId: supplementsError(input, selfId, context),
    parentId: parentError(input, selfId, context),
    reviewCycleMonths: reviewCycleError(input.reviewCycleMonths),
    preparedBy: checkLimitedText(input.preparedBy, { max: DOCUMENT_LIMITS.preparedBy }),
    readConfirmation: readAudienceError(input, context)
  });
}

export type DraftChangeErrors = Partial<Record<keyof IDocumentDraftChanges, DocumentFieldError>>;

/**
 * The problems of an owner's changes to a draft, checked with the rest of the document: only the
 * fields that change are reported (a stored value the rules have since tightened does not block an
 * unrelated edit), and the supplemented document when the scope changes.
 */
export function draftChangeErrors(changes: IDocumentDraftChanges, document: IGoverningDocument, context: IRegistrationContext): DraftChangeErrors {
  const merged: IDocumentRegistration = {
    title: document.title,
    type: document.type,
    ownerId: document.owner.id as number,
    informationClass: document.informationClass,
    areas: document.areas,
    scopeUnitId: document.scopeUnitId,
    supplementsId: document.supplementsId,
    parentId: document.parentId,
    reviewCycleMonths: document.reviewCycleMonths,
    preparedBy: document.preparedBy,
    readConfirmation: document.readConfirmation,
    ...changes
  };
  const all = registrationErrors(merged, context, document.id);
  const changed = Object.keys(changes).concat('scopeUnitId' in changes ? ['supplementsId'] : []);
  const errors: DraftChangeErrors = {};
  for (const field of changed as (keyof IDocumentDraftChanges)[]) if (all[field]) errors[field] = all[field];
  return errors;
}

/** A whole date (`YYYY-MM-DD`, or an ISO instant of that day) that exists, as midnight UTC. */
function realDay(value: string | undefined): number | undefined {
  return value && /^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? calendarDay(value) : undefined;
}

function dayError(value: string | undefined): DocumentFieldError | undefined {
  if (!value || !value.trim()) return 'required';
  return realDay(value) === undefined ? 'invalidDate' : undefined;
}

export type ApprovalErrors = Partial<Record<keyof IApprovalInput, DocumentFieldError>>;

/**
 * An approval: who decided, on a real day not in the future (nor before the edition it replaces),
 * effective from that day or later, valid (as given, or by default the approval day plus the review
 * interval) past the effective day.
 */
export function approvalErrors(input: IApprovalInput, now: Date, document: Pick<IGoverningDocument, 'approvedOn' | 'reviewCycleMonths'>): ApprovalErrors {
  const approvedOn = realDay(input.approvedOn);
  const effectiveFrom = realDay(input.effectiveFrom);
  const previous = calendarDay(document.approvedOn);
  const validUntil = input.validUntil ? realDay(input.validUntil) : calendarDay(defaultValidUntil(input.approvedOn, document.reviewCycleMonths));
  const errors: ApprovalErrors = {
    approvedByBody: checkLimitedText(input.approvedByBody, { required: true, max: DOCUMENT_LIMITS.approvedByBody }),
    approvedOn: dayError(input.approvedOn),
    effectiveFrom: dayError(input.effectiveFrom),
    validUntil: input.validUntil ? dayError(input.validUntil) : undefined,
    note: checkLimitedText(input.note, { max: DOCUMENT_LIMITS.decisionNote })
  };
  if (approvedOn !== undefined && approvedOn > utcDay(now)) errors.approvedOn = 'inFuture';
  else if (approvedOn !== undefined && previous !== undefined && approvedOn < previous) errors.approvedOn = 'beforePreviousApproval';
  if (approvedOn !== undefined && effectiveFrom !== undefined && effectiveFrom < approvedOn) errors.effectiveFrom = 'beforeApproval';
  if (!errors.validUntil && validUntil !== undefined && effectiveFrom !== undefined && validUntil <= effectiveFrom) errors.validUntil = 'notAfterEffective';
  return withoutEmpty(errors);
}

export type ConsultationErrors = Partial<Record<'recipients' | 'deadline' | 'message', DocumentFieldError>>;

/** A remiss: at least one person or unit, at most the limit, each a real id; a deadline after today. */
export function consultationErrors(input: IConsultationInput, now: Date): ConsultationErrors {
  const ids = input.recipientIds.concat(input.unitIds);
  const distinct = new Set(input.recipientIds).size + new Set(input.unitIds).size;
  const deadline = realDay(input.deadline);
  let recipients: DocumentFieldError | undefined;
  if (ids.length === 0) recipients = 'required';
  else if (!ids.every((id) => Number.isInteger(id) && id > 0)) recipients = 'invalidNumber';
  else if (distinct > DOCUMENT_LIMITS.consultationRecipients) recipients = 'tooMany';
  return withoutEmpty<ConsultationErrors>({
    recipients,
    deadline: dayError(input.deadline) || (deadline !== undefined && deadline <= utcDay(now) ? 'notInFuture' : undefined),
    message: checkLimitedText(input.message, { max: DOCUMENT_LIMITS.consultationMessage })
  });
}

/** A remiss comment: something said, within the limit, never cut. */
export function commentErrors(text: string | undefined): { comment?: FieldError } {
  return withoutEmpty({ comment: checkLimitedText(text, { required: true, max: DOCUMENT_LIMITS.comment }) });
}

/** The owner's answer to a comment. */
export function answerErrors(text: string | undefined): { answer?: FieldError } {
  return withoutEmpty({ answer: checkLimitedText(text, { required: true, max: DOCUMENT_LIMITS.answer }) });
}

/** The summary that closes a remiss (optional). */
export function closingNoteErrors(text: string | undefined): { closingNote?: FieldError } {
  return withoutEmpty({ closingNote: checkLimitedText(text, { max: DOCUMENT_LIMITS.closingNote }) });
}

/** The note of a decision: required where a reason is owed (changes requested, a withdrawal and its proposal). */
export function decisionNoteErrors(note: string | undefined, required: boolean): { note?: FieldError } {
  return withoutEmpty({ note: checkLimitedText(note, { required, max: DOCUMENT_LIMITS.decisionNote }) });
}

/** A review without change: the next review day, and an optional note. */
export function reviewConfirmationErrors(
  nextReviewAt: string | undefined,
  note: string | undefined,
  now: Date,
  validUntil?: string
): { nextReviewAt?: ReviewDateError; note?: FieldError } {
  const dateError = nextReviewAt && realDay(nextReviewAt) === undefined ? 'invalidDate' : reviewDateErrors(nextReviewAt, now, validUntil);
  return withoutEmpty({ nextReviewAt: dateError, note: checkLimitedText(note, { max: DOCUMENT_LIMITS.decisionNote }) });
}

export type FileNameError = 'required' | 'invalidName' | 'tooLong' | 'fileType';
export type FileContentError = 'empty' | 'tooLarge';

/**
 * What SharePoint refuses in a file name: these characters and control characters; the names
 * Windows reserves, '~$' (Office's lock files) and '_vti_' (SharePoint's own folders); names that
 * begin or end with a space or end with a period.
 */
// eslint-disable-next-line no-control-regex
const REFUSED_CHARACTERS = /["*:<>?/\\|\u0000-\u001F\u007F]/;
const RESERVED_BASE_NAMES = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|desktop)$/i;
const REFUSED_EDGES = /^\s|\s$|\.$/;

function fileNameError(name: string | undefined): FileNameError | undefined {
  if (!name || !name.trim()) return 'required';
  const dot = name.lastIndexOf('.');
  const base = dot < 0 ? name : name.slice(0, dot);
  if (REFUSED_CHARACTERS.test(name) || REFUSED_EDGES.test(name) || name.indexOf('~$') === 0 || /_vti_/i.test(name)) return 'invalidName';
  if (!base.trim() || RESERVED_BASE_NAMES.test(base.trim())) return 'invalidName';
  if (name.length > DOCUMENT_LIMITS.fileName) return 'tooLong';
  const extension = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  return (DOCUMENT_FILE_EXTENSIONS as readonly string[]).indexOf(extension) >= 0 ? undefined : 'fileType';
}

/** A governing document's file: a name SharePoint takes, Word (.docx) or PDF, not empty, within the size limit. */
export function fileErrors(name: string | undefined, bytes: number): { name?: FileNameError; content?: FileContentError } {
  const content: FileContentError | undefined = !(bytes > 0) ? 'empty' : bytes > DOCUMENT_LIMITS.fileBytes ? 'tooLarge' : undefined;
  return withoutEmpty({ name: fileNameError(name), content });
}
