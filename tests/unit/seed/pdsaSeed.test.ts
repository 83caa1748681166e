/**
 * Region Exempel's two years of PDSA work (tools/emulator/seed/pdsa.ts): deterministic, valid by the
 * domain's own validators, consistent ids, and spread so the goal lights, the measurements due, the
 * exercises due and the self-assessments show every case the web parts handle at the reference time.
 */
import { goalErrors, goalProgress, GoalLight, IGoal, IMeasurement, measurementErrors, measurementsDue } from '../../../src/domain/pdsa/goals';
import { exerciseErrors, exercisesDue, IExercise } from '../../../src/domain/pdsa/exercises';
import { hasSelfAssessmentErrors, ISelfAssessment, selfAssessmentErrors, selfAssessmentSummary, SELF_ASSESSMENT_QUESTION_KEYS, COMMENT_REQUIRED_AT_OR_BELOW } from '../../../src/domain/pdsa/selfAssessment';
import { IPdsaEvidence, pdsaStatus } from '../../../src/domain/pdsa/phases';
import { PhaseState } from '../../../src/domain/pdsa/vocabulary';
import { buildPdsaSeed, IPdsaSeed } from '../../../tools/emulator/seed/pdsa';
import { buildRegionExempel, buildRegionOrganisation, PERSONAS, REFERENCE_TIME } from '../../../tools/emulator/seed/regionExempel';
import { ISeedItem } from '../../../tools/emulator/seed/types';
import { schemaErrors } from './schemaCheck';

const organisation = buildRegionOrganisation();
const build = (): IPdsaSeed => buildPdsaSeed({ referenceTime: REFERENCE_TIME, units: organisation.units });
const seed = build();
const now = new Date(REFERENCE_TIME);
const units = organisation.units.map((unit) => ({ id: unit.Id }));
const unitId = (code: string): number => organisation.units.filter((unit) => unit.values.UnitCode === code)[0].Id;
const optional = <T>(value: unknown): T | undefined => (value === undefined ? undefined : (value as T));

const goals: IGoal[] = seed.goals.map((item) => ({
  id: item.Id,
  title: String(item.values.Title),
  scopeUnitId: optional<number>(item.values.ScopeUnitId),
  parentGoalId: optional<number>(item.values.ParentGoalId),
  area: item.values.SecurityArea as IGoal['area'],
  priority: item.values.GoalPriority as IGoal['priority'],
  indicator: String(item.values.Indicator),
  unitOfMeasure: String(item.values.UnitOfMeasure),
  baseline: item.values.Baseline as number,
  target: item.values.TargetValue as number,
  direction: item.values.GoalDirection as IGoal['direction'],
  targetDate: String(item.values.TargetDate),
  frequency: item.values.MeasurementFrequency as IGoal['frequency'],
  activities: JSON.parse(String(item.values.Activities)),
  year: item.values.GoalYear as number
}));
const measurements: IMeasurement[] = seed.measurements.map((item) => ({
  id: item.Id,
  goalId: item.values.GoalId as number,
  value: item.values.MeasuredValue as number,
  measuredOn: String(item.values.MeasuredOn),
  comment: optional<string>(item.values.MeasurementComment)
}));
const exercises: IExercise[] = seed.exercises.map((item) => ({
  id: item.Id,
  title: String(item.values.Title),
  date: String(item.values.ExerciseDate),
  unitId: item.values.UnitId as number,
  kind: item.values.ExerciseKind as IExercise['kind'],
  scenario: String(item.values.Scenario),
  areas: item.values.SecurityAreas as IExercise['areas'],
  participants: optional<number>(item.values.Participants),
  lessonsLearned: optional<string>(item.values.LessonsLearned),
  followUpActions: JSON.parse(String(item.values.FollowUpActions)),
  nextDueDate: optional<string>(item.values.NextDueDate)
}));
const assessments: ISelfAssessment[] = seed.selfAssessments.map((item) => ({
  id: item.Id,
  unitId: item.values.UnitId as number,
  year: item.values.AssessmentYear as number,
  status: item.values.AssessmentStatus as ISelfAssessment['status'],
  answers: JSON.parse(String(item.values.Answers)),
  targetedFollowUp: optional<boolean>(item.values.TargetedFollowUp),
  targetedFollowUpNote: optional<string>(item.values.TargetedFollowUpNote),
  submittedAt: optional<string>(item.values.SubmittedAt)
}));
const allItems = (): ISeedItem[] => [...seed.goals, ...seed.measurements, ...seed.exercises, ...seed.selfAssessments, ...seed.pdsaComments];
const goalById = new Map(goals.map((goal) => [goal.id, goal] as [number, IGoal]));
const lightOf = (goal: IGoal): GoalLight => goalProgress(goal, measurements, now).light;
const goals2026 = goals.filter((goal) => goal.year === 2026);

