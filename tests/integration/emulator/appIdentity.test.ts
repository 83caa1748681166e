/**
 * App-only identity (X-Trygg-App), tenant properties (GetStorageEntity) and seeded item-level
 * permissions, through stock PnPjs and the Graph client.
 */
import { spfi, SPFI, DefaultInit, DefaultHeaders } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import { Client } from '@microsoft/microsoft-graph-client';
import type { IListDefinition } from '../../../src/schema';
import { APP_HEADER, EMULATOR_TENANT_ID, IRunningEmulator, ISeedApp, loadSeed, startEmulator } from '../../../tools/emulator';
import type { ISeedData, ISeedItem } from '../../../tools/emulator/seed/types';
import { openDatabase } from '../../../tools/emulator/storage/database';
import { ListCatalog } from '../../../tools/emulator/storage/catalog';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn } from './testSeed';
import { graphAs, spAs, statusOf } from './helpers';

const READ = 1073741826;

/** Registered through the emulator's options, as the protected-cases function is. */
const APP: ISeedApp = { clientId: '0f3c9a52-6d1e-4b7a-8c2f-91e4d5a7b603', displayName: 'Trygg skyddade ärenden (test)' };
/** Registered through the seed. */
const SEED_APP: ISeedApp = { clientId: 'trygg-seeded-app', displayName: 'Seedad app' };

/** Inheritance broken with no assignments: no user or group reaches it, only apps (fullcontrol). */
const appOnlyList: IListDefinition = {
  key: 'appOnly',
  title: 'TestEndastApp',
  description: 'Only apps reach it; items are shared one by one.',
  template: 100,
  roleAssignments: [],
  fields: [{ name: 'Note', title: 'Notering', type: 'Text' }]
};

function seed(): ISeedData {
  const base = buildTestSeed();
  return {
    ...base,
    apps: [SEED_APP],
    storageEntities: {
      SeedOnly: { value: 'från seed', comment: 'kommentar' },
      Overridden: { value: 'seedens värde' }
    },
    items: {
      ...base.items,
      appOnly: [
        { Id: 1, AuthorApp: APP.clientId, values: { Title: 'Delad med David' }, roleAssignments: [{ principal: { personKey: PEOPLE.other }, level: 'Read' }] },
        { Id: 2, AuthorApp: SEED_APP.clientId, values: { Title: 'Delad med säkerhetsfunktionen' }, roleAssignments: [{ principal: { groupKey: 'securityFunction' }, level: 'Contribute' }] },
        { Id: 3, AuthorApp: APP.clientId, values: { Title: 'Ärver: ingen' } }
      ],
      large: [{ Id: 1, Author: PEOPLE.worker, values: { Title: 'Kopierade rättigheter' }, roleAssignments: [{ principal: { appClientId: SEED_APP.clientId }, level: 'Read' }] }]
    }
  };
}

function spApp(emu: IRunningEmulator, clientId = APP.clientId, extra: Record<string, string> = {}): SPFI {
  return spfi(emu.siteUrl).using(DefaultInit(), DefaultHeaders(), DefaultParse(), BrowserFetchWithRetry({ retries: 3 }), InjectHeaders({ [APP_HEADER]: clientId, ...extra }));
}

function graphApp(emu: IRunningEmulator, clientId = APP.clientId): Client {
  return Client.init({
    baseUrl: emu.graphBaseUrl,
    customHosts: new Set([new URL(emu.url).host]),
    authProvider: (done) => done(null, 'emulator'),
    fetchOptions: { headers: { [APP_HEADER]: clientId } }
  });
}

const ids = (rows: { Id: number }[]): number[] => rows.map((r) => r.Id).sort((a, b) => a - b);

