/**
 * The Trygg function's governing-document routes as a caller with curl would meet them: the method,
 * the path and the body are checked before anything is read; a draft is no one's business but its
 * owner's and the security function's; and a step whose answer was lost is retried by the client
 * without doing it twice.
 */
import { LOCAL_PROTECTED_CASES_PATH } from '../../../src/services/createTryggServices';
import { DOCUMENT_PATHS } from '../../../src/services/documents/documentProtocol';
import { fileOf, IDocumentsWorld, newRequestId, register, registration, startDocumentsWorld, upn } from '../documents/documentHelpers';

describe('the function’s document operations', () => {
  let world: IDocumentsWorld;

  beforeAll(async () => {
    world = await startDocumentsWorld();
  });

  afterAll(() => world.emulator.close());

  async function raw(method: string, path: string, body: string | undefined, persona?: string): Promise<number> {
    const response = await fetch(`${world.emulator.url}${LOCAL_PROTECTED_CASES_PATH}/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(persona ? { 'X-Trygg-User': upn(persona) } : {}) },
      body
    });
    return response.status;
  }

  it('refuses the unauthenticated, other methods, unknown paths and bodies of the wrong shape', async () => {
    expect(await raw('POST', DOCUMENT_PATHS.register, '{}', undefined)).toBe(401);
    expect(await raw('GET', DOCUMENT_PATHS.approve(1), undefined, 'peter.sjoberg')).toBe(405);
    expect(await raw('POST', 'documents/1/publish', '{}', 'peter.sjoberg')).toBe(404);
    expect(await raw('POST', DOCUMENT_PATHS.approve(1), '[]', 'peter.sjoberg')).toBe(400);
    const helenaId = await world.siteUserId('helena.ask');
    const garbage = await world.call('helena.ask', DOCUMENT_PATHS.register, {
      clientRequestId: newRequestId(),
      registration: registration(helenaId, 'Riktlinje'),
      file: { name: 'Riktlinje.docx', contentBase64: 'inte base64!' }
    });
    expect(garbage).toMatchObject({ status: 400, body: { error: { code: 'invalid', fields: { file: 'invalid' } } } });
    const badRequestId = await world.call('helena.ask', DOCUMENT_PATHS.register, { clientRequestId: 'x', registration: registration(helenaId, 'R'), file: { name: 'a.docx', contentBase64: 'eA==' } });
    expect(badRequestId).toMatchObject({ status: 400, body: { error: { fields: { clientRequestId: 'invalid' } } } });
  });

  it('tells anyone but the owner and the security function that a draft does not exist', async () => {
    const draft = await register(world, 'helena.ask', 'helena.ask', 'Riktlinje för mobila enheter');
    const asked = { etag: draft.etag, nextReviewAt: world.clock.day(100) };
    expect((await world.call('anna.svensson', DOCUMENT_PATHS.confirmReview(draft.id), asked)).status).toBe(404);
    expect((await world.call('lars.holm', DOCUMENT_PATHS.withdraw(draft.id), { etag: draft.etag, note: 'Bort' })).status).toBe(404);
    expect((await world.call('anna.svensson', DOCUMENT_PATHS.confirmReview(999999), asked)).status).toBe(404);
    // The owner is told why not: it is a draft, not a published document.
    expect(await world.call('helena.ask', DOCUMENT_PATHS.confirmReview(draft.id), asked)).toMatchObject({ status: 403, body: { error: { fields: { notPublished: 'notPublished' } } } });
  });

  it('registers once and approves once when the answers are lost and the client tries again', async () => {
    const helenaId = await world.siteUserId('helena.ask');
    world.emulator.faults.add({ path: `${LOCAL_PROTECTED_CASES_PATH}/documents`, lose: 'status', lostStatus: 504, count: 1 });
    const registered = await world.services('helena.ask').documents.register(registration(helenaId, 'Riktlinje för utskrifter'), fileOf('Utskrifter.docx', 'Utskrifter'), newRequestId());
    // The first answer was lost: the client sent it again.
    expect(world.emulator.requests.list({ method: 'POST', pathContains: `${LOCAL_PROTECTED_CASES_PATH}/documents` }).length).toBeGreaterThanOrEqual(2);
    const all = await world.services('peter.sjoberg').documents.all();
    expect(all.filter((document) => document.title === 'Riktlinje för utskrifter')).toHaveLength(1);

    world.emulator.faults.add({ path: `${LOCAL_PROTECTED_CASES_PATH}/${DOCUMENT_PATHS.approve(registered.id)}`, lose: 'status', lostStatus: 504, count: 1 });
    const approved = await world.services('peter.sjoberg').documents.approve(registered.id, registered.etag, {
      approvedByBody: 'Regiondirektören',
      approvedOn: world.clock.day(),
      effectiveFrom: world.clock.day()
    });
    expect(approved).toMatchObject({ status: 'Publicerad', edition: 1 });
    const decisions = (await world.services('peter.sjoberg').documents.details(registered.id))!.decisions;
    expect(decisions.map((decision) => decision.kind)).toEqual(['Fastställd']);
    expect(world.emulator.outbox().filter((mail) => mail.subject === `Styrande dokument ${registered.number} är fastställt`)).toHaveLength(1);
  });

  it("gives nobody another person's registration or a draft's contents for a replayed request id", async () => {
    const helenaId = await world.siteUserId('helena.ask');
    const requestId = newRequestId();
    const body = { clientRequestId: requestId, registration: registration(helenaId, 'Riktlinje för lösenordshanterare'), file: { name: 'L.docx', contentBase64: Buffer.from('hemlig text').toString('base64') } };
    expect((await world.call('helena.ask', DOCUMENT_PATHS.register, body)).status).toBe(201);
    // Another document owner replays Helena's request id: refused, nothing of her draft in the answer.
    const replay = await world.call('lena.lundberg', DOCUMENT_PATHS.register, body);
    expect(replay.status).toBe(409);
    expect(JSON.stringify(replay.body)).not.toContain('lösenordshanterare');
    expect((await world.call('helena.ask', DOCUMENT_PATHS.register, body)).status).toBe(200);

    // A published document with a revision in work: a reader's replay of the approval learns nothing of the revision.
    const draft = (await world.services('helena.ask').documents.all()).filter((d) => d.title === 'Riktlinje för lösenordshanterare')[0];
    const approval = { approvedByBody: 'Regiondirektören', approvedOn: world.clock.day(), effectiveFrom: world.clock.day() };
    const published = await world.services('peter.sjoberg').documents.approve(draft.id, draft.etag, approval);
    const revision = await world.services('helena.ask').documents.startRevision(published.id, published.etag);
    await world.services('helena.ask').documents.updateDraft(revision.id, revision.etag, { title: 'HEMLIG REVISION' });
    for (const path of [DOCUMENT_PATHS.approve(published.id), DOCUMENT_PATHS.withdraw(published.id), DOCUMENT_PATHS.requestChanges(published.id)]) {
      const answer = await world.call('anna.svensson', path, { etag: published.etag, approval, note: 'x' });
      expect(answer.status).toBe(404);
      expect(JSON.stringify(answer.body)).not.toContain('HEMLIG');
    }
  });
});
