import { actionDueDateError, caseTextError, causeErrors, CASE_TEXT_LIMITS } from '../../../src/domain/deviations/limits';

describe('case text limits', () => {
  it.each([
    ['empty, optional', 'rejectionReason', '', false, undefined],
    ['empty, required', 'feedback', '', true, 'required'],
    ['only spaces, even where optional', 'handoverNote', '   \n\t ', false, 'required'],
    ['at the limit', 'cause', 'x'.repeat(CASE_TEXT_LIMITS.cause), true, undefined],
    ['one over the limit', 'cause', 'x'.repeat(CASE_TEXT_LIMITS.cause + 1), true, 'tooLong'],
    ['a rejection reason of 10,000 characters', 'rejectionReason', 'x'.repeat(10000), true, 'tooLong'],
    ['control characters', 'feedback', 'ok\u0007', true, 'invalidCharacters']
  ] as const)('%s', (_name, field, value, required, expected) => {
    expect(caseTextError(field, value, required)).toBe(expected);
  });

  it('refuses a cause of only spaces instead of dropping it', () => {
    expect(causeErrors([{ category: 'Människa', text: 'Stressad bemanning' }, { category: 'Teknik', text: '   ' }])).toEqual([undefined, 'required']);
  });
});

describe('actionDueDateError', () => {
  const now = new Date('2026-11-30T09:00:00Z');

  it.each([
    ['today', '2026-11-30', undefined],
    ['yesterday (time zones: the date the person sees)', '2026-11-29', undefined],
    ['next week', '2026-12-07', undefined],
    ['three years ahead', '2029-11-30', undefined],
    ['two days ago', '2026-11-28', 'inPast'],
    ['1899-12-31', '1899-12-31', 'inPast'],
    ['2999-01-01', '2999-01-01', 'tooFarAhead'],
    ['one day past three years', '2029-12-01', 'tooFarAhead'],
    ['30 February', '2027-02-30', 'invalidDate'],
    ['not a date', 'nästa vecka', 'invalidDate'],
    ['nothing', undefined, 'invalidDate']
  ] as const)('%s', (_name, value, expected) => {
    expect(actionDueDateError(value, now)).toBe(expected);
  });
});
