/**
 * Consultation rounds (remisser), which only the Trygg function writes: TryggRemisser and
 * TryggRemissvar give people Read at most, and each round and comment is shared item by item. A
 * round is a copy of the draft in TryggRemisser, readable by the document's owner, its recipients
 * (the people named, and the managers of the units named: consultationRecipients.ts) and the
 * security function, so a recipient
 * reads the draft without reaching the library's version in work. Recipients comment while the round
 * is open (after the deadline too: the comment's time shows it late); the owner answers each comment
 * and closes the round. Anyone who may not see a round or comment is told it does not exist.
 */
import { documentActionBlockers, DocumentAction, statusAfter } from '../../src/domain/documents/lifecycle';
import { answerErrors, closingNoteErrors, commentErrors, consultationErrors } from '../../src/domain/documents/documentValidation';
import { samePerson } from '../../src/domain/documents/readConfirmations';
import { IStoredDocument } from '../../src/domain/documents/repositories';
import { IConsultationComment, IConsultationRound, ModerationState } from '../../src/domain/documents/types';
import { IOrganisationUnit, IPerson } from '../../src/domain/organisation';
import { consultationCommentsList, consultationsLibrary } from '../../src/schema/documentLists';
import { consultationMail } from '../../src/services/notifications/documentMails';
import { isConsultationRecipient } from '../../src/services/documents/consultationRecipients';
import { classifyError } from '../../src/services/errors';
import { IFunctionContext } from './functionContext';
import { ISiteUser } from './sitePrincipals';
import { Refusal } from './refusal';
import { InvalidRequest } from './requestBodies';
import { readAnswer, readCloseConsultation, readComment, readSendConsultation } from './documentRequestBodies';
import { blocked, DocumentAccess } from './documentAccess';
import { refuseInvalid, storedDay } from './DocumentRequests';

function roundNotFound(): Refusal {
  return new Refusal(404, 'notFound', 'No such consultation round.');
}

/** While a draft is in work it stays pending; one sent back for changes stays rejected. */
function draftModeration(document: IStoredDocument): ModerationState {
  return document.moderation === 'rejected' ? 'rejected' : 'pending';
}

export class ConsultationRequests {
  constructor(private readonly _context: IFunctionContext, private readonly _access: DocumentAccess) {}

  public async send(me: ISiteUser, documentId: number, body: unknown): Promise<{ round: IConsultationRound; created: boolean }> {
    const { clientRequestId, consultation } = readSendConsultation(body);
    const consultations = this._access.consultations;
    const earlier = await consultations.byClientRequestId(clientRequestId);
    if (earlier && earlier.documentId === documentId) {
      const document = await this._access.requireDocument(me, documentId);
      return { round: await this._resumeSend(document, earlier, await this._unitManagers(earlier.recipientUnitIds)), created: false };
    }
    if (earlier) throw new Refusal(409, 'conflict', 'That request id belongs to another consultation round.');
    const document = await this._access.requireDocument(me, documentId);
    await this._allow('sendConsultation', me, document);
    refuseInvalid(consultationErrors(consultation, this._context.now()));
    const recipients = await this._namedPeople(consultation.recipientIds);
    await this._unitManagers(consultation.unitIds);
    const content = await this._access.documents.content(documentId);
    const extension = document.file ? document.file.name.slice(document.file.name.lastIndexOf('.')) : '';
    const { round, created } = await consultations.add(
      {
        documentId,
        documentNumber: document.number,
        title: document.title,
        draftVersion: document.version,
        recipients,
        recipientUnitIds: consultation.unitIds,
        deadline: storedDay(consultation.deadline) as string,
        message: consultation.message || undefined,
        sentById: me.id,
        sentAt: this._context.now().toISOString()
      },
      `${document.number} remiss ${clientRequestId}${extension}`,
      content,
      clientRequestId
    );
    const managers = await this._unitManagers(round.recipientUnitIds);
    const shared = await this._resumeSend(document, round, managers);
    if (created) await this._tellRecipients(shared, managers, me);
    return { round: shared, created };
  }

