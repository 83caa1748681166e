/**
 * Content approval (EnableModeration, DraftVersionVisibility = 2 "approvers and the author") in the
 * emulator, with stock PnPjs: who sees a pending item, who may approve it, what readers see while a
 * change waits, and the REST calls that approve and reject (file.approve/deny, ValidateUpdateListItem).
 */
import type { IListDefinition } from '../../../src/schema';
import { startEmulator, IRunningEmulator } from '../../../tools/emulator';
import type { ISeedData, ISeedItem, ISeedPerson } from '../../../tools/emulator/seed/types';
import { spAs, statusOf } from './helpers';
import { person as seedPerson, upn } from './testSeed';


const P = {
  admin: 'ada.admin',
  reader: 'rut.lasare',
  author: 'anders.forfattare',
  colleague: 'karin.kollega',
  approver: 'gustav.godkannare'
} as const;

/** The schema's group keys, used here for readers (members), contributors (managers) and approvers (securityFunction). */
const ASSIGNMENTS: IListDefinition['roleAssignments'] = [
  { group: 'members', level: 'Read' },
  { group: 'managers', level: 'Contribute' },
  { group: 'securityFunction', level: 'Design' },
  { group: 'admins', level: 'Full Control' }
];

const library: IListDefinition = {
  key: 'approvalLibrary',
  title: 'TestGodkannandeBibliotek',
  description: 'Documents that wait for approval.',
  template: 101,
  enableVersioning: true,
  contentApproval: { draftVisibility: 'approvers' },
  roleAssignments: ASSIGNMENTS,
  fields: [{ name: 'DocNumber', title: 'Nummer', type: 'Text', indexed: true }]
};

const list: IListDefinition = {
  key: 'approvalList',
  title: 'TestGodkannandeLista',
  description: 'Items that wait for approval.',
  template: 100,
  enableVersioning: true,
  contentApproval: { draftVisibility: 'approvers' },
  roleAssignments: ASSIGNMENTS,
  fields: [
    { name: 'Code', title: 'Kod', type: 'Text', indexed: true },
    { name: 'Rank', title: 'Rang', type: 'Integer', indexed: true }
  ]
};

function person(key: string, displayName: string): ISeedPerson {
  return seedPerson(key, displayName, 'Testare', undefined, 'Test');
}

/** 20 approved items (Rank 1-20, Code C1-C20), one seeded pending (never approved), one seeded rejected. */
function seed(): ISeedData {
  const items: ISeedItem[] = [];
  for (let i = 1; i <= 20; i++) items.push({ Id: i, Author: P.author, values: { Title: `Rad ${i}`, Code: `C${i}`, Rank: i } });
  items.push({ Id: 21, Author: P.author, values: { Title: 'Väntar', Code: 'C21', Rank: 21, _ModerationStatus: 2 } });
  items.push({ Id: 22, Author: P.author, values: { Title: 'Avvisad', Code: 'C22', Rank: 22, _ModerationStatus: 'Denied', _ModerationComments: 'Nej' } });
  return {
    referenceTime: '2025-05-01T08:00:00Z',
    people: [person(P.admin, 'Ada Admin'), person(P.reader, 'Rut Läsare'), person(P.author, 'Anders Författare'), person(P.colleague, 'Karin Kollega'), person(P.approver, 'Gustav Godkännare')],
    groups: [
      { key: 'admins', title: 'Administratörer', description: 'Full Control', memberKeys: [P.admin] },
      { key: 'members', title: 'Läsare', description: 'Read', memberKeys: [P.reader] },
      { key: 'managers', title: 'Bidragsgivare', description: 'Contribute', memberKeys: [P.author, P.colleague] },
      { key: 'securityFunction', title: 'Godkännare', description: 'Design', memberKeys: [P.approver] }
    ],
    items: { approvalList: items }
  };
}

interface Doc {
  Id: number;
  Title: string | null;
  OData__ModerationStatus: number;
  OData__ModerationComments: string | null;
}

