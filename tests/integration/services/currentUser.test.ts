/**
 * Issue #11, finding 9: the web parts read roles from what SharePoint lets a person do, by the same
 * rule as the protected-cases function (src/domain/roles.ts). A right that does not come through a
 * Trygg group (an Entra group nested in Chefer; here, a grant straight to the person) counts.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import { IRunningEmulator } from '../../../tools/emulator';
import { deviationsList } from '../../../src/schema/lists';
import { servicesAs, startRegion } from './servicesHelpers';
import { spAs } from '../permissions/signedInAs';

describe('the signed-in user’s roles', () => {
  let emulator: IRunningEmulator;

  beforeAll(async () => {
    emulator = await startRegion();
  });

  afterAll(() => emulator.close());

  const rolesOf = async (persona: string): Promise<Record<string, boolean>> => ({ ...(await servicesAs(emulator, persona).currentUser.get()).roles });

  it.each([
    ['anna.svensson', { manager: false, securityFunction: false, admin: false, documentOwner: false }],
    ['lars.holm', { manager: true, securityFunction: false, admin: false, documentOwner: false }],
    ['peter.sjoberg', { manager: true, securityFunction: true, admin: false, documentOwner: true }],
    ['helena.ask', { manager: false, securityFunction: false, admin: false, documentOwner: true }],
    ['admin.trygg', { manager: true, securityFunction: true, admin: true, documentOwner: false }]
  ])('%s', async (persona, expected) => {
    expect(await rolesOf(persona)).toEqual(expected);
  });

  it('follow a right that does not come through a Trygg group', async () => {
    expect((await rolesOf('helena.ask')).manager).toBe(false);
    const admin = spAs(emulator, 'admin.trygg');
    const helena = await servicesAs(emulator, 'helena.ask').currentUser.get();
    const design: { Id: number } = await admin.web.roleDefinitions.getByName('Design').select('Id')();
    await admin.web.lists.getByTitle(deviationsList.title).roleAssignments.add(helena.id, design.Id);
    expect((await rolesOf('helena.ask')).manager).toBe(true);
  });
});
