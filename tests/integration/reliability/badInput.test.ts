/**
 * Bad input, end to end: what people type (overlong, empty, impossible dates, wrong choices, markup,
 * OData operators) and what broken clients send (malformed OData, malformed $batch, oversized and
 * unknown-field bodies, stale ETags, uploads) must each get a clear, specific answer and write nothing.
 * Services run for real over HTTP against the emulator; "nothing written" is checked in its database.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { SPFI } from '@pnp/sp';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { IDeviationDraft } from '../../../src/domain/deviations/types';
import { DRAFT_LIMITS } from '../../../src/domain/deviations/draftValidation';
import { ConflictError } from '../../../src/services/errors';
import { ITryggServices } from '../../../src/services/ITryggServices';
import { newRequestId, servicesAs, startRegion, upn } from '../services/servicesHelpers';
import { graphAs, spAs, statusOf } from '../emulator/helpers';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn as testUpn } from '../emulator/testSeed';

const DEVIATIONS = 'TryggAvvikelser';
const FIXED_NOW = new Date('2026-03-15T12:00:00Z');

/** Every list's row count and version total, and the outbox: any write changes one of them. */
function writeState(emulator: IRunningEmulator): string {
  const lists = emulator.db.prepare('SELECT Title, TableName FROM _lists ORDER BY Title').all() as unknown as { Title: string; TableName: string }[];
  const parts = lists.map((l) => {
    const row = emulator.db.prepare(`SELECT COUNT(*) AS n, COALESCE(SUM("Version"), 0) AS v FROM "${l.TableName}"`).get() as { n: number; v: number };
    return `${l.Title}:${row.n}/${row.v}`;
  });
  const outbox = emulator.db.prepare('SELECT COUNT(*) AS n FROM _outbox').get() as { n: number };
  const files = emulator.db.prepare('SELECT COUNT(*) AS n FROM _files').get() as { n: number };
  return [...parts, `outbox:${outbox.n}`, `files:${files.n}`].join(' ');
}

function itemCount(emulator: IRunningEmulator, title: string): number {
  const list = emulator.db.prepare('SELECT TableName FROM _lists WHERE Title = ?').get(title) as { TableName: string };
  return Number((emulator.db.prepare(`SELECT COUNT(*) AS n FROM "${list.TableName}"`).get() as { n: number }).n);
}

/** Runs `action` and asserts that it wrote nothing at all. */
async function writesNothing<T>(emulator: IRunningEmulator, action: () => Promise<T>): Promise<T> {
  const before = writeState(emulator);
  const result = await action();
  expect(writeState(emulator)).toBe(before);
  return result;
}

/** A rejected PnPjs/Graph call: its status and SharePoint's odata.error (code and message). */
async function spFailure(promise: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  const { status, body } = await statusOf(promise);
  const parsed = JSON.parse(body) as { 'odata.error'?: { code: string; message: { value: string } } };
  if (!parsed['odata.error']) throw new Error(`Not a SharePoint error body: ${body}`);
  return { status, code: parsed['odata.error'].code, message: parsed['odata.error'].message.value };
}

