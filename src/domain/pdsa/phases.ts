/**
 * The PDSA (PGSA) state of a unit and year, derived from evidence. Nobody sets a phase: the
 * evidence does, and the evidence is returned with the state so the dashboard can show why. A unit
 * comments beside the state (TryggPdsaKommentarer), never over it. The caller counts the evidence
 * (for one security area, when the dashboard filters by one); these rules only judge it.
 *
 * The rules (the README quotes this block):
 *
 * Each phase has evidence items. An item is 'met', 'partial' (some but not enough), 'missing', or
 * 'notApplicable' (there was nothing to do: no deviations to review, no documents owned). A phase
 * is 'done' when every applicable item is met, 'inProgress' when at least one item is met or
 * partial, and 'notStarted' otherwise. A share item is met at MET_SHARE (80 %) of its total and
 * partial above zero.
 *
 * - Planera (plan)
 *   - goalsSet: at least MIN_GOALS (1) goal for the year.
 *   - riskAnalysisCurrent: the unit has risks and none is overdue for review (partial: some are).
 *   - activitiesBudgeted: every goal has at least one activity with a cost estimate (partial: some
 *     goals do; missing without goals).
 * - Genomföra (do)
 *   - activitiesCarriedOut: MET_SHARE of the year's planned activities carried out (not counting
 *     cancelled ones; missing when none are planned).
 *   - riskActionsCarriedOut: MET_SHARE of the risk actions due in the year done (not applicable
 *     when none fell due).
 *   - exercisesHeld: at least MIN_EXERCISES (1) exercise or training held in the year.
 * - Studera (study)
 *   - measurementsEntered: MET_SHARE of the measurements due so far entered (not applicable when
 *     none is due yet).
 *   - deviationsReviewed: MET_SHARE of the year's deviations closed or decided (not applicable
 *     when there were none).
 *   - risksReviewed: MET_SHARE of the unit's risks reviewed in the year (missing without risks).
 *   - selfAssessmentSubmitted: the year's self-assessment submitted (partial: a draft exists).
 * - Agera (act)
 *   - improvementsDecided: at least MIN_IMPROVEMENTS (1) improvement decided in the year (actions
 *     from deviations, exercises or the self-assessment).
 *   - documentsRevised: every governing document the unit owns is current (not overdue for review,
 *     not expired; partial: some are; not applicable when it owns none).
 *
 * Roll-up over the unit hierarchy (förvaltning → verksamhet → enhet): a parent's phase is as far as
 * its own evidence and its children allow. It is 'done' only when its own phase (if it has evidence
 * of its own) and every child's rolled-up phase are done; 'notStarted' only when its own and every
 * child's are not started; otherwise 'inProgress'. A parent with neither evidence nor children is
 * 'notStarted'. The rolled-up result counts the children in each state, so the dashboard can say
 * "3 of 5 units done".
 *
 * The cycle's current phase is the first phase (Planera, Genomföra, Studera, Agera) not done;
 * none when all four are done.
 */
import { PDSA_PHASES, PdsaPhase, PhaseState } from './vocabulary';

/** A share item is met at this share of its total. */
export const MET_SHARE = 0.8;
export const MIN_GOALS = 1;
export const MIN_EXERCISES = 1;
export const MIN_IMPROVEMENTS = 1;

/** The evidence of one unit and year (for one area when filtered), counted by the caller. */
export interface IPdsaEvidence {
  /** Goals set for the year. */
  readonly goals: number;
  /** Of them, goals with at least one activity with a cost estimate. */
  readonly goalsWithBudgetedActivities: number;
  /** The unit's risks that are assessed and not closed. */
  readonly risks: number;
  /** Of them, risks past their review day. */
  readonly risksOverdueForReview: number;
  /** Of them, risks reviewed (or assessed) in the year. */
  readonly risksReviewedInYear: number;
  /** Goal activities planned for the year, not counting cancelled ones. */
  readonly activitiesPlanned: number;
  /** Of them, carried out. */
  readonly activitiesCarriedOut: number;
  /** Risk actions due in the year. */
  readonly riskActionsDue: number;
  /** Of them, done. */
  readonly riskActionsDone: number;
  /** Exercises and trainings held in the year. */
  readonly exercisesHeld: number;
  /** Measurements due so far in the year (domain/pdsa/goals.ts measurementPeriods). */
  readonly measurementsDue: number;
  /** Of them, entered. */
  readonly measurementsEntered: number;
  /** Deviations of the year at the unit. */
  readonly deviations: number;
  /** Of them, closed or decided. */
  readonly deviationsReviewed: number;
  readonly selfAssessment: 'none' | 'draft' | 'submitted';
  /** Improvements decided in the year: actions from deviations, exercises or the self-assessment. */
  readonly improvementsDecided: number;
  /** Governing documents the unit owns (published). */
  readonly documentsOwned: number;
  /** Of them, current: not overdue for review, not expired. */
  readonly documentsCurrent: number;
}

