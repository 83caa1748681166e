import {
  acceptanceErrors,
  acceptanceLapsed,
  acceptanceRequestBlockers,
  acceptanceStatus,
  decideAcceptance,
  IAcceptanceActor,
  mayDecideAcceptance,
  requestAcceptance,
  samePerson
} from '../../../../src/domain/risks/acceptance';
import { DEFAULT_RISK_MATRIX, matrixPreset } from '../../../../src/domain/risks/matrix';
import { RISK_TEXT_LIMITS } from '../../../../src/domain/risks/riskValidation';
import { IRisk } from '../../../../src/domain/risks/types';
import { IPerson } from '../../../../src/domain/organisation';
import { day, directorOfCare, granted, now, otherManager, owner, requested, risk, securityOfficer, substitute, unitManager, units } from './fixtures';

const matrix = DEFAULT_RISK_MATRIX;
const asActor = (person: IPerson, isSecurityFunction = false): IAcceptanceActor => ({ id: person.id, email: person.email, isSecurityFunction });
const asking: IRisk = { ...risk, acceptance: requested };
/** Current Hög: above the appetite (Medel) for Tillträdesskydd. */
const high: IRisk = { ...asking, current: { likelihood: 3, consequence: 2 } };

describe('who may decide an acceptance', () => {
  it('lets a manager of the risk’s unit or of any unit above decide within the appetite', () => {
    expect(mayDecideAcceptance(asActor(unitManager), asking, matrix, units)).toEqual({ allowed: true, as: 'manager' });
    expect(mayDecideAcceptance(asActor(directorOfCare), asking, matrix, units)).toEqual({ allowed: true, as: 'manager' });
  });

  it('refuses a manager of another branch; the regional security function may decide within the appetite too', () => {
    expect(mayDecideAcceptance(asActor(otherManager), asking, matrix, units)).toEqual({ allowed: false, reason: 'notManagerOfUnit' });
    expect(mayDecideAcceptance(asActor(securityOfficer, true), asking, matrix, units)).toEqual({ allowed: true, as: 'securityFunction' });
  });

  it('leaves a level above the appetite to the security function', () => {
    expect(mayDecideAcceptance(asActor(unitManager), high, matrix, units)).toEqual({ allowed: false, reason: 'aboveAppetite' });
    expect(mayDecideAcceptance(asActor(directorOfCare), high, matrix, units)).toEqual({ allowed: false, reason: 'aboveAppetite' });
    expect(mayDecideAcceptance(asActor(securityOfficer, true), high, matrix, units)).toEqual({ allowed: true, as: 'securityFunction' });
  });

  it('reads the appetite of the risk’s own area', () => {
    const violence: IRisk = { ...asking, area: 'Hot och våld' }; // Medel, appetite Låg
    expect(mayDecideAcceptance(asActor(unitManager), violence, matrix, units)).toEqual({ allowed: false, reason: 'aboveAppetite' });
    const lowered = { ...matrix, appetite: { ...matrix.appetite, 'Tillträdesskydd': 'high' } };
    expect(mayDecideAcceptance(asActor(unitManager), high, lowered, units)).toEqual({ allowed: true, as: 'manager' });
  });

  it('never lets the requester decide, whatever their role', () => {
    const managerAsks: IRisk = { ...high, owner: securityOfficer, acceptance: { ...requested, requestedBy: securityOfficer } };
    expect(mayDecideAcceptance(asActor(securityOfficer, true), managerAsks, matrix, units)).toEqual({ allowed: false, reason: 'requester' });
    const ownUnit: IRisk = { ...asking, acceptance: { ...requested, requestedBy: unitManager } };
    expect(mayDecideAcceptance(asActor(unitManager), ownUnit, matrix, units)).toEqual({ allowed: false, reason: 'requester' });
    // The same person by e-mail where the id is missing.
    expect(mayDecideAcceptance({ email: 'LARS.HOLM@regionexempel.se', isSecurityFunction: false }, ownUnit, matrix, units)).toEqual({ allowed: false, reason: 'requester' });
    // A request that names no one cannot be decided: no one can show they are someone else.
    expect(mayDecideAcceptance(asActor(unitManager), { ...asking, acceptance: { state: 'Begärd' } }, matrix, units)).toEqual({ allowed: false, reason: 'requester' });
  });

  it('lets a substitute decide only while the manager is marked absent', () => {
    expect(mayDecideAcceptance(asActor(substitute), asking, matrix, units)).toEqual({ allowed: false, reason: 'notManagerOfUnit' });
    const away = units.map((u) => (u.id === 3 ? { ...u, managerAbsent: true } : u));
    expect(mayDecideAcceptance(asActor(substitute), asking, matrix, away)).toEqual({ allowed: true, as: 'manager' });
  });

  it('decides only an open request on an assessment on the matrix in force', () => {
    expect(mayDecideAcceptance(asActor(unitManager), risk, matrix, units)).toEqual({ allowed: false, reason: 'notRequested' });
    expect(mayDecideAcceptance(asActor(unitManager), { ...risk, acceptance: granted(day(30)) }, matrix, units)).toEqual({ allowed: false, reason: 'notRequested' });
    expect(mayDecideAcceptance(asActor(unitManager), { ...asking, current: undefined }, matrix, units)).toEqual({ allowed: false, reason: 'notAssessed' });
    expect(mayDecideAcceptance(asActor(unitManager), asking, matrixPreset('5x5', 2), units)).toEqual({ allowed: false, reason: 'matrixVersion' });
  });

  it('compares people by id, or by e-mail where an id is missing', () => {
    expect(samePerson({ id: 1, email: 'a@x.se' }, { id: 1, email: 'b@x.se' })).toBe(true);
    expect(samePerson({ email: 'A@x.se' }, { id: 2, email: 'a@X.se' })).toBe(true);
    expect(samePerson({ id: 1, email: 'a@x.se' }, { id: 2, email: 'b@x.se' })).toBe(false);
    expect(samePerson(undefined, { id: 2, email: 'b@x.se' })).toBe(false);
  });
});

