/**
 * Issue #11, finding 3, tried the way it was found: Anna with stock PnPjs and her own rights asks the
 * actions list for the cases behind it. Members have no access to the actions list; an action she
 * owns is shared with her alone, by the Trygg function; versions follow the item's permissions; and
 * the function answers "no such thing" to anything she may not ask of it.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator } from '../../../tools/emulator';
import { deviationActionsList, deviationsList } from '../../../src/schema/lists';
import { LOCAL_PROTECTED_CASES_PATH } from '../../../src/services/protectedCases/protocol';
import { dueInDays, servicesAs, startRegion, upn } from '../services/servicesHelpers';
import { spAs, succeeds } from './signedInAs';

describe("nothing of another person's report reaches an employee", () => {
  let emulator: IRunningEmulator;
  let othersCase: number;

  beforeAll(async () => {
    emulator = await startRegion();
    const all: { Id: number; Author: { EMail: string } }[] = await spAs(emulator, 'admin.trygg')
      .web.lists.getByTitle(deviationsList.title)
      .items.select('Id', 'Author/EMail')
      .expand('Author')
      .top(500)();
    othersCase = all.filter((item) => item.Author.EMail !== upn('anna.svensson'))[0].Id;
  });

  afterAll(() => emulator.close());

  const post = async (path: string, key: string): Promise<number> =>
    (await fetch(`${emulator.url}${LOCAL_PROTECTED_CASES_PATH}/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Trygg-User': upn(key) }, body: '{}' })).status;

  it('refuses the lookup route from the actions list, and versions of reports that are not hers', async () => {
    const actions = spAs(emulator, 'anna.svensson').web.lists.getByTitle(deviationActionsList.title);
    expect(await succeeds(() => actions.items.expand('Deviation').select('Deviation/Title', 'Deviation/Location').top(500)())).toBe('no');
    const deviations = spAs(emulator, 'anna.svensson').web.lists.getByTitle(deviationsList.title);
    expect(await succeeds(() => deviations.items.getById(othersCase).versions())).toBe('no');
    // Her manager, a handler, reads the actions and their cases as before.
    const larsActions: unknown[] = await spAs(emulator, 'lars.holm').web.lists.getByTitle(deviationActionsList.title).items.expand('Deviation').select('Id', 'Deviation/Title').top(10)();
    expect(larsActions.length).toBeGreaterThan(0);
  });

  it('shares an action Anna owns with her alone, through the function, and nothing else of the list', async () => {
    const lars = servicesAs(emulator, 'lars.holm');
    const theCase = (await lars.handling.inbox()).filter((d) => d.store === 'open' && d.status !== 'Avslutad' && d.status !== 'Avvisad' && (!d.reporter || d.reporter.email !== upn('anna.svensson')))[0];
    const anna = { displayName: 'Anna Svensson', email: upn('anna.svensson') };
    const action = await lars.handling.addAction(theCase, 'Byt låscylinder på förrådet', anna, dueInDays(10));

    const hers: { Id: number; Deviation: { Title: string } }[] = await spAs(emulator, 'anna.svensson')
      .web.lists.getByTitle(deviationActionsList.title)
      .items.expand('Deviation')
      .select('Id', 'Deviation/Title')
      .top(500)();
    // Her action and the headline of the case it serves: what she needs to do it, and nothing more.
    expect(hers).toEqual([expect.objectContaining({ Id: action.id, Deviation: expect.objectContaining({ Title: theCase.title }) })]);
    expect(await succeeds(() => spAs(emulator, 'anna.svensson').web.lists.getByTitle(deviationActionsList.title).items.getById(action.id).update({ ActionStatus: 'Klar' }))).toBe('no');
  });

  it('answers Anna "no such thing" when she asks the function to share an action or mail about a case', async () => {
    const someAction: { Id: number }[] = await spAs(emulator, 'admin.trygg').web.lists.getByTitle(deviationActionsList.title).items.select('Id').top(1)();
    expect(await post(`open-actions/${someAction[0].Id}/share`, 'anna.svensson')).toBe(404);
    expect(await post(`open-cases/${othersCase}/notify`, 'anna.svensson')).toBe(404);
  });
});
