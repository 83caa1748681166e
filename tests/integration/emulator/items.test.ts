import { startEmulator, IRunningEmulator } from '../../../tools/emulator';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn } from './testSeed';
import { spAs, statusOf } from './helpers';

describe('emulator: list items over PnPjs', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: buildTestSeed(), lists: TEST_LISTS, now: () => new Date('2025-04-01T10:00:00Z') });
  });
  afterAll(() => emu.close());

  const deviations = () => spAs(emu, upn(PEOPLE.worker)).web.lists.getByTitle('TryggAvvikelser');
  const newDeviation = (n: string) => ({
    Title: `Ny avvikelse ${n}`,
    ClientRequestId: `req-${n}`,
    Description: 'Något hände',
    OccurredAt: '2025-03-31T22:15:00Z',
    ReportedAt: '2025-04-01T10:00:00Z',
    UnitId: 2,
    Status: 'Ny',
    HandlerId: 14
  });

  it('creates, reads, updates and deletes an item', async () => {
    const added = await deviations().items.add(newDeviation('crud'));
    expect(added.Id).toBeGreaterThan(4);
    expect(added['odata.etag']).toBe('"1"');
    expect(added.Created).toBe('2025-04-01T10:00:00Z');
    expect(added.AuthorId).toBe(12);

    const item = deviations().items.getById(added.Id);
    const read = await item();
    expect(read.Title).toBe('Ny avvikelse crud');
    expect(read.UnitId).toBe(2);
    expect(read.HandlerStringId).toBe('14');

    const updated = await item.update({ Status: 'Mottagen' }, read['odata.etag']);
    expect(updated.etag).toBe('"2"');
    expect((await item.select('Status')()).Status).toBe('Mottagen');

    await item.delete();
    expect((await statusOf(item())).status).toBe(404);
  });

  it('filters on a value containing a quote (doubled, as OData requires)', async () => {
    const title = "O'Briens nyckelkort borttappat";
    const rows = await deviations().items.filter(`Title eq '${title.replace(/'/g, "''")}'`).select('Id', 'Title')();
    expect(rows.map((r: { Id: number }) => r.Id)).toEqual([2]);
    const none = await deviations().items.filter("substringof('''Solen''', Title)")();
    expect(none).toEqual([]);
  });

  it('selects, expands lookups and people, and orders on several keys', async () => {
    const rows = await deviations()
      .items.select('Id', 'Title', 'Unit/Title', 'Unit/Id', 'Handler/EMail', 'Handler/Id', 'Author/Title')
      .expand('Unit', 'Handler', 'Author')
      .orderBy('UnitId', false)
      .orderBy('Id', true)();
    expect(rows.map((r: { Id: number }) => r.Id)).toEqual([3, 4, 1, 2]);
    const first = rows[0];
    expect(first.Unit.Title).toBe("Barn- och ungdomsmottagningen 'Solen'");
    expect(first.Unit.Id).toBe(3);
    expect(first.Handler).toBeNull();
    expect(rows[1].Handler.EMail).toBe(upn(PEOPLE.security));
    expect(rows[2].Author.Title).toBe("Cecilia O'Brien");
    expect(Object.keys(rows[0]).filter((k) => !k.startsWith('odata.')).sort()).toEqual(['Author', 'Handler', 'Id', 'Title', 'Unit']);
  });

  it('filters with and/or precedence, not, null, dates, lookups and people', async () => {
    const ids = async (f: string) => (await deviations().items.filter(f).select('Id').orderBy('Id')()).map((r: { Id: number }) => r.Id);
    // `and` binds tighter than `or`: (Unit 3 and Ny) or Id 1.
    expect(await ids("UnitId eq 3 and Status eq 'Ny' or Id eq 1")).toEqual([1, 4]);
    expect(await ids("not (Status eq 'Ny')")).toEqual([2, 3]);
    expect(await ids('Handler eq null')).toEqual([3]);
    expect(await ids("OccurredAt ge datetime'2025-03-03T00:00:00Z'")).toEqual([3, 4]);
    expect(await ids("Unit/Title eq 'Akutkliniken' and Handler/Id eq 14")).toEqual([1]);
    expect(await ids(`Handler/EMail eq '${upn(PEOPLE.security)}' and Sensitive eq 1`)).toEqual([4]);
    expect(await ids("startswith(Title,'Hot')")).toEqual([1]);
  });

  it('answers bad queries with SharePoint errors (400), never ignoring a clause', async () => {
    const unknownColumn = await statusOf(deviations().items.filter("Nope eq 'x'")());
    expect(unknownColumn.status).toBe(400);
    expect(unknownColumn.body).toContain("Column 'Nope' does not exist. It may have been deleted by another user.");
    expect((await statusOf(deviations().items.filter("Title eq 'x' and")())).status).toBe(400);
    expect((await statusOf(deviations().items.filter("Title eq 'unterminated")())).status).toBe(400);
    expect((await statusOf(deviations().items.filter("endswith(Title,'x')")())).status).toBe(400);
    expect((await statusOf(deviations().items.select('Nope')())).status).toBe(400);
    const noExpand = await statusOf(deviations().items.select('Unit/Title')());
    expect(noExpand.status).toBe(400);
    expect(noExpand.body).toContain('$expand');
    expect((await statusOf(deviations().items.orderBy('Nope')())).status).toBe(400);
  });

  it('rejects unknown lists and unknown fields like SharePoint', async () => {
    const list = await statusOf(spAs(emu, upn(PEOPLE.worker)).web.lists.getByTitle('Finns inte').items());
    expect(list.status).toBe(404);
    expect(list.body).toContain("List 'Finns inte' does not exist at site with URL");
    const field = await statusOf(deviations().items.add({ ...newDeviation('unknown'), Nope: 1 }));
    expect(field.status).toBe(400);
    expect(field.body).toContain("The property 'Nope' does not exist on type 'SP.Data.TryggAvvikelserListItem'");
  });

  it('answers a stale ETag with 412 and keeps the item unchanged', async () => {
    const added = await deviations().items.add(newDeviation('etag'));
    const item = deviations().items.getById(added.Id);
    await item.update({ Status: 'Mottagen' }, added['odata.etag']);
    const stale = await statusOf(item.update({ Status: 'Utreds' }, added['odata.etag']));
    expect(stale.status).toBe(412);
    expect(stale.body).toContain('does not match the object\'s ETag value');
    expect((await statusOf(item.delete('"1"'))).status).toBe(412);
    expect((await item.select('Status')()).Status).toBe('Mottagen');
    await item.update({ Status: 'Utreds' }, '*');
  });

  it('rejects a duplicate in a unique field', async () => {
    await deviations().items.add(newDeviation('unique'));
    const dup = await statusOf(deviations().items.add({ ...newDeviation('unique'), Title: 'Annan' }));
    expect(dup.status).toBe(500);
    expect(dup.body).toContain('SPDuplicateValuesFoundException');
  });

  it('validates values: required, choice, length, types, lookups and people', async () => {
    const bad = async (patch: Record<string, unknown>) => statusOf(deviations().items.add({ ...newDeviation(`v${Math.random()}`), ...patch }));
    expect((await bad({ Description: null })).body).toContain("The field 'Vad hände' is required");
    expect((await bad({ Status: 'Påhittad' })).body).toContain('Invalid choice Value');
    expect((await bad({ Location: 'x'.repeat(256) })).status).toBe(400);
    expect((await bad({ ClientRequestId: 'x'.repeat(65) })).status).toBe(400);
    expect((await bad({ OccurredAt: 'igår' })).body).toContain("Edm.DateTime");
    expect((await bad({ Sensitive: 'ja' })).body).toContain("Edm.Boolean");
    expect((await bad({ UnitId: 999 })).body).toContain('Invalid lookup value');
    expect((await bad({ HandlerId: 999 })).body).toContain('The user does not exist or is not unique.');
    expect((await bad({ Handler: 14 })).status).toBe(400);
  });

  it('rejects malformed bodies without crashing', async () => {
    const url = `${emu.siteUrl}/_api/web/lists/getByTitle('TryggAvvikelser')/items`;
    const headers = { 'X-Trygg-User': upn(PEOPLE.worker), Accept: 'application/json' };
    const malformed = await fetch(url, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: '{"Title": ' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json())['odata.error'].message.value).toContain('Invalid JSON');
    const wrongType = await fetch(url, { method: 'POST', headers: { ...headers, 'Content-Type': 'text/plain' }, body: 'Title=x' });
    expect(wrongType.status).toBe(415);
    const badPath = await fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('x/items`, { headers });
    expect(badPath.status).toBe(400);
    const anonymous = await fetch(url, { headers: { Accept: 'application/json' } });
    expect(anonymous.status).toBe(401);
    const huge = await fetch(url, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ Title: 'x'.repeat(26 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    const still = await fetch(`${emu.siteUrl}/_api/web/currentuser`, { headers });
    expect(still.status).toBe(200);
  });
});
