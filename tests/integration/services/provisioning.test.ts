import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { createSp } from '../../../src/services/createTryggServices';
import { provisionLists } from '../../../src/services/provisioning/provisionLists';
import { TRYGG_LISTS } from '../../../src/schema/lists';
import { regionExempel, upn } from './servicesHelpers';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';

describe('provisioning Trygg from the schema', () => {
  let emulator: IRunningEmulator;

  beforeAll(async () => {
    // An empty site: the people exist, the lists do not.
    const seed = regionExempel();
    emulator = await startEmulator({ port: 0, provision: false, seed: { ...seed, items: {} } });
  });

  afterAll(() => emulator.close());

  const spAsAdmin = (): ReturnType<typeof createSp> =>
    createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('admin.trygg') } });

  it('creates every list and field with its type, index and uniqueness, and is safe to run again', async () => {
    const sp = spAsAdmin();
    const first = await provisionLists(sp);
    expect(first.filter((step) => step.action === 'createdList').map((step) => step.list)).toEqual(TRYGG_LISTS.map((l) => l.title));
    // Trygg's own permission levels, created once: Read plus Add Items, and Read plus Override List Behaviors.
    expect(first.filter((step) => step.action === 'createdPermissionLevel').map((step) => step.field)).toEqual(['Trygg Rapportera', 'Trygg Följa upp', 'Trygg Hitta listan']);
    const level: { BasePermissions: { High: string; Low: string } } = await sp.web.roleDefinitions.getByName('Trygg Rapportera')();
    const read: { BasePermissions: { High: string; Low: string } } = await sp.web.roleDefinitions.getByName('Read')();
    expect(Number(level.BasePermissions.Low)).toBe(Number(read.BasePermissions.Low) | 2);
    expect(level.BasePermissions.High).toBe(read.BasePermissions.High);
    const followUp: { BasePermissions: { High: string; Low: string } } = await sp.web.roleDefinitions.getByName('Trygg Följa upp')();
    expect(Number(followUp.BasePermissions.Low)).toBe(Number(read.BasePermissions.Low) | (1 << 8));
    expect(followUp.BasePermissions.High).toBe(read.BasePermissions.High);

    for (const definition of TRYGG_LISTS) {
      const fields: { InternalName: string; TypeAsString: string; Indexed: boolean; EnforceUniqueValues: boolean; Required: boolean; Title: string }[] =
        await sp.web.lists.getByTitle(definition.title).fields.select('InternalName', 'TypeAsString', 'Indexed', 'EnforceUniqueValues', 'Required', 'Title')();
      for (const field of definition.fields) {
        const stored = fields.filter((f) => f.InternalName === field.name)[0];
        expect(stored).toBeDefined();
        expect(stored.Title).toBe(field.title);
        expect(stored.Required).toBe(!!field.required);
        expect(stored.Indexed).toBe(!!(field.indexed || field.unique));
        expect(stored.EnforceUniqueValues).toBe(!!field.unique);
        const expectedType = field.type === 'Integer' ? 'Number' : field.type;
        expect(stored.TypeAsString).toBe(expectedType);
      }
    }

    // A site already at the schema: nothing to do, nothing reported.
    expect(await provisionLists(sp)).toEqual([]);
  });

  it("gives each list exactly its declared permissions, so Trygg's rules hold on a fresh site", async () => {
    const sp = spAsAdmin();
    const deviations = sp.web.lists.getByTitle('TryggAvvikelser');
    const info: { HasUniqueRoleAssignments: boolean; ReadSecurity: number; WriteSecurity: number } = await deviations.select(
      'HasUniqueRoleAssignments',
      'ReadSecurity',
      'WriteSecurity'
    )();
    expect(info).toMatchObject({ HasUniqueRoleAssignments: true, ReadSecurity: 2, WriteSecurity: 2 });
    const assignments: { Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[] = await deviations.roleAssignments
      .expand('Member', 'RoleDefinitionBindings')
      .select('Member/Title', 'RoleDefinitionBindings/Name')();
    const table = assignments.map((a) => `${a.Member.Title}: ${a.RoleDefinitionBindings.map((r) => r.Name).join(',')}`).sort();
    // Like SharePoint, breaking inheritance without copying keeps the one who broke it (Full Control).
    expect(table).toEqual([
      'Chefer: Design',
      'Säkerhetsfunktionen: Design',
      'Trygg Administratör: Full Control',
      'Trygg Medlemmar: Trygg Rapportera',
      'Trygg Ägare: Full Control'
    ]);
  });

  it('is refused to someone who may not manage the site', async () => {
    const sp = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('anna.svensson') } });
    await expect(provisionLists(sp, [{ ...TRYGG_LISTS[0], title: 'TryggProv' }])).rejects.toMatchObject({ status: 403 });
  });
});
