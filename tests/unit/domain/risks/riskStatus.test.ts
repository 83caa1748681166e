import {
  allowedNextRiskStatuses,
  IRiskTransitionContext,
  isRiskOpen,
  needsReassessment,
  reopenedStatus,
  riskTransitionBlockers
} from '../../../../src/domain/risks/riskStatus';
import { DEFAULT_RISK_MATRIX, matrixPreset } from '../../../../src/domain/risks/matrix';
import { IRisk, IRiskAction } from '../../../../src/domain/risks/types';
import { RISK_STATUSES } from '../../../../src/domain/risks/vocabulary';
import { day, granted, now, requested, risk } from './fixtures';

const context: IRiskTransitionContext = { actorMayEdit: true, openActionCount: 0, matrix: DEFAULT_RISK_MATRIX, now };
const draft: IRisk = { ...risk, status: 'Utkast', current: undefined, owner: undefined, nextReviewAt: undefined };

describe('risk status', () => {
  it('runs Utkast → Bedömd → Under åtgärd → Accepterad / Avslutad, and Avslutad is final', () => {
    expect(allowedNextRiskStatuses('Utkast')).toEqual(['Bedömd', 'Avslutad']);
    expect(allowedNextRiskStatuses('Bedömd')).toEqual(['Under åtgärd', 'Accepterad', 'Avslutad']);
    expect(allowedNextRiskStatuses('Accepterad')).toContain('Bedömd');
    expect(allowedNextRiskStatuses('Avslutad')).toEqual([]);
    expect(isRiskOpen('Accepterad')).toBe(true);
    expect(isRiskOpen('Avslutad')).toBe(false);
  });

  it('refuses every transition the table does not list, and only that', () => {
    for (const from of RISK_STATUSES) {
      for (const to of RISK_STATUSES) {
        const blockers = riskTransitionBlockers({ ...risk, status: from }, to, context);
        if (allowedNextRiskStatuses(from).indexOf(to) < 0) expect(blockers).toEqual(['notAllowed']);
        else expect(blockers).not.toContain('notAllowed');
      }
    }
  });

  it('lets only someone who may edit the risk move it', () => {
    expect(riskTransitionBlockers(risk, 'Avslutad', { ...context, actorMayEdit: false })).toEqual(['notPermitted']);
  });

  it('needs a current assessment on the matrix in force, an owner and a review date to be Bedömd', () => {
    expect(riskTransitionBlockers(draft, 'Bedömd', context)).toEqual(['currentMissing', 'ownerMissing', 'nextReviewMissing']);
    expect(riskTransitionBlockers({ ...draft, current: risk.current, owner: risk.owner, nextReviewAt: risk.nextReviewAt }, 'Bedömd', context)).toEqual([]);
    expect(riskTransitionBlockers({ ...risk, status: 'Utkast' }, 'Bedömd', { ...context, matrix: matrixPreset('5x5', 2) })).toEqual(['matrixVersion']);
    // A draft may be dropped as it is.
    expect(riskTransitionBlockers(draft, 'Avslutad', context)).toEqual([]);
  });

  it('needs a treatment and an open action to be Under åtgärd', () => {
    expect(riskTransitionBlockers({ ...risk, treatment: undefined }, 'Under åtgärd', context)).toEqual(['treatmentMissing', 'noOpenActions']);
    expect(riskTransitionBlockers(risk, 'Under åtgärd', { ...context, openActionCount: 1 })).toEqual([]);
  });

  it('needs a granted acceptance that still holds to be Accepterad', () => {
    expect(riskTransitionBlockers(risk, 'Accepterad', context)).toEqual(['acceptanceMissing']);
    expect(riskTransitionBlockers({ ...risk, acceptance: requested }, 'Accepterad', context)).toEqual(['acceptanceMissing']);
    expect(riskTransitionBlockers({ ...risk, acceptance: { ...requested, state: 'Avslagen' } }, 'Accepterad', context)).toEqual(['acceptanceMissing']);
    expect(riskTransitionBlockers({ ...risk, acceptance: granted(day(-1)) }, 'Accepterad', context)).toEqual(['acceptanceExpired']);
    expect(riskTransitionBlockers({ ...risk, acceptance: granted(day(30)), current: { likelihood: 1, consequence: 1 } }, 'Accepterad', context)).toEqual(['acceptanceStale']);
    expect(riskTransitionBlockers({ ...risk, acceptance: granted(day(30)) }, 'Accepterad', context)).toEqual([]);
  });

  it('closes only when every action is done', () => {
    expect(riskTransitionBlockers({ ...risk, status: 'Under åtgärd' }, 'Avslutad', { ...context, openActionCount: 2 })).toEqual(['openActions']);
    expect(riskTransitionBlockers({ ...risk, status: 'Under åtgärd' }, 'Avslutad', context)).toEqual([]);
  });

  it('reopens a lapsed acceptance into treatment while actions are open, else to Bedömd', () => {
    expect(reopenedStatus(1)).toBe('Under åtgärd');
    expect(reopenedStatus(0)).toBe('Bedömd');
    const lapsed: IRisk = { ...risk, status: 'Accepterad', acceptance: granted(day(-1)) };
    expect(riskTransitionBlockers(lapsed, reopenedStatus(0), context)).toEqual([]);
  });
});

describe('asking the owner to reassess', () => {
  const inTreatment: IRisk = { ...risk, status: 'Under åtgärd', currentAssessedAt: '2026-10-01T09:00:00.000Z' };
  const action = (id: number, status: IRiskAction['status'], completedAt?: string): Pick<IRiskAction, 'riskId' | 'status' | 'completedAt'> => ({
    riskId: id,
    status,
    completedAt
  });

  it('asks when the last action closes after the current assessment was set', () => {
    expect(needsReassessment(inTreatment, [action(42, 'Klar', '2026-11-01T10:00:00Z'), action(42, 'Klar', '2026-11-20T10:00:00Z')])).toBe(true);
  });

  it('waits while any action is open, and asks nothing without actions', () => {
    expect(needsReassessment(inTreatment, [action(42, 'Klar', '2026-11-01T10:00:00Z'), action(42, 'Pågår')])).toBe(false);
    expect(needsReassessment(inTreatment, [])).toBe(false);
    // Another risk's open action does not hold this one back, nor does its closed one count.
    expect(needsReassessment(inTreatment, [action(42, 'Klar', '2026-11-20T10:00:00Z'), action(7, 'Planerad')])).toBe(true);
    expect(needsReassessment(inTreatment, [action(7, 'Klar', '2026-11-20T10:00:00Z')])).toBe(false);
  });

  it('stops asking once the owner has reassessed or confirmed the level', () => {
    const reassessed = { ...inTreatment, currentAssessedAt: '2026-11-21T08:00:00Z' };
    expect(needsReassessment(reassessed, [action(42, 'Klar', '2026-11-20T10:00:00Z')])).toBe(false);
  });

  it('asks when the current assessment has no date, and never for drafts or closed risks', () => {
    expect(needsReassessment({ ...inTreatment, currentAssessedAt: undefined }, [action(42, 'Klar', '2026-11-20T10:00:00Z')])).toBe(true);
    expect(needsReassessment({ ...inTreatment, status: 'Avslutad' }, [action(42, 'Klar', '2026-11-20T10:00:00Z')])).toBe(false);
    expect(needsReassessment({ ...inTreatment, status: 'Utkast' }, [action(42, 'Klar', '2026-11-20T10:00:00Z')])).toBe(false);
  });
});
