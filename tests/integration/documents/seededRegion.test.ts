/**
 * Region Exempel's seeded governing documents through the real services, on the seed's own day:
 * what readers, owners and the security function each meet, the seeded remiss as its recipients
 * and the unit it was sent to see it, and the morning job's reminders of what is due, once.
 */
import { ISeedDocumentSummary, seedDocuments, SeedDocumentState } from '../../../tools/emulator/seed/documents';
import { REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { ISeedItem } from '../../../tools/emulator/seed/types';
import { regionExempel } from '../services/servicesHelpers';
import { IDocumentsWorld, newRequestId, startDocumentsWorld } from './documentHelpers';

describe('the seeded governing documents', () => {
  let world: IDocumentsWorld;
  let seeded: ISeedDocumentSummary[];

  const withState = (state: SeedDocumentState): ISeedDocumentSummary[] => seeded.filter((document) => document.states.indexOf(state) >= 0);
  const ids = (documents: readonly { id: number }[]): number[] => documents.map((document) => document.id).sort((a, b) => a - b);

  beforeAll(async () => {
    const seed = regionExempel();
    seeded = seedDocuments({ referenceTime: REFERENCE_TIME, people: seed.people, units: (seed.items as Record<string, ISeedItem[]>).units });
    world = await startDocumentsWorld(REFERENCE_TIME);
  });

  afterAll(() => world.emulator.close());

  it('shows a reader every published edition, never a draft, and the Stockholm policy as expired', async () => {
    const anna = world.services('anna.svensson').documents;
    const visible = await anna.all();
    const readable = seeded.filter((document) => document.publishedEdition > 0 || document.states.indexOf('withdrawn') >= 0);
    expect(ids(visible)).toEqual(expect.arrayContaining(ids(readable)));
    for (const draft of withState('draftAwaitingApproval')) expect(ids(visible)).not.toContain(draft.id);
    for (const revised of withState('revisionInWork').concat(withState('inConsultation'))) {
      expect(visible.filter((document) => document.id === revised.id)[0]).toMatchObject({ status: 'Publicerad', moderation: 'approved', edition: revised.publishedEdition });
    }
    expect((await anna.list({ expired: true })).documents.map((document) => document.number)).toContain('LS-S-665820');
    expect((await anna.list({ text: 'säkerhetspolicy' })).documents.map((document) => document.number)).toEqual(['POL-001']);
  });

  it("puts what is due and what is in work in each owner's queue, and drafts in the security function's", async () => {
    const helena = seeded.filter((document) => document.owner === 'helena.ask');
    const queue = ids(await world.services('helena.ask').documents.myQueue());
    for (const document of helena) {
      const due = document.states.some((state) => ['reviewDue', 'reviewOverdue', 'expired', 'revisionInWork', 'inConsultation', 'draftAwaitingApproval'].indexOf(state) >= 0);
      expect({ number: document.number, inQueue: queue.indexOf(document.id) >= 0 }).toEqual({ number: document.number, inQueue: due });
    }
    const approvals = await world.services('peter.sjoberg').documents.awaitingApproval();
    const first = await approvals.first();
    expect(ids(first.documents)).toEqual(expect.arrayContaining(ids(withState('draftAwaitingApproval'))));
    expect(approvals.total).toBe(first.documents.length);
    expect(first.more).toBeUndefined();
  });

  it('lets the recipients of the seeded remiss, and the manager of the unit it went to, read and answer it', async () => {
    const inConsultation = withState('inConsultation')[0];
    const lars = await world.services('lars.holm').documents.myConsultations();
    const round = lars.filter((candidate) => candidate.documentId === inConsultation.id)[0];
    expect(round).toMatchObject({ status: 'Öppen', documentNumber: inConsultation.number });
    const units = await world.services('lars.holm').units.getAll();
    const unitHead = units.filter((unit) => round.recipientUnitIds.indexOf(unit.id) >= 0)[0].manager!;
    const head = unitHead.email.split('@')[0];
    expect((await world.services(head).documents.myConsultations()).map((candidate) => candidate.id)).toContain(round.id);
    const comment = await world.services(head).documents.comment(round.id, 'Enheten har inga invändningar.', newRequestId());
    expect(comment.commenter.email).toBe(unitHead.email);
    expect((await world.services('anna.svensson').documents.myConsultations()).map((candidate) => candidate.id)).not.toContain(round.id);
  });

  it('reminds the owners of what is due in the morning job, once', async () => {
    const first = await world.emulator.runScheduledJob();
    expect(first.failed).toBe(0);
    expect(first.documents.reminders).toBeGreaterThan(0);
    const reminders = world.emulator.outbox().filter((mail) => /^Styrande dokument \S+ (ska granskas|gäller till och med)/.test(mail.subject));
    expect(reminders).toHaveLength(first.documents.reminders);
    for (const document of withState('reviewDue')) expect(reminders.some((mail) => mail.subject.indexOf(`${document.number} ska granskas`) >= 0)).toBe(true);
    // A withdrawn document reminds nobody.
    for (const document of withState('withdrawn')) expect(reminders.some((mail) => mail.subject.indexOf(`${document.number} `) >= 0)).toBe(false);
    expect((await world.emulator.runScheduledJob()).documents.reminders).toBe(0);
  });

  it('publishes the seeded approval on its effective day', async () => {
    const waiting = withState('approvedNotYetEffective')[0];
    const asReader = async (): Promise<number> => (await world.services('anna.svensson').documents.details(waiting.id))!.document.edition;
    expect(await asReader()).toBe(waiting.publishedEdition);
    const status = async (): Promise<string> => (await world.services('peter.sjoberg').documents.details(waiting.id))!.document.status;
    for (let day = 0; day < 30 && (await status()) === 'Fastställd'; day++) {
      world.clock.advanceDays(1);
      await world.emulator.runScheduledJob();
    }
    expect(await status()).toBe('Publicerad');
    expect(await asReader()).toBe(waiting.publishedEdition + 1);
  });
});
