/**
 * Governing documents' steps that only the Trygg function takes: registration (the number from the
 * domain's rule, the upload with metadata, the owner's Contribute on their document), a review that
 * keeps the published version approved, the owner's proposal to withdraw, and the security
 * function's approval, request for changes and withdrawal with four eyes. The rules are the
 * domain's (domain/documents), asked again here whoever calls; a caller who may not see the
 * document is told it does not exist. Steps guarded by an ETag answer a replay whose first attempt
 * landed with the document as it stands, and record their decision once.
 */
import { calendarDay, dayString } from '../../src/domain/days';
import { IDocumentActor, documentActionBlockers, DocumentAction, mayRegisterDocument, statusAfter } from '../../src/domain/documents/lifecycle';
import { nextDocumentNumber, numberPrefixFilter } from '../../src/domain/documents/numbering';
import { defaultValidUntil, nextReviewAfter } from '../../src/domain/documents/reviewDates';
import { asksForReadConfirmation } from '../../src/domain/documents/readConfirmations';
import {
  approvalErrors,
  decisionNoteErrors,
  fileErrors,
  registrationErrors,
  reviewConfirmationErrors
} from '../../src/domain/documents/documentValidation';
import { DocumentNumberTaken, INewDocumentDecision, IStoredDocument } from '../../src/domain/documents/repositories';
import { IDocumentDecision } from '../../src/domain/documents/types';
import { IDocumentRegistration } from '../../src/domain/documents/inputs';
import { documentDecisionsList, governingDocumentsLibrary } from '../../src/schema/documentLists';
import { TRYGG_GROUPS } from '../../src/schema/groups';
import { DocumentDecisionRepository } from '../../src/services/documents/DocumentDecisionRepository';
import { documentApprovedMail, documentChangesMail } from '../../src/services/notifications/documentMails';
import { classifyError } from '../../src/services/errors';
import { IFunctionContext } from './functionContext';
import { ISiteUser } from './sitePrincipals';
import { Refusal } from './refusal';
import { InvalidRequest } from './requestBodies';
import { readApprove, readConfirmReview, readDecision, readNote, readRegisterDocument } from './documentRequestBodies';
import { blocked, DocumentAccess } from './documentAccess';

/** Numbers tried when concurrent registrations take the same one. */
const NUMBER_ATTEMPTS = 5;

/** A calendar day as SharePoint stores it here: midnight UTC. */
export function storedDay(value: string | undefined): string | undefined {
  const day = calendarDay(value);
  return day === undefined ? undefined : `${dayString(day)}T00:00:00.000Z`;
}

function sameDay(a: string | undefined, b: string | undefined): boolean {
  return calendarDay(a) !== undefined && calendarDay(a) === calendarDay(b);
}

/** The errors of a check, if any, as a 400 naming each field. */
export function refuseInvalid(...groups: Readonly<Record<string, string | undefined>>[]): void {
  const fields: Record<string, string> = {};
  for (const group of groups) for (const field of Object.keys(group)) if (group[field]) fields[field] = group[field] as string;
  if (Object.keys(fields).length > 0) throw new InvalidRequest(fields);
}

export class DocumentRequests {
  private readonly _decisions: DocumentDecisionRepository;

  constructor(private readonly _context: IFunctionContext, private readonly _access: DocumentAccess) {
    this._decisions = new DocumentDecisionRepository(_context.sp);
  }