describe('bad input is refused clearly and writes nothing', () => {
  let emulator: IRunningEmulator;
  let anna: ITryggServices;
  let annaSp: SPFI;
  let akutenId: number;
  let validItem: Record<string, unknown>;

  const draft = (overrides: Partial<IDeviationDraft> = {}): IDeviationDraft => ({
    title: '',
    description: 'Dörren till medicinförrådet stod olåst under kvällen.',
    occurredAt: new Date(FIXED_NOW.getTime() - 2 * 60 * 60 * 1000).toISOString(),
    unitId: akutenId,
    location: 'Akutmottagningen, korridor C',
    involvesPersonalData: false,
    suspectedCrime: false,
    ...overrides
  });

  beforeAll(async () => {
    emulator = await startRegion();
    anna = servicesAs(emulator, 'anna.svensson', () => FIXED_NOW);
    annaSp = spAs(emulator, upn('anna.svensson'));
    const [units, me, user] = await Promise.all([anna.units.getAll(), anna.directory.me(), anna.currentUser.get()]);
    akutenId = units.filter((unit) => unit.department === me.department)[0].id;
    validItem = {
      Title: 'Giltig rubrik',
      ClientRequestId: newRequestId(),
      Description: 'En giltig beskrivning av händelsen.',
      OccurredAt: '2026-03-14T10:00:00Z',
      ReportedAt: '2026-03-14T10:05:00Z',
      UnitId: akutenId,
      Status: 'Ny',
      ReporterId: user.id
    };
  });

  afterAll(() => emulator.close());

  describe('report drafts: the service answers { kind: invalid } with the right codes', () => {
    const cases: [string, Partial<IDeviationDraft>, Record<string, string>][] = [
      ['an empty description', { description: '' }, { description: 'required' }],
      ['a description of spaces only', { description: '   \n\t  ' }, { description: 'required' }],
      ['a too short description', { description: 'kort' }, { description: 'tooShort' }],
      ['an overlong description', { description: 'x'.repeat(DRAFT_LIMITS.descriptionMax + 1) }, { description: 'tooLong' }],
      ['an overlong title', { title: 'R'.repeat(DRAFT_LIMITS.titleMax + 1) }, { title: 'tooLong' }],
      ['an overlong location', { location: 'P'.repeat(DRAFT_LIMITS.locationMax + 1) }, { location: 'tooLong' }],
      ['overlong immediate actions', { immediateActions: 'Å'.repeat(DRAFT_LIMITS.immediateActionsMax + 1) }, { immediateActions: 'tooLong' }],
      ['control characters', { title: 'Rubrik\u0000med nolltecken' }, { title: 'invalidCharacters' }],
      ['no time', { occurredAt: '' }, { occurredAt: 'required' }],
      ['a time in the future', { occurredAt: '2026-03-16T12:00:00Z' }, { occurredAt: 'inFuture' }],
      ['30 February', { occurredAt: '2026-02-30T10:00:00Z' }, { occurredAt: 'invalidDate' }],
      ['29 February in a common year', { occurredAt: '2025-02-29T10:00:00Z' }, { occurredAt: 'invalidDate' }],
      ['month 13', { occurredAt: '2025-13-01T10:00:00Z' }, { occurredAt: 'invalidDate' }],
      // Date.parse reads 24:00 as next midnight; SharePoint refuses it. A person who typed it made a mistake.
      ['hour 24', { occurredAt: '2026-03-01T24:00:00Z' }, { occurredAt: 'invalidDate' }],
      ['minute 60', { occurredAt: '2026-03-01T10:60:00Z' }, { occurredAt: 'invalidDate' }],
      // Without a zone, the browser reads local time and SharePoint UTC: the stored time would differ.
      ['a time without a zone', { occurredAt: '2026-03-01T10:00' }, { occurredAt: 'invalidDate' }],
      ['more digits than SharePoint keeps', { occurredAt: '2026-03-01T10:00:00.1234567890Z' }, { occurredAt: 'invalidDate' }],
      ['words for a date', { occurredAt: 'igår' }, { occurredAt: 'invalidDate' }],
      ['a date too long ago', { occurredAt: '2024-01-01T10:00:00Z' }, { occurredAt: 'tooOld' }],
      ['an unknown type', { type: 'Katastrof' as IDeviationDraft['type'] }, { type: 'invalidChoice' }],
      ['a type in the wrong case', { type: 'tillbud' as IDeviationDraft['type'] }, { type: 'invalidChoice' }],
      ['an unknown area', { area: "Brand' or 1 eq 1" as IDeviationDraft['area'] }, { area: 'invalidChoice' }],
      ['no unit', { unitId: undefined }, { unitId: 'required' }],
      ['a negative unit', { unitId: -3 }, { unitId: 'invalidNumber' }],
      ['a fractional unit', { unitId: 1.5 }, { unitId: 'invalidNumber' }],
      // A unit that is not in the units list is a mistake to correct, not a server error to retry.
      ['a unit that does not exist', { unitId: 987654 }, { unitId: 'invalidChoice' }]
    ];

    it.each(cases)('%s', async (_name, overrides, errors) => {
      const before = itemCount(emulator, DEVIATIONS);
      const outcome = await writesNothing(emulator, () => anna.reporting.report(draft(overrides), newRequestId()));
      expect(outcome).toEqual({ kind: 'invalid', errors });
      expect(itemCount(emulator, DEVIATIONS)).toBe(before);
    });

    it('reports every problem at once', async () => {
      const outcome = await writesNothing(emulator, () =>
        anna.reporting.report(draft({ description: '', occurredAt: '2026-02-30T10:00:00Z', type: 'X' as IDeviationDraft['type'], unitId: 0 }), newRequestId())
      );
      expect(outcome).toEqual({
        kind: 'invalid',
        errors: { description: 'required', occurredAt: 'invalidDate', type: 'invalidChoice', unitId: 'invalidNumber' }
      });
    });

    it('refuses a client request id that is not one, before anything is sent', async () => {
      await writesNothing(emulator, async () => {
        await expect(anna.reporting.report(draft(), "x' or 1 eq 1")).rejects.toThrow(/client request id/);
      });
    });

    it('accepts the same draft when it is right (the cases above can pass)', async () => {
      const before = itemCount(emulator, DEVIATIONS);
      const outcome = await anna.reporting.report(draft({ title: 'R'.repeat(DRAFT_LIMITS.titleMax) }), newRequestId());
      expect(outcome.kind).toBe('sent');
      expect(itemCount(emulator, DEVIATIONS)).toBe(before + 1);
    });
  });

  describe('markup in every text field is stored as plain text and comes back exactly', () => {
    const markup = {
      title: `<script>alert('rubrik')</script> & "citat" <b>fet</b>`,
      description: `<img src=x onerror="alert(1)">\n<a href="javascript:alert(2)">länk</a>\r\n&lt;redan kodad&gt; &amp; ' -- ; DROP TABLE x; 🚒`,
      location: `<iframe src="//evil.example"></iframe>'`,
      immediateActions: `</textarea><svg onload=alert(3)> ${'${'}jndi:ldap://x} {{7*7}} %0d%0a`
    };

    it('round-trips through the services, the REST API and the notification mail', async () => {
      const id = newRequestId();
      const outcome = await anna.reporting.report(draft(markup), id);
      if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
      for (const [field, value] of Object.entries(markup)) expect(outcome.deviation[field as keyof typeof markup]).toBe(value);

      // Read back by the handler, and raw from SharePoint: no encoding added, nothing stripped.
      const asHandler = await servicesAs(emulator, 'lars.holm').deviations.getById(outcome.deviation.id);
      expect(asHandler).toMatchObject(markup);
      const raw = await spAs(emulator, upn('lars.holm'))
        .web.lists.getByTitle(DEVIATIONS)
        .items.getById(outcome.deviation.id)
        .select('Title', 'Description', 'Location', 'ImmediateActions')();
      expect(raw).toMatchObject({ Title: markup.title, Description: markup.description, Location: markup.location, ImmediateActions: markup.immediateActions });

      // The handler's mail is plain text: the title travels as text, never as HTML.
      const mail = emulator.outbox().filter((m) => m.subject.indexOf(outcome.deviation.caseNumber) >= 0);
      expect(mail).toHaveLength(1);
      expect(mail[0].bodyContentType).toBe('Text');
      expect(mail[0].body).toContain(markup.title);
    });

    it('handler text (feedback, causes) round-trips too', async () => {
      const outcome = await anna.reporting.report(draft({ description: 'Obehörig person i personalrummet på natten.' }), newRequestId());
      if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
      const lars = servicesAs(emulator, 'lars.holm', () => FIXED_NOW);
      const current = (await lars.deviations.getById(outcome.deviation.id))!;
      const causes = [{ category: 'Teknik' as const, text: `<script>document.cookie</script> "x" & 'y'` }];
      const caused = await lars.handling.setCauses(current, causes);
      if (caused.kind !== 'saved') throw new Error(JSON.stringify(caused));
      expect((await lars.deviations.getById(outcome.deviation.id))!.mtoCauses).toEqual(causes);
    });
  });

  describe('user text in queries is escaped and never changes the query', () => {
    const injections = [
      "x' or startswith(displayName,'",
      "' or 1 eq 1 or '",
      "Anna') or (displayName ne '",
      "a&$top=999&b='",
      'a#b',
      'a+b %27 %26',
      "Lars'",
      "''"
    ];

    it.each(injections)('directory search for %p returns nothing and does not fail', async (text) => {
      const requestsBefore = emulator.requests.list().length;
      await expect(anna.directory.search(text)).resolves.toEqual([]);
      // One request, answered 200: the text did not break or widen the $filter.
      const sent = emulator.requests.list().slice(requestsBefore).filter((r) => r.path.indexOf('/users') >= 0);
      expect(sent.map((r) => r.status)).toEqual([200]);
    });

    it('a search that should match still matches (the escaping keeps quotes as text)', async () => {
      const found = await anna.directory.search('Anna Sv');
      expect(found.map((u) => u.userPrincipalName)).toContain(upn('anna.svensson'));
    });

    it.each(injections)('a deviation query with %p as its type or area returns nothing', async (text) => {
      const peter = servicesAs(emulator, 'peter.sjoberg');
      await expect(peter.deviations.query({ type: text as IDeviationDraft['type'] })).resolves.toEqual([]);
      await expect(peter.deviations.query({ area: text as IDeviationDraft['area'], statuses: [text as 'Ny'] })).resolves.toEqual([]);
    });

    it('a client request id with OData in it finds nothing', async () => {
      await expect(anna.deviations.findByClientRequestId("x' or ClientRequestId ne '")).resolves.toBeUndefined();
    });
  });

  describe('malformed OData from a stock PnPjs client gets SharePoint 400s', () => {
    const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => annaSp.web.lists.getByTitle(DEVIATIONS).items;

    const malformed: [string, () => Promise<unknown>, RegExp][] = [
      ['$filter with an unclosed parenthesis', () => items().filter("(Title eq 'a'")(), /Syntax error/],
      ['$filter with an extra closing parenthesis', () => items().filter("Title eq 'a')")(), /Syntax error/],
      ['$filter with an unterminated string', () => items().filter("Title eq 'a")(), /Unterminated string/],
      ['$filter with an unknown function', () => items().filter("endswith(Title,'a')")(), /not supported/],
      ['$filter with a made-up function', () => items().filter("evil(Title)")(), /not supported/],
      ['$filter on an unknown field', () => items().filter("NoSuchField eq 'a'")(), /does not exist/],
      // Was read as Unit/Title, silently ignoring the rest of the path.
      ['$filter on a path deeper than Field/Sub', () => items().filter("Unit/Title/Anything eq 'a'")(), /does not exist/],
      ['$filter comparing text with a number', () => items().filter('Title eq 5')(), /incompatible/],
      ['$filter with an impossible date', () => items().filter("OccurredAt ge datetime'2026-02-30T00:00:00Z'")(), /DateTime/],
      ['$filter with only an operator', () => items().filter('eq')(), /Syntax error|Expression expected/],
      ['$top=-1', () => items().top(-1)(), /\$top/],
      ['$top=abc', () => { const q = items(); q.query.set('$top', 'abc'); return q(); }, /\$top/],
      ['$orderby of an unknown field', () => items().orderBy('NoSuchField')(), /does not exist/],
      ['$orderby with a bad direction', () => { const q = items(); q.query.set('$orderby', 'Title sideways'); return q(); }, /\$orderby/],
      ['$select of an unknown field', () => items().select('NoSuchField')(), /does not exist/],
      ['an unknown query option', () => { const q = items(); q.query.set('$apply', 'groupby(Title)'); return q(); }, /not supported/]
    ];

    it.each(malformed)('%s', async (_name, request, message) => {
      const failure = await writesNothing(emulator, () => spFailure(request()));
      expect(failure.status).toBe(400);
      expect(failure.message).toMatch(message);
    });

    it('the same query, well formed, succeeds (the cases above can pass)', async () => {
      await expect(items().filter("(Title eq 'a')").orderBy('Title').top(5)()).resolves.toEqual([]);
    });
  });

  describe('malformed Graph queries from a stock Graph client get Graph 400s', () => {
    const users = (query: string): Promise<unknown> => graphAs(emulator, upn('anna.svensson')).api(`/users?${query}`).get();
    const malformed: [string, () => Promise<unknown>, RegExp][] = [
      ['$filter with an unclosed parenthesis', () => users("$filter=(startswith(displayName,'a')"), /Syntax error/],
      ['$filter with an unknown function', () => users('$filter=evil(displayName)'), /not supported/],
      ['$filter on an unknown property', () => users("$filter=shoeSize eq '42'"), /property named 'shoeSize'/],
      ['$top=-1', () => users('$top=-1'), /page size/],
      ['$top=abc', () => users('$top=abc'), /page size/],
      ['$orderby of an unknown property', () => users('$orderby=shoeSize'), /sort property/],
      // Buffer's base64url decoder skips what it does not know: junk read as "from the start".
      ['a $skiptoken that is junk', () => users('$skiptoken=%25%25%25'), /skiptoken/],
      // decodeURIComponent threw, and the emulator answered 500.
      ['a path with broken percent-encoding', () => graphAs(emulator, upn('anna.svensson')).api('/users/%E0%A4%A').get(), /percent-encoded/]
    ];

    it.each(malformed)('%s', async (_name, request, message) => {
      const failure = await writesNothing(emulator, () => request().then(
        () => { throw new Error('Expected the call to fail, but it succeeded.'); },
        (e: { statusCode: number; code: string; message: string }) => e
      ));
      expect(failure.statusCode).toBe(400);
      expect(failure.code).toMatch(/BadRequest|Request_UnsupportedQuery/);
      expect(failure.message).toMatch(message);
    });
  });

  describe('malformed $batch bodies get a 400 with an odata.error, never a 500 or a hang', () => {
    const batchUrl = (): string => `${emulator.siteUrl}/_api/$batch`;
    const part = (url: string): string =>
      ['Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `GET ${url} HTTP/1.1`, 'Accept: application/json', '', ''].join('\r\n');
    const itemsUrl = (): string => `${emulator.siteUrl}/_api/web/lists/getbytitle('${DEVIATIONS}')/items?$top=1`;

    async function postBatch(contentType: string | undefined, body: string): Promise<{ status: number; body: string }> {
      const headers: Record<string, string> = { 'X-Trygg-User': upn('anna.svensson'), Accept: 'application/json' };
      if (contentType) headers['Content-Type'] = contentType;
      const response = await fetch(batchUrl(), { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
      return { status: response.status, body: await response.text() };
    }

    const malformed: [string, string | undefined, () => string][] = [
      ['no boundary in the content type', 'multipart/mixed', () => `--b1\r\n${part(itemsUrl())}--b1--\r\n`],
      ['a JSON content type', 'application/json', () => JSON.stringify({ requests: [] })],
      ['no content type', undefined, () => `--b1\r\n${part(itemsUrl())}--b1--\r\n`],
      ['a truncated part (no closing boundary)', 'multipart/mixed; boundary=b1', () => `--b1\r\n${part(itemsUrl()).slice(0, 60)}`],
      ['a part cut off before its request line', 'multipart/mixed; boundary=b1', () => '--b1\r\nContent-Type: application/http\r\n\r\n--b1--\r\n'],
      ['a part that is not application/http', 'multipart/mixed; boundary=b1', () => `--b1\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b1--\r\n`],
      ['a garbled request line', 'multipart/mixed; boundary=b1', () => `--b1\r\nContent-Type: application/http\r\n\r\nFETCH everything please\r\n\r\n--b1--\r\n`],
      ['a bad header line', 'multipart/mixed; boundary=b1', () => `--b1\r\nno colon here\r\n\r\nGET x HTTP/1.1\r\n\r\n--b1--\r\n`],
      ['no parts at all', 'multipart/mixed; boundary=b1', () => '--b1--\r\n'],
      ['an empty body', 'multipart/mixed; boundary=b1', () => ''],
      ['text before the first boundary', 'multipart/mixed; boundary=b1', () => `garbage\r\n--b1\r\n${part(itemsUrl())}--b1--\r\n`],
      ['a changeset without its own boundary', 'multipart/mixed; boundary=b1', () => `--b1\r\nContent-Type: multipart/mixed\r\n\r\n--b1--\r\n`],
      ['a part with an unparseable URL', 'multipart/mixed; boundary=b1', () => `--b1\r\n${part('http://[::1')}--b1--\r\n`]
    ];

    it.each(malformed)('%s', async (_name, contentType, body) => {
      const response = await writesNothing(emulator, () => postBatch(contentType, body()));
      expect(response.status).toBe(400);
      const error = (JSON.parse(response.body) as { 'odata.error': { code: string; message: { value: string } } })['odata.error'];
      expect(error.code).toMatch(/ODataException|SPException/);
      expect(error.message.value).toMatch(/batch|Content-Type|boundary/i);
    });

    it('a well-formed batch is answered 200 (the cases above can pass)', async () => {
      const response = await postBatch('multipart/mixed; boundary=b1', `--b1\r\n${part(itemsUrl())}--b1--\r\n`);
      expect(response.status).toBe(200);
      expect(response.body).toMatch(/HTTP\/1\.1 200 OK/);
    });

    it('a bad write inside a good batch fails in its part and writes nothing', async () => {
      const changeset = [
        '--b1',
        'Content-Type: multipart/mixed; boundary=c1',
        '',
        '--c1',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        `POST ${emulator.siteUrl}/_api/web/lists/getbytitle('${DEVIATIONS}')/items HTTP/1.1`,
        'Content-Type: application/json',
        '',
        '{"Title": "halv',
        '--c1--',
        '--b1--',
        ''
      ].join('\r\n');
      const response = await writesNothing(emulator, () => postBatch('multipart/mixed; boundary=b1', changeset));
      expect(response.status).toBe(200);
      expect(response.body).toMatch(/HTTP\/1\.1 400 Bad Request/);
      expect(response.body).toMatch(/odata\.error/);
    });
  });

  describe('writes SharePoint refuses: oversized, unknown fields, bad values, stale ETags', () => {
    const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => annaSp.web.lists.getByTitle(DEVIATIONS);

    it('an oversized JSON body is answered 413 and nothing is stored', async () => {
      const huge = 'x'.repeat(26 * 1024 * 1024);
      const response = await writesNothing(emulator, async () => {
        const res = await fetch(`${emulator.siteUrl}/_api/web/lists/getbytitle('${DEVIATIONS}')/items`, {
          method: 'POST',
          headers: { 'X-Trygg-User': upn('anna.svensson'), 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ ...validItem, ClientRequestId: newRequestId(), Description: huge }),
          signal: AbortSignal.timeout(15000)
        });
        return { status: res.status, body: await res.text() };
      });
      expect(response.status).toBe(413);
      expect(JSON.parse(response.body)['odata.error'].message.value).toMatch(/too large|exceeds/i);
      // The server is still answering.
      await expect(list().items.top(1)()).resolves.toHaveLength(1);
    }, 20000);

    const refused: [string, () => Record<string, unknown>, number, RegExp][] = [
      ['an unknown field', () => ({ ...validItem, NoSuchField: 'x' }), 400, /does not exist on type/],
      ['a read-only field', () => ({ ...validItem, Created: '2020-01-01T00:00:00Z' }), 400, /read-only/],
      ['an overlong title', () => ({ ...validItem, Title: 'R'.repeat(256) }), 400, /maximum length/],
      ['an overlong location', () => ({ ...validItem, Location: 'P'.repeat(256) }), 400, /maximum length/],
      ['an overlong client request id', () => ({ ...validItem, ClientRequestId: 'c'.repeat(65) }), 400, /maximum length/],
      ['an empty required field', () => ({ ...validItem, Description: '' }), 400, /required/],
      ['a missing required field', () => { const { Status: _status, ...rest } = validItem; return rest; }, 400, /required/],
      ['an impossible date', () => ({ ...validItem, OccurredAt: '2026-02-30T10:00:00Z' }), 400, /Edm\.DateTime/],
      ['a date that is no date', () => ({ ...validItem, OccurredAt: 'igår' }), 400, /Edm\.DateTime/],
      ['a wrong choice', () => ({ ...validItem, Status: 'Borttappad' }), 400, /Invalid choice/],
      ['a choice in the wrong case', () => ({ ...validItem, DeviationType: 'tillbud' }), 400, /Invalid choice/],
      ['a lookup to nothing', () => ({ ...validItem, UnitId: 987654 }), 400, /Invalid lookup/],
      ['text in a number field', () => ({ ...validItem, UnitId: 'ett' }), 400, /Edm\.Int32/],
      ['a string in a yes/no field', () => ({ ...validItem, Sensitive: 'ja' }), 400, /Edm\.Boolean/],
      ['an object for a text field', () => ({ ...validItem, Title: { '<script>': 1 } }), 400, /Edm\.String/]
    ];

    it.each(refused)('adding an item with %s', async (_name, body, status, message) => {
      const before = itemCount(emulator, DEVIATIONS);
      const failure = await writesNothing(emulator, () => spFailure(list().items.add({ ...body(), ClientRequestId: (body().ClientRequestId as string) ?? newRequestId() })));
      expect(failure.status).toBe(status);
      expect(failure.message).toMatch(message);
      expect(itemCount(emulator, DEVIATIONS)).toBe(before);
    });

    it('a body that is not JSON, or not an object, is refused', async () => {
      const post = (contentType: string, body: string): Promise<Response> =>
        fetch(`${emulator.siteUrl}/_api/web/lists/getbytitle('${DEVIATIONS}')/items`, {
          method: 'POST',
          headers: { 'X-Trygg-User': upn('anna.svensson'), 'Content-Type': contentType, Accept: 'application/json' },
          body
        });
      await writesNothing(emulator, async () => {
        for (const [type, body] of [
          ['application/json', '{"Title": '],
          ['application/json', '[1,2,3]'],
          ['application/json', '"just a string"'],
          ['text/plain', JSON.stringify(validItem)]
        ]) {
          const res = await post(type, body);
          expect([400, 415]).toContain(res.status);
          expect((await res.json())['odata.error'].message.value).toEqual(expect.any(String));
        }
      });
    });

    it('an update with unknown fields or bad values changes nothing', async () => {
      // Anna sends it; her handler Lars is the one who may write to it afterwards.
      const added = await list().items.add({ ...validItem, ClientRequestId: newRequestId() });
      const item = spAs(emulator, upn('lars.holm')).web.lists.getByTitle(DEVIATIONS).items.getById(added.Id);
      const before = await item.select('Title', 'Status', 'Modified')();
      for (const [changes, message] of [
        [{ NoSuchField: 1 }, /does not exist on type/],
        [{ Status: 'Borttappad' }, /Invalid choice/],
        [{ Title: '' }, /required/],
        [{ Title: 'Ny rubrik', Location: 'P'.repeat(300) }, /maximum length/]
      ] as [Record<string, unknown>, RegExp][]) {
        const failure = await writesNothing(emulator, () => spFailure(item.update(changes)));
        expect(failure.status).toBe(400);
        expect(failure.message).toMatch(message);
      }
      expect(await item.select('Title', 'Status', 'Modified')()).toEqual(before);
    });

    it('a write with a stale ETag is 412 and changes nothing', async () => {
      const outcome = await anna.reporting.report(draft({ description: 'Nyckelkort hittat i trappuppgång D.' }), newRequestId());
      if (outcome.kind !== 'sent') throw new Error(JSON.stringify(outcome));
      const lars = servicesAs(emulator, 'lars.holm', () => FIXED_NOW);
      const stale = (await lars.deviations.getById(outcome.deviation.id))!;
      const fresh = await lars.deviations.update(stale.id, stale.etag, { feedback: 'Första svaret.' });

      // Raw PnPjs: SharePoint's 412 with its error body.
      const rawItem = spAs(emulator, upn('lars.holm')).web.lists.getByTitle(DEVIATIONS).items.getById(stale.id);
      const failure = await writesNothing(emulator, () => spFailure(rawItem.update({ Feedback: 'Skrivs över?' }, stale.etag)));
      expect(failure.status).toBe(412);
      expect(failure.code).toMatch(/ClientServiceException/);
      expect(failure.message).toMatch(/ETag value .* does not match/);

      // The repository: a ConflictError carrying what is stored now.
      const conflict = await writesNothing(emulator, () => lars.deviations.update(stale.id, stale.etag, { feedback: 'Andra svaret.' }).catch((e: unknown) => e));
      expect(conflict).toBeInstanceOf(ConflictError);
      expect((conflict as ConflictError<typeof fresh>).current.feedback).toBe('Första svaret.');
      expect((await lars.deviations.getById(stale.id))!).toMatchObject({ feedback: 'Första svaret.', etag: fresh.etag });
    });
  });

  describe('uploads a document library refuses', () => {
    let docs: IRunningEmulator;
    let sp: SPFI;

    beforeAll(async () => {
      // The Trygg site has no library; the emulator's test seed has one. A 64 KB limit keeps the test light.
      docs = await startEmulator({ port: 0, seed: buildTestSeed(), lists: TEST_LISTS, maxBodyBytes: 64 * 1024 });
      sp = spAs(docs, testUpn(PEOPLE.worker));
    });

    afterAll(() => docs.close());

    it('a file larger than the limit is 413 and nothing is stored', async () => {
      const folder = sp.web.lists.getByTitle('TestDokument').rootFolder;
      const failure = await writesNothing(docs, () => spFailure(folder.files.addUsingPath('stor.pdf', new Uint8Array(65 * 1024), { Overwrite: false })));
      expect(failure.status).toBe(413);
      expect(failure.message).toMatch(/too large|exceeds/i);
      await expect(folder.files.addUsingPath('liten.pdf', new Uint8Array(1024), { Overwrite: false })).resolves.toMatchObject({ Name: 'liten.pdf' });
    });

    // SharePoint Online's NoScript sites (the default for modern sites) refuse file types that may carry script.
    it.each(['rutin.aspx', 'RUTIN.ASPX', 'kontroll.ascx', 'tjänst.asmx', 'mall.master', 'film.swf'])('a file of a blocked type (%s) is refused', async (name) => {
      const folder = sp.web.lists.getByTitle('TestDokument').rootFolder;
      const failure = await writesNothing(docs, () => spFailure(folder.files.addUsingPath(name, '<%@ Page Language="C#" %>', { Overwrite: false })));
      expect(failure.status).toBe(403);
      expect(failure.message).toMatch(/blocked/i);
    });

    it.each(['rutin.pdf', 'data.json', 'aspx.txt', 'utan-filändelse'])('an ordinary file (%s) is accepted (the cases above can pass)', async (name) => {
      const folder = sp.web.lists.getByTitle('TestDokument').rootFolder;
      await expect(folder.files.addUsingPath(name, 'innehåll', { Overwrite: false })).resolves.toMatchObject({ Name: name });
    });

    it.each(['a:b.txt', 'fråga?.txt', 'x'.repeat(256) + '.txt', ' inledande.txt', 'slutar.'])('a file name SharePoint does not allow (%p) is refused', async (name) => {
      const folder = sp.web.lists.getByTitle('TestDokument').rootFolder;
      const failure = await writesNothing(docs, () => spFailure(folder.files.addUsingPath(name, 'x', { Overwrite: false })));
      expect(failure.status).toBe(400);
    });
  });
});
