import { decideRouting, nextInLine } from '../../../src/domain/deviations/routing';
import { IOrganisationUnit, IPerson } from '../../../src/domain/organisation';

const person = (name: string): IPerson => ({ displayName: name, email: `${name.toLowerCase()}@regionexempel.se` });
const lars = person('Lars');
const karin = person('Karin');
const johan = person('Johan');
const maria = person('Maria');
const securityFunction = person('Sakerhet');

const units: IOrganisationUnit[] = [
  { id: 1, title: 'Sjukhuset', code: 'SJH', level: 'Förvaltning', managerAbsent: false, securityCoordinator: maria },
  { id: 2, title: 'Akuten', code: 'AKU', level: 'Enhet', parentId: 1, manager: lars, managerAbsent: false },
  { id: 3, title: 'Avd 12', code: 'A12', level: 'Enhet', parentId: 1, manager: karin, managerAbsent: true, substitute: johan },
  { id: 4, title: 'Fristående', code: 'FRI', level: 'Enhet', managerAbsent: false }
];

describe('routing a report', () => {
  it('goes to the line manager found in the directory', () => {
    const decision = decideRouting({ managerLookup: { outcome: 'found', manager: lars }, reporterUnitId: 2, units, securityFunction });
    expect(decision).toEqual({ handler: lars, reason: 'Chef' });
  });

  it('goes to the substitute when the manager is marked absent', () => {
    const decision = decideRouting({ managerLookup: { outcome: 'found', manager: karin }, reporterUnitId: 3, units, securityFunction });
    expect(decision).toEqual({ handler: johan, reason: 'Ersättare', fallback: 'managerAbsent' });
  });

  it('matches the manager by address regardless of letter case', () => {
    const shouting = { ...karin, email: karin.email.toUpperCase() };
    expect(decideRouting({ managerLookup: { outcome: 'found', manager: shouting }, units, securityFunction }).handler).toBe(johan);
  });

  it('goes to the nearest security coordinator when there is no manager', () => {
    const decision = decideRouting({ managerLookup: { outcome: 'none' }, reporterUnitId: 2, units, securityFunction });
    expect(decision).toEqual({ handler: maria, reason: 'Säkerhetssamordnare', fallback: 'noManager' });
  });

  describe('when the directory could not be asked, the units list names the line, and the receipt says why', () => {
    const failed = { outcome: 'failed', status: 503 } as const;
    it.each([
      ['the unit manager', 2, undefined, { handler: lars, reason: 'Chef' }],
      ["the absent manager's stand-in", 3, undefined, { handler: johan, reason: 'Ersättare' }],
      ['the manager above, for a manager reporting on their own unit', 2, lars, { handler: maria, reason: 'Säkerhetssamordnare' }],
      ['the coordinator, where no unit up the line names a manager', 4, undefined, { handler: securityFunction, reason: 'Säkerhetsfunktion' }]
    ] as const)('%s', (_name, unitId, reporter, expected) => {
      expect(decideRouting({ managerLookup: failed, reporter, reporterUnitId: unitId, units, securityFunction })).toEqual({ ...expected, fallback: 'directoryUnavailable' });
    });

    it('a stand-in reporting goes on up the line (here: the coordinator, as the hospital names no manager)', () => {
      expect(decideRouting({ managerLookup: { outcome: 'failed' }, reporter: johan, reporterUnitId: 3, units, securityFunction })).toEqual({
        handler: maria,
        reason: 'Säkerhetssamordnare',
        fallback: 'directoryUnavailable'
      });
    });
  });

  it('ends with the security function when nobody else answers for the unit', () => {
    expect(decideRouting({ managerLookup: { outcome: 'none' }, reporterUnitId: 4, units, securityFunction })).toEqual({
      handler: securityFunction,
      reason: 'Säkerhetsfunktion',
      fallback: 'noManager'
    });
    expect(decideRouting({ managerLookup: { outcome: 'none' }, units, securityFunction }).handler).toBe(securityFunction);
  });
});

describe('escalation', () => {
  const chain = new Map<string, IPerson>([[lars.email, karin]]);
  const managerOf = (p: IPerson): IPerson | undefined => chain.get(p.email);

  it('goes to the next manager up, or their substitute when absent', () => {
    expect(nextInLine(lars, managerOf, units)).toBe(johan);
    expect(nextInLine(lars, managerOf, units.map((u) => ({ ...u, managerAbsent: false })))).toBe(karin);
  });

  it('ends at the top of the line', () => {
    expect(nextInLine(karin, managerOf, units)).toBeUndefined();
  });
});

describe('routing edge cases', () => {
  it('goes to the coordinator when the manager is absent without a stand-in', () => {
    const noStandIn = units.map((u) => (u.id === 3 ? { ...u, substitute: undefined } : u));
    expect(decideRouting({ managerLookup: { outcome: 'found', manager: karin }, reporterUnitId: 3, units: noStandIn, securityFunction })).toEqual({
      handler: maria,
      reason: 'Säkerhetssamordnare',
      fallback: 'managerAbsent'
    });
  });

  it('never hands a report back to its reporter', () => {
    // Johan stands in for Karin and reports on his own unit.
    const decision = decideRouting({ reporter: johan, managerLookup: { outcome: 'found', manager: karin }, reporterUnitId: 3, units, securityFunction });
    expect(decision.handler).toBe(maria);
    // The coordinator reports: the security function takes it.
    expect(decideRouting({ reporter: maria, managerLookup: { outcome: 'none' }, reporterUnitId: 2, units, securityFunction }).handler).toBe(securityFunction);
  });
});