describe('emulator: content approval', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: seed(), lists: [library, list] });
  });
  afterAll(() => emu.close());

  const lib = (who: string) => spAs(emu, upn(who)).web.lists.getByTitle(library.title);
  const items = (who: string) => spAs(emu, upn(who)).web.lists.getByTitle(list.title);
  const file = (who: string, name: string) => spAs(emu, upn(who)).web.getFileByServerRelativePath(`/sites/trygg/${library.title}/${name}`);
  const doc = (who: string, id: number): Promise<Doc> => lib(who).items.getById(id).select('Id', 'Title', 'OData__ModerationStatus', 'OData__ModerationComments')();
  const status = async (work: Promise<unknown>): Promise<number> => (await statusOf(work)).status;

  async function upload(name: string, content: string, title: string): Promise<number> {
    await lib(P.author).rootFolder.files.addUsingPath(name, content, { Overwrite: false });
    const item = await file(P.author, name).getItem<{ Id: number }>('Id');
    await lib(P.author).items.getById(item.Id).update({ Title: title });
    return item.Id;
  }

  it('reports EnableModeration and DraftVersionVisibility from the schema, and lets provisioning set them over REST', async () => {
    const props = await lib(P.admin).select('EnableModeration', 'DraftVersionVisibility')();
    expect(props).toMatchObject({ EnableModeration: true, DraftVersionVisibility: 2 });

    const sp = spAs(emu, upn(P.admin));
    await sp.web.lists.add('TestProvisionerad', '', 100, false, { EnableModeration: true, DraftVersionVisibility: 2 });
    expect(await sp.web.lists.getByTitle('TestProvisionerad').select('EnableModeration', 'DraftVersionVisibility')()).toMatchObject({
      EnableModeration: true,
      DraftVersionVisibility: 2
    });
    await sp.web.lists.add('TestUppdaterad', '', 100);
    await sp.web.lists.getByTitle('TestUppdaterad').update({ EnableModeration: true, DraftVersionVisibility: 2 });
    const added = await sp.web.lists.getByTitle('TestUppdaterad').items.add({ Title: 'Ny' });
    expect(await sp.web.lists.getByTitle('TestUppdaterad').items.getById(added.Id).select('OData__ModerationStatus')()).toEqual(
      expect.objectContaining({ OData__ModerationStatus: 2 })
    );
  });

  describe('a document library', () => {
    let id: number;
    beforeAll(async () => {
      id = await upload('Rutin.txt', 'version 1', 'Rutin v1');
    });

    it('hides a pending new document from readers and colleagues; its author and approvers see it', async () => {
      expect(await status(doc(P.reader, id))).toBe(404);
      expect(await status(doc(P.colleague, id))).toBe(404);
      expect(await status(file(P.reader, 'Rutin.txt')())).toBe(404);
      expect(await status(file(P.reader, 'Rutin.txt').getText())).toBe(404);
      expect((await lib(P.reader).items.select('Id')()).map((r: { Id: number }) => r.Id)).not.toContain(id);
      expect((await lib(P.reader).rootFolder.files()).map((f: { Name: string }) => f.Name)).not.toContain('Rutin.txt');

      expect(await doc(P.author, id)).toMatchObject({ Title: 'Rutin v1', OData__ModerationStatus: 2, OData__ModerationComments: null });
      expect(await doc(P.approver, id)).toMatchObject({ Title: 'Rutin v1', OData__ModerationStatus: 2 });
      expect((await lib(P.approver).items.select('Id')()).map((r: { Id: number }) => r.Id)).toContain(id);
    });

    it('lets only users with Approve Items approve: Contribute is 403, Design approves', async () => {
      const denied = await statusOf(lib(P.author).items.getById(id).file.approve('Själv'));
      expect(denied.status).toBe(403);
      expect(denied.body).toContain('System.UnauthorizedAccessException');
      expect(await status(lib(P.colleague).items.getById(id).file.approve('x'))).toBe(404);

      await lib(P.approver).items.getById(id).file.approve('Godkänd');
      expect(await doc(P.reader, id)).toMatchObject({ Title: 'Rutin v1', OData__ModerationStatus: 0, OData__ModerationComments: 'Godkänd' });
      expect(await file(P.reader, 'Rutin.txt').getText()).toBe('version 1');
      expect((await lib(P.reader).items.select('Id')()).map((r: { Id: number }) => r.Id)).toContain(id);
    });

    it("an author's change is pending again: readers see the approved version, the author and approvers the new one", async () => {
      await lib(P.author).items.getById(id).update({ Title: 'Rutin v2', DocNumber: 'R-2' });
      await lib(P.author).rootFolder.files.addUsingPath('Rutin.txt', 'version 2', { Overwrite: true });

      expect(await doc(P.reader, id)).toMatchObject({ Title: 'Rutin v1', OData__ModerationStatus: 0 });
      expect(await file(P.reader, 'Rutin.txt').getText()).toBe('version 1');
      expect((await file(P.reader, 'Rutin.txt').getItem<{ Title: string }>('Title')).Title).toBe('Rutin v1');
      expect(await doc(P.author, id)).toMatchObject({ Title: 'Rutin v2', OData__ModerationStatus: 2 });
      expect(await file(P.author, 'Rutin.txt').getText()).toBe('version 2');
      expect(await doc(P.approver, id)).toMatchObject({ Title: 'Rutin v2', OData__ModerationStatus: 2 });

      // Collections and filters answer with the version each user sees.
      const asReader = await lib(P.reader).items.select('Id', 'Title', 'DocNumber').filter('OData__ModerationStatus eq 0')();
      expect(asReader.find((r: { Id: number }) => r.Id === id)).toMatchObject({ Title: 'Rutin v1', DocNumber: null });
      expect(await lib(P.reader).items.filter("DocNumber eq 'R-2'")()).toEqual([]);
      expect((await lib(P.reader).items.filter('OData__ModerationStatus eq 2')()).length).toBe(0);
      const pending = await lib(P.approver).items.select('Id', 'Title').filter('OData__ModerationStatus eq 2')();
      expect(pending.map((r: { Title: string }) => r.Title)).toEqual(['Rutin v2']);
      expect((await lib(P.approver).items.filter("DocNumber eq 'R-2'").select('Id')()).map((r: { Id: number }) => r.Id)).toEqual([id]);
    });

    it('a plain update cannot approve: OData__ModerationStatus in a MERGE is ignored and the item stays pending', async () => {
      await lib(P.approver).items.getById(id).update({ OData__ModerationStatus: 0, DocNumber: 'R-2b' });
      expect(await doc(P.approver, id)).toMatchObject({ OData__ModerationStatus: 2 });
      expect(await doc(P.reader, id)).toMatchObject({ Title: 'Rutin v1' });
    });

    it('rejecting a change keeps the approved version for readers; approving publishes the change', async () => {
      await lib(P.approver).items.getById(id).file.deny('Inte än');
      expect(await doc(P.author, id)).toMatchObject({ Title: 'Rutin v2', OData__ModerationStatus: 1, OData__ModerationComments: 'Inte än' });
      expect(await doc(P.reader, id)).toMatchObject({ Title: 'Rutin v1', OData__ModerationStatus: 0 });

      await spAs(emu, upn(P.approver)).web.getFileByServerRelativePath(`/sites/trygg/${library.title}/Rutin.txt`).approve('Nu');
      expect(await doc(P.reader, id)).toMatchObject({ Title: 'Rutin v2', OData__ModerationStatus: 0, OData__ModerationComments: 'Nu' });
      expect(await file(P.reader, 'Rutin.txt').getText()).toBe('version 2');
    });

    it('shows approved versions in /versions; readers see only those', async () => {
      type V = { VersionLabel: string; OData__ModerationStatus: number; Title: string };
      const all: V[] = await lib(P.approver).items.getById(id).versions();
      expect(all[0]).toMatchObject({ VersionLabel: '5.0', OData__ModerationStatus: 0, Title: 'Rutin v2' });
      expect(all.map((v) => v.OData__ModerationStatus)).toEqual([0, 2, 2, 0, 2]);
      const asReader: V[] = await lib(P.reader).items.getById(id).versions();
      expect(asReader.map((v) => `${v.VersionLabel} ${v.Title}`)).toEqual(['5.0 Rutin v2', '2.0 Rutin v1']);
    });

    it('a rejected new document stays hidden from readers', async () => {
      const other = await upload('Utkast.txt', 'utkast', 'Utkast');
      await lib(P.approver).items.getById(other).file.deny('Avvisas');
      expect(await status(doc(P.reader, other))).toBe(404);
      expect(await status(file(P.reader, 'Utkast.txt').getText())).toBe(404);
      expect(await doc(P.author, other)).toMatchObject({ OData__ModerationStatus: 1, OData__ModerationComments: 'Avvisas' });
    });
  });

  describe('a list, approved with ValidateUpdateListItem', () => {
    it('answers SharePoint\'s ListItemFormUpdateValue array; Contribute is 403', async () => {
      const added = await items(P.author).items.add({ Title: 'Ny rad', Code: 'N1', Rank: 100 });
      expect(await status(items(P.reader).items.getById(added.Id)())).toBe(404);
      const approval = [
        { FieldName: '_ModerationStatus', FieldValue: '0' },
        { FieldName: '_ModerationComments', FieldValue: 'Ok' }
      ];
      expect(await status(items(P.author).items.getById(added.Id).validateUpdateListItem(approval))).toBe(403);

      const result = await items(P.approver).items.getById(added.Id).validateUpdateListItem(approval);
      expect(result).toEqual([
        { ErrorMessage: null, FieldName: '_ModerationStatus', FieldValue: '0', HasException: false, ItemId: added.Id },
        { ErrorMessage: null, FieldName: '_ModerationComments', FieldValue: 'Ok', HasException: false, ItemId: added.Id }
      ]);
      expect(await items(P.reader).items.getById(added.Id).select('Title', 'OData__ModerationStatus', 'OData__ModerationComments')()).toMatchObject({
        Title: 'Ny rad',
        OData__ModerationStatus: 0,
        OData__ModerationComments: 'Ok'
      });
    });

    it('reports a value that does not validate in the array and saves nothing', async () => {
      const result = await items(P.approver).items.getById(3).validateUpdateListItem([{ FieldName: 'Rank', FieldValue: 'tre' }]);
      expect(result[0]).toMatchObject({ FieldName: 'Rank', HasException: true, ItemId: 3 });
      expect(result[0].ErrorMessage).toEqual(expect.any(String));
      expect(await items(P.approver).items.getById(3).select('Rank', 'OData__ModerationStatus')()).toMatchObject({ Rank: 3, OData__ModerationStatus: 0 });
      expect(await status(items(P.approver).items.getById(3).validateUpdateListItem([{ FieldName: 'Finns', FieldValue: 'x' }]))).toBe(400);
    });

    it('a field change through ValidateUpdateListItem is pending; with _ModerationStatus it is approved at once', async () => {
      await items(P.author).items.getById(4).validateUpdateListItem([{ FieldName: 'Code', FieldValue: 'C4-ny' }]);
      expect(await items(P.reader).items.getById(4).select('Code')()).toMatchObject({ Code: 'C4' });
      await items(P.approver).items.getById(4).validateUpdateListItem([
        { FieldName: 'Rank', FieldValue: '40' },
        { FieldName: '_ModerationStatus', FieldValue: '0' }
      ]);
      expect(await items(P.reader).items.getById(4).select('Code', 'Rank', 'OData__ModerationStatus')()).toMatchObject({ Code: 'C4-ny', Rank: 40, OData__ModerationStatus: 0 });
    });

    it('seeded items: approved by default; a seeded pending or rejected item was never approved', async () => {
      expect(await items(P.approver).items.getById(21).select('OData__ModerationStatus')()).toMatchObject({ OData__ModerationStatus: 2 });
      expect(await items(P.approver).items.getById(22).select('OData__ModerationStatus', 'OData__ModerationComments')()).toMatchObject({
        OData__ModerationStatus: 1,
        OData__ModerationComments: 'Nej'
      });
      expect(await status(items(P.reader).items.getById(21)())).toBe(404);
      expect(await status(items(P.reader).items.getById(22)())).toBe(404);
    });

    it('readers query, sort and page over the approved versions in SQL; authors and approvers over the current ones', async () => {
      // Item 5 changes and waits: its approved version (Code C5, Rank 5) is what readers query.
      await items(P.author).items.getById(5).update({ Code: 'ZZ', Rank: 500 });
      // A fresh queryable for each query: PnPjs's filter/orderBy/top change the object they are called on.
      const reader = () => items(P.reader).items;
      expect(await reader().filter("Code eq 'ZZ'")()).toEqual([]);
      expect((await reader().filter("Code eq 'C5'").select('Id', 'Rank')()).map((r: { Id: number; Rank: number }) => [r.Id, r.Rank])).toEqual([[5, 5]]);
      expect((await reader().filter('Rank ge 19').orderBy('Rank', false).select('Rank')()).map((r: { Rank: number }) => r.Rank)).toEqual([100, 40, 20, 19]);
      expect((await items(P.author).items.filter('Rank ge 19').orderBy('Rank', false).select('Rank')()).map((r: { Rank: number }) => r.Rank)).toEqual([
        500, 100, 40, 22, 21, 20, 19
      ]);

      // Paging: $top counts only what the reader sees; no page is short because of hidden items.
      const pages: number[][] = [];
      for await (const page of reader().select('Id').orderBy('Rank').top(7)) pages.push(page.map((r: { Id: number }) => r.Id));
      expect(pages.map((p) => p.length)).toEqual([7, 7, 7]);
      const seen = pages.flat();
      expect(seen).toHaveLength(21);
      expect(seen).toEqual(expect.arrayContaining([5, 4, 23]));
      expect(seen).not.toContain(21);
      expect(seen).not.toContain(22);
      const approverIds: number[] = [];
      for await (const page of items(P.approver).items.select('Id').top(7)) approverIds.push(...page.map((r: { Id: number }) => r.Id));
      expect(approverIds).toHaveLength(23);
    });
  });
});
