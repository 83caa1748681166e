/**
 * "Min säkerhet": what one person has to do, each kind in its own section, the most urgent first.
 * Pure: the service hands in lean rows and the clock; every "is it due" question is asked of the
 * register's own rule (deviations/workflow overdue, deviations/statistics isActionOverdue,
 * risks/review reviewDue, documents/reviewDates documentDueness, documents/readConfirmations
 * needsMyConfirmation, pdsa/goals measurementsDue), so the home page never disagrees with the
 * web part a click leads to.
 *
 * Urgency: 'overdue' when the register's rule says the day has passed; 'due' otherwise. Within a
 * section overdue items come first, then by their day (the earliest first), then by title.
 * - Cases: open cases handled by the person; overdue when unacknowledged after 3 days or open
 *   after 30 (workflow.ts); their day is that deadline.
 * - Actions: deviation and risk actions owned, not done; their day is the due date.
 * - Risks: owned, or of a unit the person is line manager of (acceptance.ts isLineManagerOf),
 *   assessed and not closed, with the next review within RISK_REVIEW_HORIZON_DAYS or passed.
 * - Documents: owned with the review or the validity within the documents' horizon (90 days) or
 *   passed; and published editions asking the person to confirm reading, not yet confirmed.
 * - Goals: goals of the year owned by the person with a measurement due; the day is the oldest
 *   period's, overdue once a second period is missing.
 */
import { calendarDay, DAY_MS, daysBetween, dayString, utcDay } from '../days';
import { CaseStore } from '../deviations/types';
import { formatCaseNumber } from '../deviations/caseNumber';
import { isActionOverdue } from '../deviations/statistics';
import { ACKNOWLEDGE_WITHIN_DAYS, CLOSE_WITHIN_DAYS, isOpen, overdue } from '../deviations/workflow';
import { ActionStatus, DeviationStatus } from '../deviations/vocabulary';
import { IGoverningDocument, IReadConfirmation } from '../documents/types';
import { documentDueness } from '../documents/reviewDates';
import { needsMyConfirmation } from '../documents/readConfirmations';
import { IOrganisationUnit, IPerson } from '../organisation';
import { IGoal, IMeasurement, measurementsDue } from '../pdsa/goals';
import { isLineManagerOf } from '../risks/acceptance';
import { reviewDue } from '../risks/review';
import { formatRiskNumber } from '../risks/riskNumber';
import { RiskStatus } from '../risks/vocabulary';

/** Risks whose next review falls within this many days are shown (and those already due). */
export const RISK_REVIEW_HORIZON_DAYS = 30;

export type WorkSectionKey = 'cases' | 'actions' | 'risks' | 'documents' | 'goals';
export const WORK_SECTIONS: readonly WorkSectionKey[] = ['cases', 'actions', 'risks', 'documents', 'goals'];

export type WorkKind = 'case' | 'deviationAction' | 'riskAction' | 'riskReview' | 'documentReview' | 'documentConfirmation' | 'goalMeasurement';
export type Urgency = 'overdue' | 'due';

/** Where one click leads: the web part that handles the item and its deep link's value. */
export type WorkTarget =
  /** The case's number, or an open case's item id; without either the inbox opens on its list. */
  | { readonly webPart: 'deviationInbox'; readonly caseNumber?: string }
  | { readonly webPart: 'riskRegister'; readonly riskNumber: string }
  | { readonly webPart: 'governanceDocuments'; readonly document: string }
  | { readonly webPart: 'securityGoals'; readonly goalId: number };

export interface IWorkItem {
  readonly kind: WorkKind;
  /** Unique on the page. */
  readonly key: string;
  readonly title: string;
  /** The number people know the item by: a case, risk or document number. */
  readonly reference?: string;
  readonly urgency: Urgency;
  /** The day it is about (YYYY-MM-DD): deadline, due date, review day, the oldest measurement due. */
  readonly day?: string;
  /** Days from today to `day`; negative once passed. */
  readonly daysLeft?: number;
  /** Measurements missing (goals only). */
  readonly missing?: number;
  readonly target: WorkTarget;
}

export interface IWorkSection {
  readonly key: WorkSectionKey;
  readonly items: readonly IWorkItem[];
  readonly overdue: number;
}

