/**
 * Lean list items as the evidence count's rows (domain/pdsa/evidence.ts): one reader per register,
 * for the PDSA dashboard (pdsaEvidence.ts) and the home page's unit (services/home) alike, so both
 * count the same item the same way.
 */
import { CaseStore } from '../../domain/deviations/types';
import { IEvidenceSources } from '../../domain/pdsa/evidence';
import { SelfAssessmentStatus } from '../../domain/pdsa/vocabulary';
import { RISK_STATUSES, RiskStatus } from '../../domain/risks/vocabulary';
import { DocumentStatus } from '../../domain/documents/vocabulary';
import { SecurityArea } from '../../domain/securityAreas';
import { ListItem, readNumber, readString, readStrings } from '../lists/listAccess';
import { toDeviation } from '../deviations/DeviationRepository';
import { readActivities } from './GoalRepository';
import { readFollowUpActions } from './ExerciseRepository';
import { readDay } from './PdsaListItems';

type Row<K extends keyof IEvidenceSources> = IEvidenceSources[K][number];

/** A risk's status; an unknown one counts as a draft: not assessed. */
export function riskStatusOf(item: ListItem): RiskStatus {
  const status = readString(item, 'RiskStatus') || '';
  return ((RISK_STATUSES as readonly string[]).indexOf(status) >= 0 ? status : 'Utkast') as RiskStatus;
}

/** Open and protected cases number their items apart: the store keeps them apart. */
export function caseKey(store: CaseStore, id: number): string {
  return `${store}:${id}`;
}

export function goalEvidence(item: ListItem): Row<'goals'> {
  return {
    id: item.Id,
    scopeUnitId: readNumber(item, 'ScopeUnitId'),
    area: readString(item, 'SecurityArea') as SecurityArea,
    year: readNumber(item, 'GoalYear') || 0,
    targetDate: readDay(item, 'TargetDate') || '',
    frequency: readString(item, 'MeasurementFrequency') as Row<'goals'>['frequency'],
    activities: readActivities(item)
  };
}

export function measurementEvidence(item: ListItem): Row<'measurements'> {
  return { goalId: readNumber(item, 'GoalId') || 0, measuredOn: readDay(item, 'MeasuredOn') || '', value: readNumber(item, 'MeasuredValue') || 0 };
}

export function exerciseEvidence(item: ListItem): Row<'exercises'> {
  return {
    unitId: readNumber(item, 'UnitId') || 0,
    date: readDay(item, 'ExerciseDate') || '',
    areas: readStrings(item, 'SecurityAreas') as SecurityArea[],
    followUpActions: readFollowUpActions(item).length
  };
}

export function selfAssessmentEvidence(item: ListItem): Row<'selfAssessments'> {
  return {
    unitId: readNumber(item, 'UnitId') || 0,
    year: readNumber(item, 'AssessmentYear') || 0,
    status: (readString(item, 'AssessmentStatus') || 'Utkast') as SelfAssessmentStatus
  };
}

export function riskEvidence(item: ListItem): Row<'risks'> {
  return {
    id: item.Id,
    unitId: readNumber(item, 'UnitId') || 0,
    area: readString(item, 'SecurityArea') as SecurityArea | undefined,
    status: riskStatusOf(item),
    nextReviewAt: readString(item, 'NextReviewAt'),
    currentAssessedAt: readString(item, 'CurrentAssessedAt')
  };
}

export function riskActionEvidence(item: ListItem): Row<'riskActions'> {
  return { riskId: readNumber(item, 'RiskId') || 0, dueDate: readDay(item, 'DueDate') || '', done: readString(item, 'ActionStatus') === 'Klar' };
}

export function deviationEvidence(item: ListItem, store: CaseStore): Row<'deviations'> {
  const deviation = toDeviation(item, store);
  return { key: caseKey(store, item.Id), unitId: deviation.unit ? deviation.unit.id : 0, area: deviation.area, status: deviation.status, reportedAt: deviation.reportedAt };
}

export function deviationActionEvidence(item: ListItem, store: CaseStore): Row<'deviationActions'> {
  return { deviationKey: caseKey(store, readNumber(item, 'DeviationId') || 0), created: readString(item, 'Created') || '' };
}

export function documentEvidence(item: ListItem): Row<'documents'> {
  return {
    scopeUnitId: readNumber(item, 'ScopeUnitId') || 0,
    status: (readString(item, 'DocumentStatus') || 'Utkast') as DocumentStatus,
    edition: readNumber(item, 'Edition') || 0,
    nextReviewAt: readString(item, 'NextReviewAt'),
    validUntil: readString(item, 'ValidUntil'),
    areas: readStrings(item, 'SecurityAreas') as SecurityArea[]
  };
}
