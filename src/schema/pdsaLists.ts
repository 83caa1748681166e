/**
 * The lists of goals, PDSA follow-up, exercises and internal control (issue #14): goals and their
 * measurements, the exercise and training log, the yearly self-assessments and a unit's comments
 * beside its derived PDSA state. Part of TRYGG_LISTS (lists.ts).
 *
 * Who may do what follows the risk register: managers (Chefer) contribute, and by Trygg's rule only
 * for their own units (the services check the unit, as they do for risks); the security function
 * edits everything; the site's owners hold Full Control. Goals and the exercise log are public
 * within the region (members read them: what the unit works on is no secret); self-assessments
 * and comments are not for members.
 *
 * Every index below is there for a filter the dashboard, the home page, the annual report or the
 * morning job puts on the list, so each stays usable above the list view threshold (5,000 items).
 */
import { IListDefinition } from './types';
import { IRoleAssignment } from './groups';
import { SECURITY_AREAS } from '../domain/securityAreas';
import {
  EXERCISE_KINDS,
  GOAL_DIRECTIONS,
  GOAL_PRIORITIES,
  MEASUREMENT_FREQUENCIES,
  PDSA_LIMITS,
  PDSA_PHASES,
  SELF_ASSESSMENT_STATUSES
} from '../domain/pdsa/vocabulary';

/** Managers keep their units' items, the security function all of them; members read (public lists only). */
const PUBLIC_PDSA_ROLE_ASSIGNMENTS: readonly IRoleAssignment[] = [
  { group: 'members', level: 'Read' },
  { group: 'managers', level: 'Contribute' },
  { group: 'securityFunction', level: 'Edit' },
  { group: 'admins', level: 'Full Control' }
];

const INTERNAL_PDSA_ROLE_ASSIGNMENTS: readonly IRoleAssignment[] = [
  { group: 'managers', level: 'Contribute' },
  { group: 'securityFunction', level: 'Edit' },
  { group: 'admins', level: 'Full Control' }
];

const YEAR = { min: PDSA_LIMITS.minYear, max: PDSA_LIMITS.maxYear };

/**
 * Goals (mål): regional goals (no unit) and unit goals, a unit goal contributing to a regional one.
 * Measurable (indicator, unit of measure, baseline, target, direction, target date), followed
 * (measurement frequency) and prioritised; the activities toward each, with cost estimates, feed
 * the budget process.
 */
export const goalsList: IListDefinition = {
  key: 'goals',
  title: 'TryggMal',
  description: 'Regionala mål och enheternas mål: indikator, utgångsläge, målvärde, måldatum, mätfrekvens och aktiviteter med kostnad.',
  template: 100,
  titleField: { title: 'Mål', required: true },
  enableVersioning: true,
  roleAssignments: PUBLIC_PDSA_ROLE_ASSIGNMENTS,
  fields: [
    // A retried save finds its first attempt instead of adding the goal twice.
    { name: 'ClientRequestId', title: 'Klientens sändnings-id', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 },
    // Indexed: the dashboard and the home page read a unit's goals (ScopeUnitId eq n); empty is a regional goal.
    { name: 'ScopeUnitId', title: 'Enhet', type: 'Integer', indexed: true, min: 1, description: 'Tom: regionalt mål.' },
    // Indexed: a regional goal lists the unit goals that contribute to it.
    { name: 'ParentGoalId', title: 'Bidrar till', type: 'Integer', indexed: true, min: 1, description: 'Det regionala mål som enhetens mål bidrar till.' },
    // Indexed: the dashboard filters by area.
    { name: 'SecurityArea', title: 'Säkerhetsområde', type: 'Choice', choices: SECURITY_AREAS, required: true, indexed: true },
    { name: 'GoalPriority', title: 'Prioritet', type: 'Choice', choices: GOAL_PRIORITIES, required: true },
    { name: 'Indicator', title: 'Indikator', type: 'Text', required: true, maxLength: PDSA_LIMITS.indicator },
    { name: 'UnitOfMeasure', title: 'Måttenhet', type: 'Text', required: true, maxLength: PDSA_LIMITS.unitOfMeasure },
    { name: 'Baseline', title: 'Utgångsläge', type: 'Number', required: true, min: -PDSA_LIMITS.maxAbsValue, max: PDSA_LIMITS.maxAbsValue },
    { name: 'TargetValue', title: 'Målvärde', type: 'Number', required: true, min: -PDSA_LIMITS.maxAbsValue, max: PDSA_LIMITS.maxAbsValue },
    { name: 'GoalDirection', title: 'Riktning', type: 'Choice', choices: GOAL_DIRECTIONS, required: true },
    // Indexed: the annual report and the morning job look for goals ending in a period.
    { name: 'TargetDate', title: 'Måldatum', type: 'DateTime', required: true, indexed: true },
    { name: 'MeasurementFrequency', title: 'Mätfrekvens', type: 'Choice', choices: MEASUREMENT_FREQUENCIES, required: true },
    // Activities (JSON: title, cost estimate in kronor, status) for the budget process.
    { name: 'Activities', title: 'Aktiviteter (JSON)', type: 'Note' },
    // Indexed: the dashboard, the annual report and the home page read one year's goals.
    { name: 'GoalYear', title: 'År', type: 'Integer', required: true, indexed: true, min: YEAR.min, max: YEAR.max },
    // Indexed: the home page shows a person the goals they measure.
    { name: 'GoalOwner', title: 'Ansvarig', type: 'User', indexed: true },
    { name: 'ReminderSentFor', title: 'Påminnelse skickad', type: 'Text', maxLength: 255 }
  ]
};

