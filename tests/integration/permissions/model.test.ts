import { IRunningEmulator } from '../../../tools/emulator';
import { createSp } from '../../../src/services/createTryggServices';
import { deviationActionsList, deviationsList, unitsList } from '../../../src/schema/lists';
import { startRegion, upn } from '../services/servicesHelpers';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

/**
 * Trygg's permission model, proven by signing in as each seeded role and asking SharePoint (the
 * emulator) directly: what a person can read and write does not depend on the web parts' manners.
 */
type Outcome = 'yes' | 'no';

interface IRoleExpectation {
  readonly persona: string;
  readonly units: { read: Outcome; write: Outcome };
  readonly deviations: { add: Outcome; readOwn: Outcome; readOthers: Outcome; editOthers: Outcome };
  readonly actions: { read: Outcome; add: Outcome };
}

// The table the README shows, role by role.
const MODEL: readonly IRoleExpectation[] = [
  { persona: 'anna.svensson', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', readOthers: 'no', editOthers: 'no' }, actions: { read: 'yes', add: 'no' } },
  { persona: 'lars.holm', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' } },
  { persona: 'johan.falk', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' } },
  { persona: 'maria.berg', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' } },
  { persona: 'peter.sjoberg', units: { read: 'yes', write: 'yes' }, deviations: { add: 'yes', readOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' } },
  { persona: 'helena.ask', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', readOthers: 'no', editOthers: 'no' }, actions: { read: 'yes', add: 'no' } },
  { persona: 'admin.trygg', units: { read: 'yes', write: 'yes' }, deviations: { add: 'yes', readOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' } }
];

describe("Trygg's permission model, role by role", () => {
  let emulator: IRunningEmulator;
  let someoneElsesCase: number;
  let unitId: number;

  const spAs = (persona: string): ReturnType<typeof createSp> =>
    createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn(persona) } });

  const succeeds = async (work: () => Promise<unknown>): Promise<Outcome> => {
    try {
      await work();
      return 'yes';
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 403 || status === 404 || status === 401) return 'no';
      throw error;
    }
  };

  beforeAll(async () => {
    emulator = await startRegion();
    // A case reported by someone who is none of the personas.
    const all: { Id: number; Author: { EMail: string } }[] = await spAs('admin.trygg')
      .web.lists.getByTitle(deviationsList.title)
      .items.select('Id', 'Author/EMail')
      .expand('Author')
      .top(500)();
    someoneElsesCase = all.filter((item) => MODEL.every((role) => item.Author.EMail !== upn(role.persona)))[0].Id;
    unitId = (await spAs('admin.trygg').web.lists.getByTitle(unitsList.title).items.select('Id').top(1)())[0].Id;
  });

  afterAll(() => emulator.close());

  for (const role of MODEL) {
    it(`${role.persona}: units ${role.units.read}/${role.units.write}, deviations ${JSON.stringify(role.deviations)}, actions ${JSON.stringify(role.actions)}`, async () => {
      const sp = spAs(role.persona);
      const units = sp.web.lists.getByTitle(unitsList.title);
      const deviations = sp.web.lists.getByTitle(deviationsList.title);
      const actions = sp.web.lists.getByTitle(deviationActionsList.title);

      const seen: Record<string, Outcome> = {};
      seen.unitsRead = await succeeds(() => units.items.getById(unitId).select('Id')());
      seen.unitsWrite = await succeeds(() => units.items.getById(unitId).update({ Department: 'Akutmottagningen' }));

      let ownId = 0;
      seen.add = await succeeds(async () => {
        const added = await deviations.items.add({
          Title: `Test av behörighet (${role.persona})`,
          ClientRequestId: `perm-${role.persona}`,
          Description: 'Kontroll av behörighetsmodellen.',
          OccurredAt: '2026-11-20T08:00:00Z',
          ReportedAt: '2026-11-20T08:05:00Z',
          UnitId: unitId,
          Status: 'Ny'
        });
        ownId = added.Id;
      });
      seen.readOwn = await succeeds(() => deviations.items.getById(ownId).select('Id')());
      seen.readOthers = await succeeds(() => deviations.items.getById(someoneElsesCase).select('Id')());
      const listed: { Id: number }[] = await deviations.items.select('Id').top(5000)();
      expect(listed.some((item) => item.Id === someoneElsesCase)).toBe(seen.readOthers === 'yes');
      seen.editOthers = await succeeds(() => deviations.items.getById(someoneElsesCase).update({ Location: `Kontroll ${role.persona}` }));

      seen.actionsRead = await succeeds(() => actions.items.select('Id').top(1)());
      seen.actionsAdd = await succeeds(() =>
        actions.items.add({ Title: 'Kontroll', DeviationId: someoneElsesCase, ActionOwnerId: 10, DueDate: '2026-12-31T00:00:00Z', ActionStatus: 'Planerad' })
      );

      expect(seen).toEqual({
        unitsRead: role.units.read,
        unitsWrite: role.units.write,
        add: role.deviations.add,
        readOwn: role.deviations.readOwn,
        readOthers: role.deviations.readOthers,
        editOthers: role.deviations.editOthers,
        actionsRead: role.actions.read,
        actionsAdd: role.actions.add
      });
    });
  }
});
