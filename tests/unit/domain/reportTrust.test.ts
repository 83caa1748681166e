import { asRecorded, sealingChanges, withSeal } from '../../../src/domain/deviations/reportTrust';
import { IDeviation } from '../../../src/domain/deviations/types';

const anna = { id: 7, displayName: 'Anna Svensson', email: 'anna@region.se' };
const lars = { id: 8, displayName: 'Lars Holm', email: 'lars@region.se' };

/** An open report whose fields claim everything a script could write at creation. */
const forged: IDeviation = {
  id: 1,
  store: 'open',
  caseNumber: 'AVV-2020-00001',
  etag: '"1"',
  clientRequestId: 'x',
  title: 'Rubrik',
  description: 'Vad hände',
  occurredAt: '2026-11-01T10:00:00Z',
  reportedAt: '2020-01-01T00:00:00Z',
  type: 'Tillbud',
  involvesPersonalData: false,
  suspectedCrime: false,
  sensitive: false,
  reporter: lars,
  handler: lars,
  status: 'Avslutad',
  actualConsequence: '2 Lindrig',
  mtoCauses: [{ category: 'Människa', text: 'x' }],
  feedback: 'Klart',
  closedAt: '2020-01-02T00:00:00Z',
  approvedBy: lars,
  handlerNotifiedAt: '2020-01-01T00:01:00Z',
  history: []
} as IDeviation;

describe('asRecorded', () => {
  const created = '2026-11-30T09:00:00Z';

  it('takes who and when from SharePoint, and shows a first version as just reported', () => {
    const shown = asRecorded(forged, { author: anna, created, version: 1 });
    expect(shown).toMatchObject({ reporter: anna, reportedAt: created, status: 'Ny', asReported: true, handler: lars, type: 'Tillbud' });
    for (const field of ['feedback', 'closedAt', 'approvedBy', 'handlerNotifiedAt', 'actualConsequence'] as const) expect(shown[field]).toBeUndefined();
    expect(shown.mtoCauses).toEqual([]);
    expect(shown.history).toEqual([{ at: created, byName: 'Anna Svensson', byEmail: 'anna@region.se', to: 'Ny' }]);
  });

  it('trusts the handling fields once someone else has written the item', () => {
    const shown = asRecorded(forged, { author: anna, created, version: 3 });
    expect(shown).toMatchObject({ reporter: anna, reportedAt: created, status: 'Avslutad', feedback: 'Klart', asReported: false });
  });
});

describe('sealing', () => {
  const shown = asRecorded(forged, { author: anna, created: '2026-11-30T09:00:00Z', version: 1 });

  it('writes every handling field from what was shown, and the indexed who and when', () => {
    const seal = sealingChanges(shown);
    expect(seal).toMatchObject({ status: 'Ny', reporterId: 7, reportedAt: '2026-11-30T09:00:00Z', mtoCauses: [], msbCategory: '' });
    expect(seal.clear).toEqual(expect.arrayContaining(['feedback', 'closedAt', 'approvedById', 'handlerNotifiedAt', 'actualConsequence']));
    expect(sealingChanges({ ...shown, asReported: false })).toEqual({});
  });

  it('lets a change override the seal, but not by leaving a field undefined', () => {
    const changes = withSeal(shown, { status: 'Mottagen', closedAt: undefined, acknowledgedAt: '2026-11-30T10:00:00Z' });
    expect(changes).toMatchObject({ status: 'Mottagen', acknowledgedAt: '2026-11-30T10:00:00Z' });
    expect(changes.clear).toContain('closedAt');
    expect(changes.clear).not.toContain('acknowledgedAt');
    expect(withSeal({ ...shown, asReported: false }, { status: 'Mottagen' })).toEqual({ status: 'Mottagen', clear: [] });
  });
});
