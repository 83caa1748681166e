/**
 * What the PDSA dashboard reads to count every unit's evidence (domain/pdsa/evidence.ts): each list
 * once, only the columns the count needs, on indexed columns, in one `$batch` (two at a size where
 * SharePoint wants id windows: lists/batchedReads.ts) however many units and items there are. Reads
 * go with the user's rights: the security function sees every case; a manager the open cases and
 * the protected ones shared with them.
 */
import { CaseStore } from '../../domain/deviations/types';
import { IEvidenceSources } from '../../domain/pdsa/evidence';
import { IPdsaComment } from '../../domain/pdsa/repositories';
import { SecurityArea } from '../../domain/securityAreas';
import { exercisesList, goalsList, measurementsList, pdsaCommentsList, selfAssessmentsList } from '../../schema/pdsaLists';
import { riskActionsList, risksList } from '../../schema/lists';
import { governingDocumentsLibrary } from '../../schema/documentLists';
import { ListItem } from '../lists/listAccess';
import { allOf, odataDateTime, odataNumber, odataString } from '../odata';
import { ACTION_LISTS, CASE_LISTS } from '../deviations/caseLists';
import { toPdsaComment } from './PdsaCommentRepository';
import { IItemsQuery, readEach } from '../lists/batchedReads';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import {
  deviationActionEvidence,
  deviationEvidence,
  documentEvidence,
  exerciseEvidence,
  goalEvidence,
  measurementEvidence,
  riskActionEvidence,
  riskEvidence,
  selfAssessmentEvidence
} from './evidenceRows';

export interface IPdsaEvidenceData {
  readonly sources: IEvidenceSources;
  readonly comments: IPdsaComment[];
}

const STORES: readonly CaseStore[] = ['open', 'protected'];
/** What toDeviation needs to read an open report's time and state as the case views do. */
const CASE_SELECT = ['Id', 'Created', 'OData__UIVersionString', 'ReportedAt', 'Status', 'SecurityArea', 'Unit/Id'];

function areaClause(area: SecurityArea | undefined): string | undefined {
  return area === undefined ? undefined : `SecurityArea eq ${odataString(area)}`;
}

/** Every list the count reads, in the order toSources takes them. */
function evidenceQueries(year: number, area: SecurityArea | undefined): IItemsQuery[] {
  const from = odataDateTime(new Date(Date.UTC(year, 0, 1)).toISOString());
  const to = odataDateTime(new Date(Date.UTC(year + 1, 0, 1)).toISOString());
  const inYear = (column: string): string => allOf(`${column} ge ${from}`, `${column} lt ${to}`);
  return [
    { listTitle: goalsList.title, filter: allOf(`GoalYear eq ${odataNumber(year)}`, areaClause(area)), select: ['Id', 'ScopeUnitId', 'SecurityArea', 'GoalYear', 'TargetDate', 'MeasurementFrequency', 'Activities'] },
    { listTitle: measurementsList.title, filter: inYear('MeasuredOn'), select: ['Id', 'GoalId', 'MeasuredOn', 'MeasuredValue'] },
    { listTitle: exercisesList.title, filter: inYear('ExerciseDate'), select: ['Id', 'UnitId', 'ExerciseDate', 'SecurityAreas', 'FollowUpActions'] },
    { listTitle: selfAssessmentsList.title, filter: `AssessmentYear eq ${odataNumber(year)}`, select: ['Id', 'UnitId', 'AssessmentYear', 'AssessmentStatus'] },
    // Every risk (closed and draft ones too): a risk action due this year may belong to one.
    { listTitle: risksList.title, filter: areaClause(area) || '', select: ['Id', 'UnitId', 'SecurityArea', 'RiskStatus', 'NextReviewAt', 'CurrentAssessedAt'] },
    { listTitle: riskActionsList.title, filter: inYear('DueDate'), select: ['Id', 'RiskId', 'DueDate', 'ActionStatus'] },
    ...STORES.map((store) => ({
      listTitle: CASE_LISTS[store].title,
      filter: allOf(inYear('ReportedAt'), areaClause(area)),
      select: CASE_SELECT,
      expand: ['Unit'],
      hiddenUnlessShared: store === 'protected'
    })),
    // An action decided in the year is due in it or later: its due day is never before the decision.
    ...STORES.map((store) => ({
      listTitle: ACTION_LISTS[store].title,
      filter: `DueDate ge ${from}`,
      select: ['Id', 'DeviationId', 'Created'],
      hiddenUnlessShared: store === 'protected'
    })),
    { listTitle: governingDocumentsLibrary.title, filter: 'ScopeUnitId ge 1', select: ['Id', 'ScopeUnitId', 'DocumentStatus', 'Edition', 'NextReviewAt', 'ValidUntil', 'SecurityAreas'] },
    {
      listTitle: pdsaCommentsList.title,
      filter: `PdsaYear eq ${odataNumber(year)}`,
      select: ['Id', 'UnitId', 'PdsaYear', 'PdsaPhase', 'PdsaComment', 'Created', 'Author/Id', 'Author/Title', 'Author/EMail'],
      expand: ['Author']
    }
  ];
}

function toSources(pages: ListItem[][]): IPdsaEvidenceData {
  const [goals, measurements, exercises, assessments, risks, riskActions, openCases, protectedCases, openActions, protectedActions, documents, comments] = pages;
  const cases = [openCases, protectedCases];
  const actions = [openActions, protectedActions];
  return {
    sources: {
      goals: goals.map(goalEvidence),
      measurements: measurements.map(measurementEvidence),
      exercises: exercises.map(exerciseEvidence),
      selfAssessments: assessments.map(selfAssessmentEvidence),
      risks: risks.map(riskEvidence),
      riskActions: riskActions.map(riskActionEvidence),
      deviations: ([] as IEvidenceSources['deviations'][number][]).concat(...STORES.map((store, s) => cases[s].map((item) => deviationEvidence(item, store)))),
      deviationActions: ([] as IEvidenceSources['deviationActions'][number][]).concat(
        ...STORES.map((store, s) => actions[s].map((item) => deviationActionEvidence(item, store)))
      ),
      documents: documents.map(documentEvidence)
    },
    comments: comments.map(toPdsaComment).sort((a, b) => b.id - a.id)
  };
}

/** Everything the year's (and area's) evidence is counted from, with the year's comments. */
export async function readPdsaEvidence(reads: SameTurnBatch, year: number, area?: SecurityArea): Promise<IPdsaEvidenceData> {
  return toSources(await readEach(reads, evidenceQueries(year, area)));
}
