/**
 * Consultation rounds (remisser) through the real services and the Trygg function: a recipient
 * reads the copy of the draft but not the draft itself, anyone else is told the round does not
 * exist; recipients comment while the round is open, the owner answers each comment and closes the
 * round; and nobody writes the decisions, rounds or comments with their own rights.
 */
import '@pnp/sp/files';
import { IConsultationRound, IGoverningDocument } from '../../../src/domain/documents/types';
import { consultationCommentsList, consultationsLibrary, documentDecisionsList, governingDocumentsLibrary } from '../../../src/schema/documentLists';
import { DOCUMENT_PATHS } from '../../../src/services/documents/documentProtocol';
import { ConflictError } from '../../../src/services/errors';
import { Outcome, succeeds } from '../permissions/signedInAs';
import { IDocumentsWorld, newRequestId, register, startDocumentsWorld, upn } from './documentHelpers';

describe('consultation rounds', () => {
  let world: IDocumentsWorld;
  let draft: IGoverningDocument;
  let round: IConsultationRound;
  let akutenId: number;

  beforeAll(async () => {
    world = await startDocumentsWorld();
    akutenId = (await world.services('lars.holm').units.getAll()).filter((unit) => unit.code === 'RE-SJH-AKU')[0].id;
    draft = await register(world, 'helena.ask', 'helena.ask', 'Riktlinje för besökare');
  });

  afterAll(() => world.emulator.close());

  it('sends a copy of the draft to the people named and the managers of the units named, and mails them', async () => {
    const mariaId = await world.siteUserId('maria.berg');
    round = await world.services('helena.ask').documents.sendConsultation(
      draft.id,
      { recipientIds: [mariaId], unitIds: [akutenId], deadline: world.clock.day(14), message: 'Särskilt avsnitt 3 om kvällstid.' },
      newRequestId()
    );
    expect(round).toMatchObject({ documentId: draft.id, documentNumber: draft.number, status: 'Öppen', recipientUnitIds: [akutenId], sentBy: { email: upn('helena.ask') } });
    // The people named; the unit answers through whoever manages it (Akutmottagningen: Lars Holm).
    expect(round.recipients.map((person) => person.email)).toEqual([upn('maria.berg')]);
    const document = (await world.services('helena.ask').documents.details(draft.id))!;
    expect(document.document).toMatchObject({ status: 'Remiss', moderation: 'pending' });
    expect(document.rounds.map((r) => r.id)).toEqual([round.id]);
    const mail = world.emulator.outbox().filter((m) => m.subject.indexOf(`Remiss: ${draft.number}`) === 0)[0];
    expect(mail.to.map((to) => to.address).sort()).toEqual([upn('lars.holm'), upn('maria.berg')]);
    expect(mail.body).toContain('Särskilt avsnitt 3 om kvällstid.');
    // The remiss keeps the draft from approval while it is open.
    const peter = world.services('peter.sjoberg').documents;
    await expect(peter.approve(draft.id, document.document.etag, { approvedByBody: 'Regiondirektören', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() })).rejects.toMatchObject({
      kind: 'blocked',
      fields: { consultationOpen: 'consultationOpen' }
    });
  });

  it('lets a recipient read the copy but not the draft in the library; anyone else is told the round does not exist', async () => {
    const copy: ArrayBuffer = await world.sp('lars.holm').web.getFileByServerRelativePath(round.file!.serverRelativeUrl).getBuffer();
    expect(Buffer.from(copy).toString('utf8')).toBe('Utkast: Riktlinje för besökare');
    expect((await world.services('lars.holm').documents.myConsultations()).map((r) => r.id)).toContain(round.id);
    expect(await world.services('lars.holm').documents.details(draft.id)).toBeUndefined();
    expect(await succeeds(() => world.sp('lars.holm').web.lists.getByTitle(governingDocumentsLibrary.title).items.getById(draft.id)())).toBe('no');

    expect((await world.services('johan.falk').documents.myConsultations()).map((r) => r.id)).not.toContain(round.id);
    expect(await succeeds(() => world.sp('johan.falk').web.lists.getByTitle(consultationsLibrary.title).items.getById(round.id)())).toBe('no');
    expect((await world.call('johan.falk', DOCUMENT_PATHS.comment(round.id), { clientRequestId: newRequestId(), text: 'Jag också' })).status).toBe(404);
    expect((await world.call('anna.svensson', DOCUMENT_PATHS.closeConsultation(round.id), { closingNote: '' })).status).toBe(404);
  });

  it('answers anyone never sent a round with an empty list, not a 404, and shows them no round or comment', async () => {
    const failed = (): number => world.emulator.requests.list({ pathContains: consultationsLibrary.title }).filter((request) => request.status >= 400).length;
    const before = failed();
    expect(await world.services('anna.svensson').documents.myConsultations()).toEqual([]);
    const rounds: unknown[] = await world.sp('anna.svensson').web.lists.getByTitle(consultationsLibrary.title).items();
    const comments: unknown[] = await world.sp('anna.svensson').web.lists.getByTitle(consultationCommentsList.title).items();
    expect({ rounds, comments }).toEqual({ rounds: [], comments: [] });
    expect(failed()).toBe(before);
    // Reaching the list gives no way in: the round itself is still not hers.
    expect(await succeeds(() => world.sp('anna.svensson').web.lists.getByTitle(consultationsLibrary.title).items.getById(round.id)())).toBe('no');
  });

  it('takes comments from recipients once each, shows each to its commenter and the owner, and lets only the owner answer', async () => {
    const lars = world.services('lars.holm').documents;
    const requestId = newRequestId();
    const first = await lars.comment(round.id, 'Kvällstid saknar bemanning i receptionen.', requestId);
    const again = await lars.comment(round.id, 'Kvällstid saknar bemanning i receptionen.', requestId);
    expect(again.id).toBe(first.id);
    await world.services('maria.berg').documents.comment(round.id, 'Hänvisa till larmrutinen.', newRequestId());

    expect((await lars.comments(round.id)).map((c) => c.comment)).toEqual(['Kvällstid saknar bemanning i receptionen.']);
    expect((await world.services('helena.ask').documents.comments(round.id)).map((c) => c.commenter.email)).toEqual([upn('lars.holm'), upn('maria.berg')]);
    expect(await world.services('johan.falk').documents.comments(round.id)).toEqual([]);

    // The owner is not a recipient: she answers, she does not comment.
    await expect(world.services('helena.ask').documents.comment(round.id, 'Egen synpunkt', newRequestId())).rejects.toMatchObject({ kind: 'blocked', fields: { notRecipient: 'notRecipient' } });
    await expect(lars.answer(first.id, 'Svarar mig själv')).rejects.toMatchObject({ kind: 'blocked', fields: { notOwner: 'notOwner' } });
    expect((await world.call('anna.svensson', DOCUMENT_PATHS.answer(first.id), { text: 'Hej' })).status).toBe(404);
    const answered = await world.services('helena.ask').documents.answer(first.id, 'Bemanningen läggs till i avsnitt 3.');
    expect(answered).toMatchObject({ answer: 'Bemanningen läggs till i avsnitt 3.', answeredBy: { email: upn('helena.ask') } });
    expect((await lars.comments(round.id))[0].answer).toBe('Bemanningen läggs till i avsnitt 3.');
    await expect(lars.comment(round.id, '   ', newRequestId())).rejects.toMatchObject({ kind: 'invalid', fields: { comment: 'required' } });

    // Answered once: the same answer again (a retry that lost its reply) gets it back; another is a
    // conflict carrying the answer that stands, which stays as it was.
    const helena = world.services('helena.ask').documents;
    expect(await helena.answer(first.id, 'Bemanningen läggs till i avsnitt 3.')).toMatchObject({ answer: 'Bemanningen läggs till i avsnitt 3.' });
    await expect(helena.answer(first.id, 'Ett annat svar')).rejects.toBeInstanceOf(ConflictError);
    await expect(helena.answer(first.id, 'Ett annat svar')).rejects.toMatchObject({ current: { id: first.id, answer: 'Bemanningen läggs till i avsnitt 3.' } });
    expect((await lars.comments(round.id))[0].answer).toBe('Bemanningen läggs till i avsnitt 3.');
  });

  it('keeps the first of two answers sent at once: the other meets it as a conflict (the ETag of the unanswered comment)', async () => {
    const maria = (await world.services('helena.ask').documents.comments(round.id)).filter((c) => c.commenter.email === upn('maria.berg'))[0];
    const helena = world.services('helena.ask').documents;
    const outcomes = await Promise.allSettled([helena.answer(maria.id, 'Svar i ena fliken'), helena.answer(maria.id, 'Svar i andra fliken')]);
    const stored = (await helena.comments(round.id)).filter((c) => c.id === maria.id)[0].answer;
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled').map((outcome) => (outcome as PromiseFulfilledResult<{ answer?: string }>).value.answer)).toEqual([stored]);
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(refused[0].reason).toBeInstanceOf(ConflictError);
    expect(refused[0].reason).toMatchObject({ current: { answer: stored } });
  });

  it('is closed by its owner only; the draft is back in work and a closed round takes no comments', async () => {
    await expect(world.services('lars.holm').documents.closeConsultation(round.id, 'Klart')).rejects.toMatchObject({ kind: 'blocked', fields: { notOwner: 'notOwner' } });
    const closed = await world.services('helena.ask').documents.closeConsultation(round.id, 'Två synpunkter, båda besvarade.');
    expect(closed).toMatchObject({ status: 'Stängd', closingNote: 'Två synpunkter, båda besvarade.' });
    expect((await world.services('helena.ask').documents.details(draft.id))!.document).toMatchObject({ status: 'Utkast', moderation: 'pending' });
    await expect(world.services('lars.holm').documents.comment(round.id, 'Sent', newRequestId())).rejects.toMatchObject({ kind: 'blocked', fields: { consultationClosed: 'consultationClosed' } });
    // Closing again answers with the round as it is.
    expect((await world.services('helena.ask').documents.closeConsultation(round.id, 'Igen')).closingNote).toBe('Två synpunkter, båda besvarade.');
  });

  it('lets nobody write decisions, rounds or comments with their own rights, not even the security function', async () => {
    const attempts: Record<string, Outcome> = {};
    for (const persona of ['anna.svensson', 'helena.ask', 'peter.sjoberg']) {
      const sp = world.sp(persona);
      attempts[`${persona} decision`] = await succeeds(() =>
        sp.web.lists.getByTitle(documentDecisionsList.title).items.add({ DocumentId: draft.id, DecisionKind: 'Fastställd', RecordedById: 1, RecordedAt: new Date().toISOString() })
      );
      attempts[`${persona} round`] = await succeeds(() =>
        sp.web.getFolderByServerRelativePath(`/sites/trygg/${consultationsLibrary.title}`).files.addUsingPath(`Egen remiss ${persona}.docx`, 'x')
      );
      attempts[`${persona} comment`] = await succeeds(() =>
        sp.web.lists.getByTitle(consultationCommentsList.title).items.add({ RoundId: round.id, DocumentId: draft.id, CommenterId: 1, CommentText: 'x', ClientRequestId: newRequestId() })
      );
      attempts[`${persona} edits a comment`] = await succeeds(() => sp.web.lists.getByTitle(consultationCommentsList.title).items.getById(1).update({ Answer: 'x' }));
    }
    expect(Object.values(attempts).every((outcome) => outcome === 'no')).toBe(true);
  });
});