/** A case as the home page reads it. */
export interface IHomeCase {
  readonly id: number;
  readonly store: CaseStore;
  readonly title: string;
  readonly status: DeviationStatus;
  readonly reportedAt: string;
}

/** A deviation or risk action as the home page reads it; `parent` is its case (number or open item id, when known) or its risk. */
export interface IHomeAction {
  readonly id: number;
  readonly title: string;
  readonly dueDate: string;
  readonly status: ActionStatus;
  readonly parent: { readonly caseNumber?: string } | { readonly riskId: number };
}

export interface IHomeRisk {
  readonly id: number;
  readonly title: string;
  readonly unitId?: number;
  readonly ownerId?: number;
  readonly status: RiskStatus;
  readonly nextReviewAt?: string;
}

export interface IHomeGoal extends IGoal {
  readonly ownerId?: number;
}

export interface IMyWorkInput {
  readonly me: IPerson & { readonly id: number };
  readonly units: readonly IOrganisationUnit[];
  /** The person's unit and those above it (a read audience of a förvaltning asks its people too). */
  readonly myUnitIds: readonly number[];
  readonly cases: readonly IHomeCase[];
  readonly actions: readonly IHomeAction[];
  readonly risks: readonly IHomeRisk[];
  readonly documents: readonly (IGoverningDocument & { readonly ownerId?: number })[];
  readonly myConfirmations: readonly IReadConfirmation[];
  readonly goals: readonly IHomeGoal[];
  readonly measurements: readonly IMeasurement[];
}

function daysLeft(day: string | undefined, now: Date): number | undefined {
  const value = calendarDay(day);
  return value === undefined ? undefined : daysBetween(utcDay(now), value);
}

function dayOf(value: string | undefined): string | undefined {
  const day = calendarDay(value);
  return day === undefined ? undefined : dayString(day);
}

/** Overdue first, then the earliest day (items without a day last), then by title. */
export function byUrgency(a: IWorkItem, b: IWorkItem): number {
  if (a.urgency !== b.urgency) return a.urgency === 'overdue' ? -1 : 1;
  const dayA = calendarDay(a.day);
  const dayB = calendarDay(b.day);
  if (dayA !== dayB) return dayA === undefined ? 1 : dayB === undefined ? -1 : dayA - dayB;
  return a.title.localeCompare(b.title, 'sv');
}

function section(key: WorkSectionKey, items: IWorkItem[]): IWorkSection {
  const sorted = items.slice().sort(byUrgency);
  return { key, items: sorted, overdue: sorted.filter((item) => item.urgency === 'overdue').length };
}

export function caseItems(cases: readonly IHomeCase[], now: Date): IWorkItem[] {
  return cases
    .filter((deviation) => isOpen(deviation.status))
    .map((deviation) => {
      const caseNumber = formatCaseNumber(deviation.id, deviation.reportedAt, deviation.store);
      // The deadline workflow.ts overdue() counts from the report: acknowledge, then close.
      const reported = Date.parse(deviation.reportedAt);
      const days = deviation.status === 'Ny' ? ACKNOWLEDGE_WITHIN_DAYS : CLOSE_WITHIN_DAYS;
      const day = isNaN(reported) ? undefined : dayString(utcDay(new Date(reported + days * DAY_MS)));
      return {
        kind: 'case',
        key: `case:${caseNumber}`,
        title: deviation.title,
        reference: caseNumber,
        urgency: overdue(deviation, now) ? 'overdue' : 'due',
        day,
        daysLeft: daysLeft(day, now),
        target: { webPart: 'deviationInbox', caseNumber }
      };
    });
}

export function actionItems(actions: readonly IHomeAction[], now: Date): IWorkItem[] {
  return actions
    .filter((action) => action.status !== 'Klar')
    .map((action) => {
      const day = dayOf(action.dueDate);
      const common = { title: action.title, urgency: isActionOverdue(action, now) ? 'overdue' : 'due', day, daysLeft: daysLeft(day, now) } as const;
      if (!('riskId' in action.parent)) {
        const caseNumber = action.parent.caseNumber;
        // Open and protected actions number their items apart: the case keeps the key unique.
        return { ...common, kind: 'deviationAction', key: `deviationAction:${caseNumber || ''}:${action.id}`, reference: caseNumber, target: { webPart: 'deviationInbox', caseNumber } };
      }
      const riskNumber = formatRiskNumber(action.parent.riskId);
      return { ...common, kind: 'riskAction', key: `riskAction:${action.id}`, reference: riskNumber, target: { webPart: 'riskRegister', riskNumber } };
    });
}

