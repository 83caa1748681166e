import { SPFI } from '@pnp/sp';
import { IRunningEmulator } from '../../../tools/emulator';
import { Outcome, spAs as signedInAs, succeeds } from './signedInAs';
import { deviationActionsList, deviationsList, protectedActionsList, protectedDeviationsList, unitsList } from '../../../src/schema/lists';
import { regionExempel, startRegion, upn } from '../services/servicesHelpers';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';

/**
 * Trygg's permission model, proven by signing in as each seeded role and asking SharePoint (the
 * emulator) directly: what a person can read and write does not depend on the web parts' manners.
 */

interface IRoleExpectation {
  readonly persona: string;
  readonly units: { read: Outcome; write: Outcome };
  readonly deviations: { add: Outcome; readOwn: Outcome; editOwn: Outcome; deleteOwn: Outcome; readOthers: Outcome; editOthers: Outcome };
  readonly actions: { read: Outcome; add: Outcome };
  /** A protected case that is neither theirs nor assigned to them, and adding to the protected list directly. */
  readonly protectedCases: { add: Outcome; readUnrelated: Outcome; editUnrelated: Outcome; readUnrelatedAction: Outcome };
}

// The table the README shows, role by role.
const MODEL: readonly IRoleExpectation[] = [
  { persona: 'anna.svensson', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', editOwn: 'no', deleteOwn: 'no', readOthers: 'no', editOthers: 'no' }, actions: { read: 'no', add: 'no' }, protectedCases: { add: 'no', readUnrelated: 'no', editUnrelated: 'no', readUnrelatedAction: 'no' } },
  { persona: 'lars.holm', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', editOwn: 'yes', deleteOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' }, protectedCases: { add: 'no', readUnrelated: 'no', editUnrelated: 'no', readUnrelatedAction: 'no' } },
  { persona: 'johan.falk', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', editOwn: 'yes', deleteOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' }, protectedCases: { add: 'no', readUnrelated: 'no', editUnrelated: 'no', readUnrelatedAction: 'no' } },
  { persona: 'maria.berg', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', editOwn: 'yes', deleteOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' }, protectedCases: { add: 'no', readUnrelated: 'no', editUnrelated: 'no', readUnrelatedAction: 'no' } },
  { persona: 'peter.sjoberg', units: { read: 'yes', write: 'yes' }, deviations: { add: 'yes', readOwn: 'yes', editOwn: 'yes', deleteOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' }, protectedCases: { add: 'yes', readUnrelated: 'yes', editUnrelated: 'yes', readUnrelatedAction: 'yes' } },
  { persona: 'helena.ask', units: { read: 'yes', write: 'no' }, deviations: { add: 'yes', readOwn: 'yes', editOwn: 'no', deleteOwn: 'no', readOthers: 'no', editOthers: 'no' }, actions: { read: 'no', add: 'no' }, protectedCases: { add: 'no', readUnrelated: 'no', editUnrelated: 'no', readUnrelatedAction: 'no' } },
  { persona: 'admin.trygg', units: { read: 'yes', write: 'yes' }, deviations: { add: 'yes', readOwn: 'yes', editOwn: 'yes', deleteOwn: 'yes', readOthers: 'yes', editOthers: 'yes' }, actions: { read: 'yes', add: 'yes' }, protectedCases: { add: 'yes', readUnrelated: 'yes', editUnrelated: 'yes', readUnrelatedAction: 'yes' } }
];

describe("Trygg's permission model, role by role", () => {
  let emulator: IRunningEmulator;
  let someoneElsesCase: number;
  let unitId: number;
  /** A protected case, and an action of one, none of the personas reported, handle or own. */
  let unrelatedProtectedCase: number;
  let unrelatedProtectedAction: number;

  const spAs = (persona: string): SPFI => signedInAs(emulator, persona);


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
    const personas = new Set(MODEL.map((role) => role.persona));
    const seed = regionExempel();
    const unrelated = (item: { values: Readonly<Record<string, unknown>> }): boolean =>
      [item.values.Reporter, item.values.Handler, item.values.ActionOwner].every((key) => !personas.has(String(key)));
    unrelatedProtectedCase = seed.items.protectedDeviations.filter(unrelated)[0].Id;
    const handlers = new Map(seed.items.protectedDeviations.map((item) => [item.Id, String(item.values.Handler)] as [number, string]));
    unrelatedProtectedAction = seed.items.protectedActions.filter(
      (action) => unrelated(action) && !personas.has(handlers.get(action.values.Deviation as number) as string)
    )[0].Id;
  });

  afterAll(() => emulator.close());

  for (const role of MODEL) {
    it(`${role.persona}: units ${role.units.read}/${role.units.write}, deviations ${JSON.stringify(role.deviations)}, actions ${JSON.stringify(role.actions)}, protected ${JSON.stringify(role.protectedCases)}`, async () => {
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
      // A sent report is write-once for an employee (Trygg Rapportera): no edit, no delete.
      seen.editOwn = await succeeds(() => deviations.items.getById(ownId).update({ Status: 'Avslutad' }));
      seen.readOthers = await succeeds(() => deviations.items.getById(someoneElsesCase).select('Id')());
      const listed: { Id: number }[] = await deviations.items.select('Id').top(5000)();
      expect(listed.some((item) => item.Id === someoneElsesCase)).toBe(seen.readOthers === 'yes');
      seen.editOthers = await succeeds(() => deviations.items.getById(someoneElsesCase).update({ Location: `Kontroll ${role.persona}` }));
      seen.deleteOwn = await succeeds(() => deviations.items.getById(ownId).recycle());

      seen.actionsRead = await succeeds(() => actions.items.select('Id').top(1)());
      seen.actionsAdd = await succeeds(() =>
        actions.items.add({ Title: 'Kontroll', DeviationId: someoneElsesCase, ActionOwnerId: 10, DueDate: '2026-12-31T00:00:00Z', ActionStatus: 'Planerad' })
      );

      const protectedCases = sp.web.lists.getByTitle(protectedDeviationsList.title);
      seen.protectedAdd = await succeeds(() =>
        protectedCases.items.add({
          Title: `Skyddad kontroll (${role.persona})`,
          ClientRequestId: `perm-protected-${role.persona}`,
          Description: 'Kontroll av behörighetsmodellen.',
          OccurredAt: '2026-11-20T08:00:00Z',
          ReportedAt: '2026-11-20T08:05:00Z',
          UnitId: unitId,
          Status: 'Ny'
        })
      );
      seen.protectedReadUnrelated = await succeeds(() => protectedCases.items.getById(unrelatedProtectedCase).select('Id')());
      seen.protectedEditUnrelated = await succeeds(() => protectedCases.items.getById(unrelatedProtectedCase).update({ Location: `Kontroll ${role.persona}` }));
      seen.protectedReadUnrelatedAction = await succeeds(() =>
        sp.web.lists.getByTitle(protectedActionsList.title).items.getById(unrelatedProtectedAction).select('Id')()
      );

      expect(seen).toEqual({
        unitsRead: role.units.read,
        unitsWrite: role.units.write,
        add: role.deviations.add,
        readOwn: role.deviations.readOwn,
        editOwn: role.deviations.editOwn,
        deleteOwn: role.deviations.deleteOwn,
        readOthers: role.deviations.readOthers,
        editOthers: role.deviations.editOthers,
        actionsRead: role.actions.read,
        actionsAdd: role.actions.add,
        protectedAdd: role.protectedCases.add,
        protectedReadUnrelated: role.protectedCases.readUnrelated,
        protectedEditUnrelated: role.protectedCases.editUnrelated,
        protectedReadUnrelatedAction: role.protectedCases.readUnrelatedAction
      });
    });
  }

  it('shares every seeded protected case with exactly its reporter, its handler and the security function', async () => {
    const seed = regionExempel();
    const managers = seed.groups.filter((group) => group.key === 'managers')[0].memberKeys;
    const sample = seed.items.protectedDeviations.slice(0, 12);
    expect(sample.length).toBeGreaterThan(5);
    for (const item of sample) {
      const reporter = String(item.values.Reporter);
      const handler = String(item.values.Handler);
      const otherManager = managers.filter((key) => key !== handler && key !== reporter && key !== 'peter.sjoberg')[item.Id % 5];
      const readers: Record<string, Outcome> = {};
      for (const key of [reporter, handler, 'peter.sjoberg', otherManager]) {
        readers[key] = await succeeds(() => spAs(key).web.lists.getByTitle(protectedDeviationsList.title).items.getById(item.Id).select('Id')());
      }
      expect(readers).toEqual({ [reporter]: 'yes', [handler]: 'yes', 'peter.sjoberg': 'yes', [otherManager]: 'no' });
      // The reporter reads the case and its feedback but does not change it.
      const reporterEdits = await succeeds(() =>
        spAs(reporter).web.lists.getByTitle(protectedDeviationsList.title).items.getById(item.Id).update({ Location: 'Ändrad av rapportören' })
      );
      expect(reporterEdits).toBe(reporter === handler || reporter === 'peter.sjoberg' ? 'yes' : 'no');
    }
  });
});
