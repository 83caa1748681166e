import { startEmulator, IRunningEmulator } from '../../../tools/emulator';
import { buildTestSeed, PEOPLE, TEST_LISTS, upn } from './testSeed';
import { graphAs } from './helpers';

describe('emulator: Microsoft Graph through the real Graph client', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: buildTestSeed(), lists: TEST_LISTS, now: () => new Date('2025-04-01T10:00:00Z') });
  });
  afterAll(() => emu.close());

  it('GET /me is the user named by X-Trygg-User', async () => {
    const me = await graphAs(emu, upn(PEOPLE.worker)).api('/me').get();
    expect(me.displayName).toBe("Cecilia O'Brien");
    expect(me.userPrincipalName).toBe(upn(PEOPLE.worker));
    expect(me.department).toBeUndefined();
    const selected = await graphAs(emu, upn(PEOPLE.worker)).api('/me').select('displayName,department').get();
    expect(selected).toMatchObject({ displayName: "Cecilia O'Brien", department: 'Säkerhetsavdelningen' });
  });

  it('searches users with startswith (escape-aware) and $top', async () => {
    const client = graphAs(emu, upn(PEOPLE.worker));
    const found = await client.api('/users').filter("startswith(displayName,'cecilia o''b')").select('displayName,mail').get();
    expect(found.value).toEqual([{ displayName: "Cecilia O'Brien", mail: upn(PEOPLE.worker) }]);
    const bySurname = await client.api('/users').filter("startswith(surname,'Vård') or startswith(givenName,'Erik')").get();
    expect(bySurname.value.map((u: { displayName: string }) => u.displayName).sort()).toEqual(['David Vård', 'Erik Chef']);
    const page = await client.api('/users').top(2).get();
    expect(page.value.length).toBe(2);
    expect(page['@odata.nextLink']).toContain('$skiptoken');
    const counted = await client.api('/users').header('ConsistencyLevel', 'eventual').query({ $count: 'true' }).filter("startswith(mail,'d')").get();
    expect(counted['@odata.count']).toBe(1);
    await expect(client.api('/users').filter("startswith(nope,'x')").get()).rejects.toMatchObject({ statusCode: 400 });
  });

  it('finds a manager, and answers 404 Request_ResourceNotFound when there is none', async () => {
    const manager = await graphAs(emu, upn(PEOPLE.worker)).api('/me/manager').get();
    expect(manager.displayName).toBe('Erik Chef');
    const viaId = await graphAs(emu, upn(PEOPLE.admin)).api(`/users/${upn(PEOPLE.worker)}/manager`).get();
    expect(viaId.id).toBe(manager.id);
    await expect(graphAs(emu, upn(PEOPLE.other)).api('/me/manager').get()).rejects.toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
    const reports = await graphAs(emu, upn(PEOPLE.manager)).api('/me/directReports').get();
    expect(reports.value.map((u: { displayName: string }) => u.displayName)).toEqual(["Cecilia O'Brien"]);
    const groups = await graphAs(emu, upn(PEOPLE.security)).api('/me/memberOf').get();
    expect(groups.value.map((g: { displayName: string }) => g.displayName)).toEqual(['Trygg Medlemmar', 'Trygg säkerhetsfunktion']);
  });

  it('records sendMail in the outbox and validates the message', async () => {
    const client = graphAs(emu, upn(PEOPLE.worker));
    await client.api('/me/sendMail').post({
      message: { subject: 'Ny avvikelse', body: { contentType: 'Text', content: 'Se Trygg.' }, toRecipients: [{ emailAddress: { address: upn(PEOPLE.manager) } }] },
      saveToSentItems: false
    });
    const mails = emu.outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ from: { address: upn(PEOPLE.worker) }, to: [{ address: upn(PEOPLE.manager) }], subject: 'Ny avvikelse', body: 'Se Trygg.', sentAt: '2025-04-01T10:00:00.000Z' });
    await expect(client.api('/me/sendMail').post({ message: { subject: 'x', toRecipients: [] } })).rejects.toMatchObject({ statusCode: 400, code: 'ErrorInvalidRecipients' });
    await expect(client.api('/me/sendMail').post({ message: { subject: 'x', toRecipients: [{ emailAddress: { address: 'inte en adress' } }] } })).rejects.toMatchObject({ statusCode: 400 });
    await expect(client.api(`/users/${upn(PEOPLE.manager)}/sendMail`).post({ message: { toRecipients: [{ emailAddress: { address: upn(PEOPLE.worker) } }] } })).rejects.toMatchObject({ statusCode: 403 });
    expect(emu.outbox()).toHaveLength(1);
    const viaAdmin = await (await fetch(`${emu.url}/_emulator/outbox`)).json();
    expect(viaAdmin).toHaveLength(1);
  });

  it('without identity Graph answers 401; the admin user list serves the workbench', async () => {
    const res = await fetch(`${emu.graphBaseUrl}/v1.0/me`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('InvalidAuthenticationToken');
    const users = await (await fetch(`${emu.url}/_emulator/users`)).json();
    expect(users.find((u: { upn: string }) => u.upn === upn(PEOPLE.admin))).toMatchObject({ displayName: 'Anna Admin', roles: ['admin'], groups: ['admins', 'members'] });
  });

  it('answers a JSON $batch', async () => {
    const res = await graphAs(emu, upn(PEOPLE.worker)).api('/$batch').post({ requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'GET', url: '/me/manager' }] });
    expect(res.responses.map((r: { id: string; status: number }) => [r.id, r.status])).toEqual([['1', 200], ['2', 200]]);
    expect(res.responses[1].body.displayName).toBe('Erik Chef');
  });
});