describe('where an acceptance stands', () => {
  it('follows the decision', () => {
    expect(acceptanceStatus(risk, now)).toBe('none');
    expect(acceptanceStatus(asking, now)).toBe('requested');
    expect(acceptanceStatus({ ...risk, acceptance: { ...requested, state: 'Avslagen' } }, now)).toBe('rejected');
    expect(acceptanceStatus({ ...risk, acceptance: granted(day(30)) }, now)).toBe('granted');
  });

  it('holds through its last day and expires the day after', () => {
    expect(acceptanceStatus({ ...risk, acceptance: granted(day(0)) }, now)).toBe('granted');
    expect(acceptanceStatus({ ...risk, acceptance: granted(day(-1)) }, now)).toBe('expired');
    expect(acceptanceStatus({ ...risk, acceptance: { ...granted(day(30)), expiresAt: undefined } }, now)).toBe('expired');
  });

  it('goes stale when the current assessment or the matrix version changes after the decision', () => {
    const accepted: IRisk = { ...risk, status: 'Accepterad', acceptance: granted(day(30)) };
    expect(acceptanceStatus({ ...accepted, current: { likelihood: 2, consequence: 3 } }, now)).toBe('stale');
    // Even a lower current level needs a new decision: the decision was about something else.
    expect(acceptanceStatus({ ...accepted, current: { likelihood: 1, consequence: 1 } }, now)).toBe('stale');
    expect(acceptanceStatus({ ...accepted, matrixVersion: 2 }, now)).toBe('stale');
    expect(acceptanceStatus({ ...accepted, current: undefined }, now)).toBe('stale');
    expect(acceptanceStatus({ ...accepted, acceptance: { ...granted(day(30)), acceptedAssessment: undefined } }, now)).toBe('stale');
    // Stale is said before expired.
    expect(acceptanceStatus({ ...accepted, current: { likelihood: 2, consequence: 3 }, acceptance: granted(day(-5)) }, now)).toBe('stale');
  });

  it('reopens an accepted risk whose acceptance lapsed or went stale', () => {
    const accepted: IRisk = { ...risk, status: 'Accepterad', acceptance: granted(day(30)) };
    expect(acceptanceLapsed(accepted, now)).toBe(false);
    expect(acceptanceLapsed({ ...accepted, acceptance: granted(day(-1)) }, now)).toBe(true);
    expect(acceptanceLapsed({ ...accepted, current: { likelihood: 1, consequence: 1 } }, now)).toBe(true);
    expect(acceptanceLapsed({ ...accepted, status: 'Bedömd', acceptance: granted(day(-1)) }, now)).toBe(false);
  });
});

describe('asking for an acceptance', () => {
  const ownerActor = asActor(owner);

  it('is for the owner of an assessed risk without an open or holding decision', () => {
    expect(acceptanceRequestBlockers(ownerActor, risk, matrix, now)).toEqual([]);
    expect(acceptanceRequestBlockers(asActor(unitManager), risk, matrix, now)).toEqual(['notOwner']);
    expect(acceptanceRequestBlockers(ownerActor, { ...risk, current: undefined }, matrix, now)).toEqual(['notAssessed']);
    expect(acceptanceRequestBlockers(ownerActor, risk, matrixPreset('5x5', 2), now)).toEqual(['matrixVersion']);
    expect(acceptanceRequestBlockers(ownerActor, { ...risk, status: 'Avslutad' }, matrix, now)).toEqual(['closed']);
    expect(acceptanceRequestBlockers(ownerActor, asking, matrix, now)).toEqual(['alreadyRequested']);
    expect(acceptanceRequestBlockers(ownerActor, { ...risk, acceptance: granted(day(30)) }, matrix, now)).toEqual(['alreadyGranted']);
  });

  it('may be made again after a rejection, an expiry or a change', () => {
    expect(acceptanceRequestBlockers(ownerActor, { ...risk, acceptance: { ...requested, state: 'Avslagen' } }, matrix, now)).toEqual([]);
    expect(acceptanceRequestBlockers(ownerActor, { ...risk, acceptance: granted(day(-1)) }, matrix, now)).toEqual([]);
    expect(acceptanceRequestBlockers(ownerActor, { ...risk, acceptance: granted(day(30), { ...risk, matrixVersion: 0 }) }, matrix, now)).toEqual([]);
  });

  it('keeps the owner’s note within its limit, trimmed, never only spaces', () => {
    expect(acceptanceRequestBlockers(ownerActor, risk, matrix, now, '   ')).toEqual(['noteInvalid']);
    expect(acceptanceRequestBlockers(ownerActor, risk, matrix, now, 'x'.repeat(RISK_TEXT_LIMITS.acceptanceRequestNote + 1))).toEqual(['noteInvalid']);
    expect(requestAcceptance(owner, now, '  Ombyggnad 2027  ')).toEqual({
      state: 'Begärd',
      requestedBy: owner,
      requestedAt: now.toISOString(),
      requestNote: 'Ombyggnad 2027'
    });
    expect(requestAcceptance(owner, now).requestNote).toBeUndefined();
  });
});

