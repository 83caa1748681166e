import { formatDocumentNumber, nextDocumentNumber, numberPrefixFilter, parseDocumentNumber } from '../../../src/domain/documents/numbering';

describe('document numbers', () => {
  it('start at 001 for each type', () => {
    expect(nextDocumentNumber('Policy', [])).toBe('POL-001');
    expect(nextDocumentNumber('Strategi', [])).toBe('STR-001');
    expect(nextDocumentNumber('Riktlinje', [])).toBe('RL-001');
    expect(nextDocumentNumber('Instruktion', [])).toBe('INS-001');
  });

  it('follow the highest of the type, leaving gaps as they are', () => {
    expect(nextDocumentNumber('Riktlinje', ['RL-001', 'RL-014', 'RL-003'])).toBe('RL-015');
    expect(nextDocumentNumber('Riktlinje', ['RL-002'])).toBe('RL-003');
  });

  it('ignore other prefixes and numbers Trygg did not give', () => {
    const existing = ['POL-009', 'STR-004', 'INS-120', 'LS-S-665820', 'RL', 'RL-', 'RL-12a', 'XRL-050', 'RL-050 x', '', 'RL-99999999999999999999'];
    expect(nextDocumentNumber('Riktlinje', existing)).toBe('RL-001');
    expect(nextDocumentNumber('Policy', existing)).toBe('POL-010');
    expect(nextDocumentNumber('Instruktion', existing)).toBe('INS-121');
  });

  it('grow beyond three digits', () => {
    expect(nextDocumentNumber('Instruktion', ['INS-998'])).toBe('INS-999');
    expect(nextDocumentNumber('Instruktion', ['INS-999'])).toBe('INS-1000');
    expect(nextDocumentNumber('Instruktion', ['INS-1000', 'INS-999'])).toBe('INS-1001');
  });

  it('count a number typed in another case or unpadded, as the unique column would', () => {
    expect(nextDocumentNumber('Riktlinje', ['rl-015'])).toBe('RL-016');
    expect(nextDocumentNumber('Riktlinje', [' RL-7 '])).toBe('RL-008');
  });

  it('parse only Trygg’s form', () => {
    expect(parseDocumentNumber('RL-014')).toEqual({ type: 'Riktlinje', prefix: 'RL', sequence: 14 });
    expect(parseDocumentNumber('pol-1000')).toEqual({ type: 'Policy', prefix: 'POL', sequence: 1000 });
    expect(parseDocumentNumber('LS-S-665820')).toBeUndefined();
    expect(parseDocumentNumber('ABC-001')).toBeUndefined();
    expect(parseDocumentNumber('RL-01.5')).toBeUndefined();
    expect(formatDocumentNumber('Strategi', 2)).toBe('STR-002');
  });

  it('query only the type’s numbers', () => {
    expect(numberPrefixFilter('Riktlinje')).toBe('RL-');
    expect(numberPrefixFilter('Policy')).toBe('POL-');
    expect('RL-014'.startsWith(numberPrefixFilter('Riktlinje'))).toBe(true);
    expect('STR-014'.startsWith(numberPrefixFilter('Riktlinje'))).toBe(false);
  });
});
