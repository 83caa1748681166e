/**
 * The seed loader's documents: a library item's file, its earlier versions with their content, and its
 * approval state, as readers and editors then read them through PnPjs; and the seeds it refuses.
 */
import type { IListDefinition } from '../../../src/schema';
import { IRunningEmulator, loadSeed, startEmulator } from '../../../tools/emulator';
import { ListCatalog } from '../../../tools/emulator/storage/catalog';
import { openDatabase } from '../../../tools/emulator/storage/database';
import type { ISeedData, ISeedItem } from '../../../tools/emulator/seed/types';
import { spAs, statusOf } from './helpers';
import { person, upn } from './testSeed';

const library: IListDefinition = {
  key: 'docs',
  title: 'TestSeedadeDokument',
  description: 'Seeded documents with versions and approval.',
  template: 101,
  enableVersioning: true,
  contentApproval: { draftVisibility: 'editors' },
  roleAssignments: [
    { group: 'members', level: 'Read' },
    { group: 'securityFunction', level: 'Edit' }
  ],
  fields: [
    { name: 'Edition', title: 'Utgåva', type: 'Integer' },
    { name: 'DocStatus', title: 'Status', type: 'Choice', choices: ['Utkast', 'Publicerad'] }
  ]
};
const plainList: IListDefinition = { key: 'plain', title: 'TestVanligLista', description: 'No versions.', template: 100, roleAssignments: [{ group: 'members', level: 'Read' }], fields: [] };

const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));

function seed(items: ISeedItem[], plain: ISeedItem[] = []): ISeedData {
  return {
    referenceTime: '2026-11-20T08:00:00Z',
    people: [person('rut.lasare', 'Rut Läsare', 'Sjuksköterska'), person('erik.redaktor', 'Erik Redaktör', 'Strateg'), person('olga.agare', 'Olga Ägare', 'Chef')],
    groups: [
      { key: 'members', title: 'Läsare', description: '', memberKeys: ['rut.lasare'] },
      { key: 'securityFunction', title: 'Redaktörer', description: '', memberKeys: ['erik.redaktor'] }
    ],
    items: { docs: items, plain }
  };
}

const ITEMS: ISeedItem[] = [
  // Published edition 2 (version 4); edition 1 (version 2) in the history with its own content.
  { Id: 1, Version: 4, values: { Title: 'Publicerad', Edition: 2, DocStatus: 'Publicerad' }, file: { name: 'a.docx', content: bytes('utgåva 2') }, history: [{ Version: 2, values: { Edition: 1 }, content: bytes('utgåva 1') }] },
  // A revision in work (version 3, pending, by its owner) beside the published version 2.
  {
    Id: 2,
    Version: 3,
    Editor: 'olga.agare',
    moderation: { status: 'pending' },
    values: { Title: 'Revision', Edition: 1, DocStatus: 'Utkast' },
    file: { name: 'b.docx', content: bytes('revision') },
    history: [{ Version: 2, values: { DocStatus: 'Publicerad' }, content: bytes('publicerad') }],
    roleAssignments: [{ principal: { personKey: 'olga.agare' }, level: 'Contribute' }]
  },
  // Never approved.
  { Id: 3, Version: 2, moderation: { status: 'rejected', comment: 'Nej' }, values: { Title: 'Utkast', DocStatus: 'Utkast' }, file: { name: 'c.docx', content: bytes('utkast') } }
];

