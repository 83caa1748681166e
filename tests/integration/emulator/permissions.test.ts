import { startEmulator, IRunningEmulator } from '../../../tools/emulator';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn } from './testSeed';
import { spAs, statusOf } from './helpers';

const FULL_CONTROL = 1073741829;
const READ = 1073741826;

describe('emulator: SharePoint permissions', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: buildTestSeed(), lists: TEST_LISTS });
  });
  afterAll(() => emu.close());

  const privateList = (who: string) => spAs(emu, upn(who)).web.lists.getByTitle('TestPrivat');
  const titles = async (who: string) => (await privateList(who).items.select('Title').orderBy('Id')()).map((r: { Title: string }) => r.Title);

  it('ReadSecurity = 2 hides other people\'s items; Full Control (Override List Behaviors) sees all', async () => {
    expect(await titles(PEOPLE.worker)).toEqual(['Cecilias']);
    expect(await titles(PEOPLE.other)).toEqual(['Davids']);
    expect(await titles(PEOPLE.admin)).toEqual(['Cecilias', 'Davids']);
    // Edit does not carry Override List Behaviors: the security function sees only its own items here.
    expect(await titles(PEOPLE.security)).toEqual([]);
    expect((await statusOf(privateList(PEOPLE.worker).items.getById(2)())).status).toBe(404);
  });

  it('WriteSecurity = 2: editing someone else\'s item is refused', async () => {
    expect((await statusOf(privateList(PEOPLE.worker).items.getById(2).update({ Secret: 'x' }))).status).toBe(404);
    const mine = await privateList(PEOPLE.worker).items.add({ Title: 'Ny egen' });
    await privateList(PEOPLE.worker).items.getById(mine.Id).update({ Secret: 'ok' });
    await privateList(PEOPLE.admin).items.getById(mine.Id).update({ Secret: 'admin' });
  });

  it('a write without permission is 403 Access denied', async () => {
    // Everyone has Read on the web only: creating a list needs Manage Lists.
    const denied = await statusOf(spAs(emu, upn(PEOPLE.worker)).web.lists.add('Obehörig'));
    expect(denied.status).toBe(403);
    expect(denied.body).toContain('-2147024891, System.UnauthorizedAccessException');
    expect(denied.body).toContain('Access denied.');
    // A contributor cannot change permissions either.
    const breakIt = await statusOf(spAs(emu, upn(PEOPLE.worker)).web.lists.getByTitle('TryggAvvikelser').items.getById(1).breakRoleInheritance(false));
    expect(breakIt.status).toBe(403);
  });

  it('no identity is 401', async () => {
    const res = await fetch(`${emu.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } });
    expect(res.status).toBe(401);
    const unknown = await fetch(`${emu.siteUrl}/_api/web`, { headers: { Accept: 'application/json', 'X-Trygg-User': 'nobody@elsewhere.se' } });
    expect(unknown.status).toBe(401);
    const cookie = await fetch(`${emu.siteUrl}/_api/web/currentuser`, { headers: { Accept: 'application/json', Cookie: `trygg-user=${encodeURIComponent(upn(PEOPLE.other))}` } });
    expect((await cookie.json()).Title).toBe('David Vård');
  });

  it('item-level unique permissions: breakroleinheritance + addroleassignment', async () => {
    const adminItem = spAs(emu, upn(PEOPLE.admin)).web.lists.getByTitle('TryggAvvikelser').items.getById(4);
    await adminItem.breakRoleInheritance(false, false);
    const ids = async (who: string) => (await spAs(emu, upn(who)).web.lists.getByTitle('TryggAvvikelser').items.select('Id')()).map((r: { Id: number }) => r.Id);
    expect(await ids(PEOPLE.worker)).not.toContain(4);
    expect((await statusOf(spAs(emu, upn(PEOPLE.worker)).web.lists.getByTitle('TryggAvvikelser').items.getById(4)())).status).toBe(404);
    expect(await ids(PEOPLE.admin)).toContain(4);

    const workerId = (await spAs(emu, upn(PEOPLE.worker)).web.currentUser()).Id;
    await adminItem.roleAssignments.add(workerId, READ);
    expect(await ids(PEOPLE.worker)).toContain(4);
    // Read is not Contribute: the worker sees the item but may not change it.
    const write = await statusOf(spAs(emu, upn(PEOPLE.worker)).web.lists.getByTitle('TryggAvvikelser').items.getById(4).update({ Title: 'x' }));
    expect(write.status).toBe(403);
    const assignments = await adminItem.roleAssignments();
    expect(assignments.map((a: { PrincipalId: number }) => a.PrincipalId).sort()).toEqual([10, workerId].sort());
    const perms = await adminItem.getCurrentUserEffectivePermissions();
    expect(perms.High).toBe('2147483647');
    expect(FULL_CONTROL).toBeGreaterThan(0);
  });
  it('adds a custom permission level only for someone who may manage permissions, and keeps exactly its permissions', async () => {
    // View and Add Items, Open, View Pages (low word); Use Remote APIs (high word).
    const mask = { High: 0x20, Low: 0x1 | 0x2 | 0x10000 | 0x20000 };
    expect((await statusOf(spAs(emu, upn(PEOPLE.worker)).web.roleDefinitions.add('Bara lägga till', 'x', 300, mask))).status).toBe(403);
    const added = await spAs(emu, upn(PEOPLE.admin)).web.roleDefinitions.add('Bara lägga till', 'Läsa och lägga till', 300, mask);
    const stored: { Id: number; Name: string; RoleTypeKind: number; BasePermissions: { High: string; Low: string } } = await spAs(emu, upn(PEOPLE.worker)).web.roleDefinitions.getByName('Bara lägga till')();
    expect(stored).toMatchObject({ Id: added.data.Id, Name: 'Bara lägga till', RoleTypeKind: 0 });
    expect(stored.BasePermissions).toEqual({ High: String(mask.High), Low: String(mask.Low) });
    expect(stored.Id).toBeGreaterThanOrEqual(1073741924);
    // The same name twice is refused, as SharePoint refuses it.
    expect((await statusOf(spAs(emu, upn(PEOPLE.admin)).web.roleDefinitions.add('Bara lägga till', 'x', 300, mask))).status).toBe(400);
  });
});
