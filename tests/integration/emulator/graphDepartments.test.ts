/**
 * People in a unit through Graph: `/users?$filter=department eq '…'` and the advanced query rules Graph
 * applies to user filters (learn.microsoft.com/graph/aad-advanced-queries): what works by default, what
 * needs `ConsistencyLevel: eventual` with `$count=true`, and what is not supported at all. Through the
 * real Graph client and Trygg's GraphDirectory.
 */
import { GraphDirectory } from '../../../src/services/directory/GraphDirectory';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import type { ISeedData } from '../../../tools/emulator/seed/types';
import { graphAs } from './helpers';
import { person, upn } from './testSeed';

const AKUT = "Akutmottagningen & Ambulans 'Norr'";

function seed(): ISeedData {
  const akut = Array.from({ length: 12 }, (_, i) => person(`akut.${i + 1}`, `Akut Person${i + 1}`, 'Sjuksköterska', undefined, AKUT));
  return {
    referenceTime: '2026-11-20T08:00:00Z',
    people: [
      ...akut,
      person('ort.1', 'Ort Ett', 'Undersköterska', undefined, 'Ortopedavdelning 12'),
      person('ort.2', 'Ort Två', 'Undersköterska', undefined, 'Ortopedavdelning 12'),
      person('akutmottagningen.prefix', 'Prefix Person', 'Sekreterare', undefined, 'Akutmottagningen')
    ],
    groups: [],
    items: {}
  };
}

describe('emulator: Graph users by department, and the advanced query rules', () => {
  let emu: IRunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, seed: seed(), lists: [] });
  });
  afterAll(() => emu.close());

  const client = () => graphAs(emu, upn('ort.1'));
  const advanced = () => client().api('/users').header('ConsistencyLevel', 'eventual').query({ $count: 'true' });
  const failure = (work: Promise<unknown>): Promise<{ statusCode: number; code: string }> =>
    work.then(
      () => {
        throw new Error('Expected the call to fail, but it succeeded.');
      },
      (e: { statusCode: number; code: string }) => e
    );

  it('GraphDirectory.usersInDepartment lists exactly the people of that department, whatever its name holds', async () => {
    const directory = new GraphDirectory(graphAs(emu, upn('ort.1')));
    const people = await directory.usersInDepartment(AKUT);
    expect(people.map((p) => p.userPrincipalName).sort()).toEqual(Array.from({ length: 12 }, (_, i) => upn(`akut.${i + 1}`)).sort());
    expect(people[0]).toMatchObject({ department: AKUT, email: expect.stringContaining('@') });
    expect((await directory.usersInDepartment('Ortopedavdelning 12')).map((p) => p.displayName).sort()).toEqual(['Ort Ett', 'Ort Två']);
    expect(await directory.usersInDepartment('Finns inte')).toEqual([]);
    expect(await directory.usersInDepartment('  ')).toEqual([]);
  });

  it('department eq works by default; $count=true without ConsistencyLevel is ignored, not an error', async () => {
    const plain = await client().api('/users').filter("department eq 'Ortopedavdelning 12'").select('displayName').get();
    expect(plain.value).toHaveLength(2);
    expect(plain['@odata.count']).toBeUndefined();
    const ignored = await client().api('/users').query({ $count: 'true' }).filter("department eq 'Ortopedavdelning 12'").get();
    expect(ignored['@odata.count']).toBeUndefined();
    const counted = await advanced().filter("department eq 'Ortopedavdelning 12'").get();
    expect(counted['@odata.count']).toBe(2);
  });

  it('ne, not, eq null, endsWith, officeLocation and $filter with $orderby need the advanced query parameters', async () => {
    const needsAdvanced = [
      "department ne 'Ortopedavdelning 12'",
      "not(department eq 'Ortopedavdelning 12')",
      'department eq null',
      "endsWith(mail,'@region-test.se')",
      "officeLocation eq 'Hus 1'"
    ];
    for (const filter of needsAdvanced) {
      expect(await failure(client().api('/users').filter(encodeURIComponent(filter)).get())).toMatchObject({ statusCode: 400, code: 'Request_UnsupportedQuery' });
      // Only the header, or only $count, is not enough.
      expect(await failure(client().api('/users').header('ConsistencyLevel', 'eventual').filter(encodeURIComponent(filter)).get())).toMatchObject({ statusCode: 400 });
      expect(await failure(client().api('/users').query({ $count: 'true' }).filter(encodeURIComponent(filter)).get())).toMatchObject({ statusCode: 400 });
      await expect(advanced().filter(encodeURIComponent(filter)).get()).resolves.toMatchObject({ '@odata.count': expect.any(Number) });
    }
    const others = await advanced().filter(encodeURIComponent("department ne 'Ortopedavdelning 12'")).get();
    expect(others['@odata.count']).toBe(13);

    expect(await failure(client().api('/users').filter("startswith(department,'Akut')").orderby('displayName').get())).toMatchObject({ code: 'Request_UnsupportedQuery' });
    const sorted = await advanced().filter("startswith(department,'Ortopedavdelning')").orderby('displayName desc').get();
    expect(sorted.value.map((u: { displayName: string }) => u.displayName)).toEqual(['Ort Två', 'Ort Ett']);
  });

  it('refuses what Graph does not support on users at all: gt/lt, endsWith on displayName, startsWith on jobTitle', async () => {
    for (const filter of ["department gt 'A'", "endsWith(displayName,'Ett')", "startswith(jobTitle,'Under')"]) {
      expect(await failure(advanced().filter(encodeURIComponent(filter)).get())).toMatchObject({ statusCode: 400, code: 'Request_UnsupportedQuery' });
    }
  });
});