/** Measurements of a goal's indicator over time (mätningar). */
export const measurementsList: IListDefinition = {
  key: 'measurements',
  title: 'TryggMatningar',
  description: 'Mätningar av målens indikatorer: värde, datum och kommentar.',
  template: 100,
  titleField: { title: 'Mätning', required: false },
  enableVersioning: true,
  roleAssignments: PUBLIC_PDSA_ROLE_ASSIGNMENTS,
  fields: [
    { name: 'ClientRequestId', title: 'Klientens sändnings-id', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 },
    // Indexed: a goal's measurements (GoalId eq n), and the goals of a year in batches (GoalId in …).
    { name: 'GoalId', title: 'Mål', type: 'Integer', required: true, indexed: true, min: 1 },
    { name: 'MeasuredValue', title: 'Värde', type: 'Number', required: true, min: -PDSA_LIMITS.maxAbsValue, max: PDSA_LIMITS.maxAbsValue },
    // Indexed: the dashboard and the annual report read one year's measurements (MeasuredOn ge … and lt …).
    { name: 'MeasuredOn', title: 'Mätt', type: 'DateTime', required: true, indexed: true },
    { name: 'MeasurementComment', title: 'Kommentar', type: 'Note' },
    // Indexed: the goals view reads a year's goals and their measurements in one $batch. Written with
    // the measurement from its goal, and moved with the goal when the goal's year changes.
    { name: 'GoalYear', title: 'Målets år', type: 'Integer', required: true, indexed: true, min: YEAR.min, max: YEAR.max }
  ]
};

/** The exercise and training log (övningar och utbildningar). */
export const exercisesList: IListDefinition = {
  key: 'exercises',
  title: 'TryggOvningar',
  description: 'Övnings- och utbildningslogg: datum, enhet, typ, scenario, områden, deltagare, lärdomar och uppföljning.',
  template: 100,
  titleField: { title: 'Övning', required: true },
  enableVersioning: true,
  roleAssignments: PUBLIC_PDSA_ROLE_ASSIGNMENTS,
  fields: [
    { name: 'ClientRequestId', title: 'Klientens sändnings-id', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 },
    // Indexed: one year's exercises for the dashboard and the annual report.
    { name: 'ExerciseDate', title: 'Datum', type: 'DateTime', required: true, indexed: true },
    // Indexed: a unit's log, and its latest exercise for the reminder.
    { name: 'UnitId', title: 'Enhet', type: 'Integer', required: true, indexed: true, min: 1 },
    { name: 'ExerciseKind', title: 'Typ', type: 'Choice', choices: EXERCISE_KINDS, required: true, indexed: true },
    { name: 'Scenario', title: 'Scenario', type: 'Note', required: true },
    { name: 'SecurityAreas', title: 'Säkerhetsområden', type: 'MultiChoice', choices: SECURITY_AREAS, required: true },
    { name: 'Participants', title: 'Antal deltagare', type: 'Integer', min: 1, max: PDSA_LIMITS.participants },
    { name: 'LessonsLearned', title: 'Lärdomar', type: 'Note' },
    // Follow-up actions (JSON: title, due date, done): improvements decided from the exercise.
    { name: 'FollowUpActions', title: 'Uppföljande åtgärder (JSON)', type: 'Note' },
    // Indexed: the morning job finds the exercises falling due (NextDueDate le today).
    { name: 'NextDueDate', title: 'Nästa övning senast', type: 'DateTime', indexed: true },
    { name: 'ReminderSentFor', title: 'Påminnelse skickad', type: 'Text', maxLength: 255 }
  ]
};