export type EvidenceKey =
  | 'goalsSet'
  | 'riskAnalysisCurrent'
  | 'activitiesBudgeted'
  | 'activitiesCarriedOut'
  | 'riskActionsCarriedOut'
  | 'exercisesHeld'
  | 'measurementsEntered'
  | 'deviationsReviewed'
  | 'risksReviewed'
  | 'selfAssessmentSubmitted'
  | 'improvementsDecided'
  | 'documentsRevised';

export type EvidenceState = 'met' | 'partial' | 'missing' | 'notApplicable';

/** One item of evidence, as the dashboard shows it: "4 of 5 measurements entered". */
export interface IEvidenceItem {
  readonly key: EvidenceKey;
  readonly state: EvidenceState;
  readonly count: number;
  /** The total the count is out of, where there is one. */
  readonly of?: number;
}

export interface IPhaseStatus {
  readonly phase: PdsaPhase;
  readonly state: PhaseState;
  readonly evidence: readonly IEvidenceItem[];
}

export interface IPdsaStatus {
  readonly phases: readonly IPhaseStatus[];
  /** The first phase not done; undefined when the cycle is complete. */
  readonly currentPhase?: PdsaPhase;
}

function atLeast(key: EvidenceKey, count: number, minimum: number): IEvidenceItem {
  return { key, state: count >= minimum ? 'met' : 'missing', count };
}

/** count of total: met at MET_SHARE, partial above zero; `whenNone` when the total is zero. */
function share(key: EvidenceKey, count: number, total: number, whenNone: EvidenceState): IEvidenceItem {
  if (total <= 0) return { key, state: whenNone, count, of: total };
  const state: EvidenceState = count >= MET_SHARE * total ? 'met' : count > 0 ? 'partial' : 'missing';
  return { key, state, count, of: total };
}

/** Every item of every phase, by the rules at the top. */
export function evidenceItems(evidence: IPdsaEvidence): Readonly<Record<PdsaPhase, readonly IEvidenceItem[]>> {
  const e = evidence;
  const goalsBudgeted: IEvidenceItem =
    e.goals <= 0
      ? { key: 'activitiesBudgeted', state: 'missing', count: 0, of: 0 }
      : {
          key: 'activitiesBudgeted',
          state: e.goalsWithBudgetedActivities >= e.goals ? 'met' : e.goalsWithBudgetedActivities > 0 ? 'partial' : 'missing',
          count: e.goalsWithBudgetedActivities,
          of: e.goals
        };
  const riskAnalysis: IEvidenceItem = {
    key: 'riskAnalysisCurrent',
    state: e.risks <= 0 ? 'missing' : e.risksOverdueForReview <= 0 ? 'met' : e.risksOverdueForReview < e.risks ? 'partial' : 'missing',
    count: Math.max(0, e.risks - e.risksOverdueForReview),
    of: e.risks
  };
  const documents: IEvidenceItem =
    e.documentsOwned <= 0
      ? { key: 'documentsRevised', state: 'notApplicable', count: 0, of: 0 }
      : {
          key: 'documentsRevised',
          state: e.documentsCurrent >= e.documentsOwned ? 'met' : e.documentsCurrent > 0 ? 'partial' : 'missing',
          count: e.documentsCurrent,
          of: e.documentsOwned
        };
  const selfAssessment: IEvidenceItem = {
    key: 'selfAssessmentSubmitted',
    state: e.selfAssessment === 'submitted' ? 'met' : e.selfAssessment === 'draft' ? 'partial' : 'missing',
    count: e.selfAssessment === 'submitted' ? 1 : 0,
    of: 1
  };
  return {
    Planera: [atLeast('goalsSet', e.goals, MIN_GOALS), riskAnalysis, goalsBudgeted],
    Genomföra: [
      share('activitiesCarriedOut', e.activitiesCarriedOut, e.activitiesPlanned, 'missing'),
      share('riskActionsCarriedOut', e.riskActionsDone, e.riskActionsDue, 'notApplicable'),
      atLeast('exercisesHeld', e.exercisesHeld, MIN_EXERCISES)
    ],
    Studera: [
      share('measurementsEntered', e.measurementsEntered, e.measurementsDue, 'notApplicable'),
      share('deviationsReviewed', e.deviationsReviewed, e.deviations, 'notApplicable'),
      share('risksReviewed', e.risksReviewedInYear, e.risks, 'missing'),
      selfAssessment
    ],
    Agera: [atLeast('improvementsDecided', e.improvementsDecided, MIN_IMPROVEMENTS), documents]
  };
}

