import * as path from 'path';
import { readLocStrings } from '../../../tools/loc/amdLoc';
import { IOrganisationUnit } from '../../../src/domain/organisation';
import { ANSWER_LABELS, ANSWER_SCALE, ISelfAssessment, SELF_ASSESSMENT_QUESTIONS, selfAssessmentErrors } from '../../../src/domain/pdsa/selfAssessment';
import {
  answeredCount,
  answerFromKey,
  answersFromStored,
  assessmentConflictRows,
  assessmentInput,
  defaultAssessmentUnit,
  needsComment,
  questionsWithErrors
} from '../../../src/webparts/securityFollowUp/assessmentForm';

interface ILoc {
  Questions: Record<string, string>;
  PrincipleSources: Record<string, string>;
  AnswerLabels: Record<string, string>;
}

const locFile = (locale: string): string => path.resolve(__dirname, '../../../src/webparts/securityFollowUp/loc', `${locale}.js`);
const sv = readLocStrings<ILoc>(locFile('sv-se'));
const en = readLocStrings<ILoc>(locFile('en-us'));

const lars = { id: 11, email: 'Lars.Holm@regionexempel.se', displayName: 'Lars Holm' };
const unit = (id: number, title: string, parentId?: number, changes: Partial<IOrganisationUnit> = {}): IOrganisationUnit => ({
  id,
  title,
  code: `U${id}`,
  level: 'Enhet',
  parentId,
  managerAbsent: false,
  ...changes
});
const units = [unit(1, 'Region Exempel', undefined, { level: 'Region' }), unit(2, 'Sjukhuset', 1, { level: 'Förvaltning' }), unit(3, 'Akutmottagningen', 2, { manager: lars }), unit(4, 'Ortopeden', 2)];

describe('the questionnaire in both languages', () => {
  it('has every question, principle wording and answer label in loc, in Swedish as the domain words it', () => {
    for (const question of SELF_ASSESSMENT_QUESTIONS) {
      expect(en.Questions[question.key]).toEqual(expect.stringMatching(/\?$/));
      expect(sv.Questions[question.key]).toEqual(expect.stringMatching(/\?$/));
      // The area questions name the area as the strategy spells it (IT-säkerhet, not it-säkerhet).
      expect(sv.Questions[question.key].toLowerCase()).toBe(question.text.toLowerCase());
      if (question.group === 'principle') {
        expect(sv.PrincipleSources[question.key]).toBe(question.source);
        expect(en.PrincipleSources[question.key]).toBeTruthy();
      }
    }
    expect(Object.keys(sv.Questions).sort()).toEqual(SELF_ASSESSMENT_QUESTIONS.map((question) => question.key).sort());
    for (const value of ANSWER_SCALE) {
      expect(sv.AnswerLabels[String(value)]).toBe(ANSWER_LABELS[String(value)]);
      expect(en.AnswerLabels[String(value)]).toBeTruthy();
    }
  });
});

describe('the self-assessment form', () => {
  const scope = { unitId: 3, year: 2026 };

  it('reads a choice back as the stored answer and knows when a comment is required', () => {
    expect(answerFromKey('4')).toBe(4);
    expect(answerFromKey('na')).toBe('na');
    expect(answerFromKey('5')).toBeUndefined();
    expect([4, 3, 2, 1, 'na', undefined].map((answer) => needsComment(answer as never))).toEqual([false, false, true, true, false, false]);
  });

  it('sends only what was answered, trimmed, and keeps the targeted follow-up as stored', () => {
    const answers = {
      'principle.lawsAndRules': { answer: 4 as const, comment: '  ', evidenceUrl: '' },
      'principle.threatsRisks': { answer: 2 as const, comment: ' Riskanalys saknas ', evidenceUrl: ' https://intra.regionexempel.se/risk ' },
      'principle.continuity': { comment: '', evidenceUrl: '' }
    };
    const input = assessmentInput(scope, answers, 'Utkast', { ...scope, status: 'Utkast', answers: {}, targetedFollowUp: true, targetedFollowUpNote: 'Redovisa brandskyddet' });
    expect(input).toEqual({
      unitId: 3,
      year: 2026,
      status: 'Utkast',
      answers: {
        'principle.lawsAndRules': { answer: 4 },
        'principle.threatsRisks': { answer: 2, comment: 'Riskanalys saknas', evidenceUrl: 'https://intra.regionexempel.se/risk' }
      },
      targetedFollowUp: true,
      targetedFollowUpNote: 'Redovisa brandskyddet'
    });
    expect(answeredCount(answers)).toBe(2);
  });

  it('names the questions a submission is refused for, in the questionnaire order', () => {
    const answers = {
      'area.fire': { answer: 1 as const, comment: '', evidenceUrl: 'http://osäker.se' },
      'principle.lawsAndRules': { answer: 4 as const, comment: '', evidenceUrl: '' }
    };
    const draft = selfAssessmentErrors(assessmentInput(scope, answers, 'Utkast'), { units });
    expect(questionsWithErrors(draft)).toEqual(['area.fire']);
    expect(draft.answers['area.fire']).toEqual({ comment: 'commentRequired', evidenceUrl: 'invalidCharacters' });
    const submitted = selfAssessmentErrors(assessmentInput(scope, answers, 'Inlämnad'), { units });
    expect(questionsWithErrors(submitted)).toHaveLength(SELF_ASSESSMENT_QUESTIONS.length - 1);
    expect(questionsWithErrors(submitted)[0]).toBe('principle.threatsRisks');
  });

  it("opens on the user's own unit, or the first they may answer for", () => {
    expect(defaultAssessmentUnit({ email: 'lars.holm@regionexempel.se' }, units, [3])).toBe(3);
    // The security function answers for every unit: the first enhet in the tree, not the region.
    expect(defaultAssessmentUnit({ email: 'peter.sjoberg@regionexempel.se' }, units, [1, 2, 3, 4])).toBe(3);
    expect(defaultAssessmentUnit({ email: 'someone@regionexempel.se' }, units, [2])).toBe(2);
    expect(defaultAssessmentUnit({ email: 'anna.svensson@regionexempel.se' }, units, [])).toBeUndefined();
    // A substitute of an absent manager answers for that unit.
    const absent = units.map((candidate) => (candidate.id === 4 ? { ...candidate, managerAbsent: true, substitute: { email: 'johan.falk@regionexempel.se', displayName: 'Johan Falk' } } : candidate));
    expect(defaultAssessmentUnit({ email: 'johan.falk@regionexempel.se' }, absent, [4])).toBe(4);
  });

  it('shows in a conflict the questions answered differently, and that theirs was submitted', () => {
    const theirs: ISelfAssessment = {
      id: 5,
      ...scope,
      status: 'Inlämnad',
      answers: { 'principle.lawsAndRules': { answer: 3 }, 'area.it': { answer: 4, comment: 'Bra' } }
    };
    const mine = { ...answersFromStored(theirs), 'principle.lawsAndRules': { answer: 2 as const, comment: 'Delvis', evidenceUrl: '' } };
    const rows = assessmentConflictRows(mine, theirs);
    expect(rows.map((row) => row.field)).toEqual(['status', 'principle.lawsAndRules']);
    expect(rows[1]).toMatchObject({ mine: 'Uppfylls delvis\nDelvis', theirs: 'Uppfylls till stor del', differs: true });
    expect(rows[1].label).toMatch(/^Grundprincip 1: Följer enheten/);
  });
});
