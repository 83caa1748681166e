import { startEmulator, IRunningEmulator } from '../../../tools/emulator';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn } from './testSeed';
import { spAs, statusOf } from './helpers';

describe('emulator: provisioning lists and fields over REST (provision: false)', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    const seed = buildTestSeed();
    emu = await startEmulator({ port: 0, provision: false, lists: TEST_LISTS, seed: { ...seed, items: {} } });
  });
  afterAll(() => emu.close());

  it('creates lists and typed fields as PnPjs sends them, then uses them', async () => {
    const sp = spAs(emu, upn(PEOPLE.admin));
    const units = await sp.web.lists.ensure('Enheter', 'Organisationsenheter', 100);
    expect(units.created).toBe(true);
    const unitsInfo = await sp.web.lists.getByTitle('Enheter').select('Id', 'ListItemEntityTypeFullName')();
    expect(unitsInfo.ListItemEntityTypeFullName).toBe('SP.Data.EnheterListItem');
    expect((await sp.web.lists.ensure('Enheter', 'Organisationsenheter', 100)).created).toBe(false);

    const list = sp.web.lists.getByTitle('Enheter');
    await list.fields.addText('UnitCode', { MaxLength: 32, Required: true });
    await list.fields.addNumber('Headcount', { MinimumValue: 0, MaximumValue: 10000 });
    await list.fields.addChoice('UnitLevel', { Choices: ['Region', 'Enhet'] });
    await list.fields.addDateTime('OpenedAt');
    await list.fields.addUser('UnitManager', {});
    await list.fields.addBoolean('Active');
    await list.fields.addMultilineText('Notes');
    await list.fields.addLookup('ParentUnit', { LookupListId: unitsInfo.Id, LookupFieldName: 'Title' });
    await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="CostCenter" DisplayName="Kostnadsställe" MaxLength="20" />', Options: 8 });
    await list.fields.createFieldAsXml('<Field Type="Text" Name="Ignored" DisplayName="Kort namn" />');

    await list.fields.getByInternalNameOrTitle('UnitCode').update({ Indexed: true });
    await list.fields.getByInternalNameOrTitle('UnitCode').update({ EnforceUniqueValues: true });
    await list.fields.getByInternalNameOrTitle('Title').update({ Title: 'Namn' });

    const fields = await list.fields.filter("Hidden eq false").select('InternalName', 'TypeAsString', 'Indexed', 'EnforceUniqueValues')();
    const byName = new Map(fields.map((f: { InternalName: string }) => [f.InternalName, f]));
    expect(byName.get('UnitCode')).toMatchObject({ TypeAsString: 'Text', Indexed: true, EnforceUniqueValues: true });
    expect(byName.get('ParentUnit')).toMatchObject({ TypeAsString: 'Lookup' });
    expect(byName.has('CostCenter')).toBe(true);
    expect(byName.has('Kort_x0020_namn')).toBe(true);

    const managerId = (await sp.web.ensureUser(upn(PEOPLE.manager))).Id;
    const region = await list.items.add({ Title: 'Region', UnitCode: 'R', UnitLevel: 'Region', Headcount: 5, Active: true, OpenedAt: '2020-01-01T00:00:00Z', UnitManagerId: managerId });
    await list.items.add({ Title: 'Enhet 1', UnitCode: 'E1', UnitLevel: 'Enhet', ParentUnitId: region.Id, CostCenter: 'K1' });
    expect((await statusOf(list.items.add({ Title: 'Dubbel', UnitCode: 'E1' }))).body).toContain('SPDuplicateValuesFoundException');
    expect((await statusOf(list.items.add({ Title: 'Fel', UnitCode: 'X', Headcount: -1 }))).status).toBe(400);
    expect((await statusOf(list.items.add({ Title: 'Utan kod' }))).body).toContain("The field 'UnitCode' is required");
    const rows = await list.items.select('Title', 'ParentUnit/Title', 'UnitManager/Title').expand('ParentUnit', 'UnitManager').filter("UnitCode eq 'E1' or UnitCode eq 'R'").orderBy('UnitCode')();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(['Enhet 1', 'Region']);
    expect(rows[0].ParentUnit.Title).toBe('Region');
    expect(rows[1].UnitManager.Title).toBe('Erik Chef');
  });

  it('sets ReadSecurity/WriteSecurity on a list and a contributor then sees own items only', async () => {
    const admin = spAs(emu, upn(PEOPLE.admin));
    const created = await admin.web.lists.add('Privat', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    expect(created.ReadSecurity).toBe(2);
    await admin.web.lists.getByTitle('Privat').update({ ReadSecurity: 1 });
    expect((await admin.web.lists.getByTitle('Privat').select('ReadSecurity')()).ReadSecurity).toBe(1);
    expect((await statusOf(admin.web.lists.getByTitle('Privat').update({ ReadSecurity: 3 }))).status).toBe(400);
  });

  it('refuses EnforceUniqueValues on a column that is not indexed', async () => {
    const list = spAs(emu, upn(PEOPLE.admin)).web.lists.getByTitle('Enheter');
    expect((await statusOf(list.fields.getByInternalNameOrTitle('CostCenter').update({ EnforceUniqueValues: true }))).status).toBe(400);
  });
});
