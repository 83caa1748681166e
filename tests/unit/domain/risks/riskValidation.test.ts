import { DEFAULT_RISK_MATRIX, matrixPreset } from '../../../../src/domain/risks/matrix';
import { nextReviewError, RISK_TEXT_LIMITS, RiskTextField, validateRiskDraft } from '../../../../src/domain/risks/riskValidation';
import { IRiskDraft } from '../../../../src/domain/risks/types';
import { SecurityArea } from '../../../../src/domain/securityAreas';
import { day, now } from './fixtures';

const matrix = DEFAULT_RISK_MATRIX;
const draft: IRiskDraft = {
  title: 'Obehöriga når läkemedelsrummet',
  area: 'Tillträdesskydd',
  unitId: 4,
  current: { likelihood: 2, consequence: 2 },
  target: { likelihood: 1, consequence: 2 },
  reviewIntervalMonths: 12,
  nextReviewAt: day(200)
};
const validate = (changes: Partial<IRiskDraft>): ReturnType<typeof validateRiskDraft> => validateRiskDraft({ ...draft, ...changes }, matrix, now);

describe('a risk draft', () => {
  it('passes when complete', () => {
    expect(validateRiskDraft(draft, matrix, now)).toEqual({});
    expect(validateRiskDraft({ title: 'Brand i kulvert', area: 'Brandsäkerhet', unitId: 1 }, matrix, now)).toEqual({});
  });

  it('needs a title of 1 to 255 characters, not only spaces', () => {
    expect(validate({ title: '' })).toEqual({ title: 'required' });
    expect(validate({ title: '   ' })).toEqual({ title: 'required' });
    expect(validate({ title: 'x'.repeat(255) })).toEqual({});
    expect(validate({ title: 'x'.repeat(256) })).toEqual({ title: 'tooLong' });
    expect(validate({ title: 'Dörr\u0007' })).toEqual({ title: 'invalidCharacters' });
  });

  it('keeps every text within its limit and refuses text of only spaces', () => {
    const fields: RiskTextField[] = ['cause', 'event', 'consequenceDescription', 'asset', 'threat', 'vulnerability', 'existingControls'];
    for (const field of fields) {
      expect(validate({ [field]: 'x'.repeat(RISK_TEXT_LIMITS[field]) })).toEqual({});
      expect(validate({ [field]: 'x'.repeat(RISK_TEXT_LIMITS[field] + 1) })).toEqual({ [field]: 'tooLong' });
      expect(validate({ [field]: ' \n ' })).toEqual({ [field]: 'required' });
      expect(validate({ [field]: '' })).toEqual({});
    }
  });

  it('needs an area and a unit', () => {
    expect(validate({ area: undefined, unitId: undefined })).toEqual({ area: 'required', unitId: 'required' });
    expect(validate({ area: 'Sjukvård' as SecurityArea })).toEqual({ area: 'invalidChoice' });
    expect(validate({ unitId: 0 })).toEqual({ unitId: 'invalidNumber' });
    expect(validate({ unitId: 2.5 })).toEqual({ unitId: 'invalidNumber' });
  });

  it('checks the choices', () => {
    expect(validate({ source: 'Rykte' as IRiskDraft['source'] })).toEqual({ source: 'invalidChoice' });
    expect(validate({ treatment: 'Överföra' as IRiskDraft['treatment'] })).toEqual({ treatment: 'invalidChoice' });
    expect(validate({ source: 'Skyddsrond', treatment: 'Dela' })).toEqual({});
  });

  it('keeps assessments within the matrix’s steps', () => {
    expect(validate({ inherent: { likelihood: 5, consequence: 1 } })).toEqual({ inherent: 'notOnMatrix' });
    expect(validate({ current: { likelihood: 0, consequence: 1 } })).toEqual({ current: 'notOnMatrix' });
    expect(validate({ current: { likelihood: 1.5, consequence: 1 }, target: undefined })).toEqual({ current: 'notOnMatrix' });
    expect(validateRiskDraft({ ...draft, inherent: { likelihood: 5, consequence: 5 } }, matrixPreset('5x5'), now)).toEqual({});
  });

  it('never sets the target above the current risk', () => {
    expect(validate({ target: { likelihood: 3, consequence: 2 } })).toEqual({ target: 'aboveCurrent' }); // Hög over Medel
    expect(validate({ target: { likelihood: 2, consequence: 2 } })).toEqual({}); // the same is fine
    // Same level (Medel), higher score: above.
    expect(validate({ current: { likelihood: 1, consequence: 3 }, target: { likelihood: 1, consequence: 4 } })).toEqual({ target: 'aboveCurrent' });
    // Lower level even with a higher likelihood: fine.
    expect(validate({ current: { likelihood: 2, consequence: 3 }, target: { likelihood: 3, consequence: 1 }, reviewIntervalMonths: 6 })).toEqual({});
    expect(validate({ current: undefined, target: { likelihood: 4, consequence: 4 } })).toEqual({});
  });

  it('takes KRT only for information and IT security', () => {
    expect(validate({ cia: ['Konfidentialitet'] })).toEqual({ cia: 'notApplicable' });
    expect(validate({ area: 'Informationssäkerhet', cia: ['Konfidentialitet', 'Tillgänglighet'] })).toEqual({});
    expect(validate({ area: 'IT-säkerhet', cia: ['Riktighet'] })).toEqual({});
    expect(validate({ area: 'IT-säkerhet', cia: ['Spårbarhet' as 'Riktighet'] })).toEqual({ cia: 'invalidChoice' });
    expect(validate({ cia: [] })).toEqual({});
  });

  it('takes a review interval of 1 to 60 months, no longer than the level asks', () => {
    expect(validate({ reviewIntervalMonths: 0 })).toEqual({ reviewIntervalMonths: 'invalidNumber' });
    expect(validate({ reviewIntervalMonths: 61 })).toEqual({ reviewIntervalMonths: 'invalidNumber' });
    expect(validate({ reviewIntervalMonths: 1.5 })).toEqual({ reviewIntervalMonths: 'invalidNumber' });
    expect(validate({ reviewIntervalMonths: 1 })).toEqual({});
    expect(validate({ current: { likelihood: 1, consequence: 1 }, target: undefined, reviewIntervalMonths: 24 })).toEqual({});
    expect(validate({ current: undefined, reviewIntervalMonths: 60 })).toEqual({});
    // Medel is reviewed at least yearly, Mycket hög every third month.
    expect(validate({ reviewIntervalMonths: 13 })).toEqual({ reviewIntervalMonths: 'longerThanCadence' });
    expect(validate({ current: { likelihood: 4, consequence: 4 }, target: undefined, reviewIntervalMonths: 6 })).toEqual({ reviewIntervalMonths: 'longerThanCadence' });
  });

  it('sets the next review from today up to five years ahead', () => {
    expect(validate({ nextReviewAt: day(0) })).toEqual({});
    expect(validate({ nextReviewAt: day(-1) })).toEqual({}); // a day picked at local midnight, stored as the evening before
    expect(validate({ nextReviewAt: day(-2) })).toEqual({ nextReviewAt: 'inPast' });
    expect(validate({ nextReviewAt: '2031-11-30' })).toEqual({});
    expect(validate({ nextReviewAt: '2031-12-01' })).toEqual({ nextReviewAt: 'tooFarAhead' });
    expect(validate({ nextReviewAt: '2027-02-29' })).toEqual({ nextReviewAt: 'invalidDate' });
    expect(validate({ nextReviewAt: 'snart' })).toEqual({ nextReviewAt: 'invalidDate' });
    expect(nextReviewError(undefined, now)).toBeUndefined();
    expect(nextReviewError('2027-01-15T00:00:00.000Z', now)).toBeUndefined();
  });

  it('reports every problem at once', () => {
    expect(validateRiskDraft({ title: ' ', cia: ['Riktighet'], current: { likelihood: 9, consequence: 9 } }, matrix, now)).toEqual({
      title: 'required',
      area: 'required',
      unitId: 'required',
      cia: 'notApplicable',
      current: 'notOnMatrix'
    });
  });
});
