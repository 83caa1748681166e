/**
 * The lean list items of homeReads.ts as the domain's rows (domain/home, domain/pdsa/evidence.ts).
 * Where a register already has a reader (toDeviation, toDocument, toGoal …) it is used, so a case's
 * number or a document's edition reads here exactly as in its own web part.
 */
import { ActionStatus } from '../../domain/deviations/vocabulary';
import { IHomeAction, IHomeCase, IHomeRisk } from '../../domain/home/myWork';
import { IOrganisationUnit, IPerson, UnitLevel } from '../../domain/organisation';
import { IEvidenceSources } from '../../domain/pdsa/evidence';
import { toDeviation } from '../deviations/DeviationRepository';
import { ListItem, readBoolean, readNumber, readString } from '../lists/listAccess';
import { STORES } from './homeReads';
import {
  caseKey,
  deviationActionEvidence,
  deviationEvidence,
  exerciseEvidence,
  riskActionEvidence,
  riskEvidence,
  riskStatusOf,
  selfAssessmentEvidence
} from '../pdsa/evidenceRows';

export type HomeCase = IHomeCase & { readonly caseNumber: string };

/** A unit with its manager and substitute by site user id (all the home page compares them by). */
export function toUnit(item: ListItem): IOrganisationUnit {
  const person = (name: string): IPerson | undefined => {
    const id = readNumber(item, name);
    return id === undefined ? undefined : { id, displayName: '', email: '' };
  };
  return {
    id: item.Id,
    title: readString(item, 'Title') || '',
    code: readString(item, 'UnitCode') || '',
    level: (readString(item, 'UnitLevel') || 'Enhet') as UnitLevel,
    parentId: readNumber(item, 'ParentUnitId'),
    department: readString(item, 'Department'),
    manager: person('UnitManagerId'),
    managerAbsent: readBoolean(item, 'ManagerAbsent'),
    substitute: person('SubstituteId')
  };
}

/** Each store's items, in STORES' order, as cases with their numbers. */
export function toCases(byStore: readonly ListItem[][]): HomeCase[] {
  return ([] as HomeCase[]).concat(
    ...STORES.map((store, s) =>
      byStore[s].map((item) => {
        const deviation = toDeviation(item, store);
        return { id: item.Id, store, title: deviation.title, status: deviation.status, reportedAt: deviation.reportedAt, caseNumber: deviation.caseNumber };
      })
    )
  );
}

/**
 * Deviation actions (each store's, in STORES' order) and risk actions. A case action links to its
 * case by number when the case is among `cases`; an open case's item id does too (the inbox reads
 * either); a protected case not among them is opened from the inbox's list.
 */
export function toActions(caseActions: readonly ListItem[][], riskActions: readonly ListItem[], cases: readonly HomeCase[]): IHomeAction[] {
  const numbers = new Map(cases.map((entry) => [caseKey(entry.store, entry.id), entry.caseNumber] as [string, string]));
  const common = (item: ListItem): Omit<IHomeAction, 'parent'> => ({
    id: item.Id,
    title: readString(item, 'Title') || '',
    dueDate: readString(item, 'DueDate') || '',
    status: readString(item, 'ActionStatus') as ActionStatus
  });
  const ofCases = STORES.map((store, s) =>
    caseActions[s].map((item): IHomeAction => {
      const deviationId = readNumber(item, 'DeviationId') || 0;
      const caseNumber = numbers.get(caseKey(store, deviationId)) || (store === 'open' && deviationId > 0 ? String(deviationId) : undefined);
      return { ...common(item), parent: { caseNumber } };
    })
  );
  return ([] as IHomeAction[]).concat(...ofCases, riskActions.map((item) => ({ ...common(item), parent: { riskId: readNumber(item, 'RiskId') || 0 } })));
}

export function toRisk(item: ListItem): IHomeRisk {
  return {
    id: item.Id,
    title: readString(item, 'Title') || '',
    unitId: readNumber(item, 'UnitId'),
    ownerId: readNumber(item, 'RiskOwnerId'),
    status: riskStatusOf(item),
    nextReviewAt: readString(item, 'NextReviewAt')
  };
}

export interface IEvidenceItems {
  readonly exercises: readonly ListItem[];
  readonly selfAssessments: readonly ListItem[];
  readonly risks: readonly ListItem[];
  readonly riskActions: readonly ListItem[];
  /** Each store's, in STORES' order. */
  readonly cases: readonly ListItem[][];
  readonly caseActions: readonly ListItem[][];
}

/** The evidence count's sources; goals, measurements and documents are read for the page already. */
export function toEvidenceSources(items: IEvidenceItems, read: Pick<IEvidenceSources, 'goals' | 'measurements' | 'documents'>): IEvidenceSources {
  return {
    ...read,
    exercises: items.exercises.map(exerciseEvidence),
    selfAssessments: items.selfAssessments.map(selfAssessmentEvidence),
    risks: items.risks.map(riskEvidence),
    riskActions: items.riskActions.map(riskActionEvidence),
    deviations: ([] as IEvidenceSources['deviations'][number][]).concat(...STORES.map((store, s) => items.cases[s].map((item) => deviationEvidence(item, store)))),
    deviationActions: ([] as IEvidenceSources['deviationActions'][number][]).concat(
      ...STORES.map((store, s) => items.caseActions[s].map((item) => deviationActionEvidence(item, store)))
    )
  };
}