  public async register(me: ISiteUser, body: unknown): Promise<{ document: IStoredDocument; created: boolean }> {
    const request = readRegisterDocument(body);
    const actor = await this._access.actor(me);
    if (!mayRegisterDocument(actor)) throw new Refusal(403, 'forbidden', 'Only document owners and the security function register documents.', undefined, { register: 'notDocumentOwner' });
    const documents = this._access.documents;
    const earlier = await documents.byClientRequestId(request.clientRequestId);
    if (earlier) {
      // A retry is its sender's own: someone else's request id gets them nothing of that document.
      const registrant = earlier.registeredBy && earlier.registeredBy.id;
      if (registrant !== me.id) throw new Refusal(409, 'conflict', 'That request id belongs to another registration.');
      return { document: await this._resumeRegistration(earlier), created: false };
    }

    const [units, all] = await Promise.all([this._context.units.getAll(), documents.query({})]);
    const files = fileErrors(request.file.name, request.file.content.byteLength);
    refuseInvalid(registrationErrors(request.registration, { units, documents: all }), { file: files.name || files.content });
    await this._requireSiteUser(request.registration.ownerId);

    for (let attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
      const number = nextDocumentNumber(request.registration.type, await documents.numbersWithPrefix(numberPrefixFilter(request.registration.type)));
      try {
        const { document, created } = await documents.add(`${number} ${request.file.name}`, request.file.content, registrationValues(request.registration, number, me.id), request.clientRequestId);
        return { document: created ? await this._share(document) : await this._resumeRegistration(document), created };
      } catch (error) {
        // Someone registered a document of the type at the same moment: the next number.
        if (!(error instanceof DocumentNumberTaken)) throw error;
      }
    }
    throw new Refusal(503, 'unavailable', 'Document numbers are being taken as fast as they are given out; try again.');
  }

  public async confirmReview(me: ISiteUser, id: number, body: unknown): Promise<IStoredDocument> {
    const request = readConfirmReview(body);
    const document = await this._access.requireDocument(me, id);
    const nextReviewAt = storedDay(request.nextReviewAt);
    // A replay whose first attempt landed: the review stands as asked.
    if (document.etag !== request.etag && document.lastReviewedBy && document.lastReviewedBy.id === me.id && sameDay(document.nextReviewAt, nextReviewAt)) return document;
    await this._allow('confirmReview', me, document);
    refuseInvalid(reviewConfirmationErrors(request.nextReviewAt, request.note, this._context.now(), document.validUntil));
    this._requireEtag(document, request.etag);
    const now = this._context.now().toISOString();
    await this._recordOnce({ ...this._decision(me, document, 'Granskad utan ändring'), note: request.note || undefined, nextReviewAt });
    // Written by the function so that the published version stays approved (the owner's own edit would make it pending).
    return this._access.documents.moderate(id, { nextReviewAt, lastReviewedAt: now, lastReviewedById: me.id }, 'approved');
  }

  public async proposeWithdrawal(me: ISiteUser, id: number, body: unknown): Promise<IDocumentDecision> {
    const { note } = readNote(body);
    const document = await this._access.requireDocument(me, id);
    await this._allow('proposeWithdrawal', me, document);
    refuseInvalid(decisionNoteErrors(note, true));
    // A retry of the same proposal finds the first: recorded once.
    return this._recordOnce({ ...this._decision(me, document, 'Upphävande föreslaget'), note });
  }

  public async approve(me: ISiteUser, id: number, body: unknown): Promise<IStoredDocument> {
    const { etag, approval } = readApprove(body);
    const document = await this._access.requireDocument(me, id);
    const approvedOn = storedDay(approval.approvedOn);
    const landed = (document.status === 'Publicerad' || document.status === 'Fastställd') && sameDay(document.approvedOn, approvedOn) && document.approvedByBody === approval.approvedByBody;
    if (document.etag !== etag && landed) return document;
    await this._allow('approve', me, document);
    refuseInvalid(approvalErrors(approval, this._context.now(), document));
    // What the owner wrote with her own rights is checked by the same rules as a registration before it is published.
    const [units, all] = await Promise.all([this._context.units.getAll(), this._access.documents.query({})]);
    refuseInvalid(registrationErrors(registrationOf(document), { units, documents: all }, document.id));
    this._requireEtag(document, etag);

    const effectiveFrom = storedDay(approval.effectiveFrom);
    const validUntil = storedDay(approval.validUntil || defaultValidUntil(approval.approvedOn, document.reviewCycleMonths));
    const nextReviewAt = storedDay(nextReviewAfter(approval.effectiveFrom, document.reviewCycleMonths, validUntil));
    const status = statusAfter('approve', document.status, { effectiveFrom: approval.effectiveFrom, now: this._context.now() });
    // The number and the edition are the function's: what an owner may have written over them does not count.
    const trusted = await this._access.functionValues(id);
    const edition = trusted.edition + 1;
    await this._recordOnce({
      ...this._decision(me, document, 'Fastställd'),
      edition,
      decidedByBody: approval.approvedByBody,
      note: approval.note || undefined,
      effectiveFrom,
      validUntil,
      nextReviewAt
    });
    // A later effective day leaves the approved version pending: readers keep the edition in force
    // until the morning job publishes it on its day.
    const approved = await this._access.documents.moderate(
      id,
      {
        status,
        edition,
        approvedOn,
        approvedByBody: approval.approvedByBody,
        effectiveFrom,
        validUntil,
        nextReviewAt,
        number: trusted.number,
        reminderSentFor: trusted.reminderSentFor || '',
        // The reading lists find a published edition by this marker: stamped from the audience approved, whatever the owner wrote.
        asksReadConfirmation: asksForReadConfirmation(document.readConfirmation)
      },
      status === 'Publicerad' ? 'approved' : 'pending',
      approval.note || ''
    );
    await this._mail(approved, (to, link) => documentApprovedMail(approved, to, link));
    return approved;
  }

