/**
 * A library like TryggStyrandeDokument (versions, content approval with draft visibility 'editors', a
 * document with unique permissions that give its owner Contribute) through stock PnPjs: what a reader,
 * the owner, the security function (Edit, no Approve Items) and the Trygg function (an app with Full
 * Control) each see and may do, as SharePoint Online answers them.
 */
import { spfi, SPFI, DefaultInit, DefaultHeaders } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { consultationsLibrary, governingDocumentsLibrary } from '../../../src/schema/documentLists';
import { APP_HEADER, IRunningEmulator, startEmulator } from '../../../tools/emulator';
import type { ISeedData } from '../../../tools/emulator/seed/types';
import { spAs, statusOf } from './helpers';
import { person, upn } from './testSeed';

const FUNCTION_APP = { clientId: '5a7e0000-0000-4000-8000-00000000f00d', displayName: 'Trygg-funktionen' };
const P = { reader: 'rut.lasare', owner: 'helena.agare', other: 'otto.agare', security: 'sigge.sakerhet', admin: 'ada.admin' } as const;
const LIB = `/sites/trygg/${governingDocumentsLibrary.title}`;

function seed(): ISeedData {
  return {
    referenceTime: '2026-11-20T08:00:00Z',
    people: [
      person(P.reader, 'Rut Läsare', 'Sjuksköterska'),
      person(P.owner, 'Helena Ägare', 'Informationssäkerhetsstrateg'),
      person(P.other, 'Otto Ägare', 'Brandskyddssamordnare'),
      person(P.security, 'Sigge Säkerhet', 'Säkerhetschef'),
      person(P.admin, 'Ada Admin', 'IT-förvaltare')
    ],
    groups: [
      { key: 'members', title: 'Medarbetare', description: 'Read', memberKeys: [P.reader] },
      { key: 'documentOwners', title: 'Dokumentägare', description: 'Read', memberKeys: [P.owner, P.other] },
      { key: 'securityFunction', title: 'Säkerhetsfunktionen', description: 'Edit', memberKeys: [P.security] },
      { key: 'admins', title: 'Administratörer', description: 'Full Control', memberKeys: [P.admin] }
    ],
    apps: [FUNCTION_APP],
    items: {}
  };
}

/** Bytes no text decoding survives: every byte value, a zip signature, NULs. */
function binary(tag: number): Uint8Array {
  const bytes = new Uint8Array(600);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + tag) % 256;
  bytes.set([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe], 0);
  return bytes;
}

