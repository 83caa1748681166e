import {
  evidenceItems,
  EvidenceKey,
  IPdsaEvidence,
  IPdsaStatus,
  MET_SHARE,
  pdsaStatus,
  phaseState,
  rolledUpState,
  rollUpPdsa
} from '../../../src/domain/pdsa/phases';
import { PDSA_PHASES, PdsaPhase, PhaseState } from '../../../src/domain/pdsa';

/** A unit with every phase done. */
const complete: IPdsaEvidence = {
  goals: 2,
  goalsWithBudgetedActivities: 2,
  risks: 10,
  risksOverdueForReview: 0,
  risksReviewedInYear: 10,
  activitiesPlanned: 5,
  activitiesCarriedOut: 5,
  riskActionsDue: 5,
  riskActionsDone: 5,
  exercisesHeld: 1,
  measurementsDue: 5,
  measurementsEntered: 5,
  deviations: 10,
  deviationsReviewed: 10,
  selfAssessment: 'submitted',
  improvementsDecided: 1,
  documentsOwned: 2,
  documentsCurrent: 2
};

const nothing: IPdsaEvidence = {
  goals: 0,
  goalsWithBudgetedActivities: 0,
  risks: 0,
  risksOverdueForReview: 0,
  risksReviewedInYear: 0,
  activitiesPlanned: 0,
  activitiesCarriedOut: 0,
  riskActionsDue: 0,
  riskActionsDone: 0,
  exercisesHeld: 0,
  measurementsDue: 0,
  measurementsEntered: 0,
  deviations: 0,
  deviationsReviewed: 0,
  selfAssessment: 'none',
  improvementsDecided: 0,
  documentsOwned: 0,
  documentsCurrent: 0
};

const stateOf = (evidence: Partial<IPdsaEvidence>, phase: PdsaPhase): PhaseState =>
  pdsaStatus({ ...complete, ...evidence }).phases.filter((p) => p.phase === phase)[0].state;

const item = (evidence: Partial<IPdsaEvidence>, key: EvidenceKey): { state: string; count: number; of?: number } => {
  const all = evidenceItems({ ...complete, ...evidence });
  return PDSA_PHASES.map((phase) => all[phase]).reduce((a, b) => a.concat(b), []).filter((i) => i.key === key)[0];
};

