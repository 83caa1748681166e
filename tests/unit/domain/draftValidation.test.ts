import { titleFor, validateDraft } from '../../../src/domain/deviations/draftValidation';
import { IDeviationDraft } from '../../../src/domain/deviations/types';

const now = new Date('2026-11-20T12:00:00Z');
const valid: IDeviationDraft = {
  title: '',
  description: 'En besökare hotade personal i väntrummet.',
  occurredAt: '2026-11-20T11:15:00.000Z',
  unitId: 12,
  involvesPersonalData: false,
  suspectedCrime: false
};

describe('validating a report', () => {
  it('accepts a report with only what happened, when and where', () => {
    expect(validateDraft(valid, now)).toEqual({});
  });

  it('explains each problem by field', () => {
    const errors = validateDraft(
      {
        ...valid,
        description: 'kort',
        occurredAt: '2026-11-21T12:00:00Z',
        unitId: undefined,
        location: 'x'.repeat(256),
        type: 'Olyckshändelse' as never,
        area: 'Cybersäkerhet' as never
      },
      now
    );
    expect(errors).toEqual({
      description: 'tooShort',
      occurredAt: 'inFuture',
      unitId: 'required',
      location: 'tooLong',
      type: 'invalidChoice',
      area: 'invalidChoice'
    });
  });

  it('rejects impossible and ancient dates, and control characters', () => {
    expect(validateDraft({ ...valid, occurredAt: '2026-02-30T10:00:00Z' }, now).occurredAt).toBe('invalidDate');
    expect(validateDraft({ ...valid, occurredAt: 'igår' }, now).occurredAt).toBe('invalidDate');
    expect(validateDraft({ ...valid, occurredAt: '2020-01-01T10:00:00Z' }, now).occurredAt).toBe('tooOld');
    expect(validateDraft({ ...valid, description: 'Hej\u0000hopp i lingonskogen' }, now).description).toBe('invalidCharacters');
  });

  it('allows a few minutes of clock skew', () => {
    expect(validateDraft({ ...valid, occurredAt: '2026-11-20T12:03:00Z' }, now)).toEqual({});
  });

  it('takes the headline from the first line of the description when none is given', () => {
    expect(titleFor({ title: ' ', description: 'Dörren stod öppen\nLåset var trasigt' })).toBe('Dörren stod öppen');
    expect(titleFor({ title: '', description: 'a'.repeat(200) })).toHaveLength(80);
    expect(titleFor({ title: 'Egen rubrik', description: 'Vad som hände' })).toBe('Egen rubrik');
  });
});
