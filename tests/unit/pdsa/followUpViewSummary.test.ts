import { IQuestionSummary } from '../../../src/domain/pdsa/selfAssessment';
import { PDSA_LIMITS } from '../../../src/domain/pdsa/vocabulary';
import { IOrganisationUnit } from '../../../src/domain/organisation';
import { answeredUnits, frontLineUnitIds, distributionSegments, meanText, orderErrors } from '../../../src/webparts/securityFollowUp/summaryView';

const question = (distribution: Record<string, number>, mean?: number): IQuestionSummary => ({ key: 'area.fire', distribution, mean, unitsNotAnswered: [] });

describe('the regional summary', () => {
  it('splits a bar by answer, best first, leaving out answers nobody gave, each with its number in words', () => {
    const segments = distributionSegments(question({ '4': 6, '3': 0, '2': 3, '1': 1, na: 2 }));
    expect(segments.map((segment) => segment.answer)).toEqual(['4', '2', '1', 'na']);
    expect(segments.map((segment) => segment.share)).toEqual([0.5, 0.25, 1 / 12, 1 / 6]);
    expect(segments[0].text).toBe('Uppfylls helt: 6');
    expect(segments[3].text).toBe('Ej tillämpligt: 2');
    expect(answeredUnits(question({ '4': 6, '3': 0, '2': 3, '1': 1, na: 2 }))).toBe(12);
    expect(distributionSegments(question({ '4': 0, '3': 0, '2': 0, '1': 0, na: 0 }))).toEqual([]);
  });

  it('gives the mean with one decimal in the UI language, and a dash without answers on the scale', () => {
    expect(meanText(3.25)).toMatch(/^3,[23]$/);
    expect(meanText(undefined)).toBe('–');
  });

  it('asks a targeted follow-up for units and a note within the limit, never cutting it', () => {
    expect(orderErrors([], '')).toEqual({ unitIds: 'required', note: 'required' });
    expect(orderErrors([3], '   ')).toEqual({ note: 'required' });
    expect(orderErrors([3], 'x'.repeat(PDSA_LIMITS.comment + 1))).toEqual({ note: 'tooLong' });
    expect(orderErrors([3, 4], 'Redovisa brandskyddet')).toEqual({});
  });

  it('counts the enheter, where the questionnaire is answered, or every unit where the organisation has no such level', () => {
    const unit = (id: number, level: IOrganisationUnit['level']): IOrganisationUnit => ({ id, title: `U${id}`, code: `U${id}`, level, managerAbsent: false });
    expect(frontLineUnitIds([unit(1, 'Region'), unit(2, 'Förvaltning'), unit(3, 'Enhet'), unit(4, 'Enhet')])).toEqual([3, 4]);
    expect(frontLineUnitIds([unit(1, 'Region'), unit(2, 'Förvaltning')])).toEqual([1, 2]);
  });
});
