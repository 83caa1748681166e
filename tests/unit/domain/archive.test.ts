import { archiveCutoff, archivedCaseNumber, archiveTarget, archiveYear, archiveYearsFor } from '../../../src/domain/deviations/archive';
import { protectedArchiveLists } from '../../../src/schema/archiveLists';
import { protectedActionsList, protectedDeviationsList } from '../../../src/schema/lists';

const now = new Date('2026-11-30T09:00:00.000Z');

describe('the yearly archive of protected cases', () => {
  it('moves a case closed more than a year ago, by its closing day, whatever the hour', () => {
    expect(archiveCutoff(now)).toBe('2025-11-30T00:00:00.000Z');
    expect(archiveTarget({ status: 'Avslutad', closedAt: '2025-11-29T23:59:00.000Z' }, now)).toBe(2025);
    // Closed a year ago today: not yet, however early in the day.
    expect(archiveTarget({ status: 'Avslutad', closedAt: '2025-11-30T00:00:00.000Z' }, now)).toBeUndefined();
    expect(archiveTarget({ status: 'Avvisad', closedAt: '2025-11-30T08:00:00.000Z' }, new Date('2026-12-01T00:00:01.000Z'))).toBe(2025);
  });

  it('leaves open cases, younger ones and those nobody can date', () => {
    expect(archiveTarget({ status: 'Åtgärdas', closedAt: '2020-01-01T00:00:00.000Z' }, now)).toBeUndefined();
    expect(archiveTarget({ status: 'Avslutad', closedAt: '2026-06-01T00:00:00.000Z' }, now)).toBeUndefined();
    expect(archiveTarget({ status: 'Avslutad', closedAt: undefined }, now)).toBeUndefined();
    expect(archiveTarget({ status: 'Avvisad', closedAt: 'not a date' }, now)).toBeUndefined();
  });

  it('files a case under the year it was closed in Swedish time', () => {
    expect(archiveYear('2024-12-31T22:30:00.000Z')).toBe(2024);
    // 00:30 on New Year's Day in Stockholm is still the old year in UTC.
    expect(archiveYear('2024-12-31T23:30:00.000Z')).toBe(2025);
    expect(archiveTarget({ status: 'Avslutad', closedAt: '2024-12-31T23:30:00.000Z' }, now)).toBe(2025);
  });

  it('looks for a case number in the archives from the year it was reported to this year', () => {
    expect(archiveYearsFor({ year: 2023 }, now)).toEqual([2023, 2024, 2025, 2026]);
    expect(archiveYearsFor({ year: 2026 }, now)).toEqual([2026]);
    expect(archiveYearsFor({ year: 2030 }, now)).toEqual([]);
  });

  it('keeps the number the case had in the live list', () => {
    expect(archivedCaseNumber(42, '2024-03-01T10:00:00.000Z')).toBe('SKY-2024-00042');
  });

  it('declares each year\'s lists from the protected lists, with a unique original id and actions pointing into the same year', () => {
    const { cases, actions } = protectedArchiveLists(2025);
    expect(cases.title).toBe('TryggSkyddadeAvvikelser2025');
    expect(actions.title).toBe('TryggSkyddadeAtgarder2025');
    expect(cases.roleAssignments).toEqual(protectedDeviationsList.roleAssignments);
    expect(actions.roleAssignments).toEqual(protectedActionsList.roleAssignments);
    expect(cases.enableVersioning).toBe(protectedDeviationsList.enableVersioning);
    expect(cases.fields.slice(0, protectedDeviationsList.fields.length)).toEqual(protectedDeviationsList.fields);
    for (const list of [cases, actions]) {
      expect(list.fields.filter((field) => field.name === 'OriginalId')).toEqual([expect.objectContaining({ type: 'Integer', unique: true, indexed: true, required: true })]);
    }
    expect(actions.fields.filter((field) => field.name === 'Deviation')[0].lookupList).toBe(cases.title);
    // The live lists' definitions are left as they are.
    expect(protectedActionsList.fields.filter((field) => field.name === 'Deviation')[0].lookupList).toBe('TryggSkyddadeAvvikelser');
    expect(protectedDeviationsList.fields.some((field) => field.name === 'OriginalId')).toBe(false);
  });
});