describe('a decision', () => {
  const grant = { state: 'Beviljad' as const, rationale: 'Kodlås räcker tills ombyggnaden.', expiresAt: day(365) };

  it('is made only on an open request', () => {
    expect(acceptanceErrors(requested, grant, now)).toEqual({});
    expect(acceptanceErrors(undefined, grant, now)).toEqual({ state: 'notRequested' });
    expect(acceptanceErrors(granted(day(30)), grant, now)).toEqual({ state: 'notRequested' });
    expect(acceptanceErrors({ ...requested, state: 'Avslagen' }, grant, now)).toEqual({ state: 'notRequested' });
  });

  it('always says why, in 1 to 2000 characters', () => {
    expect(acceptanceErrors(requested, { ...grant, rationale: '' }, now)).toEqual({ rationale: 'required' });
    expect(acceptanceErrors(requested, { ...grant, rationale: ' \n\t ' }, now)).toEqual({ rationale: 'required' });
    expect(acceptanceErrors(requested, { ...grant, rationale: 'x' }, now)).toEqual({});
    expect(acceptanceErrors(requested, { ...grant, rationale: 'x'.repeat(2000) }, now)).toEqual({});
    expect(acceptanceErrors(requested, { ...grant, rationale: 'x'.repeat(2001) }, now)).toEqual({ rationale: 'tooLong' });
    expect(acceptanceErrors(requested, { state: 'Avslagen', rationale: '' }, now)).toEqual({ rationale: 'required' });
  });

  it('grants until a day after today and at most three years ahead', () => {
    expect(acceptanceErrors(requested, { ...grant, expiresAt: undefined }, now)).toEqual({ expiresAt: 'required' });
    expect(acceptanceErrors(requested, { ...grant, expiresAt: day(0) }, now)).toEqual({ expiresAt: 'inPast' });
    expect(acceptanceErrors(requested, { ...grant, expiresAt: day(1) }, now)).toEqual({});
    expect(acceptanceErrors(requested, { ...grant, expiresAt: '2029-11-30' }, now)).toEqual({});
    expect(acceptanceErrors(requested, { ...grant, expiresAt: '2029-12-01' }, now)).toEqual({ expiresAt: 'tooFarAhead' });
    expect(acceptanceErrors(requested, { ...grant, expiresAt: '2027-02-30' }, now)).toEqual({ expiresAt: 'invalidDate' });
    // A rejection has no expiry to check.
    expect(acceptanceErrors(requested, { state: 'Avslagen', rationale: 'Åtgärda först.', expiresAt: 'igår' }, now)).toEqual({});
  });

  it('records what it was about, so a later change makes it stale', () => {
    const decided = decideAcceptance(requested, risk, { ...grant, rationale: '  Kodlås räcker.  ' }, unitManager, now);
    expect(decided).toEqual({
      state: 'Beviljad',
      requestedBy: owner,
      requestedAt: requested.requestedAt,
      requestNote: undefined,
      decidedBy: unitManager,
      decidedAt: now.toISOString(),
      rationale: 'Kodlås räcker.',
      expiresAt: `${day(365)}T00:00:00.000Z`,
      acceptedAssessment: { likelihood: 2, consequence: 2 },
      acceptedMatrixVersion: 1
    });
    const accepted: IRisk = { ...risk, status: 'Accepterad', acceptance: decided };
    expect(acceptanceStatus(accepted, now)).toBe('granted');
    expect(acceptanceStatus({ ...accepted, current: { likelihood: 3, consequence: 2 } }, now)).toBe('stale');
    const rejected = decideAcceptance(requested, risk, { state: 'Avslagen', rationale: 'Åtgärda först.', expiresAt: day(30) }, unitManager, now);
    expect(rejected.expiresAt).toBeUndefined();
    expect(acceptanceStatus({ ...risk, acceptance: rejected }, now)).toBe('rejected');
  });
});