describe('a phase from its evidence items', () => {
  it('is done when every applicable item is met, in progress with any met or partial, else not started', () => {
    expect(phaseState([{ key: 'goalsSet', state: 'met', count: 1 }, { key: 'documentsRevised', state: 'notApplicable', count: 0 }])).toBe('done');
    expect(phaseState([{ key: 'goalsSet', state: 'met', count: 1 }, { key: 'exercisesHeld', state: 'missing', count: 0 }])).toBe('inProgress');
    expect(phaseState([{ key: 'risksReviewed', state: 'partial', count: 1 }, { key: 'exercisesHeld', state: 'missing', count: 0 }])).toBe('inProgress');
    expect(phaseState([{ key: 'goalsSet', state: 'missing', count: 0 }, { key: 'documentsRevised', state: 'notApplicable', count: 0 }])).toBe('notStarted');
    expect(phaseState([{ key: 'documentsRevised', state: 'notApplicable', count: 0 }])).toBe('notStarted');
  });

  it('gives a complete unit four done phases and no current phase, an empty one four not started', () => {
    expect(pdsaStatus(complete).phases.map((p) => p.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(pdsaStatus(complete).currentPhase).toBeUndefined();
    expect(pdsaStatus(nothing).phases.map((p) => p.state)).toEqual(['notStarted', 'notStarted', 'notStarted', 'notStarted']);
    expect(pdsaStatus(nothing).currentPhase).toBe('Planera');
  });

  it('names the first phase not done as the current one, whatever later phases show', () => {
    expect(pdsaStatus({ ...complete, exercisesHeld: 0 }).currentPhase).toBe('Genomföra');
    expect(pdsaStatus({ ...complete, improvementsDecided: 0 }).currentPhase).toBe('Agera');
  });

  it('returns the evidence beside each phase, with counts', () => {
    const plan = pdsaStatus(complete).phases[0];
    expect(plan.evidence.map((e) => e.key)).toEqual(['goalsSet', 'riskAnalysisCurrent', 'activitiesBudgeted']);
    expect(plan.evidence[2]).toEqual({ key: 'activitiesBudgeted', state: 'met', count: 2, of: 2 });
  });
});

describe('Planera', () => {
  it('needs at least one goal for the year', () => {
    expect(item({ goals: 1, goalsWithBudgetedActivities: 1 }, 'goalsSet').state).toBe('met');
    expect(item({ goals: 0, goalsWithBudgetedActivities: 0 }, 'goalsSet').state).toBe('missing');
    expect(stateOf({ goals: 0, goalsWithBudgetedActivities: 0 }, 'Planera')).toBe('inProgress');
  });

  it('needs risks and none overdue for review', () => {
    expect(item({ risks: 10, risksOverdueForReview: 0 }, 'riskAnalysisCurrent')).toEqual({ key: 'riskAnalysisCurrent', state: 'met', count: 10, of: 10 });
    expect(item({ risks: 10, risksOverdueForReview: 1 }, 'riskAnalysisCurrent').state).toBe('partial');
    expect(item({ risks: 10, risksOverdueForReview: 10 }, 'riskAnalysisCurrent').state).toBe('missing');
    expect(item({ risks: 0 }, 'riskAnalysisCurrent').state).toBe('missing');
    expect(stateOf({ risksOverdueForReview: 1 }, 'Planera')).toBe('inProgress');
  });

  it('needs every goal planned with a costed activity', () => {
    expect(item({ goals: 3, goalsWithBudgetedActivities: 3 }, 'activitiesBudgeted').state).toBe('met');
    expect(item({ goals: 3, goalsWithBudgetedActivities: 2 }, 'activitiesBudgeted').state).toBe('partial');
    expect(item({ goals: 3, goalsWithBudgetedActivities: 0 }, 'activitiesBudgeted').state).toBe('missing');
    expect(item({ goals: 0, goalsWithBudgetedActivities: 0 }, 'activitiesBudgeted').state).toBe('missing');
  });
});

describe(`shares are met at ${MET_SHARE * 100} %`, () => {
  const cases: [EvidenceKey, keyof IPdsaEvidence, keyof IPdsaEvidence, PdsaPhase, string][] = [
    ['activitiesCarriedOut', 'activitiesCarriedOut', 'activitiesPlanned', 'Genomföra', 'missing'],
    ['riskActionsCarriedOut', 'riskActionsDone', 'riskActionsDue', 'Genomföra', 'notApplicable'],
    ['measurementsEntered', 'measurementsEntered', 'measurementsDue', 'Studera', 'notApplicable'],
    ['deviationsReviewed', 'deviationsReviewed', 'deviations', 'Studera', 'notApplicable'],
    ['risksReviewed', 'risksReviewedInYear', 'risks', 'Studera', 'missing']
  ];
  for (const [key, count, total, phase, whenNone] of cases) {
    it(`${key}: 8 of 10 met, 7 partial, 0 missing, none to do ${whenNone}`, () => {
      expect(item({ [total]: 10, [count]: 8 }, key).state).toBe('met');
      expect(item({ [total]: 10, [count]: 7 }, key).state).toBe('partial');
      expect(item({ [total]: 10, [count]: 0 }, key).state).toBe('missing');
      expect(item({ [total]: 0, [count]: 0 }, key).state).toBe(whenNone);
      expect(stateOf({ [total]: 10, [count]: 8 }, phase)).toBe('done');
      expect(stateOf({ [total]: 10, [count]: 7 }, phase)).toBe('inProgress');
    });
  }
});

describe('Genomföra', () => {
  it('needs an exercise or training held', () => {
    expect(stateOf({ exercisesHeld: 1 }, 'Genomföra')).toBe('done');
    expect(stateOf({ exercisesHeld: 0 }, 'Genomföra')).toBe('inProgress');
    expect(stateOf({ exercisesHeld: 0, activitiesCarriedOut: 0, riskActionsDone: 0 }, 'Genomföra')).toBe('notStarted');
  });

  it('is done without risk actions when none fell due', () => {
    expect(stateOf({ riskActionsDue: 0, riskActionsDone: 0 }, 'Genomföra')).toBe('done');
  });
});

describe('Studera', () => {
  it('needs the self-assessment submitted; a draft is partial', () => {
    expect(item({ selfAssessment: 'submitted' }, 'selfAssessmentSubmitted').state).toBe('met');
    expect(item({ selfAssessment: 'draft' }, 'selfAssessmentSubmitted').state).toBe('partial');
    expect(item({ selfAssessment: 'none' }, 'selfAssessmentSubmitted').state).toBe('missing');
    expect(stateOf({ selfAssessment: 'draft' }, 'Studera')).toBe('inProgress');
  });

  it('is done with no deviations and no measurements due yet', () => {
    expect(stateOf({ deviations: 0, deviationsReviewed: 0, measurementsDue: 0, measurementsEntered: 0 }, 'Studera')).toBe('done');
  });
});

describe('Agera', () => {
  it('needs an improvement decided', () => {
    expect(stateOf({ improvementsDecided: 1 }, 'Agera')).toBe('done');
    expect(stateOf({ improvementsDecided: 0 }, 'Agera')).toBe('inProgress');
    expect(stateOf({ improvementsDecided: 0, documentsCurrent: 0 }, 'Agera')).toBe('notStarted');
  });

  it('needs every owned document current, and nothing of a unit that owns none', () => {
    expect(item({ documentsOwned: 2, documentsCurrent: 1 }, 'documentsRevised').state).toBe('partial');
    expect(item({ documentsOwned: 0, documentsCurrent: 0 }, 'documentsRevised').state).toBe('notApplicable');
    expect(stateOf({ documentsOwned: 0, documentsCurrent: 0 }, 'Agera')).toBe('done');
    expect(stateOf({ documentsOwned: 0, documentsCurrent: 0, improvementsDecided: 0 }, 'Agera')).toBe('notStarted');
  });
});

describe('roll-up over the hierarchy', () => {
  it('is done only when all are done, not started only when none has started', () => {
    expect(rolledUpState('done', ['done', 'done'])).toBe('done');
    expect(rolledUpState('done', ['done', 'inProgress'])).toBe('inProgress');
    expect(rolledUpState('done', ['notStarted'])).toBe('inProgress');
    expect(rolledUpState('notStarted', ['notStarted', 'notStarted'])).toBe('notStarted');
    expect(rolledUpState(undefined, ['done', 'done'])).toBe('done');
    expect(rolledUpState(undefined, ['notStarted', 'done'])).toBe('inProgress');
    expect(rolledUpState(undefined, [])).toBe('notStarted');
    expect(rolledUpState('inProgress', [])).toBe('inProgress');
  });

  // 1 förvaltning → 2, 3 verksamheter; 3 → 4, 5 enheter.
  const units = [{ id: 1 }, { id: 2, parentId: 1 }, { id: 3, parentId: 1 }, { id: 4, parentId: 3 }, { id: 5, parentId: 3 }];
  const states = (status: { phases: readonly { state: PhaseState }[] } | undefined): PhaseState[] => (status ? status.phases.map((p) => p.state) : []);

  it('rolls a tree up: the parent as far as its own evidence and its children allow', () => {
    const own = new Map<number, IPdsaStatus>([
      [2, pdsaStatus(complete)],
      [4, pdsaStatus(complete)],
      [5, pdsaStatus({ ...complete, improvementsDecided: 0, documentsCurrent: 0 })]
    ]);
    const rolled = rollUpPdsa(units, own);
    expect(states(rolled.get(4))).toEqual(['done', 'done', 'done', 'done']);
    expect(states(rolled.get(5))).toEqual(['done', 'done', 'done', 'notStarted']);
    expect(states(rolled.get(3))).toEqual(['done', 'done', 'done', 'inProgress']);
    expect(states(rolled.get(1))).toEqual(['done', 'done', 'done', 'inProgress']);
    expect(rolled.get(1)?.currentPhase).toBe('Agera');
    const act = rolled.get(3)?.phases[3];
    expect(act?.children).toEqual({ notStarted: 1, inProgress: 0, done: 1 });
    expect(act?.childrenNotDone).toEqual([5]);
    expect(act?.ownState).toBeUndefined();
    expect(act?.evidence).toEqual([]);
  });

  it("holds a parent back by its own evidence, and shows the parent's own evidence", () => {
    const own = new Map<number, IPdsaStatus>(units.filter((u) => u.id !== 1).map((u) => [u.id, pdsaStatus(complete)]));
    own.set(1, pdsaStatus({ ...complete, selfAssessment: 'none' }));
    const top = rollUpPdsa(units, own).get(1);
    expect(states(top)).toEqual(['done', 'done', 'inProgress', 'done']);
    expect(top?.phases[2].ownState).toBe('inProgress');
    expect(top?.phases[2].evidence.map((e) => e.key)).toContain('selfAssessmentSubmitted');
  });

  it('treats a unit with neither evidence nor children as not started, and survives a cycle', () => {
    expect(states(rollUpPdsa([{ id: 9 }], new Map()).get(9))).toEqual(['notStarted', 'notStarted', 'notStarted', 'notStarted']);
    const cyclic = rollUpPdsa([{ id: 1, parentId: 2 }, { id: 2, parentId: 1 }], new Map([[1, pdsaStatus(complete)]]));
    expect(cyclic.size).toBe(2);
    // Visited from 1: unit 2's child 1 is on the path and left out, so 2 has nothing and holds 1 back.
    expect(states(cyclic.get(2))).toEqual(['notStarted', 'notStarted', 'notStarted', 'notStarted']);
    expect(states(cyclic.get(1))).toEqual(['inProgress', 'inProgress', 'inProgress', 'inProgress']);
  });
});
