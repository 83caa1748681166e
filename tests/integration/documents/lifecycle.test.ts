/**
 * Governing documents through the real services and the Trygg function, as each role: registration
 * with a number, metadata and the owner's permissions; a revision beside the published version;
 * a review confirmation guarded by the ETag; approval with four eyes, through the function and
 * against stock PnPjs; publication on the effective day and the owners' reminders, each once.
 */
import '@pnp/sp/files';
import { IList } from '@pnp/sp/lists';
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { documentDecisionsList, governingDocumentsLibrary } from '../../../src/schema/documentLists';
import { ConflictError } from '../../../src/services/errors';
import { DocumentRefusal } from '../../../src/services/documents/DocumentRefusal';
import { DOCUMENT_PATHS } from '../../../src/services/documents/documentProtocol';
import { succeeds } from '../permissions/signedInAs';
import { fileOf, fileText, IDocumentsWorld, newRequestId, register, registration, startDocumentsWorld, upn } from './documentHelpers';

describe('governing documents', () => {
  let world: IDocumentsWorld;

  beforeAll(async () => {
    world = await startDocumentsWorld();
  });

  afterAll(() => world.emulator.close());

  const library = (persona: string): IList => world.sp(persona).web.lists.getByTitle(governingDocumentsLibrary.title);

  /** Approved by the security function through the services, effective today. */
  async function approve(document: IGoverningDocument, persona = 'peter.sjoberg', body = 'Regiondirektören'): Promise<IGoverningDocument> {
    const current = (await world.services(persona).documents.details(document.id))!.document;
    return world.services(persona).documents.approve(current.id, current.etag, { approvedByBody: body, approvedOn: world.clock.day(), effectiveFrom: world.clock.day() });
  }

  describe('registration', () => {
    it('gives the security function a number, stores the file with its metadata pending approval, and shares it with its owner', async () => {
      const document = await register(world, 'peter.sjoberg', 'helena.ask', 'Riktlinje för lösenord');
      expect(document).toMatchObject({
        number: expect.stringMatching(/^RL-\d{3}$/),
        title: 'Riktlinje för lösenord',
        type: 'Riktlinje',
        status: 'Utkast',
        edition: 0,
        moderation: 'pending',
        owner: { email: upn('helena.ask') },
        areas: ['Informationssäkerhet'],
        reviewCycleMonths: 12,
        file: { name: `${document.number} Riktlinje för lösenord.docx` }
      });
      // The owner sees her draft and may edit it; an employee is told it does not exist.
      expect((await world.services('helena.ask').documents.details(document.id))!.document.title).toBe('Riktlinje för lösenord');
      expect(await world.services('anna.svensson').documents.details(document.id)).toBeUndefined();
      const roles: { RoleDefinitionBindings: { Name: string }[]; Member: { LoginName: string } }[] = await library('admin.trygg')
        .items.getById(document.id)
        .roleAssignments.expand('Member', 'RoleDefinitionBindings')();
      const helena = roles.filter((role) => role.Member.LoginName.indexOf(upn('helena.ask')) >= 0)[0];
      expect(helena.RoleDefinitionBindings.map((role) => role.Name)).toContain('Contribute');
    });

    it('lets a document owner register, numbers the next of the type, and adds nothing on a retry', async () => {
      const helenaId = await world.siteUserId('helena.ask');
      const requestId = newRequestId();
      const first = await world.services('helena.ask').documents.register(registration(helenaId, 'Riktlinje för loggning'), fileOf('Loggning.docx', 'Loggning'), requestId);
      const again = await world.services('helena.ask').documents.register(registration(helenaId, 'Riktlinje för loggning'), fileOf('Loggning.docx', 'Loggning'), requestId);
      expect(again.id).toBe(first.id);
      const numbers = (await world.services('peter.sjoberg').documents.all()).filter((document) => document.type === 'Riktlinje').map((document) => document.number);
      expect(numbers.filter((number) => number === first.number)).toHaveLength(1);
      const instruction = await register(world, 'helena.ask', 'helena.ask', 'Instruktion för lösenordsbyte', { type: 'Instruktion' });
      expect(instruction.number).toMatch(/^INS-\d{3}$/);
    });

    it('refuses an employee, in the services and in the function, and refuses invalid input naming each field', async () => {
      const annaId = await world.siteUserId('anna.svensson');
      await expect(world.services('anna.svensson').documents.register(registration(annaId, 'Min egen policy'), fileOf('Policy.docx', 'x'), newRequestId())).rejects.toMatchObject({
        kind: 'blocked'
      });
      const direct = await world.call('anna.svensson', DOCUMENT_PATHS.register, {
        clientRequestId: newRequestId(),
        registration: registration(annaId, 'Min egen policy'),
        file: { name: 'Policy.docx', contentBase64: Buffer.from('x').toString('base64') }
      });
      expect(direct.status).toBe(403);
      // Stock PnPjs: the library refuses her upload too.
      expect(await succeeds(() => world.sp('anna.svensson').web.getFolderByServerRelativePath(`/sites/trygg/${governingDocumentsLibrary.title}`).files.addUsingPath('Egen.docx', 'x'))).toBe('no');

      const helenaId = await world.siteUserId('helena.ask');
      const invalid = world.services('helena.ask').documents.register(registration(helenaId, '  ', { areas: [], reviewCycleMonths: 99 }), fileOf('Skript.exe', 'x'), newRequestId());
      await expect(invalid).rejects.toBeInstanceOf(DocumentRefusal);
      await expect(invalid).rejects.toMatchObject({ kind: 'invalid', fields: { title: 'required', areas: 'required', reviewCycleMonths: 'invalidNumber', file: 'fileType' } });
      const directInvalid = await world.call('helena.ask', DOCUMENT_PATHS.register, {
        clientRequestId: newRequestId(),
        registration: registration(helenaId, 'Giltig titel', { type: 'Okänd' as never }),
        file: { name: 'Tom.docx', contentBase64: '' }
      });
      expect(directInvalid.status).toBe(400);
    });
  });

  describe('a revision beside the published version', () => {
    let published: IGoverningDocument;

    beforeAll(async () => {
      published = await approve(await register(world, 'helena.ask', 'helena.ask', 'Riktlinje för distansarbete'));
    });

    it('publishes on approval: everyone reads edition 1, with Fastställd av, the validity and the next review', async () => {
      expect(published).toMatchObject({ status: 'Publicerad', moderation: 'approved', edition: 1, approvedByBody: 'Regiondirektören' });
      expect(published.validUntil!.slice(0, 10)).toBe(new Date(Date.UTC(world.clock.now().getUTCFullYear() + 1, world.clock.now().getUTCMonth(), world.clock.now().getUTCDate())).toISOString().slice(0, 10));
      const asReader = (await world.services('anna.svensson').documents.details(published.id))!;
      expect(asReader.document).toMatchObject({ status: 'Publicerad', edition: 1 });
      expect(asReader.decisions.map((decision) => decision.kind)).toEqual(['Fastställd']);
      expect(world.emulator.outbox().some((mail) => mail.subject.indexOf(published.number) >= 0 && mail.to.some((to) => to.address === upn('helena.ask')))).toBe(true);
    });

    it('keeps the published title and file for readers while the owner works on a new version', async () => {
      const helena = world.services('helena.ask').documents;
      const revised = await helena.uploadFile(published.id, published.etag, fileOf('Ny version.docx', 'Version 2 av riktlinjen'));
      expect(revised).toMatchObject({ status: 'Utkast', moderation: 'pending', edition: 1 });
      const renamed = await helena.updateDraft(revised.id, revised.etag, { title: 'Riktlinje för distansarbete och resor' });
      expect(renamed.title).toBe('Riktlinje för distansarbete och resor');

      const asReader = (await world.services('anna.svensson').documents.details(published.id))!.document;
      expect(asReader).toMatchObject({ title: 'Riktlinje för distansarbete', status: 'Publicerad', edition: 1 });
      expect(await fileText(world, 'anna.svensson', asReader)).toBe('Utkast: Riktlinje för distansarbete');
      expect(await fileText(world, 'helena.ask', renamed)).toBe('Version 2 av riktlinjen');
      // Readers' lists show the published version too.
      expect((await world.services('anna.svensson').documents.all()).filter((document) => document.id === published.id)[0].title).toBe('Riktlinje för distansarbete');
    });

    it('refuses a file of another type than the document has', async () => {
      const current = (await world.services('helena.ask').documents.details(published.id))!.document;
      await expect(world.services('helena.ask').documents.uploadFile(current.id, current.etag, fileOf('Ny.pdf', '%PDF'))).rejects.toMatchObject({ kind: 'invalid', fields: { file: 'fileType' } });
    });
  });

  describe('withdrawal', () => {
    it('lets the owner propose it and only the security function decide it; readers then see the document as withdrawn', async () => {
      const document = await approve(await register(world, 'helena.ask', 'helena.ask', 'Instruktion för faxning av remisser', { type: 'Instruktion' }));
      const helena = world.services('helena.ask').documents;
      const proposal = await helena.proposeWithdrawal(document.id, 'Faxen är avvecklad i hela regionen.');
      expect(proposal).toMatchObject({ kind: 'Upphävande föreslaget', note: 'Faxen är avvecklad i hela regionen.', recordedBy: { email: upn('helena.ask') } });

      // The owner cannot withdraw it herself, in the service or through the function.
      await expect(helena.withdraw(document.id, document.etag, 'Själv')).rejects.toMatchObject({ kind: 'blocked' });
      expect((await world.call('helena.ask', DOCUMENT_PATHS.withdraw(document.id), { etag: document.etag, note: 'Själv' })).status).toBe(403);
      // Nor can an employee, who is told nothing more than no.
      expect((await world.call('anna.svensson', DOCUMENT_PATHS.withdraw(document.id), { etag: document.etag, note: 'Bort' })).status).toBe(404);

      const withdrawn = await world.services('peter.sjoberg').documents.withdraw(document.id, document.etag, 'Ersätts inte: rutinen finns inte längre.');
      expect(withdrawn).toMatchObject({ status: 'Upphävd', moderation: 'approved' });
      const asReader = (await world.services('anna.svensson').documents.details(document.id))!;
      expect(asReader.document.status).toBe('Upphävd');
      expect(asReader.decisions.map((decision) => decision.kind)).toEqual(expect.arrayContaining(['Fastställd', 'Upphävande föreslaget', 'Upphävd']));
      // Withdrawn is the end: no review, no revision.
      await expect(helena.startRevision(withdrawn.id, withdrawn.etag)).rejects.toMatchObject({ kind: 'blocked' });
    });
  });

  describe('four eyes', () => {
    it('refuses an owner approving her own change: in the services, through the function and with stock PnPjs', async () => {
      const document = await register(world, 'peter.sjoberg', 'helena.ask', 'Riktlinje för behörigheter');
      const helena = world.services('helena.ask').documents;
      const edited = await helena.updateDraft(document.id, document.etag, { preparedBy: 'Helena Ask, informationssäkerhetsstrateg' });
      const input = { approvedByBody: 'Helena Ask', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() };
      await expect(helena.approve(edited.id, edited.etag, input)).rejects.toMatchObject({ kind: 'blocked', fields: { notSecurityFunction: 'notSecurityFunction', ownDocument: 'ownDocument' } });
      const direct = await world.call('helena.ask', DOCUMENT_PATHS.approve(edited.id), { etag: edited.etag, approval: input });
      expect(direct).toMatchObject({ status: 403, body: { error: { code: 'forbidden', fields: { notSecurityFunction: 'notSecurityFunction', ownDocument: 'ownDocument' } } } });
      const item = library('helena.ask').items.getById(edited.id);
      expect(await succeeds(() => item.file.approve('Själv'))).toBe('no');
      expect(await succeeds(() => item.validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]))).toBe('no');
      expect((await world.services('anna.svensson').documents.details(edited.id))).toBeUndefined();
    });

    it('counts the one who had a document registered as its first editor: the security function cannot register a text and approve it', async () => {
      const registered = await register(world, 'peter.sjoberg', 'helena.ask', 'Riktlinje för fjärråtkomst');
      const input = { approvedByBody: 'Säkerhetschefen', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() };
      await expect(world.services('peter.sjoberg').documents.approve(registered.id, registered.etag, input)).rejects.toMatchObject({ kind: 'blocked', fields: { ownChange: 'ownChange' } });
      // Another member of the security function may.
      const approved = await world.services('tor.khalil').documents.approve(registered.id, registered.etag, input);
      expect(approved).toMatchObject({ status: 'Publicerad', edition: 1, registeredBy: { email: upn('peter.sjoberg') } });
    });

    it('refuses the security function a document it owns or last edited, and lets it approve another', async () => {
      const own = await register(world, 'peter.sjoberg', 'peter.sjoberg', 'Instruktion för incidentrapportering', { type: 'Instruktion' });
      const peter = world.services('peter.sjoberg').documents;
      await expect(approve(own)).rejects.toMatchObject({ kind: 'blocked', fields: { ownDocument: 'ownDocument' } });

      const helenas = await register(world, 'peter.sjoberg', 'helena.ask', 'Riktlinje för kryptering');
      // Peter edits Helena's draft with his own rights (Edit on the library): now it is his change.
      await library('peter.sjoberg').items.getById(helenas.id).update({ PreparedBy: 'Peter Sjöberg' });
      const edited = (await peter.details(helenas.id))!.document;
      const input = { approvedByBody: 'Säkerhetschefen', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() };
      await expect(peter.approve(edited.id, edited.etag, input)).rejects.toMatchObject({ kind: 'blocked', fields: { ownChange: 'ownChange' } });
      // The function asks the version history, not the page: a script gets the same answer.
      const direct = await world.call('peter.sjoberg', DOCUMENT_PATHS.approve(edited.id), { etag: edited.etag, approval: input });
      expect(direct).toMatchObject({ status: 403, body: { error: { fields: { ownChange: 'ownChange' } } } });
      // Stock PnPjs: the security function has Edit, not Approve Items.
      expect(await succeeds(() => library('peter.sjoberg').items.getById(edited.id).file.approve('Själv'))).toBe('no');

      // Helena saves it again (her change now): Peter may approve it.
      const back = await world.services('helena.ask').documents.updateDraft(edited.id, edited.etag, { preparedBy: 'Helena Ask' });
      const approved = await peter.approve(back.id, back.etag, input);
      expect(approved).toMatchObject({ status: 'Publicerad', moderation: 'approved', edition: 1 });
    });

    it("publishes the function's number and the next edition, whatever an owner wrote over them", async () => {
      const published = await approve(await register(world, 'helena.ask', 'helena.ask', 'Riktlinje för säkra utskrifter'));
      const revision = await world.services('helena.ask').documents.startRevision(published.id, published.etag);
      // With her own rights Helena writes over the columns only the function sets.
      await library('helena.ask').items.getById(revision.id).update({ DocumentNumber: 'POL-999', Edition: 7, ReminderSentFor: 'tyst' });
      const forged = (await world.services('peter.sjoberg').documents.details(revision.id))!.document;
      expect(forged).toMatchObject({ number: 'POL-999', edition: 7 });
      const approved = await approve(forged);
      expect(approved).toMatchObject({ number: published.number, edition: 2, status: 'Publicerad' });
      const stored: { ReminderSentFor: string | null } = await library('admin.trygg').items.getById(approved.id).select('ReminderSentFor')();
      expect(stored.ReminderSentFor).not.toBe('tyst');
    });

    it("checks what an owner wrote with her own rights before it is published: a document cannot govern itself", async () => {
      const draft = await register(world, 'helena.ask', 'helena.ask', 'Riktlinje för egna moln');
      await library('helena.ask').items.getById(draft.id).update({ ParentDocumentId: draft.id });
      const stored = (await world.services('peter.sjoberg').documents.details(draft.id))!.document;
      const answer = await world.call('peter.sjoberg', DOCUMENT_PATHS.approve(stored.id), {
        etag: stored.etag,
        approval: { approvedByBody: 'Säkerhetschefen', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() }
      });
      expect(answer).toMatchObject({ status: 400, body: { error: { fields: { parentId: 'selfReference' } } } });
      expect((await world.services('anna.svensson').documents.details(draft.id))).toBeUndefined();
    });

    it('requests changes: the draft is rejected with the note, back to its owner', async () => {
      const document = await register(world, 'helena.ask', 'helena.ask', 'Riktlinje för säkerhetskopiering');
      const rejected = await world.services('peter.sjoberg').documents.requestChanges(document.id, document.etag, 'Ange hur ofta återläsning provas.');
      expect(rejected).toMatchObject({ status: 'Utkast', moderation: 'rejected', moderationComment: 'Ange hur ofta återläsning provas.' });
      const decisions = (await world.services('helena.ask').documents.details(document.id))!.decisions;
      expect(decisions[0]).toMatchObject({ kind: 'Ändringar begärda', note: 'Ange hur ofta återläsning provas.', recordedBy: { email: upn('peter.sjoberg') } });
      // The decision list is public, but not what was said about a draft nobody has seen published.
      const decisionsAs = (persona: string): Promise<{ DecisionNote: string }[]> =>
        world.sp(persona).web.lists.getByTitle(documentDecisionsList.title).items.select('DecisionNote').filter(`DocumentId eq ${document.id}`)();
      expect(await decisionsAs('anna.svensson')).toEqual([]);
      expect(await decisionsAs('lars.holm')).toEqual([]);
      expect((await decisionsAs('helena.ask')).map((item) => item.DecisionNote)).toEqual(['Ange hur ofta återläsning provas.']);
      expect(await decisionsAs('tor.khalil')).toHaveLength(1);
    });
  });

  describe('review confirmation', () => {
    it('records the review, keeps the published version approved, and gives the second of two tabs a conflict', async () => {
      const published = await approve(await register(world, 'helena.ask', 'helena.ask', 'Riktlinje för informationsklassning'));
      const tabOne = (await world.services('helena.ask').documents.details(published.id))!.document;
      const tabTwo = (await world.services('helena.ask').documents.details(published.id))!.document;
      const helena = world.services('helena.ask').documents;
      const reviewed = await helena.confirmReview(tabOne.id, tabOne.etag, world.clock.day(200), 'Gäller oförändrad');
      expect(reviewed).toMatchObject({ status: 'Publicerad', moderation: 'approved', lastReviewedBy: { email: upn('helena.ask') } });
      expect(reviewed.nextReviewAt!.slice(0, 10)).toBe(world.clock.day(200));
      const conflict = await helena.confirmReview(tabTwo.id, tabTwo.etag, world.clock.day(250)).catch((error: unknown) => error);
      expect(conflict).toBeInstanceOf(ConflictError);
      expect((conflict as ConflictError<IGoverningDocument>).current.nextReviewAt!.slice(0, 10)).toBe(world.clock.day(200));
      // Readers see the new review day on the published version.
      expect((await world.services('anna.svensson').documents.details(published.id))!.document.nextReviewAt!.slice(0, 10)).toBe(world.clock.day(200));
      // A review day in the past is refused with its reason.
      await expect(helena.confirmReview(reviewed.id, reviewed.etag, world.clock.day(-1))).rejects.toMatchObject({ kind: 'invalid', fields: { nextReviewAt: 'notInFuture' } });
    });
  });
});