  public async requestChanges(me: ISiteUser, id: number, body: unknown): Promise<IStoredDocument> {
    const { etag, note } = readDecision(body);
    const document = await this._access.requireDocument(me, id);
    if (document.etag !== etag && document.moderation === 'rejected' && document.moderationComment === note) return document;
    await this._allow('requestChanges', me, document);
    refuseInvalid(decisionNoteErrors(note, true));
    this._requireEtag(document, etag);
    await this._recordOnce({ ...this._decision(me, document, 'Ändringar begärda'), note });
    const rejected = await this._access.documents.moderate(id, { status: statusAfter('requestChanges', document.status) }, 'rejected', note);
    await this._mail(rejected, (to, link) => documentChangesMail(rejected, to, note, link));
    return rejected;
  }

  public async withdraw(me: ISiteUser, id: number, body: unknown): Promise<IStoredDocument> {
    const { etag, note } = readDecision(body);
    const document = await this._access.requireDocument(me, id);
    if (document.etag !== etag && document.status === 'Upphävd') return document;
    await this._allow('withdraw', me, document);
    refuseInvalid(decisionNoteErrors(note, true));
    this._requireEtag(document, etag);
    await this._recordOnce({ ...this._decision(me, document, 'Upphävd'), note });
    return this._access.documents.moderate(id, { status: statusAfter('withdraw', document.status) }, 'approved', note);
  }

  /** Every reason the caller may not take the step now, as a 403 the client shows. */
  private async _allow(action: DocumentAction, me: ISiteUser, document: IStoredDocument): Promise<IDocumentActor> {
    const actor = await this._access.actor(me);
    const openRounds = action === 'approve' || action === 'requestChanges' ? await this._access.openRounds(document.id) : 0;
    const blockers = documentActionBlockers(action, actor, await this._access.forRules(document), { now: this._context.now(), openRounds });
    if (blockers.length > 0) throw blocked(`${document.number}: ${action}`, blockers);
    return actor;
  }

  private _requireEtag(document: IStoredDocument, etag: string): void {
    if (document.etag !== etag) throw new Refusal(412, 'conflict', 'The document has changed since it was read.', document);
  }

  private _decision(me: ISiteUser, document: IStoredDocument, kind: INewDocumentDecision['kind']): INewDocumentDecision {
    return { documentId: document.id, documentNumber: document.number, edition: document.edition, kind, recordedById: me.id, recordedAt: this._context.now().toISOString() };
  }