/**
 * The yearly internal-control self-assessment (egenkontroll enligt internkontrollpolicyn) over
 * Stockholm's eight principles and the ten security areas (domain/pdsa/selfAssessment.ts). Not
 * for members: it names a unit's weaknesses.
 */
export const selfAssessmentsList: IListDefinition = {
  key: 'selfAssessments',
  title: 'TryggSjalvskattningar',
  description: 'Årlig självskattning per enhet enligt internkontrollen: svar, kommentar och underlag per fråga, riktad uppföljning.',
  template: 100,
  titleField: { title: 'Självskattning', required: false },
  enableVersioning: true,
  roleAssignments: INTERNAL_PDSA_ROLE_ASSIGNMENTS,
  fields: [
    { name: 'ClientRequestId', title: 'Klientens sändnings-id', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 },
    // Indexed: a unit's assessments, and the regional summary in batches of units.
    { name: 'UnitId', title: 'Enhet', type: 'Integer', required: true, indexed: true, min: 1 },
    // Indexed: one year's assessments for the summary, the dashboard and the annual report.
    { name: 'AssessmentYear', title: 'År', type: 'Integer', required: true, indexed: true, min: YEAR.min, max: YEAR.max },
    // Answers (JSON, keyed by question: answer on the scale, comment, evidence link).
    { name: 'Answers', title: 'Svar (JSON)', type: 'Note' },
    // Indexed: the summary counts only submitted assessments.
    { name: 'AssessmentStatus', title: 'Status', type: 'Choice', choices: SELF_ASSESSMENT_STATUSES, required: true, indexed: true },
    { name: 'SubmittedBy', title: 'Inlämnad av', type: 'User' },
    { name: 'SubmittedAt', title: 'Inlämnad', type: 'DateTime' },
    // Indexed: the security function lists the units it has ordered a targeted follow-up of.
    { name: 'TargetedFollowUp', title: 'Riktad uppföljning', type: 'Boolean', indexed: true },
    { name: 'TargetedFollowUpNote', title: 'Riktad uppföljning: uppdrag', type: 'Note' }
  ]
};

/**
 * A unit's comment beside a derived PDSA state (domain/pdsa/phases.ts): shown next to the state,
 * never in its place, so nobody overwrites what the evidence says.
 */
export const pdsaCommentsList: IListDefinition = {
  key: 'pdsaComments',
  title: 'TryggPdsaKommentarer',
  description: 'Enheternas kommentarer till den PGSA-status som härleds ur underlaget.',
  template: 100,
  titleField: { title: 'Kommentar', required: false },
  enableVersioning: true,
  roleAssignments: INTERNAL_PDSA_ROLE_ASSIGNMENTS,
  fields: [
    { name: 'ClientRequestId', title: 'Klientens sändnings-id', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 },
    // Indexed: a unit's cycle shows its comments.
    { name: 'UnitId', title: 'Enhet', type: 'Integer', required: true, indexed: true, min: 1 },
    // Indexed: the dashboard reads one year's comments in one request.
    { name: 'PdsaYear', title: 'År', type: 'Integer', required: true, indexed: true, min: YEAR.min, max: YEAR.max },
    { name: 'PdsaPhase', title: 'Fas', type: 'Choice', choices: PDSA_PHASES, required: true },
    { name: 'PdsaComment', title: 'Kommentar', type: 'Note', required: true }
  ]
};