export function riskItems(risks: readonly IHomeRisk[], me: IPerson & { readonly id: number }, units: readonly IOrganisationUnit[], now: Date): IWorkItem[] {
  const mine = (risk: IHomeRisk): boolean =>
    risk.ownerId === me.id || (risk.unitId !== undefined && isLineManagerOf({ id: me.id, email: me.email, isSecurityFunction: false }, risk.unitId, units));
  return risks
    .filter((risk) => risk.status !== 'Utkast' && risk.status !== 'Avslutad' && mine(risk))
    .filter((risk) => {
      const left = daysLeft(risk.nextReviewAt, now);
      return left !== undefined && left <= RISK_REVIEW_HORIZON_DAYS;
    })
    .map((risk) => {
      const riskNumber = formatRiskNumber(risk.id);
      const day = dayOf(risk.nextReviewAt);
      return {
        kind: 'riskReview',
        key: `riskReview:${risk.id}`,
        title: risk.title,
        reference: riskNumber,
        urgency: reviewDue(risk, now) ? 'overdue' : 'due',
        day,
        daysLeft: daysLeft(day, now),
        target: { webPart: 'riskRegister', riskNumber }
      };
    });
}

export function documentItems(input: Pick<IMyWorkInput, 'me' | 'myUnitIds' | 'documents' | 'myConfirmations'>, now: Date): IWorkItem[] {
  const items: IWorkItem[] = [];
  for (const document of input.documents) {
    const target: WorkTarget = { webPart: 'governanceDocuments', document: document.number || String(document.id) };
    if (document.ownerId === input.me.id) {
      const dueness = documentDueness(document, now);
      if (dueness.reviewDue || dueness.expiresSoon || dueness.expired) {
        // The nearer of the two days that made it due.
        const days = [dueness.reviewDue ? document.nextReviewAt : undefined, dueness.expiresSoon || dueness.expired ? document.validUntil : undefined]
          .map(dayOf)
          .filter((day): day is string => !!day)
          .sort();
        items.push({
          kind: 'documentReview',
          key: `documentReview:${document.id}`,
          title: document.title,
          reference: document.number,
          urgency: dueness.reviewOverdue || dueness.expired ? 'overdue' : 'due',
          day: days[0],
          daysLeft: daysLeft(days[0], now),
          target
        });
      }
    }
    if (needsMyConfirmation(document, input.me, input.myUnitIds, input.myConfirmations)) {
      const day = dayOf(document.effectiveFrom || document.approvedOn);
      items.push({ kind: 'documentConfirmation', key: `documentConfirmation:${document.id}`, title: document.title, reference: document.number, urgency: 'due', day, target });
    }
  }
  return items;
}

export function goalItems(goals: readonly IHomeGoal[], measurements: readonly IMeasurement[], meId: number, now: Date): IWorkItem[] {
  const items: IWorkItem[] = [];
  for (const goal of goals) {
    if (goal.ownerId !== meId) continue;
    const due = measurementsDue(goal, measurements, now);
    if (due.length === 0) continue;
    const day = due[0].dueDay;
    items.push({
      kind: 'goalMeasurement',
      key: `goal:${goal.id}`,
      title: goal.title,
      urgency: due.length > 1 ? 'overdue' : 'due',
      day,
      daysLeft: daysLeft(day, now),
      missing: due.length,
      target: { webPart: 'securityGoals', goalId: goal.id }
    });
  }
  return items;
}

/** Every section of the person's work, in the page's order, each sorted most urgent first. */
export function myWork(input: IMyWorkInput, now: Date): IWorkSection[] {
  return [
    section('cases', caseItems(input.cases, now)),
    section('actions', actionItems(input.actions, now)),
    section('risks', riskItems(input.risks, input.me, input.units, now)),
    section('documents', documentItems(input, now)),
    section('goals', goalItems(input.goals, input.measurements, input.me.id, now))
  ];
}

export function workCount(sections: readonly IWorkSection[]): number {
  return sections.reduce((sum, entry) => sum + entry.items.length, 0);
}