describe('emulator: a governing-documents library (versions, content approval, per-document owners)', () => {
  let emu: IRunningEmulator;
  let id: number;
  const v1 = binary(1);
  const v2 = binary(2);
  const v3 = binary(3);

  const asApp = (): SPFI =>
    spfi(emu.siteUrl).using(DefaultInit(), DefaultHeaders(), DefaultParse(), BrowserFetchWithRetry({ retries: 3 }), InjectHeaders({ [APP_HEADER]: FUNCTION_APP.clientId }));
  const as = (who: string): SPFI => (who === 'app' ? asApp() : spAs(emu, upn(who)));
  const lib = (who: string) => as(who).web.lists.getByTitle(governingDocumentsLibrary.title);
  const file = (who: string) => as(who).web.getFileByServerRelativePath(`${LIB}/Riktlinje.docx`);
  const status = async (work: Promise<unknown>): Promise<number> => (await statusOf(work)).status;
  const bytes = async (work: Promise<ArrayBuffer>): Promise<number[]> => Array.from(new Uint8Array(await work));
  const siteUserId = async (who: string): Promise<number> => (await asApp().web.ensureUser(upn(who))).Id;

  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: seed(), lists: [governingDocumentsLibrary, consultationsLibrary] });
    // As the Trygg function registers a document: upload, describe, give the owner Contribute on it.
    await asApp().web.getFolderByServerRelativePath(LIB).files.addUsingPath('Riktlinje.docx', v1, { Overwrite: false });
    id = (await file('app').getItem<{ Id: number }>('Id')).Id;
    await lib('app').items.getById(id).update({
      Title: 'Riktlinje för informationssäkerhet',
      DocumentNumber: 'RL-001',
      GoverningDocumentType: 'Riktlinje',
      DocumentOwnerId: await siteUserId(P.owner),
      InformationClass: 'Intern',
      DocumentStatus: 'Utkast',
      Edition: 0
    });
    await lib('app').items.getById(id).breakRoleInheritance(true, false);
    const contribute: { Id: number } = await asApp().web.roleDefinitions.getByName('Contribute').select('Id')();
    await lib('app').items.getById(id).roleAssignments.add(await siteUserId(P.owner), contribute.Id);
  });
  afterAll(() => emu.close());

  it('hides a document never approved from readers everywhere; its owner and the security function see it', async () => {
    expect(await status(lib(P.reader).items.getById(id)())).toBe(404);
    expect(await status(lib(P.reader).items.getById(id).versions())).toBe(404);
    expect(await status(file(P.reader)())).toBe(404);
    expect(await status(file(P.reader).getBuffer())).toBe(404);
    expect(await status(file(P.reader).listItemAllFields())).toBe(404);
    expect(await status(file(P.reader).versions())).toBe(404);
    expect(await lib(P.reader).items.select('Id')()).toEqual([]);
    expect(await lib(P.reader).rootFolder.files()).toEqual([]);
    // Another owner has only the library's Read: the draft is not theirs to see.
    expect(await status(lib(P.other).items.getById(id)())).toBe(404);

    expect(await lib(P.owner).items.getById(id).select('DocumentNumber', 'OData__ModerationStatus')()).toMatchObject({ DocumentNumber: 'RL-001', OData__ModerationStatus: 2 });
    expect(await bytes(file(P.owner).getBuffer())).toEqual(Array.from(v1));
    expect(await lib(P.security).items.getById(id).select('DocumentNumber')()).toMatchObject({ DocumentNumber: 'RL-001' });
  });

  it('the owner (Contribute on the document) and the security function (Edit) cannot approve; nor set _ModerationStatus through ValidateUpdateListItem', async () => {
    for (const who of [P.owner, P.security]) {
      expect(await status(lib(who).items.getById(id).file.approve('själv'))).toBe(403);
      expect(await status(file(who).deny('själv'))).toBe(403);
      expect(await status(lib(who).items.getById(id).validateUpdateListItem([{ FieldName: '_ModerationStatus', FieldValue: '0' }]))).toBe(403);
    }
    // A reader cannot see it at all: 404, not 403.
    expect(await status(lib(P.reader).items.getById(id).file.approve('x'))).toBe(404);
    expect(await lib(P.owner).items.getById(id).select('OData__ModerationStatus')()).toMatchObject({ OData__ModerationStatus: 2 });
  });

  it('the function saves fields and approves in one ValidateUpdateListItem call', async () => {
    const result = await lib('app').items.getById(id).validateUpdateListItem([
      { FieldName: 'DocumentStatus', FieldValue: 'Publicerad' },
      { FieldName: 'Edition', FieldValue: '1' },
      { FieldName: 'ApprovedByBody', FieldValue: 'Regiondirektören' },
      { FieldName: '_ModerationStatus', FieldValue: '0' },
      { FieldName: '_ModerationComments', FieldValue: 'Fastställd' }
    ]);
    expect(result.every((r) => !r.HasException)).toBe(true);
    expect(await lib(P.reader).items.getById(id).select('DocumentStatus', 'Edition', 'ApprovedByBody', 'OData__ModerationStatus', 'OData__ModerationComments')()).toMatchObject({
      DocumentStatus: 'Publicerad',
      Edition: 1,
      ApprovedByBody: 'Regiondirektören',
      OData__ModerationStatus: 0,
      OData__ModerationComments: 'Fastställd'
    });
    expect(await bytes(file(P.reader).getBuffer())).toEqual(Array.from(v1));
    expect((await lib(P.reader).rootFolder.files()).map((f: { Name: string }) => f.Name)).toEqual(['Riktlinje.docx']);
  });

  describe('a revision by the owner', () => {
    let publishedVersion: string;
    beforeAll(async () => {
      publishedVersion = (await file(P.reader).select('UIVersionLabel')()).UIVersionLabel;
      // Item-level Contribute is enough to replace the content (both ways PnPjs does it) and edit fields.
      await file(P.owner).setContent(v2);
      await lib(P.owner).items.getById(id).update({ Title: 'Riktlinje för informationssäkerhet, reviderad', DocumentStatus: 'Utkast', InformationClass: 'Konfidentiell' });
      await as(P.owner).web.getFolderByServerRelativePath(LIB).files.addUsingPath('Riktlinje.docx', v3, { Overwrite: true });
    });

    it('leaves the document pending; the owner and the security function see the revision', async () => {
      expect(await lib(P.owner).items.getById(id).select('Title', 'OData__ModerationStatus')()).toMatchObject({ Title: 'Riktlinje för informationssäkerhet, reviderad', OData__ModerationStatus: 2 });
      expect(await bytes(file(P.owner).getBuffer())).toEqual(Array.from(v3));
      expect(await bytes(file(P.security).getBuffer())).toEqual(Array.from(v3));
    });

    it('gives a reader the published version everywhere: item, collection, $filter, file, $value, listItemAllFields', async () => {
      const published = { Title: 'Riktlinje för informationssäkerhet', DocumentStatus: 'Publicerad', InformationClass: 'Intern', OData__ModerationStatus: 0 };
      expect(await lib(P.reader).items.getById(id).select('Title', 'DocumentStatus', 'InformationClass', 'OData__ModerationStatus')()).toMatchObject(published);
      expect(await lib(P.reader).items.select('Id', 'Title', 'DocumentStatus', 'InformationClass', 'OData__ModerationStatus')()).toEqual([expect.objectContaining({ Id: id, ...published })]);
      // A filter matches the values the reader sees, never the draft's.
      expect(await lib(P.reader).items.filter("InformationClass eq 'Konfidentiell'")()).toEqual([]);
      expect(await lib(P.reader).items.filter("DocumentStatus eq 'Utkast'")()).toEqual([]);
      expect((await lib(P.reader).items.filter("InformationClass eq 'Intern' and DocumentStatus eq 'Publicerad'").select('Id')()).map((r: { Id: number }) => r.Id)).toEqual([id]);
      expect((await lib(P.owner).items.filter("InformationClass eq 'Konfidentiell'").select('Id')()).map((r: { Id: number }) => r.Id)).toEqual([id]);

      expect(await bytes(file(P.reader).getBuffer())).toEqual(Array.from(v1));
      expect(await file(P.reader).select('Length', 'UIVersionLabel')()).toEqual(expect.objectContaining({ Length: String(v1.length), UIVersionLabel: publishedVersion }));
      expect(await file(P.reader).listItemAllFields.select('Title', 'DocumentStatus')()).toMatchObject({ Title: published.Title, DocumentStatus: 'Publicerad' });
      expect((await file(P.reader).getItem<{ Title: string }>('Title')).Title).toBe(published.Title);
      const files = await lib(P.reader).rootFolder.files();
      expect(files.map((f: { UIVersionLabel: string; Length: string }) => [f.UIVersionLabel, f.Length])).toEqual([[publishedVersion, String(v1.length)]]);
    });

    it('keeps the pending versions out of a reader\'s version history, of the item and of the file', async () => {
      type ItemVersion = { VersionLabel: string; OData__ModerationStatus: number };
      const readerItem: ItemVersion[] = await lib(P.reader).items.getById(id).versions();
      expect(readerItem.every((v) => v.OData__ModerationStatus === 0)).toBe(true);
      expect(readerItem.map((v) => v.VersionLabel)).toContain(publishedVersion);
      const ownerItem: ItemVersion[] = await lib(P.owner).items.getById(id).versions();
      expect(ownerItem.length).toBeGreaterThan(readerItem.length);

      // file.versions lists the versions before the one the user sees as current.
      const readerFile: { VersionLabel: string }[] = await file(P.reader).versions();
      const ownerFile: { VersionLabel: string }[] = await file(P.owner).versions();
      expect(ownerFile.map((v) => v.VersionLabel)).toContain(publishedVersion);
      expect(readerFile.map((v) => v.VersionLabel)).not.toContain(publishedVersion);
      for (const label of readerFile.map((v) => v.VersionLabel)) expect(Number(label) < Number(publishedVersion)).toBe(true);
      // … and a pending version's content is not there for a reader to open by id.
      const pendingId = Number(ownerFile[ownerFile.length - 1].VersionLabel) * 512;
      expect(await status(file(P.reader).versions.getById(pendingId).getBuffer())).toBe(404);
    });

    it('answers 412 to a MERGE with a stale If-Match; ValidateUpdateListItem does not look at If-Match', async () => {
      const current = await lib(P.owner).items.getById(id).select('Id')();
      const etag = (current as { 'odata.etag': string })['odata.etag'];
      await lib(P.owner).items.getById(id).update({ PreparedBy: 'Helena Ägare' }, etag);
      expect(await status(lib(P.owner).items.getById(id).update({ PreparedBy: 'Ingen' }, etag))).toBe(412);
      const stale = lib(P.owner).items.getById(id).using(InjectHeaders({ 'If-Match': etag }));
      const result = await stale.validateUpdateListItem([{ FieldName: 'PreparedBy', FieldValue: 'Helena Ägare och Sigge Säkerhet' }]);
      expect(result[0]).toMatchObject({ HasException: false });
      expect(await lib(P.owner).items.getById(id).select('PreparedBy')()).toMatchObject({ PreparedBy: 'Helena Ägare och Sigge Säkerhet' });
    });

    it('deny keeps the published version for readers; approve publishes the revision and keeps the earlier edition openable', async () => {
      await file('app').deny('Förtydliga avsnitt 3');
      expect(await lib(P.owner).items.getById(id).select('OData__ModerationStatus', 'OData__ModerationComments')()).toMatchObject({
        OData__ModerationStatus: 1,
        OData__ModerationComments: 'Förtydliga avsnitt 3'
      });
      expect(await bytes(file(P.reader).getBuffer())).toEqual(Array.from(v1));
      expect(await lib(P.reader).items.getById(id).select('Title')()).toMatchObject({ Title: 'Riktlinje för informationssäkerhet' });

      await file('app').approve('Utgåva 2');
      expect(await bytes(file(P.reader).getBuffer())).toEqual(Array.from(v3));
      expect(await lib(P.reader).items.getById(id).select('Title', 'OData__ModerationStatus')()).toMatchObject({ Title: 'Riktlinje för informationssäkerhet, reviderad', OData__ModerationStatus: 0 });

      // The first edition is still in the file's history, content and all, for readers too.
      const history: { ID: number; VersionLabel: string }[] = await file(P.reader).versions();
      const first = history.find((v) => v.VersionLabel === publishedVersion)!;
      expect(first).toBeDefined();
      expect(await bytes(file(P.reader).versions.getById(first.ID).getBuffer())).toEqual(Array.from(v1));
      expect(await file(P.reader).versions.getById(first.ID)()).toMatchObject({ ID: first.ID, VersionLabel: publishedVersion, Size: v1.length });
    });
  });

  it('copies a file into another library byte for byte (read $value, upload)', async () => {
    const content = await file('app').getBuffer();
    await asApp().web.getFolderByServerRelativePath(`/sites/trygg/${consultationsLibrary.title}`).files.addUsingPath('RL-001 remiss 1.docx', content, { Overwrite: false });
    const copy = await asApp().web.getFileByServerRelativePath(`/sites/trygg/${consultationsLibrary.title}/RL-001 remiss 1.docx`).getBuffer();
    expect(Array.from(new Uint8Array(copy))).toEqual(Array.from(v3));
  });
});