describe('emulator: seeded documents (files, history, approval)', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: seed(ITEMS), lists: [library, plainList] });
  });
  afterAll(() => emu.close());

  const lib = (key: string) => spAs(emu, upn(key)).web.lists.getByTitle(library.title);
  const file = (key: string, name: string) => spAs(emu, upn(key)).web.getFileByServerRelativePath(`/sites/trygg/${library.title}/${name}`);

  it('gives each seeded document its file, FileLeafRef and FileRef', async () => {
    const rows: { Id: number; FileLeafRef: string; FileRef: string }[] = await lib('erik.redaktor').items.select('Id', 'FileLeafRef', 'FileRef').orderBy('Id')();
    expect(rows.map((r) => [r.Id, r.FileLeafRef, r.FileRef])).toEqual([
      [1, 'a.docx', `/sites/trygg/${library.title}/a.docx`],
      [2, 'b.docx', `/sites/trygg/${library.title}/b.docx`],
      [3, 'c.docx', `/sites/trygg/${library.title}/c.docx`]
    ]);
    expect(await file('rut.lasare', 'a.docx').getText()).toBe('utgåva 2');
    expect(await file('rut.lasare', 'a.docx').select('UIVersionLabel')()).toMatchObject({ UIVersionLabel: '4.0' });
  });

  it('keeps the earlier editions with their content', async () => {
    const versions: { ID: number; VersionLabel: string }[] = await file('rut.lasare', 'a.docx').versions();
    expect(versions.map((v) => v.VersionLabel)).toEqual(['2.0']);
    expect(await file('rut.lasare', 'a.docx').versions.getById(versions[0].ID).getText()).toBe('utgåva 1');
    const itemVersions: { VersionLabel: string; Edition: number }[] = await lib('rut.lasare').items.getById(1).versions();
    expect(itemVersions.map((v) => [v.VersionLabel, v.Edition])).toEqual([
      ['4.0', 2],
      ['2.0', 1]
    ]);
  });

  it('shows a reader the approved version of a seeded revision; its owner and editors the revision', async () => {
    expect(await lib('rut.lasare').items.getById(2).select('DocStatus', 'OData__ModerationStatus', 'OData__UIVersionString')()).toMatchObject({
      DocStatus: 'Publicerad',
      OData__ModerationStatus: 0,
      OData__UIVersionString: '2.0'
    });
    expect(await file('rut.lasare', 'b.docx').getText()).toBe('publicerad');
    expect(await lib('rut.lasare').items.filter("DocStatus eq 'Utkast'")()).toEqual([]);
    for (const key of ['olga.agare', 'erik.redaktor']) {
      expect(await lib(key).items.getById(2).select('DocStatus', 'OData__ModerationStatus', 'EditorId')()).toMatchObject({ DocStatus: 'Utkast', OData__ModerationStatus: 2 });
      expect(await file(key, 'b.docx').getText()).toBe('revision');
    }
  });

  it('hides a seeded document never approved from readers', async () => {
    expect((await statusOf(lib('rut.lasare').items.getById(3)())).status).toBe(404);
    expect((await statusOf(file('rut.lasare', 'c.docx').getText())).status).toBe(404);
    expect(await lib('erik.redaktor').items.getById(3).select('OData__ModerationStatus', 'OData__ModerationComments')()).toMatchObject({ OData__ModerationStatus: 1, OData__ModerationComments: 'Nej' });
  });

  it('refuses what cannot be: a file outside a library, versions out of order, approval given twice', () => {
    const load = (items: ISeedItem[], plain: ISeedItem[] = []): void => {
      const db = openDatabase(':memory:');
      new ListCatalog(db, '/sites/trygg', () => new Date()).provision([library, plainList]);
      try {
        loadSeed(db, seed(items, plain), [library, plainList]);
      } finally {
        db.close();
      }
    };
    expect(() => load([], [{ Id: 1, values: {}, file: { name: 'x.docx', content: bytes('x') } }])).toThrow("only a document library's items have a file");
    expect(() => load([], [{ Id: 1, values: {}, history: [{ Version: 1 }], Version: 2 }])).toThrow('history needs a list with versioning');
    expect(() => load([{ Id: 1, Version: 3, values: {}, history: [{ Version: 2 }, { Version: 1 }] }])).toThrow('increasing');
    expect(() => load([{ Id: 1, Version: 2, values: {}, history: [{ Version: 2 }] }])).toThrow("before the item's Version 2");
    expect(() => load([{ Id: 1, values: { _ModerationStatus: 2 }, moderation: { status: 'pending' } }])).toThrow('not both');
    expect(() => load([{ Id: 1, values: {}, file: { name: 'a:b.docx', content: bytes('x') } }])).toThrow('not a valid file name');
  });
});
