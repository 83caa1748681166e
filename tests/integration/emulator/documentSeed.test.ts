/**
 * Region Exempel's governing documents as loaded into the emulator, read through stock PnPjs by the
 * personas: readers see only approved versions (properties, files, filters, history), owners and the
 * security function see what is in work, a remiss and its comments only the people it was shared with,
 * read confirmations only their own reader.
 */
import { spfi, SPFI, DefaultInit, DefaultHeaders } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { consultationCommentsList, consultationsLibrary, governingDocumentsLibrary, readConfirmationsList } from '../../../src/schema/documentLists';
import { APP_HEADER, IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { PROTECTED_CASES_APP } from '../../../tools/emulator/seed/protectedCases';
import { buildRegionExempel } from '../../../tools/emulator/seed/regionExempel';
import type { ISeedData, ISeedItem } from '../../../tools/emulator/seed/types';
import { spAs, statusOf } from './helpers';

const DOMAIN = 'region-exempel.se';

describe('emulator: the seeded governing documents, persona by persona', () => {
  let emu: IRunningEmulator;
  let seed: ISeedData;
  let upn: (key: string) => string;
  const doc = (number: string): ISeedItem => seed.items.governingDocuments.filter((d) => d.values.DocumentNumber === number)[0];

  beforeAll(async () => {
    seed = buildRegionExempel();
    upn = (key) => seed.people.filter((p) => p.key === key)[0]?.userPrincipalName ?? `${key}@${DOMAIN}`;
    emu = await startEmulator({ port: 0, seed });
  });
  afterAll(() => emu.close());

  const as = (key: string): SPFI =>
    key === 'app'
      ? spfi(emu.siteUrl).using(DefaultInit(), DefaultHeaders(), DefaultParse(), BrowserFetchWithRetry({ retries: 3 }), InjectHeaders({ [APP_HEADER]: PROTECTED_CASES_APP.clientId }))
      : spAs(emu, upn(key));
  const library = (key: string) => as(key).web.lists.getByTitle(governingDocumentsLibrary.title);
  const fileOf = (key: string, number: string) => as(key).web.getFileByServerRelativePath(`/sites/trygg/${governingDocumentsLibrary.title}/${doc(number).file!.name}`);
  const bytes = async (work: Promise<ArrayBuffer>): Promise<Buffer> => Buffer.from(new Uint8Array(await work));
  const publishedContent = (number: string): Buffer => {
    const history = doc(number).history ?? [];
    return Buffer.from(history[history.length - 1].content!);
  };

  it('an employee sees every document but the draft never approved, each as published', async () => {
    type Row = { Id: number; DocumentNumber: string; DocumentStatus: string; Edition: number; OData__ModerationStatus: number };
    const rows: Row[] = await library('anna.svensson').items.select('Id', 'DocumentNumber', 'DocumentStatus', 'Edition', 'OData__ModerationStatus').top(100)();
    const numbers = rows.map((r) => r.DocumentNumber);
    expect(numbers).toHaveLength(seed.items.governingDocuments.length - 1);
    expect(numbers).not.toContain('INS-004');
    expect(rows.every((r) => r.OData__ModerationStatus === 0)).toBe(true);
    const status = (number: string): Row => rows.filter((r) => r.DocumentNumber === number)[0];
    expect(status('RL-002')).toMatchObject({ DocumentStatus: 'Publicerad', Edition: 1 });
    expect(status('RL-005')).toMatchObject({ DocumentStatus: 'Publicerad', Edition: 1 });
    expect(status('RL-006')).toMatchObject({ DocumentStatus: 'Publicerad', Edition: 1 });
    expect(status('RL-007')).toMatchObject({ DocumentStatus: 'Upphävd' });
    // A filter on what is in work finds nothing for a reader.
    expect(await library('anna.svensson').items.filter("DocumentStatus eq 'Utkast' or DocumentStatus eq 'Remiss' or DocumentStatus eq 'Fastställd'")()).toEqual([]);
    expect((await statusOf(library('anna.svensson').items.getById(doc('INS-004').Id)())).status).toBe(404);
  });

  it('an employee opens the published file of a document whose revision is in work; its owner opens the revision', async () => {
    expect((await bytes(fileOf('anna.svensson', 'RL-002').getBuffer())).equals(publishedContent('RL-002'))).toBe(true);
    expect((await bytes(fileOf('helena.ask', 'RL-002').getBuffer())).equals(Buffer.from(doc('RL-002').file!.content))).toBe(true);
    expect((await bytes(fileOf('peter.sjoberg', 'RL-005').getBuffer())).equals(Buffer.from(doc('RL-005').file!.content))).toBe(true);
    expect((await bytes(fileOf('anna.svensson', 'RL-005').getBuffer())).equals(publishedContent('RL-005'))).toBe(true);
    const asOwner = await library('helena.ask').items.getById(doc('RL-002').Id).select('DocumentStatus', 'OData__ModerationStatus', 'OData__UIVersionString')();
    expect(asOwner).toMatchObject({ DocumentStatus: 'Utkast', OData__ModerationStatus: 2, OData__UIVersionString: `${doc('RL-002').Version}.0` });
    const asReader = await fileOf('anna.svensson', 'RL-002').listItemAllFields.select('DocumentStatus', 'OData__UIVersionString')();
    expect(asReader).toMatchObject({ DocumentStatus: 'Publicerad', OData__UIVersionString: `${doc('RL-002').Version! - 1}.0` });
  });

  it('keeps the earlier edition in the file history, for readers too', async () => {
    const history: { ID: number; VersionLabel: string }[] = await fileOf('anna.svensson', 'RL-001').versions();
    expect(history.map((v) => v.VersionLabel)).toEqual(['2.0']);
    const first = await bytes(fileOf('anna.svensson', 'RL-001').versions.getById(history[0].ID).getBuffer());
    expect(first.equals(Buffer.from(doc('RL-001').history![0].content!))).toBe(true);
    expect(first.equals(Buffer.from(doc('RL-001').file!.content))).toBe(false);
  });

  it('the draft waits for the security function: helena.ask and peter.sjoberg see it; only the function approves', async () => {
    const id = doc('INS-004').Id;
    expect(await library('helena.ask').items.getById(id).select('DocumentStatus', 'OData__ModerationStatus')()).toMatchObject({ DocumentStatus: 'Utkast', OData__ModerationStatus: 2 });
    expect(await library('peter.sjoberg').items.getById(id).select('DocumentNumber')()).toMatchObject({ DocumentNumber: 'INS-004' });
    expect((await statusOf(library('peter.sjoberg').items.getById(id).file.approve('ok'))).status).toBe(403);
    expect((await statusOf(library('helena.ask').items.getById(id).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]))).status).toBe(403);
    // Another document owner has only the library's Read.
    expect((await statusOf(library('lars.holm').items.getById(id)())).status).toBe(404);
  });

  it('shares the remiss with its owner, recipients and the unit\'s manager; each comment with its commenter and the owner', async () => {
    const rounds = (key: string) => as(key).web.lists.getByTitle(consultationsLibrary.title).items.select('Id', 'DocumentNumber')();
    const comments = (key: string) => as(key).web.lists.getByTitle(consultationCommentsList.title).items.select('Id', 'CommentText')();
    for (const key of ['lars.holm', 'maria.berg', String(doc('RL-005').values.DocumentOwner), 'peter.sjoberg']) expect(await rounds(key)).toHaveLength(1);
    // Everyone reaches the list (Trygg Hitta listan) and sees none of its rounds.
    expect(await rounds('anna.svensson')).toEqual([]);
    expect((await comments('lars.holm')).map((c: { Id: number }) => c.Id)).toEqual([1]);
    expect((await comments('maria.berg')).map((c: { Id: number }) => c.Id)).toEqual([2]);
    expect(await comments(String(doc('RL-005').values.DocumentOwner))).toHaveLength(2);
    const copy = await bytes(as('lars.holm').web.getFileByServerRelativePath(`/sites/trygg/${consultationsLibrary.title}/${seed.items.consultations[0].file!.name}`).getBuffer());
    expect(copy.equals(Buffer.from(doc('RL-005').file!.content))).toBe(true);
  });

  it('names people in the function\'s JSON by their site user ids', async () => {
    const recipients = JSON.parse(String(seed.items.consultations[0].values.Recipients)) as { id: number; email: string }[];
    const audience = JSON.parse(String(doc('RL-001').values.ReadAudience)) as { people: { id: number; email: string }[] };
    for (const person of [...recipients, ...audience.people]) {
      const user: { Id: number } = await as('app').web.siteUsers.getByEmail(person.email).select('Id')();
      expect(user.Id).toBe(person.id);
    }
  });

  it('shows each reader only their own read confirmations; owners and the security function all of them', async () => {
    const confirmations = (key: string) => as(key).web.lists.getByTitle(readConfirmationsList.title).items.select('Id', 'AuthorId')();
    const mine: { Id: number }[] = await confirmations('anna.svensson');
    expect(mine.length).toBe(seed.items.readConfirmations.filter((c) => c.Author === 'anna.svensson').length);
    expect(await confirmations('helena.ask')).toHaveLength(seed.items.readConfirmations.length);
  });
});
