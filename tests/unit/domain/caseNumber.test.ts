import { formatCaseNumber, parseCaseNumber } from '../../../src/domain/deviations/caseNumber';

describe('case numbers', () => {
  it('combine the report year and the item id, zero-padded', () => {
    expect(formatCaseNumber(42, '2026-03-01T10:00:00Z')).toBe('AVV-2026-00042');
    expect(formatCaseNumber(123456, '2025-12-31T23:59:59Z')).toBe('AVV-2025-123456');
  });

  it('give protected cases a prefix of their own, since item ids repeat between the lists', () => {
    expect(formatCaseNumber(42, '2026-03-01T10:00:00Z', 'protected')).toBe('SKY-2026-00042');
    expect(formatCaseNumber(42, '2026-03-01T10:00:00Z', 'protected')).not.toBe(formatCaseNumber(42, '2026-03-01T10:00:00Z', 'open'));
  });

  it('round-trip through parsing, tolerant of case and spaces, with the list they name', () => {
    expect(parseCaseNumber(' avv-2026-00042 ')).toEqual({ year: 2026, itemId: 42, id: 42, store: 'open' });
    expect(parseCaseNumber(formatCaseNumber(7, '2026-01-01T00:00:00Z'))).toEqual({ year: 2026, itemId: 7, id: 7, store: 'open' });
    expect(parseCaseNumber('sky-2026-00007')).toEqual({ year: 2026, itemId: 7, id: 7, store: 'protected' });
  });

  it('reject anything that is not a case number', () => {
    for (const text of ['', 'AVV-26-1', 'AVV-2026-', "AVV-2026-1' or 1 eq 1", 'AVV-2026-00000', 'RISK-2026-00001', 'SKYX-2026-00001']) {
      expect(parseCaseNumber(text)).toBeUndefined();
    }
  });
});
