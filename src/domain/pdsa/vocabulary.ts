/**
 * PDSA, in Swedish PGSA: Planera, Genomföra, Studera, Agera. The strategy requires the security
 * work of every unit to follow the cycle.
 */
export const PDSA_PHASES = ['Planera', 'Genomföra', 'Studera', 'Agera'] as const;

export type PdsaPhase = typeof PDSA_PHASES[number];

export const PDSA_PHASE_KEYS: Readonly<Record<PdsaPhase, string>> = {
  'Planera': 'plan',
  'Genomföra': 'do',
  'Studera': 'study',
  'Agera': 'act'
};

/** The phase after this one; Agera leads back to Planera (a new turn of the cycle). */
export function nextPdsaPhase(phase: PdsaPhase): PdsaPhase {
  const index = PDSA_PHASES.indexOf(phase);
  return PDSA_PHASES[(index + 1) % PDSA_PHASES.length];
}

/**
 * A phase's state as derived from evidence (domain/pdsa/phases.ts), in the order a phase moves
 * through them; a roll-up compares states by this order.
 */
export const PHASE_STATES = ['notStarted', 'inProgress', 'done'] as const;
export type PhaseState = typeof PHASE_STATES[number];

/** A goal's priority, as the strategy asks goals to be prioritised. */
export const GOAL_PRIORITIES = ['Hög', 'Medel', 'Låg'] as const;
export type GoalPriority = typeof GOAL_PRIORITIES[number];

export const GOAL_PRIORITY_KEYS: Readonly<Record<GoalPriority, string>> = { 'Hög': 'high', 'Medel': 'medium', 'Låg': 'low' };

/** Which way the indicator should move: a higher value is better (share trained) or a lower one (incidents). */
export const GOAL_DIRECTIONS = ['Högre är bättre', 'Lägre är bättre'] as const;
export type GoalDirection = typeof GOAL_DIRECTIONS[number];

export const GOAL_DIRECTION_KEYS: Readonly<Record<GoalDirection, string>> = { 'Högre är bättre': 'higher', 'Lägre är bättre': 'lower' };

/** How often a goal's indicator is measured: one measurement per calendar period (UTC). */
export const MEASUREMENT_FREQUENCIES = ['Månad', 'Kvartal', 'Halvår', 'År'] as const;
export type MeasurementFrequency = typeof MEASUREMENT_FREQUENCIES[number];

export const MEASUREMENT_FREQUENCY_KEYS: Readonly<Record<MeasurementFrequency, string>> = {
  'Månad': 'month',
  'Kvartal': 'quarter',
  'Halvår': 'halfYear',
  'År': 'year'
};

/** Months in one period of each frequency. */
export const MEASUREMENT_PERIOD_MONTHS: Readonly<Record<MeasurementFrequency, number>> = { 'Månad': 1, 'Kvartal': 3, 'Halvår': 6, 'År': 12 };

/** An activity toward a goal, planned with its cost for the budget process. */
export const GOAL_ACTIVITY_STATUSES = ['Planerad', 'Pågår', 'Genomförd', 'Inställd'] as const;
export type GoalActivityStatus = typeof GOAL_ACTIVITY_STATUSES[number];

/** Övning (an exercise of a scenario) or Utbildning (training). */
export const EXERCISE_KINDS = ['Övning', 'Utbildning'] as const;
export type ExerciseKind = typeof EXERCISE_KINDS[number];

export const EXERCISE_KIND_KEYS: Readonly<Record<ExerciseKind, string>> = { 'Övning': 'exercise', 'Utbildning': 'training' };

/** A self-assessment is a draft until the unit submits it; a submitted one counts in the regional summary. */
export const SELF_ASSESSMENT_STATUSES = ['Utkast', 'Inlämnad'] as const;
export type SelfAssessmentStatus = typeof SELF_ASSESSMENT_STATUSES[number];

/** Limits of what people type; the forms count against them, the services refuse beyond them, nothing is cut. */
export const PDSA_LIMITS = {
  title: 255,
  indicator: 255,
  unitOfMeasure: 32,
  activityTitle: 255,
  activities: 50,
  /** Kronor: the cost estimate of one activity. */
  maxCost: 1000000000,
  /** An indicator's value, baseline or target: any finite number within ± this. */
  maxAbsValue: 1000000000,
  comment: 2000,
  scenario: 2000,
  lessonsLearned: 8000,
  followUpActions: 50,
  participants: 100000,
  evidenceUrl: 255,
  minYear: 2000,
  maxYear: 2100
} as const;