describe('emulator: app-only identity, tenant properties, seeded item permissions', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({
      port: 0,
      seed: seed(),
      lists: [...TEST_LISTS, appOnlyList],
      apps: [APP],
      storageEntities: { Overridden: { value: 'alternativets värde', description: 'beskrivning' } },
      now: () => new Date('2025-04-01T10:00:00Z')
    });
  });
  afterAll(() => emu.close());

  const appOnly = (sp: SPFI) => sp.web.lists.getByTitle('TestEndastApp');

  describe('SharePoint as an app', () => {
    it('is a site user with an app login, answered by /currentuser', async () => {
      const me = await spApp(emu).web.currentUser();
      expect(me).toMatchObject({ Title: APP.displayName, PrincipalType: 1, LoginName: `i:0i.t|ms.sp.ext|${APP.clientId}@${EMULATOR_TENANT_ID}` });
      const seeded = await spApp(emu, SEED_APP.clientId).web.currentUser();
      expect(seeded.Title).toBe(SEED_APP.displayName);
      expect(seeded.Id).not.toBe(me.Id);
    });

    it('creates items where no user group has access, as their Author and Editor', async () => {
      const added = await appOnly(spApp(emu)).items.add({ Title: 'Skapad av appen' });
      const item = await appOnly(spApp(emu)).items.getById(added.Id).select('Id', 'Author/Title', 'Editor/Title').expand('Author', 'Editor')();
      expect(item.Author.Title).toBe(APP.displayName);
      expect(item.Editor.Title).toBe(APP.displayName);
      expect((await statusOf(appOnly(spAs(emu, upn(PEOPLE.manager))).items())).status).toBe(404);
      expect((await statusOf(appOnly(spAs(emu, upn(PEOPLE.worker))).items.add({ Title: 'x' }))).status).toBe(404);
    });

    it('breaks inheritance on an item and grants a user Read: that user reads exactly that item', async () => {
      const app = appOnly(spApp(emu));
      const { Id } = await app.items.add({ Title: 'Delas med Cecilia' });
      await app.items.getById(Id).breakRoleInheritance(false, false);
      const worker = await spApp(emu).web.ensureUser(upn(PEOPLE.worker));
      await app.items.getById(Id).roleAssignments.add(worker.Id, READ);

      const appUser = await spApp(emu).web.currentUser();
      const assignments = await app.items.getById(Id).roleAssignments();
      expect(assignments.map((a: { PrincipalId: number }) => a.PrincipalId).sort()).toEqual([appUser.Id, worker.Id].sort());

      const asWorker = appOnly(spAs(emu, upn(PEOPLE.worker)));
      expect(ids(await asWorker.items.select('Id')())).toEqual([Id]);
      expect((await asWorker.items.getById(Id).select('Title')()).Title).toBe('Delas med Cecilia');
      expect((await statusOf(asWorker.items.getById(Id).update({ Title: 'x' }))).status).toBe(403);
      // David reaches the list through his own shared item, but not this one.
      expect((await statusOf(appOnly(spAs(emu, upn(PEOPLE.other))).items.getById(Id)())).status).toBe(404);
    });

    it('works in $batch', async () => {
      const [batched, execute] = spApp(emu).batched();
      const me = batched.web.currentUser();
      const items = appOnly(batched).items.select('Id')();
      await execute();
      expect((await me).Title).toBe(APP.displayName);
      expect((await items).length).toBeGreaterThanOrEqual(3);
    });

    it('an unknown app is 401; the app header wins over a user cookie; the log names the app', async () => {
      const unknown = await statusOf(spApp(emu, 'okand-app').web.currentUser());
      expect(unknown.status).toBe(401);
      emu.requests.reset();
      const both = await spApp(emu, APP.clientId, { 'X-Trygg-User': upn(PEOPLE.admin), Cookie: `trygg-user=${upn(PEOPLE.worker)}` }).web.currentUser();
      expect(both.Title).toBe(APP.displayName);
      expect(emu.requests.list({ pathContains: 'currentuser' }).map((r) => r.user)).toEqual([`app:${APP.clientId}`]);
    });
  });

  describe('seeded item-level permissions', () => {
    it('share each item with whom the seed says, on top of nothing when the list grants nothing', async () => {
      expect(ids(await appOnly(spAs(emu, upn(PEOPLE.other))).items.select('Id')())).toEqual([1]);
      expect(ids(await appOnly(spAs(emu, upn(PEOPLE.security))).items.select('Id')())).toEqual([2]);
      // Contribute lets the security function edit; Read does not let David.
      await appOnly(spAs(emu, upn(PEOPLE.security))).items.getById(2).update({ Note: 'granskad' });
      expect((await statusOf(appOnly(spAs(emu, upn(PEOPLE.other))).items.getById(1).update({ Note: 'x' }))).status).toBe(403);
      expect((await statusOf(appOnly(spAs(emu, upn(PEOPLE.other))).items.getById(3)())).status).toBe(404);
      expect(ids(await appOnly(spApp(emu)).items.select('Id').filter('Id le 3')())).toEqual([1, 2, 3]);
    });

    it('name an app as Author', async () => {
      const byAuthor = async (id: number) => appOnly(spApp(emu)).items.getById(id).select('Author/Title', 'Editor/Title').expand('Author', 'Editor')();
      expect(await byAuthor(3)).toMatchObject({ Author: { Title: APP.displayName }, Editor: { Title: APP.displayName } });
      // Item 2 was edited by the security function above.
      expect(await byAuthor(2)).toMatchObject({ Author: { Title: SEED_APP.displayName }, Editor: { Title: 'Bertil Säkerhet' } });
    });

    it('copy the list\'s assignments and add their own', async () => {
      const admin = spAs(emu, upn(PEOPLE.admin)).web.lists.getByTitle('TestStor');
      const listPrincipals = (await admin.roleAssignments()).map((a: { PrincipalId: number }) => a.PrincipalId);
      const itemAssignments = await admin.items.getById(1).roleAssignments.expand('RoleDefinitionBindings')();
      const seededApp = await spApp(emu, SEED_APP.clientId).web.currentUser();
      expect(itemAssignments.map((a: { PrincipalId: number }) => a.PrincipalId).sort()).toEqual([...listPrincipals, seededApp.Id].sort());
      const appBinding = itemAssignments.find((a) => a.PrincipalId === seededApp.Id) as unknown as { RoleDefinitionBindings: { Id: number }[] };
      expect(appBinding.RoleDefinitionBindings.map((r) => r.Id)).toEqual([READ]);
      // Members still read it through the copy.
      expect((await spAs(emu, upn(PEOPLE.other)).web.lists.getByTitle('TestStor').items.getById(1).select('Title')()).Title).toBe('Kopierade rättigheter');
    });
  });

  describe('Graph as an app', () => {
    it('/me and anything under it is 400: only valid with delegated authentication', async () => {
      for (const path of ['/me', '/me/manager', '/me/sendMail']) {
        const call = path.endsWith('sendMail') ? graphApp(emu).api(path).post({ message: {} }) : graphApp(emu).api(path).get();
        await expect(call).rejects.toMatchObject({ statusCode: 400, code: 'BadRequest', message: '/me request is only valid with delegated authentication flow.' });
      }
    });

    it('reads users, managers, memberships and searches (User.Read.All), also in $batch', async () => {
      const client = graphApp(emu);
      const worker = await client.api(`/users/${upn(PEOPLE.worker)}`).get();
      expect(worker.displayName).toBe("Cecilia O'Brien");
      expect((await client.api(`/users/${worker.id}/manager`).get()).displayName).toBe('Erik Chef');
      const groups = await client.api(`/users/${upn(PEOPLE.security)}/memberOf`).get();
      expect(groups.value.map((g: { displayName: string }) => g.displayName)).toContain('Trygg säkerhetsfunktion');
      const found = await client.api('/users').filter("startswith(displayName,'Erik')").select('displayName').get();
      expect(found.value).toEqual([{ displayName: 'Erik Chef' }]);
      const batch = await client.api('/$batch').post({
        requests: [
          { id: '1', method: 'GET', url: `/users/${worker.id}` },
          { id: '2', method: 'GET', url: '/me' }
        ]
      });
      const byId = new Map(batch.responses.map((r: { id: string; status: number }) => [r.id, r.status]));
      expect(byId.get('1')).toBe(200);
      expect(byId.get('2')).toBe(400);
    });

    it('sends mail as any user (Mail.Send); it lands in the outbox from that user', async () => {
      await fetch(`${emu.url}/_emulator/outbox`, { method: 'DELETE' });
      await graphApp(emu).api(`/users/${upn(PEOPLE.manager)}/sendMail`).post({
        message: { subject: 'Skyddat ärende', body: { contentType: 'Text', content: 'Du har ett ärende.' }, toRecipients: [{ emailAddress: { address: upn(PEOPLE.security) } }] },
        saveToSentItems: false
      });
      expect(emu.outbox()).toEqual([expect.objectContaining({ from: { address: upn(PEOPLE.manager), name: 'Erik Chef' }, to: [{ address: upn(PEOPLE.security) }], subject: 'Skyddat ärende' })]);
      // A user still sends only as themself.
      await expect(graphAs(emu, upn(PEOPLE.worker)).api(`/users/${upn(PEOPLE.manager)}/sendMail`).post({ message: { toRecipients: [{ emailAddress: { address: upn(PEOPLE.security) } }] } })).rejects.toMatchObject({ statusCode: 403 });
      await expect(graphApp(emu).api('/users/nobody@region-test.se/sendMail').post({ message: { toRecipients: [{ emailAddress: { address: upn(PEOPLE.security) } }] } })).rejects.toMatchObject({ statusCode: 404 });
    });

    it('an unknown app is 401 InvalidAuthenticationToken', async () => {
      await expect(graphApp(emu, 'okand-app').api(`/users/${upn(PEOPLE.worker)}`).get()).rejects.toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
    });
  });

  describe('tenant properties (GetStorageEntity)', () => {
    it('answers set keys from the seed and the options (options win)', async () => {
      const sp = spAs(emu, upn(PEOPLE.worker));
      expect(await sp.web.getStorageEntity('SeedOnly')).toMatchObject({ Value: 'från seed', Comment: 'kommentar', Description: null });
      expect(await sp.web.getStorageEntity('Overridden')).toMatchObject({ Value: 'alternativets värde', Comment: null, Description: 'beskrivning' });
      expect((await spApp(emu).web.getStorageEntity('SeedOnly')).Value).toBe('från seed');
    });

    it('answers an unset key with 200 and nulls', async () => {
      expect(await spAs(emu, upn(PEOPLE.worker)).web.getStorageEntity('Saknas')).toMatchObject({ Value: null, Comment: null, Description: null });
      const res = await fetch(`${emu.siteUrl}/_api/web/GetStorageEntity('Saknas')`, { headers: { Accept: 'application/json;odata=nometadata', 'X-Trygg-User': upn(PEOPLE.worker) } });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ Value: null, Comment: null, Description: null });
      const anonymous = await fetch(`${emu.siteUrl}/_api/web/GetStorageEntity('SeedOnly')`, { headers: { Accept: 'application/json' } });
      expect(anonymous.status).toBe(401);
    });
  });
});