  public async comment(me: ISiteUser, roundId: number, body: unknown): Promise<{ comment: IConsultationComment; created: boolean }> {
    const { clientRequestId, text } = readComment(body);
    const { round, document, recipient } = await this._round(me, roundId);
    if (!recipient) throw blocked('Commenting', ['notRecipient']);
    if (round.status !== 'Öppen') throw blocked('Commenting', ['consultationClosed']);
    refuseInvalid(commentErrors(text));
    const { comment, created } = await this._access.consultations.addComment(
      { roundId, documentId: round.documentId, documentNumber: round.documentNumber, commenterId: me.id, text },
      clientRequestId
    );
    if (comment.commenter.id !== me.id) throw new Refusal(409, 'conflict', 'That request id belongs to another comment.');
    // The commenter and the owner read it (the security function reads the list); a retry shares what the first did not.
    const readers = [me.id].concat(document.owner.id !== undefined && document.owner.id !== me.id ? [document.owner.id] : []);
    const holders = await this._context.grants.holders(consultationCommentsList.title, comment.id);
    const missing = readers.filter((id) => !holders.readers.has(id));
    if (missing.length > 0 || created) await this._context.grants.share(consultationCommentsList.title, comment.id, missing.map((principalId) => ({ principalId, level: 'Read' as const })));
    return { comment, created };
  }

  public async answer(me: ISiteUser, commentId: number, body: unknown): Promise<IConsultationComment> {
    const { text } = readAnswer(body);
    const comment = await this._access.consultations.comment(commentId);
    if (!comment) throw roundNotFound();
    const { document } = await this._round(me, comment.roundId, comment);
    await this._allow('answerComment', me, document);
    refuseInvalid(answerErrors(text));
    const { comment: stored, written } = await this._access.consultations.answer(commentId, text, me.id, this._context.now().toISOString());
    // A replay of this answer gets it back; another answer there first stays, and the caller sees it.
    if (!written && stored.answer !== text) throw new Refusal(412, 'conflict', 'The comment was answered meanwhile.', stored);
    return stored;
  }

  public async close(me: ISiteUser, roundId: number, body: unknown): Promise<IConsultationRound> {
    const { closingNote } = readCloseConsultation(body);
    const { round, document } = await this._round(me, roundId);
    if (round.status === 'Stängd') {
      // A replay after the round was closed: as it stands, for someone who may close it; a first
      // attempt that stopped before the document left Remiss is finished now.
      await this._allow('answerComment', me, document);
      await this._documentBackInWork(document);
      return round;
    }
    await this._allow('closeConsultation', me, document);
    refuseInvalid(closingNoteErrors(closingNote));
    const closed = await this._access.consultations.close(roundId, this._context.now().toISOString(), closingNote);
    await this._documentBackInWork(document);
    return closed;
  }

  /** With no round open any more, the draft is back in work (Utkast). */
  private async _documentBackInWork(document: IStoredDocument): Promise<void> {
    if ((await this._access.openRounds(document.id)) === 0 && document.status === 'Remiss') {
      await this._access.documents.moderate(document.id, { status: statusAfter('closeConsultation', document.status) }, draftModeration(document));
    }
  }

  /** Every reason the caller may not take the step now, as a 403 the client shows. */
  private async _allow(action: DocumentAction, me: ISiteUser, document: IStoredDocument): Promise<void> {
    const actor = await this._access.actor(me);
    const openRounds = await this._access.openRounds(document.id);
    const blockers = documentActionBlockers(action, actor, document, { now: this._context.now(), openRounds });
    if (blockers.length > 0) throw blocked(`${document.number}: ${action}`, blockers);
  }

