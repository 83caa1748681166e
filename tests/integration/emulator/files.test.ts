import { startEmulator, IRunningEmulator } from '../../../tools/emulator';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn } from './testSeed';
import { spAs, statusOf } from './helpers';

describe('emulator: document libraries', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: buildTestSeed(), lists: TEST_LISTS });
  });
  afterAll(() => emu.close());

  it('uploads, downloads, updates item metadata and keeps versions', async () => {
    const sp = spAs(emu, upn(PEOPLE.worker));
    const folder = sp.web.lists.getByTitle('TestDokument').rootFolder;
    const uploaded = await folder.files.addUsingPath('Rutin brand.txt', 'version 1', { Overwrite: false });
    expect(uploaded.ServerRelativeUrl).toBe('/sites/trygg/TestDokument/Rutin brand.txt');
    expect((await statusOf(folder.files.addUsingPath('Rutin brand.txt', 'igen', { Overwrite: false }))).status).toBe(400);

    const file = sp.web.getFileByServerRelativePath('/sites/trygg/TestDokument/Rutin brand.txt');
    expect(await file.getText()).toBe('version 1');
    const item = await file.getItem<{ Id: number; DocStatus: string | null }>('Id', 'DocStatus');
    expect(item.DocStatus).toBeNull();
    await item.update({ DocStatus: 'Fastställd' });
    expect((await sp.web.lists.getByTitle('TestDokument').items.getById(item.Id).select('DocStatus', 'FileLeafRef')()).FileLeafRef).toBe('Rutin brand.txt');

    await folder.files.addUsingPath('Rutin brand.txt', 'version 2', { Overwrite: true });
    expect(await file.getText()).toBe('version 2');
    const versions = await file.versions();
    expect(versions.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['1.0', '2.0']);
    const props = await file();
    expect(props.UIVersionLabel).toBe('3.0');
    expect((await statusOf(sp.web.lists.getByTitle('TestDokument').items.add({ Title: 'x' }))).status).toBe(400);
    expect((await statusOf(sp.web.getFileByServerRelativePath('/sites/trygg/TestDokument/finns-inte.txt')())).status).toBe(404);
  });
});