describe('Region Exempel PDSA seed', () => {
  it('is deterministic', () => {
    expect(build()).toEqual(seed);
  });

  it('covers both years with every list', () => {
    expect(new Set(goals.map((goal) => goal.year))).toEqual(new Set([2025, 2026]));
    expect(new Set(exercises.map((exercise) => exercise.date.slice(0, 4)))).toEqual(new Set(['2025', '2026']));
    expect(new Set(assessments.map((assessment) => assessment.year))).toEqual(new Set([2025, 2026]));
    expect(seed.measurements.length).toBeGreaterThan(80);
    expect(seed.pdsaComments.length).toBeGreaterThan(0);
  });

  it('fits the schema declaration, and nothing is written after the reference time', () => {
    const data = { referenceTime: REFERENCE_TIME, people: organisation.people, groups: organisation.groups, items: { units: organisation.units, ...seed } };
    expect(schemaErrors(data)).toEqual([]);
    for (const item of allItems()) {
      expect((item.Created || '') <= REFERENCE_TIME && (item.Modified || '') <= REFERENCE_TIME).toBe(true);
    }
  });

  it('is part of the region the emulator loads', () => {
    const region = buildRegionExempel();
    for (const key of ['goals', 'measurements', 'exercises', 'selfAssessments', 'pdsaComments'] as const) expect(region.items[key]).toEqual(seed[key]);
  });

  it('has a unique ClientRequestId on every item, and unique ids per list', () => {
    const ids = allItems().map((item) => item.values.ClientRequestId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const list of Object.values(seed) as ISeedItem[][]) expect(new Set(list.map((item) => item.Id)).size).toBe(list.length);
  });

  it('has goals valid by goalErrors, unit goals contributing to a regional goal of the same year', () => {
    for (const goal of goals) expect({ id: goal.id, errors: goalErrors(goal, { units, goals }, goal.id) }).toEqual({ id: goal.id, errors: {} });
    const unitGoals = goals.filter((goal) => goal.scopeUnitId !== undefined);
    expect(unitGoals.filter((goal) => goal.parentGoalId !== undefined).length).toBeGreaterThan(unitGoals.length / 2);
    for (const goal of unitGoals.filter((g) => g.parentGoalId !== undefined)) {
      const parent = goalById.get(goal.parentGoalId as number) as IGoal;
      expect(parent.scopeUnitId).toBeUndefined();
      expect(parent.year).toBe(goal.year);
    }
    expect(new Set(goals.filter((goal) => goal.scopeUnitId === undefined).map((goal) => goal.area)).size).toBeGreaterThanOrEqual(5);
    expect(goals.every((goal) => goal.activities.length > 0)).toBe(true);
  });

  it('gives lars.holm the goals of Akutmottagningen to measure, one with a measurement due', () => {
    const akutGoals = seed.goals.filter((item) => item.values.ScopeUnitId === unitId('RE-SJH-AKU') && item.values.GoalYear === 2026);
    expect(akutGoals.length).toBeGreaterThan(1);
    expect(akutGoals.every((item) => item.values.GoalOwner === PERSONAS.manager.key)).toBe(true);
    expect(akutGoals.some((item) => measurementsDue(goalById.get(item.Id) as IGoal, measurements, now).length > 0)).toBe(true);
  });

  it('has measurements valid by measurementErrors', () => {
    for (const measurement of measurements) {
      expect({ id: measurement.id, errors: measurementErrors(measurement, goalById.get(measurement.goalId), now) }).toEqual({ id: measurement.id, errors: {} });
    }
  });

  it('shows every light in 2026 at the reference time, and measurements due', () => {
    const lights = goals2026.map(lightOf);
    for (const light of ['onTrack', 'atRisk', 'offTrack', 'noData'] as GoalLight[]) expect(lights).toContain(light);
    const due = goals2026.filter((goal) => measurementsDue(goal, measurements, now).length > 0);
    expect(due.length).toBeGreaterThanOrEqual(2);
    // 2025 is over: every period was measured by the units that did the whole cycle.
    expect(goals.filter((goal) => goal.year === 2025 && measurementsDue(goal, measurements, now).length === 0).length).toBeGreaterThan(10);
  });

  it('has exercises valid by exerciseErrors, some units overdue to exercise', () => {
    for (const exercise of exercises) expect({ id: exercise.id, errors: exerciseErrors(exercise, { units }, now) }).toEqual({ id: exercise.id, errors: {} });
    expect(new Set(exercises.map((exercise) => exercise.kind))).toEqual(new Set(['Övning', 'Utbildning']));
    expect(exercises.every((exercise) => exercise.followUpActions.length > 0 && !!exercise.lessonsLearned)).toBe(true);
    const exercised = Array.from(new Set(exercises.map((exercise) => exercise.unitId)));
    const overdue = exercisesDue(exercises, now, { unitIds: exercised, months: 12 }).filter((due) => due.overdue);
    expect(overdue.map((due) => due.unitId)).toEqual(expect.arrayContaining([unitId('RE-PV-ASE'), unitId('RE-PSY-PAM'), unitId('RE-KT-DEP')]));
    expect(overdue.length).toBeLessThan(exercised.length / 2);
  });

  it('has self-assessments valid by selfAssessmentErrors, with comments where the answer needs one', () => {
    for (const assessment of assessments) expect({ id: assessment.id, invalid: hasSelfAssessmentErrors(selfAssessmentErrors(assessment, { units })) }).toEqual({ id: assessment.id, invalid: false });
    const submitted = assessments.filter((assessment) => assessment.status === 'Inlämnad');
    for (const assessment of submitted) expect(Object.keys(assessment.answers).sort()).toEqual([...SELF_ASSESSMENT_QUESTION_KEYS].sort());
    const answers = submitted.map((assessment) => Object.values(assessment.answers)).reduce((all, list) => all.concat(list), []);
    expect(answers.some((answer) => typeof answer.answer === 'number' && answer.answer <= COMMENT_REQUIRED_AT_OR_BELOW)).toBe(true);
    expect(answers.some((answer) => answer.answer === 'na')).toBe(true);
    expect(answers.some((answer) => (answer.evidenceUrl || '').indexOf('https://') === 0)).toBe(true);
    const pairs = assessments.map((assessment) => `${assessment.unitId}/${assessment.year}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('has most units submitted in 2025 and a mix of submitted, drafts and none in 2026, with targeted follow-ups', () => {
    const assessed = Array.from(new Set(assessments.map((assessment) => assessment.unitId)));
    const enheter = organisation.units.filter((unit) => unit.values.UnitLevel === 'Enhet').map((unit) => unit.Id);
    const summary2025 = selfAssessmentSummary(assessments, { unitIds: enheter, year: 2025 });
    expect(summary2025.unitsSubmitted.length).toBeGreaterThan(enheter.length * 0.8);
    const summary2026 = selfAssessmentSummary(assessments, { unitIds: enheter, year: 2026 });
    expect(summary2026.unitsSubmitted.length).toBeGreaterThan(0);
    expect(summary2026.unitsNotSubmitted.length).toBeGreaterThan(0);
    expect(assessments.some((assessment) => assessment.year === 2026 && assessment.status === 'Utkast')).toBe(true);
    expect(enheter.some((id) => !assessments.some((assessment) => assessment.unitId === id && assessment.year === 2026))).toBe(true);
    expect(assessments.filter((assessment) => assessment.targetedFollowUp === true && !!assessment.targetedFollowUpNote).length).toBeGreaterThanOrEqual(2);
    expect(assessed.length).toBeGreaterThan(0);
  });

  it('is written only by those Trygg lets change the work: the security function, or the unit\'s manager or stand-in', () => {
    const securityFunction = new Set(organisation.people.filter((person) => (person.roles || []).indexOf('securityFunction') >= 0).map((person) => person.key));
    const unitById = new Map(organisation.units.map((unit) => [unit.Id, unit] as [number, ISeedItem]));
    const mayWrite = (author: string | undefined, unitIdValue: unknown): boolean => {
      if (securityFunction.has(String(author))) return true;
      const unit = unitIdValue === undefined ? undefined : unitById.get(unitIdValue as number);
      return !!unit && (author === unit.values.UnitManager || author === unit.values.Substitute);
    };
    const goalUnit = new Map(seed.goals.map((item) => [item.Id, item.values.ScopeUnitId] as [number, unknown]));
    for (const item of seed.goals) expect({ id: item.Id, ok: mayWrite(item.Author, item.values.ScopeUnitId) && mayWrite(String(item.values.GoalOwner), item.values.ScopeUnitId) }).toEqual({ id: item.Id, ok: true });
    for (const item of seed.measurements) expect({ id: item.Id, ok: mayWrite(item.Author, goalUnit.get(item.values.GoalId as number)) }).toEqual({ id: item.Id, ok: true });
    for (const item of [...seed.exercises, ...seed.selfAssessments, ...seed.pdsaComments]) expect(mayWrite(item.Author, item.values.UnitId)).toBe(true);
  });

  it('has PDSA comments by the units\' acting managers', () => {
    for (const item of seed.pdsaComments) {
      const unit = organisation.units.filter((u) => u.Id === item.values.UnitId)[0];
      expect([unit.values.UnitManager, unit.values.Substitute]).toContain(item.Author);
    }
  });

  describe('the PDSA lists\' share of the evidence in 2026 (risks, deviations and documents left out)', () => {
    /** The evidence the five PDSA lists give, as if the unit had no risks, deviations or documents. */
    function pdsaEvidence(id: number, year: number): IPdsaEvidence {
      const own = goals.filter((goal) => goal.scopeUnitId === id && goal.year === year);
      const activities = own.map((goal) => goal.activities).reduce((all, list) => all.concat(list), []).filter((activity) => activity.status !== 'Inställd');
      const held = exercises.filter((exercise) => exercise.unitId === id && exercise.date.slice(0, 4) === String(year));
      const due = own.map((goal) => measurementsDue(goal, [], now).length).reduce((sum, count) => sum + count, 0);
      const missing = own.map((goal) => measurementsDue(goal, measurements, now).length).reduce((sum, count) => sum + count, 0);
      const assessment = assessments.filter((a) => a.unitId === id && a.year === year)[0];
      return {
        goals: own.length,
        goalsWithBudgetedActivities: own.filter((goal) => goal.activities.some((activity) => activity.costEstimate !== undefined)).length,
        risks: 0,
        risksOverdueForReview: 0,
        risksReviewedInYear: 0,
        activitiesPlanned: activities.length,
        activitiesCarriedOut: activities.filter((activity) => activity.status === 'Genomförd').length,
        riskActionsDue: 0,
        riskActionsDone: 0,
        exercisesHeld: held.length,
        measurementsDue: due,
        measurementsEntered: due - missing,
        deviations: 0,
        deviationsReviewed: 0,
        selfAssessment: !assessment ? 'none' : assessment.status === 'Inlämnad' ? 'submitted' : 'draft',
        improvementsDecided: held.map((exercise) => exercise.followUpActions.length).reduce((sum, count) => sum + count, 0),
        documentsOwned: 0,
        documentsCurrent: 0
      };
    }
    const stateOf = (code: string, phase: number, year = 2026): PhaseState => pdsaStatus(pdsaEvidence(unitId(code), year)).phases[phase].state;

    it('puts Genomföra in every state somewhere, and Agera done and not started', () => {
      const enheter = organisation.units.filter((unit) => unit.values.UnitLevel === 'Enhet').map((unit) => String(unit.values.UnitCode));
      expect(new Set(enheter.map((code) => stateOf(code, 1)))).toEqual(new Set(['notStarted', 'inProgress', 'done']));
      // Agera is in progress only through documents, which are not the PDSA lists'.
      expect(new Set(enheter.map((code) => stateOf(code, 3)))).toEqual(new Set(['notStarted', 'done']));
    });

    it('leaves Akutmottagningen in progress with things to do, and some units not started', () => {
      expect(stateOf('RE-SJH-AKU', 1)).toBe('inProgress');
      expect(pdsaEvidence(unitId('RE-SJH-AKU'), 2026).selfAssessment).toBe('draft');
      for (const code of ['RE-KT-KUN', 'RE-RK-INK', 'RE-RS-STK']) {
        expect([0, 1, 2, 3].map((phase) => stateOf(code, phase))).toEqual(['notStarted', 'notStarted', 'notStarted', 'notStarted']);
      }
    });

    it('has units that carried out and acted on the whole of 2025', () => {
      const complete = ['RE-SJH-IVA', 'RE-RS-ITD', 'RE-SJH-M21', 'RE-KT-TLC'].filter((code) => stateOf(code, 1, 2025) === 'done' && stateOf(code, 3, 2025) === 'done');
      expect(complete.length).toBe(4);
    });
  });
});