  /**
   * The round and its document, for a caller who may see the round: its owner, its recipients and
   * the security function; for a comment, also its commenter.
   */
  private async _round(me: ISiteUser, roundId: number, comment?: IConsultationComment): Promise<{ round: IConsultationRound; document: IStoredDocument; recipient: boolean }> {
    const round = await this._access.consultations.get(roundId);
    if (!round) throw roundNotFound();
    const document = await this._access.documents.get(round.documentId);
    if (!document) throw roundNotFound();
    const owner = document.owner.id !== undefined && document.owner.id === me.id;
    const recipient = isConsultationRecipient(round, me, await this._context.units.getAll());
    const commenter = !!comment && comment.commenter.id === me.id;
    if (comment ? !(me.isSecurityFunction || owner || commenter) : !(me.isSecurityFunction || owner || recipient)) throw roundNotFound();
    return { round, document, recipient };
  }

  /**
   * The round shared with the owner, the people named and the units' managers (Read; the security
   * function reads the library), and the document marked in remiss, still pending. A retry
   * completes what a first attempt left.
   */
  private async _resumeSend(document: IStoredDocument, round: IConsultationRound, managers: readonly IPerson[]): Promise<IConsultationRound> {
    const readers = new Set<number>();
    if (document.owner.id !== undefined) readers.add(document.owner.id);
    for (const recipient of round.recipients.concat(managers)) if (recipient.id !== undefined) readers.add(recipient.id);
    const holders = await this._context.grants.holders(consultationsLibrary.title, round.id);
    const missing = Array.from(readers).filter((id) => !holders.readers.has(id));
    if (missing.length > 0 || holders.readers.size === 0) {
      await this._context.grants.share(consultationsLibrary.title, round.id, missing.map((principalId) => ({ principalId, level: 'Read' as const })));
    }
    if (round.status === 'Öppen' && document.status !== 'Remiss') {
      await this._access.documents.moderate(document.id, { status: statusAfter('sendConsultation', document.status) }, draftModeration(document));
    }
    return round;
  }

  /** The people named, as site users. */
  private async _namedPeople(ids: readonly number[]): Promise<IPerson[]> {
    const people: IPerson[] = [];
    for (const id of ids) {
      let user: { Id: number; Title: string; Email: string };
      try {
        user = await this._context.sp.web.siteUsers.getById(id).select('Id', 'Title', 'Email')();
      } catch (error) {
        if (classifyError(error).kind === 'notFound') throw new InvalidRequest({ recipients: 'unknownPerson' });
        throw error;
      }
      if (!people.some((known) => samePerson(known, { id: user.Id, displayName: user.Title, email: user.Email }))) people.push({ id: user.Id, displayName: user.Title, email: user.Email });
    }
    return people;
  }

  /** The managers of the units named (TryggEnheter), as site users: a unit answers through its manager. */
  private async _unitManagers(unitIds: readonly number[]): Promise<IPerson[]> {
    if (unitIds.length === 0) return [];
    const units = await this._context.units.getAll();
    const managers: IPerson[] = [];
    for (const unitId of unitIds) {
      const unit = units.filter((candidate: IOrganisationUnit) => candidate.id === unitId)[0];
      if (!unit) throw new InvalidRequest({ recipients: 'unknownUnit' });
      if (!unit.manager || !unit.manager.email) throw new InvalidRequest({ recipients: 'noManager' });
      const manager = await this._context.people.byEmail(unit.manager.email, 'recipients');
      managers.push({ id: manager.id, displayName: manager.displayName, email: manager.email });
    }
    return managers;
  }

  private async _tellRecipients(round: IConsultationRound, managers: readonly IPerson[], me: ISiteUser): Promise<void> {
    const to = Array.from(new Set(round.recipients.concat(managers).map((recipient) => recipient.email.toLowerCase()).filter((email) => !!email)));
    if (to.length === 0) return;
    try {
      await this._context.mail.send(consultationMail(round, to, me.displayName, this._context.links.document(round.documentNumber)));
    } catch (error) {
      // The round stands and shows in each recipient's list in Trygg; a lost mail is not worth failing it.
      this._context.log.warn('Trygg documents: the recipients of a consultation could not be told', error);
    }
  }
}