/** A phase's state from its items, by the rules at the top. */
export function phaseState(items: readonly IEvidenceItem[]): PhaseState {
  const applicable = items.filter((item) => item.state !== 'notApplicable');
  if (applicable.length > 0 && applicable.every((item) => item.state === 'met')) return 'done';
  return applicable.some((item) => item.state === 'met' || item.state === 'partial') ? 'inProgress' : 'notStarted';
}

function withCurrentPhase<T extends IPhaseStatus>(phases: readonly T[]): { phases: readonly T[]; currentPhase?: PdsaPhase } {
  const current = phases.find((phase) => phase.state !== 'done');
  return current ? { phases, currentPhase: current.phase } : { phases };
}

/** A unit's PDSA state for a year, each phase with the evidence that made it so. */
export function pdsaStatus(evidence: IPdsaEvidence): IPdsaStatus {
  const items = evidenceItems(evidence);
  return withCurrentPhase(PDSA_PHASES.map((phase) => ({ phase, state: phaseState(items[phase]), evidence: items[phase] })));
}

export interface IRolledUpPhase extends IPhaseStatus {
  /** The unit's own state, when it has evidence of its own. */
  readonly ownState?: PhaseState;
  /** Children in each rolled-up state (direct children). */
  readonly children: Readonly<Record<PhaseState, number>>;
  /** Direct children not done in this phase, to drill down to. */
  readonly childrenNotDone: readonly number[];
}

export interface IRolledUpStatus {
  readonly unitId: number;
  readonly phases: readonly IRolledUpPhase[];
  readonly currentPhase?: PdsaPhase;
}

/** A parent's state from its own and its children's (see the roll-up rule at the top). */
export function rolledUpState(own: PhaseState | undefined, children: readonly PhaseState[]): PhaseState {
  const states = own === undefined ? children : [own, ...children];
  if (states.length === 0) return 'notStarted';
  if (states.every((state) => state === 'done')) return 'done';
  if (states.every((state) => state === 'notStarted')) return 'notStarted';
  return 'inProgress';
}

/**
 * Every unit's rolled-up state, from each unit's own status (units without evidence of their own
 * are absent from `own`). Units form a tree by parentId; a parentId not among the units makes the
 * unit a root. Cycles in bad data are broken: a child already on the path is left out.
 */
export function rollUpPdsa(
  units: readonly { readonly id: number; readonly parentId?: number }[],
  own: ReadonlyMap<number, IPdsaStatus>
): Map<number, IRolledUpStatus> {
  const childrenOf = new Map<number, number[]>();
  const ids = new Set(units.map((unit) => unit.id));
  for (const unit of units) {
    if (unit.parentId === undefined || !ids.has(unit.parentId) || unit.parentId === unit.id) continue;
    childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) || []), unit.id]);
  }
  const result = new Map<number, IRolledUpStatus>();
  const visit = (unitId: number, path: Set<number>): IRolledUpStatus => {
    const done = result.get(unitId);
    if (done) return done;
    const nextPath = new Set(path).add(unitId);
    const children = (childrenOf.get(unitId) || []).filter((child) => !path.has(child) && child !== unitId).map((child) => visit(child, nextPath));
    const ownStatus = own.get(unitId);
    const phases = PDSA_PHASES.map((phase, index): IRolledUpPhase => {
      const ownPhase = ownStatus ? ownStatus.phases[index] : undefined;
      const childStates = children.map((child) => child.phases[index].state);
      const counts: Record<PhaseState, number> = { notStarted: 0, inProgress: 0, done: 0 };
      childStates.forEach((state) => counts[state]++);
      return {
        phase,
        state: rolledUpState(ownPhase ? ownPhase.state : undefined, childStates),
        ...(ownPhase ? { ownState: ownPhase.state } : {}),
        evidence: ownPhase ? ownPhase.evidence : [],
        children: counts,
        childrenNotDone: children.filter((child) => child.phases[index].state !== 'done').map((child) => child.unitId)
      };
    });
    const status: IRolledUpStatus = { unitId, ...withCurrentPhase(phases) };
    result.set(unitId, status);
    return status;
  };
  for (const unit of units) visit(unit.id, new Set());
  return result;
}
