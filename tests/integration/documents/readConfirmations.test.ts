/**
 * Read confirmations per edition (läskvitton), through the real services and against stock PnPjs:
 * an employee confirms the published edition once, however often she clicks; a new edition asks
 * again; the owner sees who has and has not; nobody confirms for someone else or changes theirs.
 */
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { governingDocumentsLibrary, readConfirmationsList } from '../../../src/schema/documentLists';
import { succeeds } from '../permissions/signedInAs';
import { allQueued, fileOf, IDocumentsWorld, newRequestId, register, startDocumentsWorld, upn } from './documentHelpers';

describe('read confirmations', () => {
  let world: IDocumentsWorld;
  let document: IGoverningDocument;

  beforeAll(async () => {
    world = await startDocumentsWorld();
    const akutenId = (await world.services('lars.holm').units.getAll()).filter((unit) => unit.code === 'RE-SJH-AKU')[0].id;
    const olle = { id: await world.siteUserId('olle.ek'), displayName: 'Olle Ek', email: upn('olle.ek') };
    const draft = await register(world, 'helena.ask', 'helena.ask', 'Instruktion för utrymning', { type: 'Instruktion', readConfirmation: { unitIds: [akutenId], people: [olle] } });
    document = await world.services('peter.sjoberg').documents.approve(draft.id, draft.etag, { approvedByBody: 'Säkerhetschefen', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() });
  });

  afterAll(() => world.emulator.close());

  /** The confirmations stored for the document, as its owner reads them. */
  async function stored(): Promise<{ AuthorId: number; Edition: number }[]> {
    const items: { AuthorId: number; Edition: number }[] = await world.sp('helena.ask').web.lists.getByTitle(readConfirmationsList.title).items.select('AuthorId', 'Edition').filter(`DocumentId eq ${document.id}`)();
    return items.map((item) => ({ AuthorId: item.AuthorId, Edition: item.Edition }));
  }

  it("asks the unit's people and those named, and stores one confirmation of edition 1 however often it is sent", async () => {
    const anna = world.services('anna.svensson').documents;
    expect((await allQueued(await anna.myReadingList())).map((d) => d.id)).toContain(document.id);
    expect((await allQueued(await world.services('olle.ek').documents.myReadingList())).map((d) => d.id)).toContain(document.id);
    expect((await allQueued(await world.services('johan.falk').documents.myReadingList())).map((d) => d.id)).not.toContain(document.id);

    const requestId = newRequestId();
    await anna.confirmRead(document.id, 1, requestId);
    await anna.confirmRead(document.id, 1, requestId);
    expect(await stored()).toEqual([{ AuthorId: await world.siteUserId('anna.svensson'), Edition: 1 }]);
    expect((await anna.details(document.id))!.readConfirmedByMe).toBe(true);
    expect((await allQueued(await anna.myReadingList())).map((d) => d.id)).not.toContain(document.id);

    const status = await world.services('helena.ask').documents.readStatus(document.id);
    expect(status.edition).toBe(1);
    expect(status.confirmed.map((reader) => reader.person.email)).toEqual([upn('anna.svensson')]);
    expect(status.missing.map((person) => person.email)).toEqual(expect.arrayContaining([upn('olle.ek'), upn('lars.holm')]));
  });

  it('lets nobody confirm for someone else or change a confirmation through REST', async () => {
    const list = world.sp('anna.svensson').web.lists.getByTitle(readConfirmationsList.title);
    const olleId = await world.siteUserId('olle.ek');
    // Author is SharePoint's record: SharePoint refuses a value for it.
    await expect(list.items.add({ Title: document.number, DocumentId: document.id, Edition: 1, ClientRequestId: newRequestId(), AuthorId: olleId })).rejects.toMatchObject({ status: 400 });
    expect((await stored()).map((item) => item.AuthorId)).not.toContain(olleId);
    const mine: { Id: number }[] = await list.items.select('Id').filter(`DocumentId eq ${document.id}`)();
    expect(mine.length).toBeGreaterThan(0);
    expect(await succeeds(() => list.items.getById(mine[0].Id).update({ Edition: 2 }))).toBe('no');
    expect(await succeeds(() => list.items.getById(mine[0].Id).delete())).toBe('no');
    // An employee reads only her own.
    await world.services('olle.ek').documents.confirmRead(document.id, 1, newRequestId());
    const annaSees: { AuthorId: number }[] = await list.items.select('AuthorId').filter(`DocumentId eq ${document.id}`)();
    expect(annaSees.map((item) => item.AuthorId)).not.toContain(olleId);
    expect((await stored()).map((item) => item.AuthorId)).toContain(olleId);
  });

  it('asks again for edition 2: a confirmation of edition 1 does not count for it', async () => {
    const helena = world.services('helena.ask').documents;
    const current = (await helena.details(document.id))!.document;
    const revised = await helena.uploadFile(current.id, current.etag, fileOf('Utrymning.docx', 'Utgåva 2'));
    // Until edition 2 is published, edition 1 is the one to confirm.
    expect((await world.services('anna.svensson').documents.details(document.id))!.readConfirmedByMe).toBe(true);
    const approved = await world.services('peter.sjoberg').documents.approve(revised.id, revised.etag, { approvedByBody: 'Säkerhetschefen', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() });
    expect(approved.edition).toBe(2);

    const anna = world.services('anna.svensson').documents;
    expect((await anna.details(document.id))!.readConfirmedByMe).toBe(false);
    expect((await allQueued(await anna.myReadingList())).map((d) => d.id)).toContain(document.id);
    await expect(anna.confirmRead(document.id, 1, newRequestId())).rejects.toMatchObject({ kind: 'invalid', fields: { edition: 'notPublishedEdition' } });
    await anna.confirmRead(document.id, 2, newRequestId());
    const status = await helena.readStatus(document.id);
    expect(status).toMatchObject({ edition: 2 });
    expect(status.confirmed.map((reader) => reader.person.email)).toEqual([upn('anna.svensson')]);
    expect(status.missing.map((person) => person.email)).toContain(upn('olle.ek'));
  });

  it('never counts a confirmation someone wrote in advance for an edition not yet out', async () => {
    const olle = world.sp('olle.ek').web.lists.getByTitle(readConfirmationsList.title);
    // With his own rights Olle may add a confirmation; he claims edition 3 before it exists.
    await olle.items.add({ Title: 'egen', DocumentId: document.id, Edition: 3, ClientRequestId: newRequestId() });
    world.clock.advanceDays(2);
    const helena = world.services('helena.ask').documents;
    const current = (await helena.details(document.id))!.document;
    const revised = await helena.uploadFile(current.id, current.etag, fileOf('Utrymning.docx', 'Utgåva 3'));
    const approved = await world.services('peter.sjoberg').documents.approve(revised.id, revised.etag, { approvedByBody: 'Säkerhetschefen', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() });
    expect(approved.edition).toBe(3);
    expect((await helena.readStatus(document.id)).missing.map((person) => person.email)).toContain(upn('olle.ek'));
    expect((await allQueued(await world.services('olle.ek').documents.myReadingList())).map((d) => d.id)).toContain(document.id);
    await world.services('olle.ek').documents.confirmRead(document.id, 3, newRequestId());
    expect((await helena.readStatus(document.id)).confirmed.map((reader) => reader.person.email)).toContain(upn('olle.ek'));
  });

  it("puts a document on the reading lists by its audience, whatever its owner wrote in the marker through REST", async () => {
    const akutenId = (await world.services('lars.holm').units.getAll()).filter((unit) => unit.code === 'RE-SJH-AKU')[0].id;
    const draft = await register(world, 'helena.ask', 'helena.ask', 'Instruktion för larmkedja', { type: 'Instruktion', readConfirmation: { unitIds: [akutenId], people: [] } });
    // Her own draft, her own rights: she may write the column, and tries to keep it off everyone's list.
    const library = world.sp('helena.ask').web.lists.getByTitle(governingDocumentsLibrary.title);
    expect(await succeeds(() => library.items.getById(draft.id).update({ AsksReadConfirmation: false }))).toBe('yes');
    const current = (await world.services('peter.sjoberg').documents.details(draft.id))!.document;
    await world.services('peter.sjoberg').documents.approve(draft.id, current.etag, { approvedByBody: 'Säkerhetschefen', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() });
    expect((await allQueued(await world.services('anna.svensson').documents.myReadingList())).map((d) => d.number)).toContain(current.number);
  });
});
