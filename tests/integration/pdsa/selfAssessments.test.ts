/**
 * The yearly self-assessment through the real services against the emulator: drafts and
 * submission (who and when), refusals per field and per answer, retries, conflicts, one
 * assessment per unit and year, the regional summary and the security function's targeted
 * follow-up, ordered once however often it is retried.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { IRunningEmulator } from '../../../tools/emulator';
import { IStoredSelfAssessment } from '../../../src/domain/pdsa/repositories';
import { ISelfAssessmentInput, SELF_ASSESSMENT_QUESTION_KEYS } from '../../../src/domain/pdsa/selfAssessment';
import { selfAssessmentsList } from '../../../src/schema/pdsaLists';
import { newRequestId, servicesAs, startRegion } from '../services/servicesHelpers';
import { allAnswered, itemCount, ITestUnits, JULY_FIRST, longText, TEST_YEAR, testUnits } from './pdsaWriteHelpers';

/** A link that would run script if rendered as one: refused, https only. */
const SCRIPT_URL = ['javascript', 'alert(1)'].join(':');

describe('the self-assessment', () => {
  let emulator: IRunningEmulator;
  let units: ITestUnits;
  const lars = () => servicesAs(emulator, 'lars.holm', JULY_FIRST);
  const peter = () => servicesAs(emulator, 'peter.sjoberg', JULY_FIRST);
  const posts = (): number => emulator.requests.count({ method: 'POST', pathContains: `'${selfAssessmentsList.title}'` });
  const [lawsKey, threatsKey] = SELF_ASSESSMENT_QUESTION_KEYS;
  let draft: IStoredSelfAssessment;
  // SharePoint answers a DateTime to the second.
  const submittedJulyFirst = `${TEST_YEAR}-07-01T12:00:00Z`;

  beforeAll(async () => {
    emulator = await startRegion();
    units = await testUnits(emulator);
  });

  afterAll(() => emulator.close());

  const input = (overrides: Partial<ISelfAssessmentInput> = {}): ISelfAssessmentInput => ({ unitId: units.akuten, year: TEST_YEAR, status: 'Utkast', answers: {}, ...overrides });

  it('keeps a draft as typed, with nobody named as its submitter', async () => {
    const comment = `Rutinen "finns" men <script>alert('x')</script> följs inte alltid`;
    const requestId = newRequestId();
    const result = await lars().selfAssessments.save(
      input({ answers: { [lawsKey]: { answer: 2, comment, evidenceUrl: 'https://intra.regionexempel.se/rutin?id=1&v=2' }, [threatsKey]: { answer: 'na' } } }),
      requestId
    );
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    draft = result.item;
    expect(draft).toMatchObject({
      unitId: units.akuten,
      year: TEST_YEAR,
      status: 'Utkast',
      answers: { [lawsKey]: { answer: 2, comment, evidenceUrl: 'https://intra.regionexempel.se/rutin?id=1&v=2' }, [threatsKey]: { answer: 'na' } },
      targetedFollowUp: false
    });
    expect(draft.submittedBy).toBeUndefined();
    expect(draft.submittedAt).toBeUndefined();
    expect(await lars().selfAssessments.get(units.akuten, TEST_YEAR)).toMatchObject({ id: draft.id, answers: draft.answers });
    // A retry of that start is the same assessment; another start of the unit's year meets it.
    expect(await lars().selfAssessments.save(input(), requestId)).toMatchObject({ kind: 'saved', item: { id: draft.id } });
    expect(await lars().selfAssessments.save(input(), newRequestId())).toMatchObject({ kind: 'conflict', theirs: { id: draft.id } });
    expect(await itemCount(emulator, selfAssessmentsList.title, `UnitId eq ${units.akuten} and AssessmentYear eq ${TEST_YEAR}`)).toBe(1);
  });

  it('refuses an incomplete submission and bad answers per question, writing nothing', async () => {
    const before = posts();
    const result = await lars().selfAssessments.save(
      input({
        status: 'Inlämnad',
        answers: {
          [lawsKey]: { answer: 1 },
          [threatsKey]: { answer: 3, comment: longText(2001), evidenceUrl: SCRIPT_URL },
          'principle.invented': { answer: 4 }
        },
        targetedFollowUpNote: longText(2001)
      }),
      newRequestId(),
      draft
    );
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.errors.fields).toEqual({ answers: 'unknownQuestion', targetedFollowUpNote: 'tooLong' });
    expect(result.errors.answers[lawsKey]).toEqual({ comment: 'commentRequired' });
    expect(result.errors.answers[threatsKey]).toEqual({ comment: 'tooLong', evidenceUrl: 'invalidCharacters' });
    // Every other question is unanswered.
    expect(Object.keys(result.errors.answers).length).toBe(SELF_ASSESSMENT_QUESTION_KEYS.length);
    expect(result.errors.answers[SELF_ASSESSMENT_QUESTION_KEYS[5]]).toEqual({ answer: 'unanswered' });
    expect(await lars().selfAssessments.save(input({ unitId: 999999 }), newRequestId())).toEqual({ kind: 'invalid', errors: { fields: { unitId: 'unknownUnit' }, answers: {} } });
    expect(posts()).toBe(before);
  });

  it('names who submitted and when, keeps that on later saves, and refuses a stale save', async () => {
    const submitted = await lars().selfAssessments.save(input({ status: 'Inlämnad', answers: allAnswered() }), newRequestId(), draft);
    if (submitted.kind !== 'saved') throw new Error(JSON.stringify(submitted));
    expect(submitted.item).toMatchObject({ status: 'Inlämnad', submittedAt: submittedJulyFirst, submittedBy: { email: 'lars.holm@regionexempel.se' } });
    // A later correction by the security function keeps the submitter.
    const later = servicesAs(emulator, 'peter.sjoberg', () => new Date(`${TEST_YEAR}-08-01T09:00:00.000Z`));
    const corrected = await later.selfAssessments.save(input({ status: 'Inlämnad', answers: allAnswered({ answer: 4 }) }), newRequestId(), submitted.item);
    expect(corrected).toMatchObject({ kind: 'saved', item: { submittedAt: submittedJulyFirst, submittedBy: { email: 'lars.holm@regionexempel.se' } } });
    // Lars still holds the version before the correction.
    const stale = await lars().selfAssessments.save(input({ status: 'Inlämnad', answers: allAnswered({ answer: 3 }) }), newRequestId(), submitted.item);
    expect(stale).toMatchObject({ kind: 'conflict', theirs: { id: draft.id, answers: { [lawsKey]: { answer: 4 } } } });
    draft = (await lars().selfAssessments.get(units.akuten, TEST_YEAR)) as IStoredSelfAssessment;
  });

  it('summarises the submitted assessments over the units asked about', async () => {
    const summary = await peter().selfAssessments.summary(TEST_YEAR, [units.akuten, units.iva]);
    expect(summary).toMatchObject({ year: TEST_YEAR, unitsSubmitted: [units.akuten], unitsNotSubmitted: [units.iva] });
    expect(summary.questions[0]).toEqual({ key: lawsKey, distribution: { '4': 1, '3': 0, '2': 0, '1': 0, na: 0 }, mean: 4, unitsNotAnswered: [units.iva] });
  });

  it('lets the security function order a targeted follow-up once, however often it is retried', async () => {
    const requestId = newRequestId();
    const note = `Följ upp "hot och våld" <b>efter</b> händelsen i mars & 'april'`;
    const ordered = await peter().selfAssessments.orderFollowUp(TEST_YEAR, [units.akuten, units.iva, units.akuten], note, requestId);
    if (ordered.kind !== 'saved') throw new Error(JSON.stringify(ordered));
    expect(ordered.item.map((assessment) => [assessment.unitId, assessment.targetedFollowUp, assessment.targetedFollowUpNote])).toEqual([
      [units.akuten, true, note],
      [units.iva, true, note]
    ]);
    // Akuten's submitted assessment is marked, not replaced; IVA's is started as a draft.
    expect(ordered.item[0]).toMatchObject({ id: draft.id, status: 'Inlämnad' });
    expect(ordered.item[1]).toMatchObject({ status: 'Utkast', answers: {} });
    const again = await peter().selfAssessments.orderFollowUp(TEST_YEAR, [units.akuten, units.iva], note, requestId);
    expect(again.kind === 'saved' && again.item.map((assessment) => assessment.id)).toEqual(ordered.item.map((assessment) => assessment.id));
    expect(await itemCount(emulator, selfAssessmentsList.title, `UnitId eq ${units.iva} and AssessmentYear eq ${TEST_YEAR}`)).toBe(1);

    // The unit's own save cannot lift the order.
    const current = (await lars().selfAssessments.get(units.akuten, TEST_YEAR)) as IStoredSelfAssessment;
    const lifted = await lars().selfAssessments.save({ ...input({ status: 'Inlämnad', answers: allAnswered() }), targetedFollowUp: false, targetedFollowUpNote: undefined }, newRequestId(), current);
    expect(lifted).toMatchObject({ kind: 'saved', item: { targetedFollowUp: true, targetedFollowUpNote: note } });
  });

  it('refuses a follow-up order without a note or with units that do not exist', async () => {
    const before = posts();
    expect(await peter().selfAssessments.orderFollowUp(TEST_YEAR, [units.m21], '  ', newRequestId())).toEqual({ kind: 'invalid', errors: { note: 'required' } });
    expect(await peter().selfAssessments.orderFollowUp(TEST_YEAR, [units.m21], longText(2001), newRequestId())).toEqual({ kind: 'invalid', errors: { note: 'tooLong' } });
    expect(await peter().selfAssessments.orderFollowUp(TEST_YEAR, [], 'Följ upp', newRequestId())).toEqual({ kind: 'invalid', errors: { unitIds: 'required' } });
    expect(await peter().selfAssessments.orderFollowUp(TEST_YEAR, [units.m21, 999999], 'Följ upp', newRequestId())).toEqual({ kind: 'invalid', errors: { unitIds: 'unknownUnit' } });
    expect(posts()).toBe(before);
  });
});
