import {
  allowedNextStatuses,
  appendHistory,
  overdue,
  requiresSecurityApproval,
  transitionBlockers
} from '../../../src/domain/deviations/workflow';
import { IDeviation } from '../../../src/domain/deviations/types';
import { DEVIATION_STATUSES } from '../../../src/domain/deviations/vocabulary';

const base: IDeviation = {
  id: 1,
  store: 'open',
  caseNumber: 'AVV-2026-00001',
  etag: '"1"',
  clientRequestId: '00000000-0000-4000-8000-000000000001',
  title: 'Branddörr uppställd',
  description: 'Branddörren i trapphus B var uppställd med en kil.',
  occurredAt: '2026-11-01T08:00:00Z',
  reportedAt: '2026-11-01T09:00:00Z',
  involvesPersonalData: false,
  suspectedCrime: false,
  sensitive: false,
  status: 'Ny',
  mtoCauses: [],
  history: []
};
const classified: IDeviation = {
  ...base,
  type: 'Avvikelse',
  area: 'Brandsäkerhet',
  actualConsequence: '1 Försumbar',
  potentialConsequence: '3 Betydande'
};
const handler = { actorMayHandle: true, openActionCount: 0 };

describe('deviation workflow', () => {
  it('follows Ny → Mottagen → Utreds → Åtgärdas → Avslutad, with Avvisad before actions', () => {
    expect(allowedNextStatuses('Ny')).toEqual(['Mottagen', 'Avvisad']);
    expect(allowedNextStatuses('Utreds')).toContain('Åtgärdas');
    expect(allowedNextStatuses('Åtgärdas')).not.toContain('Avvisad');
    expect(allowedNextStatuses('Avslutad')).toEqual([]);
    expect(allowedNextStatuses('Avvisad')).toEqual([]);
  });

  it('never lets a status be skipped or a closed case reopen', () => {
    for (const from of DEVIATION_STATUSES) {
      for (const to of DEVIATION_STATUSES) {
        const blockers = transitionBlockers({ ...classified, status: from }, to, handler);
        if (allowedNextStatuses(from).indexOf(to) < 0) expect(blockers).toEqual(['notAllowed']);
      }
    }
  });

  it('lets only the handler act', () => {
    expect(transitionBlockers(base, 'Mottagen', { ...handler, actorMayHandle: false })).toEqual(['notHandler']);
    expect(transitionBlockers(base, 'Mottagen', handler)).toEqual([]);
  });

  it('requires classification before investigation, and the MSB category for IT incidents', () => {
    expect(transitionBlockers({ ...base, status: 'Mottagen' }, 'Utreds', handler)).toEqual(['classificationMissing']);
    const it = { ...classified, status: 'Mottagen' as const, area: 'IT-säkerhet' as const };
    expect(transitionBlockers(it, 'Utreds', handler)).toEqual(['msbCategoryMissing']);
    expect(transitionBlockers({ ...it, msbCategory: 'Angrepp' }, 'Utreds', handler)).toEqual([]);
  });

  it('cannot close without causes, feedback, with open actions, or without security approval when required', () => {
    const investigating = { ...classified, status: 'Åtgärdas' as const };
    expect(transitionBlockers(investigating, 'Avslutad', { ...handler, openActionCount: 2 })).toEqual([
      'causesMissing',
      'feedbackMissing',
      'openActions'
    ]);
    const ready = { ...investigating, mtoCauses: [{ category: 'Organisation' as const, text: 'Rutin saknas' }], feedback: 'Tack!' };
    expect(transitionBlockers(ready, 'Avslutad', handler)).toEqual([]);
    const violent = { ...ready, area: 'Hot och våld' as const };
    expect(transitionBlockers(violent, 'Avslutad', handler)).toEqual(['securityApprovalMissing']);
    expect(transitionBlockers({ ...violent, securityApprovedAt: '2026-11-02T10:00:00Z' }, 'Avslutad', handler)).toEqual([]);
  });

  it('requires a reason to reject', () => {
    expect(transitionBlockers(base, 'Avvisad', { ...handler, rejectionReason: '  ' })).toEqual(['rejectionReasonMissing']);
    expect(transitionBlockers(base, 'Avvisad', { ...handler, rejectionReason: 'Dubblett av AVV-2026-00002' })).toEqual([]);
  });

  it('marks threats and violence, personal data and suspected crime for the security function', () => {
    expect(requiresSecurityApproval(classified)).toBe(false);
    expect(requiresSecurityApproval({ ...classified, area: 'Hot och våld' })).toBe(true);
    expect(requiresSecurityApproval({ ...classified, involvesPersonalData: true })).toBe(true);
    expect(requiresSecurityApproval({ ...classified, suspectedCrime: true })).toBe(true);
  });

  it('records who moved the case and when', () => {
    const history = appendHistory([], 'Ny', 'Mottagen', { displayName: 'Lars Holm', email: 'lars.holm@regionexempel.se' }, new Date('2026-11-02T07:30:00Z'));
    expect(history).toEqual([
      { at: '2026-11-02T07:30:00.000Z', byName: 'Lars Holm', byEmail: 'lars.holm@regionexempel.se', from: 'Ny', to: 'Mottagen', note: undefined }
    ]);
  });

  it('marks unacknowledged cases after three days and open cases after thirty', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(overdue({ status: 'Ny', reportedAt: '2026-11-19T12:00:00Z' }, now)).toBeUndefined();
    expect(overdue({ status: 'Ny', reportedAt: '2026-11-16T12:00:00Z' }, now)).toBe('acknowledgement');
    expect(overdue({ status: 'Utreds', reportedAt: '2026-10-01T12:00:00Z' }, now)).toBe('closure');
    expect(overdue({ status: 'Avslutad', reportedAt: '2026-01-01T12:00:00Z' }, now)).toBeUndefined();
  });
});
