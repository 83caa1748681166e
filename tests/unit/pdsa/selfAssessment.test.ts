import {
  answerErrors,
  hasSelfAssessmentErrors,
  ISelfAssessment,
  ISelfAssessmentAnswer,
  SELF_ASSESSMENT_QUESTION_KEYS,
  SELF_ASSESSMENT_QUESTIONS,
  selfAssessmentErrors,
  selfAssessmentSummary
} from '../../../src/domain/pdsa/selfAssessment';
import { SECURITY_AREAS } from '../../../src/domain/securityAreas';
import { PDSA_LIMITS } from '../../../src/domain/pdsa/vocabulary';
import { STOCKHOLM_POLICY_TEXT } from '../../../tools/emulator/seed/documentTexts';

const allAnswered = (answer: ISelfAssessmentAnswer = { answer: 4 }): Record<string, ISelfAssessmentAnswer> =>
  SELF_ASSESSMENT_QUESTION_KEYS.reduce((all, key) => ({ ...all, [key]: answer }), {} as Record<string, ISelfAssessmentAnswer>);

const context = { units: [{ id: 1 }, { id: 2 }, { id: 3 }] };

describe('the questionnaire', () => {
  it("asks Stockholm's eight principles, then the ten security areas, each once under a stable key", () => {
    expect(SELF_ASSESSMENT_QUESTIONS).toHaveLength(18);
    expect(SELF_ASSESSMENT_QUESTIONS.filter((q) => q.group === 'principle').map((q) => q.principle)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(SELF_ASSESSMENT_QUESTIONS.filter((q) => q.group === 'area').map((q) => q.area)).toEqual([...SECURITY_AREAS]);
    expect(new Set(SELF_ASSESSMENT_QUESTION_KEYS).size).toBe(18);
    SELF_ASSESSMENT_QUESTIONS.forEach((q) => expect(q.text).toMatch(/\?$/));
  });

  it('quotes each principle as the policy words it (the seeded Stockholm policy)', () => {
    const principles = SELF_ASSESSMENT_QUESTIONS.filter((q) => q.group === 'principle');
    principles.forEach((q) => expect(STOCKHOLM_POLICY_TEXT).toContain(`${q.principle}. ${q.source}`));
  });
});

describe('self-assessment validation', () => {
  it('lets a draft be incomplete and wants every question answered on submission', () => {
    expect(hasSelfAssessmentErrors(selfAssessmentErrors({ unitId: 1, year: 2026, status: 'Utkast', answers: {} }, context))).toBe(false);
    const submitted = selfAssessmentErrors({ unitId: 1, year: 2026, status: 'Inlämnad', answers: {} }, context);
    expect(Object.keys(submitted.answers)).toHaveLength(18);
    expect(submitted.answers['principle.planAndExercise']).toEqual({ answer: 'unanswered' });
    expect(hasSelfAssessmentErrors(selfAssessmentErrors({ unitId: 1, year: 2026, status: 'Inlämnad', answers: allAnswered() }, context))).toBe(false);
  });

  it('refuses answers off the scale, unknown questions, an unknown unit, year or status', () => {
    expect(answerErrors({ answer: 5 as never }, false).answer).toBe('invalidChoice');
    expect(answerErrors({ answer: 0 as never }, false).answer).toBe('invalidChoice');
    expect(answerErrors({ answer: 'na' }, true)).toEqual({});
    const errors = selfAssessmentErrors({ unitId: 9, year: 1900, status: 'Klar' as never, answers: { 'principle.unknown': { answer: 4 } } }, context);
    expect(errors.fields).toEqual({ unitId: 'unknownUnit', year: 'invalidNumber', status: 'invalidChoice', answers: 'unknownQuestion' });
  });

  it('wants a comment for "delvis" or lower, not for "till stor del"', () => {
    expect(answerErrors({ answer: 2 }, false).comment).toBe('commentRequired');
    expect(answerErrors({ answer: 1, comment: '   ' }, false).comment).toBe('required');
    expect(answerErrors({ answer: 1, comment: 'Ingen kontinuitetsplan.' }, false)).toEqual({});
    expect(answerErrors({ answer: 3 }, false)).toEqual({});
  });

  it('keeps hostile and overlong text as typed and refuses it; evidence links are https only', () => {
    const comment = '"><svg onload=alert(1)>'.repeat(100);
    const answer = Object.freeze({ answer: 3 as const, comment });
    expect(answerErrors(answer, false).comment).toBe('tooLong');
    expect(answer.comment).toBe(comment);
    expect(answerErrors({ answer: 3, comment: '"><svg onload=alert(1)>' }, false)).toEqual({});
    expect(answerErrors({ answer: 3, evidenceUrl: ['javascript', 'alert(1)'].join(':') }, false).evidenceUrl).toBe('invalidCharacters');
    expect(answerErrors({ answer: 3, evidenceUrl: 'http://intranat/rapport' }, false).evidenceUrl).toBe('invalidCharacters');
    expect(answerErrors({ answer: 3, evidenceUrl: 'https://region.sharepoint.com/sites/trygg/rapport.pdf' }, false)).toEqual({});
    expect(answerErrors({ answer: 3, evidenceUrl: `https://a.se/${'x'.repeat(PDSA_LIMITS.evidenceUrl)}` }, false).evidenceUrl).toBe('tooLong');
    const note = 'n'.repeat(PDSA_LIMITS.comment + 1);
    expect(selfAssessmentErrors({ unitId: 1, year: 2026, status: 'Utkast', answers: {}, targetedFollowUp: true, targetedFollowUpNote: note }, context).fields.targetedFollowUpNote).toBe('tooLong');
  });
});

describe('the regional summary', () => {
  let nextId = 1;
  const assessment = (unitId: number, answers: Record<string, ISelfAssessmentAnswer>, changes: Partial<ISelfAssessment> = {}): ISelfAssessment => ({
    id: nextId++,
    unitId,
    year: 2026,
    status: 'Inlämnad',
    answers,
    submittedAt: '2026-10-01T10:00:00.000Z',
    ...changes
  });
  const key = 'principle.planAndExercise';

  it('counts each unit’s submitted answer per question and lists who has not answered', () => {
    const summary = selfAssessmentSummary(
      [
        assessment(1, allAnswered({ answer: 4 })),
        assessment(2, { ...allAnswered({ answer: 2, comment: 'Delvis' }), [key]: { answer: 'na' } }),
        assessment(3, allAnswered({ answer: 1, comment: 'Nej' }), { status: 'Utkast' }),
        assessment(4, allAnswered({ answer: 1, comment: 'Nej' }))
      ],
      { unitIds: [1, 2, 3], year: 2026 }
    );
    expect(summary.unitsSubmitted).toEqual([1, 2]);
    expect(summary.unitsNotSubmitted).toEqual([3]);
    const question = summary.questions.filter((q) => q.key === key)[0];
    expect(question.distribution).toEqual({ '4': 1, '3': 0, '2': 0, '1': 0, na: 1 });
    expect(question.mean).toBe(4);
    expect(question.unitsNotAnswered).toEqual([3]);
    const other = summary.questions.filter((q) => q.key === 'area.fire')[0];
    expect(other.distribution).toEqual({ '4': 1, '3': 0, '2': 1, '1': 0, na: 0 });
    expect(other.mean).toBe(3);
  });

  it("takes a unit's latest submitted assessment of the year, and lists a question left out of it", () => {
    const answers = allAnswered({ answer: 3 });
    delete answers[key];
    const summary = selfAssessmentSummary(
      [
        assessment(1, allAnswered({ answer: 1, comment: 'Gammal' }), { submittedAt: '2026-03-01T00:00:00.000Z' }),
        assessment(1, answers, { submittedAt: '2026-09-01T00:00:00.000Z' }),
        assessment(1, allAnswered({ answer: 4 }), { year: 2025, submittedAt: '2026-12-01T00:00:00.000Z' })
      ],
      { unitIds: [1], year: 2026 }
    );
    expect(summary.questions.filter((q) => q.key === 'area.fire')[0].distribution['3']).toBe(1);
    const question = summary.questions.filter((q) => q.key === key)[0];
    expect(question.unitsNotAnswered).toEqual([1]);
    expect(question.mean).toBeUndefined();
  });
});
