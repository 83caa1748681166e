/**
 * Governing documents in the Trygg function's morning job: owners are reminded 90, 30 and 0 days
 * before the next review and the end of validity, each reminder once however often the job runs;
 * an approved edition is published on its effective day, and not if someone changed it since.
 */
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { IOutboxMail } from '../../../tools/emulator/graph/mail';
import { fileOf, fileText, IDocumentsWorld, register, startDocumentsWorld, upn } from './documentHelpers';

describe('governing documents in the morning job', () => {
  let world: IDocumentsWorld;

  beforeAll(async () => {
    world = await startDocumentsWorld();
  });

  afterAll(() => world.emulator.close());

  const remindersOf = (document: IGoverningDocument): IOutboxMail[] =>
    world.emulator.outbox().filter((mail) => mail.subject.indexOf(`Styrande dokument ${document.number} `) === 0 && /ska granskas|gäller till och med/.test(mail.subject));

  async function approved(title: string, effectiveInDays: number, validForDays?: number): Promise<IGoverningDocument> {
    const draft = await register(world, 'helena.ask', 'helena.ask', title);
    return world.services('peter.sjoberg').documents.approve(draft.id, draft.etag, {
      approvedByBody: 'Regiondirektören',
      approvedOn: world.clock.day(),
      effectiveFrom: world.clock.day(effectiveInDays),
      validUntil: validForDays === undefined ? undefined : world.clock.day(validForDays)
    });
  }

  it('reminds the owner of the review and the end of validity once per stage, across runs', async () => {
    const document = await approved('Riktlinje för nyckelhantering', 0, 20);
    expect(document.validUntil!.slice(0, 10)).toBe(world.clock.day(20));
    // Never later than the last valid day.
    expect(document.nextReviewAt!.slice(0, 10)).toBe(world.clock.day(20));

    const first = await world.emulator.runScheduledJob();
    expect(first.failed).toBe(0);
    const sent = remindersOf(document);
    expect(sent.map((mail) => mail.subject).sort()).toEqual([
      `Styrande dokument ${document.number} gäller till och med ${world.clock.day(20)}`,
      `Styrande dokument ${document.number} ska granskas senast ${world.clock.day(20)}`
    ]);
    expect(sent.every((mail) => mail.to.map((to) => to.address).join() === upn('helena.ask'))).toBe(true);
    expect(sent.every((mail) => mail.body.indexOf(`document=${document.number}`) >= 0)).toBe(true);
    // The mark is the function's: readers still see the published, approved version.
    expect((await world.services('anna.svensson').documents.details(document.id))!.document).toMatchObject({ status: 'Publicerad', moderation: 'approved' });

    const second = await world.emulator.runScheduledJob();
    expect(second.documents).toEqual({ reminders: 0, published: 0 });
    expect(remindersOf(document)).toHaveLength(2);

    // On the day: the last stage, once.
    world.clock.advanceDays(20);
    await world.emulator.runScheduledJob();
    await world.emulator.runScheduledJob();
    expect(remindersOf(document)).toHaveLength(4);
  });

  it('publishes an approved revision on its effective day; readers keep the edition in force until then', async () => {
    const published = await approved('Riktlinje för passerkort', 0);
    const helena = world.services('helena.ask').documents;
    const revision = await helena.uploadFile(published.id, published.etag, fileOf('Passerkort.docx', 'Utgåva 2 om passerkort'));
    const later = await world.services('peter.sjoberg').documents.approve(revision.id, revision.etag, {
      approvedByBody: 'Regiondirektören',
      approvedOn: world.clock.day(),
      effectiveFrom: world.clock.day(3)
    });
    expect(later).toMatchObject({ status: 'Fastställd', moderation: 'pending', edition: 2 });
    const asReader = async (): Promise<IGoverningDocument> => (await world.services('anna.svensson').documents.details(published.id))!.document;
    expect(await asReader()).toMatchObject({ status: 'Publicerad', edition: 1 });

    expect((await world.emulator.runScheduledJob()).documents.published).toBe(0);
    expect(await asReader()).toMatchObject({ edition: 1 });
    world.clock.advanceDays(3);
    const onTheDay = await world.emulator.runScheduledJob();
    expect(onTheDay.documents.published).toBeGreaterThanOrEqual(1);
    const now = await asReader();
    expect(now).toMatchObject({ status: 'Publicerad', edition: 2, moderation: 'approved' });
    expect(await fileText(world, 'anna.svensson', now)).toBe('Utgåva 2 om passerkort');
    expect((await world.emulator.runScheduledJob()).documents.published).toBe(0);
  });

  it('does not publish what the owner changed after its approval', async () => {
    const pending = await approved('Instruktion för besöksregistrering', 2);
    expect(pending).toMatchObject({ status: 'Fastställd', moderation: 'pending' });
    // The owner has Contribute on her document: a change after approval is possible with her own rights.
    await world.sp('helena.ask').web.lists.getByTitle('TryggStyrandeDokument').items.getById(pending.id).update({ PreparedBy: 'Ändrad efter fastställelsen' });
    world.clock.advanceDays(2);
    await world.emulator.runScheduledJob();
    expect(await world.services('anna.svensson').documents.details(pending.id)).toBeUndefined();
    expect((await world.services('helena.ask').documents.details(pending.id))!.document).toMatchObject({ status: 'Fastställd', moderation: 'pending' });
    expect(world.emulator.functionLog().some((entry) => JSON.stringify(entry).indexOf(pending.number) >= 0)).toBe(true);
  });

  it('never publishes what an owner made look approved with her own rights, however often the job runs', async () => {
    const document = await approved('Riktlinje för besöksloggar', 0, 20);
    // Helena has Contribute on her document: she writes approval's fields herself, due yesterday.
    await world.sp('helena.ask').web.lists.getByTitle('TryggStyrandeDokument').items.getById(document.id).update({
      Title: 'EGEN OGODKÄND VERSION',
      DocumentStatus: 'Fastställd',
      Edition: 2,
      EffectiveFrom: `${world.clock.day(-1)}T00:00:00Z`,
      ValidUntil: `${world.clock.day(200)}T00:00:00Z`,
      ApprovedByBody: 'Regionfullmäktige'
    });
    for (let run = 0; run < 3; run++) expect((await world.emulator.runScheduledJob()).failed).toBe(0);
    const asReader = (await world.services('anna.svensson').documents.details(document.id))!.document;
    expect(asReader).toMatchObject({ title: 'Riktlinje för besöksloggar', edition: 1, status: 'Publicerad' });
  });
});
