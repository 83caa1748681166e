import { isAskedToConfirm, needsMyConfirmation, readStatusOf, samePerson } from '../../../src/domain/documents/readConfirmations';
import { IReadConfirmation } from '../../../src/domain/documents/types';
import { IPerson } from '../../../src/domain/organisation';
import { document, employee, firstDraft, helena, peter, published, revision, sara } from './fixtures';

let nextId = 1;
const confirmation = (reader: IPerson, edition: number, confirmedAt: string, documentId = published.id): IReadConfirmation => ({
  id: nextId++,
  documentId,
  edition,
  reader,
  confirmedAt
});

describe('who has read an edition', () => {
  const audience = [helena, peter, sara, employee];

  it('lists each person of the audience as confirmed or missing', () => {
    const status = readStatusOf(2, audience, [confirmation(sara, 2, '2026-11-02T10:00:00Z'), confirmation(helena, 2, '2026-11-01T10:00:00Z')]);
    expect(status.edition).toBe(2);
    expect(status.confirmed).toEqual([
      { person: helena, confirmedAt: '2026-11-01T10:00:00Z' },
      { person: sara, confirmedAt: '2026-11-02T10:00:00Z' }
    ]);
    expect(status.missing).toEqual([peter, employee]);
    expect(status.unasked).toEqual([]);
  });

  it('counts only this edition', () => {
    const status = readStatusOf(2, audience, [confirmation(helena, 1, '2025-01-01T10:00:00Z'), confirmation(peter, 3, '2027-01-01T10:00:00Z')]);
    expect(status.confirmed).toEqual([]);
    expect(status.missing).toEqual(audience);
  });

  it('counts a person once, at their earliest confirmation, whatever order they come in', () => {
    const status = readStatusOf(2, audience, [
      confirmation(helena, 2, '2026-11-03T10:00:00Z'),
      confirmation(helena, 2, '2026-11-01T10:00:00Z'),
      confirmation(helena, 2, '2026-11-02T10:00:00Z')
    ]);
    expect(status.confirmed).toEqual([{ person: helena, confirmedAt: '2026-11-01T10:00:00Z' }]);
  });

  it('matches by id, then by e-mail in any case', () => {
    const readdedHelena: IPerson = { id: 99, displayName: 'Helena Ask', email: 'Helena.Ask@RegionExempel.se' };
    const peterWithoutId: IPerson = { displayName: 'Peter', email: 'PETER.SJOBERG@regionexempel.se' };
    const status = readStatusOf(2, audience, [confirmation(readdedHelena, 2, '2026-11-01T10:00:00Z'), confirmation(peterWithoutId, 2, '2026-11-02T10:00:00Z')]);
    expect(status.confirmed.map((reader) => reader.person)).toEqual([helena, peter]);
    expect(samePerson({ id: 5, displayName: 'A', email: '' }, { id: 5, displayName: 'B', email: 'b@x.se' })).toBe(true);
    expect(samePerson({ id: 5, displayName: 'A', email: '' }, { id: 6, displayName: 'A', email: '' })).toBe(false);
    expect(samePerson({ displayName: 'A', email: '' }, { displayName: 'A', email: '' })).toBe(false);
  });

  it('lists the same person in the audience once, and keeps those not asked apart', () => {
    const stranger: IPerson = { id: 77, displayName: 'Okänd', email: 'okand@regionexempel.se' };
    const status = readStatusOf(2, [helena, { ...helena, email: 'HELENA.ASK@regionexempel.se' }], [confirmation(stranger, 2, '2026-11-01T10:00:00Z')]);
    expect(status.missing).toEqual([helena]);
    expect(status.confirmed).toEqual([]);
    expect(status.unasked).toEqual([{ person: stranger, confirmedAt: '2026-11-01T10:00:00Z' }]);
  });
});

describe('whether I must confirm', () => {
  const asking = document({ readConfirmation: { people: [employee], unitIds: [4] } });
  const me = { ...employee, id: undefined, email: 'ALI.HASSAN@regionexempel.se' };

  it('asks the people named and everyone in the units named', () => {
    expect(isAskedToConfirm(asking, me, [])).toBe(true);
    expect(isAskedToConfirm(asking, sara, [4])).toBe(true);
    expect(isAskedToConfirm(asking, sara, [3])).toBe(false);
    expect(isAskedToConfirm(published, employee, [4])).toBe(false);
  });

  it('until I have confirmed the published edition', () => {
    expect(needsMyConfirmation(asking, employee, [], [])).toBe(true);
    expect(needsMyConfirmation(asking, employee, [], [confirmation(employee, 2, '2026-11-01T10:00:00Z')])).toBe(false);
    expect(needsMyConfirmation(asking, employee, [], [confirmation(employee, 1, '2025-11-01T10:00:00Z')])).toBe(true);
    expect(needsMyConfirmation(asking, employee, [], [confirmation(employee, 2, '2026-11-01T10:00:00Z', 99)])).toBe(true);
  });

  it('not for a draft, a withdrawn document, or before a new edition is published', () => {
    const audience = { readConfirmation: { people: [employee], unitIds: [] } };
    expect(needsMyConfirmation({ ...firstDraft, ...audience }, employee, [], [])).toBe(false);
    expect(needsMyConfirmation({ ...asking, status: 'Upphävd' }, employee, [], [])).toBe(false);
    // A revision in work still asks for the published edition 2, not for what comes next.
    expect(needsMyConfirmation({ ...revision, ...audience }, employee, [], [confirmation(employee, 2, '2026-11-01T10:00:00Z')])).toBe(false);
    const approvedLater = { ...asking, status: 'Fastställd' as const, edition: 3, moderation: 'pending' as const };
    expect(needsMyConfirmation(approvedLater, employee, [], [confirmation(employee, 2, '2026-11-01T10:00:00Z')])).toBe(false);
  });
});
