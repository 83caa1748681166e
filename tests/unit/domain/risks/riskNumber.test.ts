import { formatRiskNumber, parseRiskNumber } from '../../../../src/domain/risks/riskNumber';

describe('risk numbers', () => {
  it('pad the item id to five digits and grow past them', () => {
    expect(formatRiskNumber(42)).toBe('RISK-00042');
    expect(formatRiskNumber(1)).toBe('RISK-00001');
    expect(formatRiskNumber(123456)).toBe('RISK-123456');
  });

  it('read back what a person types, or nothing', () => {
    expect(parseRiskNumber('RISK-00042')).toBe(42);
    expect(parseRiskNumber('  risk-42 ')).toBe(42);
    expect(parseRiskNumber(formatRiskNumber(123456))).toBe(123456);
    expect(parseRiskNumber('RISK-00000')).toBeUndefined();
    expect(parseRiskNumber('AVV-2026-00042')).toBeUndefined();
    expect(parseRiskNumber('RISK-')).toBeUndefined();
    expect(parseRiskNumber('RISK-42x')).toBeUndefined();
    expect(parseRiskNumber('42')).toBeUndefined();
  });
});