describe('emulator: loading seeded item permissions', () => {
  const load = (large: ISeedItem[]) => {
    const db = openDatabase(':memory:');
    new ListCatalog(db, '/sites/trygg', () => new Date()).provision(TEST_LISTS);
    const base = buildTestSeed();
    loadSeed(db, { ...base, apps: [SEED_APP], items: { ...base.items, large } }, TEST_LISTS);
    return db;
  };

  it('loads 50,000 items, each with its own permissions (how fast: npm run bench)', () => {
    const large: ISeedItem[] = Array.from({ length: 50000 }, (_, i) => ({
      Id: i + 1,
      AuthorApp: SEED_APP.clientId,
      values: { Title: `Rad ${i + 1}`, Seq: i + 1 },
      roleAssignments: [
        { principal: { personKey: PEOPLE.worker }, level: 'Read' },
        { principal: { groupKey: 'securityFunction' }, level: 'Contribute' }
      ]
    }));
    const db = load(large);
    // Three copied from the list (members, security function, admins) and two of its own, per item.
    const rows = db.prepare("SELECT COUNT(*) AS n FROM _role_assignments WHERE ScopeKind = 'item'").get() as { n: number };
    expect(rows.n).toBe(250000);
    db.close();
  });

  it('refuses unknown principals and an Author that is both a person and an app', () => {
    const item = (extra: Partial<ISeedItem>): ISeedItem[] => [{ Id: 1, values: { Title: 'x' }, ...extra }];
    expect(() => load(item({ roleAssignments: [{ principal: { personKey: 'okand' }, level: 'Read' }] }))).toThrow("role assignment for an unknown person key 'okand'");
    expect(() => load(item({ roleAssignments: [{ principal: { appClientId: 'okand-app' }, level: 'Read' }] }))).toThrow("unknown app 'okand-app'");
    expect(() => load(item({ AuthorApp: 'okand-app' }))).toThrow("unknown AuthorApp 'okand-app'");
    expect(() => load(item({ Author: PEOPLE.worker, AuthorApp: SEED_APP.clientId }))).toThrow('not both');
  });
});