  /**
   * The decision, unless the newest one already is it: a replay after the decision was recorded
   * and the document's write failed records it once.
   */
  private async _recordOnce(decision: INewDocumentDecision): Promise<IDocumentDecision> {
    const newest = (await this._decisions.listFor(decision.documentId))[0];
    const same =
      !!newest &&
      newest.kind === decision.kind &&
      newest.edition === decision.edition &&
      newest.recordedBy.id === decision.recordedById &&
      (newest.note || '') === (decision.note || '') &&
      sameOrBoth(newest.nextReviewAt, decision.nextReviewAt) &&
      sameOrBoth(newest.effectiveFrom, decision.effectiveFrom);
    const recorded = same ? newest : await this._decisions.add(decision);
    await this._keepPrivate(recorded);
    return recorded;
  }

  /**
   * The decision list is public within the region, as a diarium is; what is decided about a document
   * nobody has seen published yet (its number, the security function's notes) stays with its owner
   * and the security function until it is.
   */
  private async _keepPrivate(decision: IDocumentDecision): Promise<void> {
    if (decision.edition >= 1 && decision.kind !== 'Ändringar begärda') return;
    const document = await this._access.documents.get(decision.documentId);
    const grants = this._context.grants;
    const [securityFunction, admins] = await Promise.all([grants.groupId(TRYGG_GROUPS.securityFunction.title), grants.groupId(TRYGG_GROUPS.admins.title)]);
    const people = document && document.owner.id !== undefined ? [{ principalId: document.owner.id, level: 'Read' as const }] : [];
    await grants.restrict(documentDecisionsList.title, decision.id, [{ principalId: securityFunction, level: 'Read' }, { principalId: admins, level: 'Full Control' }, ...people]);
  }

  /** The owner's Contribute on their document, beside the library's permissions. */
  private async _share(document: IStoredDocument): Promise<IStoredDocument> {
    if (document.owner.id !== undefined) await this._context.grants.share(governingDocumentsLibrary.title, document.id, [{ principalId: document.owner.id, level: 'Contribute' }]);
    return document;
  }

  /**
   * A retried registration (its request id is the client's own, random). Nobody but the app could
   * have written the document's fields, so they hold; the first attempt may have stopped before the
   * owner's permission: it is granted now.
   */
  private async _resumeRegistration(earlier: IStoredDocument): Promise<IStoredDocument> {
    const ownerId = earlier.owner.id;
    if (ownerId === undefined) return earlier;
    const holders = await this._context.grants.holders(governingDocumentsLibrary.title, earlier.id);
    if (!holders.editors.has(ownerId)) await this._share(earlier);
    return earlier;
  }

  private async _requireSiteUser(id: number): Promise<void> {
    try {
      await this._context.sp.web.siteUsers.getById(id).select('Id')();
    } catch (error) {
      if (classifyError(error).kind === 'notFound') throw new InvalidRequest({ ownerId: 'unknownPerson' });
      throw error;
    }
  }

  /** The owner's news; the decision stands whether or not the mail goes (and it is never sent twice: a replay returns early). */
  private async _mail(document: IStoredDocument, message: (to: string, link: string) => Parameters<IFunctionContext['mail']['send']>[0]): Promise<void> {
    if (!document.owner.email) return;
    try {
      await this._context.mail.send(message(document.owner.email, this._context.links.document(document.number)));
    } catch (error) {
      this._context.log.warn('Trygg documents: the owner could not be told of a decision', error);
    }
  }
}

function sameOrBoth(a: string | undefined, b: string | undefined): boolean {
  return (!a && !b) || sameDay(a, b);
}

function registrationValues(registration: IDocumentRegistration, number: string, registeredById: number): Parameters<DocumentAccess['documents']['add']>[2] {
  return {
    title: registration.title,
    number,
    type: registration.type,
    ownerId: registration.ownerId,
    informationClass: registration.informationClass,
    areas: registration.areas,
    scopeUnitId: registration.scopeUnitId,
    supplementsId: registration.supplementsId,
    parentId: registration.parentId,
    reviewCycleMonths: registration.reviewCycleMonths,
    preparedBy: registration.preparedBy,
    readConfirmation: registration.readConfirmation,
    status: 'Utkast',
    edition: 0,
    registeredById
  };
}

/** A stored document's own values, as a registration would state them. */
function registrationOf(document: IStoredDocument): IDocumentRegistration {
  return {
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
    readConfirmation: document.readConfirmation
  };
}
