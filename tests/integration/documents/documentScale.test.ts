/**
 * Governing documents over SharePoint's list view threshold (issue #16): the register's first page
 * of every filter, the pages after it, and the reading list, as SharePoint serves them at 12,000
 * documents (most of them Instruktion and Publicerad, each over 5,000), never a threshold error.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { buildRegionOrganisation, REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { documentRegionSeed } from '../../../tools/emulator/seed/documentRegion';
import { governingDocumentsLibrary } from '../../../src/schema/documentLists';
import { IGoverningDocument } from '../../../src/domain/documents/types';
import { isAskedToConfirm } from '../../../src/domain/documents/readConfirmations';
import { documentMatchesQuery } from '../../../src/domain/documents/documentQuery';
import { documentDueness } from '../../../src/domain/documents/reviewDates';
import { IDocumentQuery } from '../../../src/domain/documents/repositories';
import { unitAncestry } from '../../../src/domain/organisation';
import { IDocumentFilter } from '../../../src/services/documents/IGoverningDocumentsService';
import { ITryggServices } from '../../../src/services/ITryggServices';
import { GoverningDocumentRepository } from '../../../src/services/documents/GoverningDocumentRepository';
import { readEach } from '../../../src/services/lists/batchedReads';
import { SameTurnBatch } from '../../../src/services/lists/sameTurnBatch';
import { servicesAs } from '../services/servicesHelpers';
import { allQueued, pagesOf } from './documentHelpers';
import { spAs } from '../permissions/signedInAs';

const DOCUMENTS = 12000;
const now = new Date(REFERENCE_TIME);

describe('governing documents over the list view threshold', () => {
  let emulator: IRunningEmulator;
  let everything: IGoverningDocument[];
  const organisation = buildRegionOrganisation();

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, seed: documentRegionSeed(DOCUMENTS) });
    // What the security function may see, read whole: the answer each view is checked against.
    everything = await servicesAs(emulator, 'peter.sjoberg', () => now).documents.all();
  }, 120000);

  afterAll(() => emulator.close());

  it('refuses, as SharePoint does, a query whose indexed filter matches more than 5,000 documents', async () => {
    const naive = spAs(emulator, 'peter.sjoberg').web.lists.getByTitle(governingDocumentsLibrary.title).items.filter("DocumentStatus eq 'Publicerad'").top(50)();
    await expect(naive).rejects.toMatchObject({ status: 500 });
    expect(everything.filter((document) => document.status === 'Publicerad').length).toBeGreaterThan(5000);
  });

  it.each<[string, IDocumentFilter, (document: IGoverningDocument) => boolean]>([
    ['no filter', {}, () => true],
    ['type Instruktion', { type: 'Instruktion' }, (document) => document.type === 'Instruktion'],
    ['status Publicerad', { status: 'Publicerad' }, (document) => document.status === 'Publicerad'],
    [
      'review or validity ending within 90 days',
      { expiringSoon: true },
      (document) => {
        const dueness = documentDueness(document, now);
        return dueness.reviewDue || dueness.expiresSoon;
      }
    ],
    ['a security area (refined in the client)', { area: 'Brandsäkerhet' }, (document) => document.areas.indexOf('Brandsäkerhet') >= 0]
  ])('serves the register by %s a page at a time, in number order, as the whole list would show it', async (_, filter, matches) => {
    const peter = servicesAs(emulator, 'peter.sjoberg', () => now);
    const first = await peter.documents.list(filter);
    expect(first.documents.length).toBeGreaterThanOrEqual(50);
    expect(first.more).toBeDefined();
    const read = await pagesOf(first, 150);
    const expected = everything.filter(matches).slice(0, read.length);
    expect(read.map((document) => document.number)).toEqual(expected.map((document) => document.number));
  });

  it('keeps in the client what the OData filter asks SharePoint (documentMatchesQuery), for every kind of query', async () => {
    const repository = new GoverningDocumentRepository(spAs(emulator, 'peter.sjoberg'));
    const unitId = everything.filter((document) => document.scopeUnitId !== undefined)[0].scopeUnitId as number;
    const horizon = new Date(now.getTime() + 91 * 24 * 3600 * 1000).toISOString();
    const queries: IDocumentQuery[] = [
      { type: 'Instruktion' },
      { statuses: ['Publicerad', 'Fastställd'] },
      { ownerId: everything[0].owner.id },
      { unitId },
      { unitId, withRegional: true },
      { validUntilBefore: horizon, reviewBefore: horizon },
      { validUntilBefore: now.toISOString() },
      { statuses: ['Publicerad'], asksReadConfirmation: true },
      { type: 'Policy', effectiveBefore: now.toISOString() }
    ];
    for (const query of queries) {
      const served = (await repository.query(query)).map((document) => document.id).sort((a, b) => a - b);
      const kept = everything.filter((document) => documentMatchesQuery(document, query)).map((document) => document.id).sort((a, b) => a - b);
      expect({ query, count: kept.length, same: JSON.stringify(kept) === JSON.stringify(served) }).toEqual({ query, count: served.length, same: true });
    }
  });

  it('finds words in a title among thousands, reading on in bounded steps rather than all at once', async () => {
    const peter = servicesAs(emulator, 'peter.sjoberg', () => now);
    const target = everything[Math.floor(everything.length * 0.9)];
    const before = emulator.requests.list({}).length;
    const found = await pagesOf(await peter.documents.list({ text: target.number.toLowerCase() }), 1);
    expect(found.map((document) => document.id)).toContain(target.id);
    // 500 rows a request; a page answers after at most ten, then reads on when asked.
    expect(emulator.requests.list({}).length - before).toBeLessThanOrEqual(Math.ceil(DOCUMENTS / 500) + 2);
  });

  it("puts on an employee's reading list every published document that asks their unit, and only those", async () => {
    const anna = servicesAs(emulator, 'anna.svensson', () => now);
    const units = await anna.units.getAll();
    const department = organisation.people.filter((person) => person.key === 'anna.svensson')[0].department;
    const home = units.filter((unit) => unit.department === department)[0];
    const me = await anna.currentUser.get();
    const asked = everything.filter(
      (document) => document.status === 'Publicerad' && isAskedToConfirm(document, { id: me.id, displayName: me.displayName, email: me.email }, unitAncestry(units, home.id).map((unit) => unit.id))
    );
    expect(asked.length).toBeGreaterThan(0);
    const list = await allQueued(await anna.documents.myReadingList());
    expect(list.map((document) => document.id).sort((a, b) => a - b)).toEqual(asked.map((document) => document.id).sort((a, b) => a - b));
  });

  it('reads a view that must be whole past 5,000: the tree page by page, a broad filter by id windows, in number order', async () => {
    const services: ITryggServices = servicesAs(emulator, 'helena.ask', () => now);
    const all = await services.documents.all();
    expect(all.length).toBeGreaterThan(5000);
    expect(all.map((document) => document.number)).toEqual(all.map((document) => document.number).slice().sort());
    const published = await new GoverningDocumentRepository(spAs(emulator, 'peter.sjoberg')).query({ statuses: ['Publicerad'] });
    const expected = everything.filter((document) => document.status === 'Publicerad').map((document) => document.number);
    expect(published.map((document) => document.number)).toEqual(expected);
  });

  it('gives the security function every draft awaiting approval, oldest change first, a page at a time, counting them all', async () => {
    const expected = everything
      .filter((document) => document.status === 'Utkast' && document.moderation === 'pending')
      .sort((a, b) => a.modified.localeCompare(b.modified) || a.id - b.id)
      .map((document) => document.number);
    expect(expected.length).toBeGreaterThan(500);
    const queue = await servicesAs(emulator, 'peter.sjoberg', () => now).documents.awaitingApproval();
    expect(queue.total).toBe(expected.length);
    expect((await queue.first()).documents).toHaveLength(50);
    expect((await allQueued(queue)).map((document) => document.number)).toEqual(expected);
  });

  it('reads a batch of queries whole (readEach, as statistics and PDSA read) in two requests: one refused over the threshold and one whose first page is full, by id windows', async () => {
    const select = ['Id', 'DocumentNumber'];
    const published = { listTitle: governingDocumentsLibrary.title, select, filter: "DocumentStatus eq 'Publicerad'" };
    const policies = { listTitle: governingDocumentsLibrary.title, select, filter: "GoverningDocumentType eq 'Policy'" };
    const library = { listTitle: governingDocumentsLibrary.title, select, filter: '' };
    emulator.requests.reset();
    const [all, few, whole] = await readEach(new SameTurnBatch(spAs(emulator, 'peter.sjoberg')), [published, policies, library]);
    // The first pages with the newest id, then every window of the two that need them.
    expect(emulator.requests.list().map((request) => `${request.method} ${request.path.split('?')[0]}`)).toEqual(['POST /sites/trygg/_api/$batch', 'POST /sites/trygg/_api/$batch']);
    const numbers = (items: readonly Record<string, unknown>[]): string[] => items.map((item) => String(item.DocumentNumber)).sort();
    expect(numbers(all)).toEqual(everything.filter((document) => document.status === 'Publicerad').map((document) => document.number).sort());
    expect(numbers(few)).toEqual(everything.filter((document) => document.type === 'Policy').map((document) => document.number).sort());
    expect(numbers(whole)).toEqual(everything.map((document) => document.number).sort());
    expect(new Set(whole.map((item) => item.Id)).size).toBe(whole.length);
  });
});
