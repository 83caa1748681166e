import { handoverBlockers, mayHandle, unitsAnsweredFor } from '../../../src/domain/deviations/handlers';
import { IDeviation } from '../../../src/domain/deviations/types';
import { IOrganisationUnit } from '../../../src/domain/organisation';

const person = (id: number): { id: number; displayName: string; email: string } => ({ id, displayName: `P${id}`, email: `p${id}@x.se` });
const units: IOrganisationUnit[] = [
  { id: 1, title: 'Förvaltning', code: 'F', level: 'Förvaltning', manager: person(10), managerAbsent: false },
  { id: 2, title: 'Enhet A', code: 'A', level: 'Enhet', parentId: 1, manager: person(20), managerAbsent: true, substitute: person(21) },
  { id: 3, title: 'Enhet B', code: 'B', level: 'Enhet', parentId: 1, manager: person(30), managerAbsent: false, substitute: person(31) }
];
const caseIn = (unitId: number, handlerId?: number): IDeviation =>
  ({ unit: { id: unitId, title: '' }, handler: handlerId === undefined ? undefined : person(handlerId) } as unknown as IDeviation);
const actor = (id: number, isSecurityFunction = false): { id: number; isSecurityFunction: boolean } => ({ id, isSecurityFunction });

describe('who may handle a case', () => {
  it('includes the units below the ones a person manages or stands in for', () => {
    expect(unitsAnsweredFor(10, units).sort()).toEqual([1, 2, 3]);
    expect(unitsAnsweredFor(21, units)).toEqual([2]);
    // A substitute stands in only while the manager is away.
    expect(unitsAnsweredFor(31, units)).toEqual([]);
  });

  it('lets the handler, the line above and the security function act, and nobody else', () => {
    expect(mayHandle(actor(99), caseIn(3, 99), units)).toBe(true);
    expect(mayHandle(actor(10), caseIn(3), units)).toBe(true);
    expect(mayHandle(actor(21), caseIn(3), units)).toBe(false);
    expect(mayHandle(actor(5, true), caseIn(3), units)).toBe(true);
    expect(mayHandle(actor(30), caseIn(2), units)).toBe(false);
  });
});

describe('who may handle a protected case', () => {
  const protectedIn = (unitId: number, handlerId?: number): IDeviation => ({ ...caseIn(unitId, handlerId), store: 'protected' } as IDeviation);

  it('is its handler and the security function only: the line above cannot read it', () => {
    expect(mayHandle(actor(99), protectedIn(3, 99), units)).toBe(true);
    expect(mayHandle(actor(5, true), protectedIn(3, 99), units)).toBe(true);
    expect(mayHandle(actor(10), protectedIn(3, 99), units)).toBe(false);
    expect(mayHandle(actor(30), protectedIn(3, 99), units)).toBe(false);
  });
});

describe('handoverBlockers', () => {
  const handlers = new Set(['lars.holm@region.se', 'peter.sjoberg@region.se', 'anna.svensson@region.se']);
  const deviation = { reporter: { email: 'Anna.Svensson@region.se' } };

  it.each([
    ['a handler', 'lars.holm@region.se', []],
    ['a handler, whatever the case and spaces of the address', ' Peter.Sjoberg@Region.se ', []],
    ['someone who handles no cases', 'helena.ask@region.se', ['recipientNotHandler']],
    ['the reporter, even when she is a handler herself', 'anna.svensson@region.se', ['recipientIsReporter']]
  ])('%s', (_name, email, expected) => {
    expect(handoverBlockers({ email }, deviation, handlers)).toEqual(expected);
  });

  it('knows no reporter on a case without one, and refuses everyone when no handler is known', () => {
    expect(handoverBlockers({ email: 'lars.holm@region.se' }, {}, handlers)).toEqual([]);
    expect(handoverBlockers({ email: 'lars.holm@region.se' }, {}, new Set())).toEqual(['recipientNotHandler']);
  });
});
