/**
 * The reads of "Min säkerhet", queued on one batched PnPjs instance so that they travel as a single
 * `$batch`. Each asks one list for the columns the page needs, filtered on indexed columns (the
 * person's own work by their id; the year's goals, measurements and evidence by an indexed date or
 * year), at most LIST_VIEW_THRESHOLD items each: a read that fills it is reported as truncated.
 * A read SharePoint refuses over the list view threshold (a region's year of cases at 50,000) is
 * read again by id windows after the batch: more requests, at that size only.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { CaseStore } from '../../domain/deviations/types';
import { isOpen } from '../../domain/deviations/workflow';
import { ACTION_STATUSES, DEVIATION_STATUSES } from '../../domain/deviations/vocabulary';
import { RISK_STATUSES } from '../../domain/risks/vocabulary';
import { DOCUMENT_STATUSES } from '../../domain/documents/vocabulary';
import { RISK_REVIEW_HORIZON_DAYS } from '../../domain/home/myWork';
import { DAY_MS } from '../../domain/days';
import { unitsList, riskActionsList, risksList } from '../../schema/lists';
import { governingDocumentsLibrary, readConfirmationsList } from '../../schema/documentLists';
import { exercisesList, goalsList, measurementsList, selfAssessmentsList } from '../../schema/pdsaLists';
import { ACTION_LISTS, CASE_LISTS } from '../deviations/caseLists';
import { classifyError } from '../errors';
import { ListItem } from '../lists/listAccess';
import { siteDepartment } from '../directory/siteDepartment';
import { allInIdWindows, isThresholdError, LIST_VIEW_THRESHOLD } from '../lists/largeListQuery';
import { allOf, anyOf, odataDateTime, odataNumber, odataString } from '../odata';

export const STORES: readonly CaseStore[] = ['open', 'protected'];

const OPEN_CASE_STATUSES = DEVIATION_STATUSES.filter(isOpen);
const OPEN_ACTION_STATUSES = ACTION_STATUSES.filter((status) => status !== 'Klar');
const ASSESSED_RISK_STATUSES = RISK_STATUSES.filter((status) => status !== 'Utkast' && status !== 'Avslutad');
/** Every document but a withdrawn one: owned ones to review, published ones to confirm, the unit's for PDSA. */
const LIVE_DOCUMENT_STATUSES = DOCUMENT_STATUSES.filter((status) => status !== 'Upphävd');

/** What toDeviation needs for a case's number, time and state (an open report's time is its Created). */
const CASE_SELECT = ['Id', 'Title', 'Headline', 'Created', 'OData__UIVersionString', 'ReportedAt', 'Status', 'SecurityArea', 'Unit/Id'];
const GOAL_SELECT = [
  'Id', 'Title', 'ScopeUnitId', 'SecurityArea', 'GoalPriority', 'Indicator', 'UnitOfMeasure', 'Baseline', 'TargetValue',
  'GoalDirection', 'TargetDate', 'MeasurementFrequency', 'Activities', 'GoalYear', 'GoalOwner/Id'
];
const DOCUMENT_SELECT = [
  'Id', 'Title', 'FileLeafRef', 'DocumentNumber', 'DocumentStatus', 'Edition', 'DocumentOwnerId', 'ScopeUnitId', 'SecurityAreas',
  'NextReviewAt', 'ValidUntil', 'ApprovedOn', 'EffectiveFrom', 'ReadAudience', 'OData__ModerationStatus'
];

export interface IHomeReadsContext {
  /** The unbatched instance, for a read the batch's answer says is over the threshold. */
  readonly sp: SPFI;
  readonly meId: number;
  readonly year: number;
  readonly now: Date;
  /** Managers and the security function: their unit's risks and PDSA evidence are read too. */
  readonly leads: boolean;
}

/** Every read of the page, each a promise that settles when the batch has run. */
export interface IHomeReads {
  readonly department: Promise<string | undefined>;
  readonly units: Promise<ListItem[]>;
  readonly myCases: Promise<ListItem[]>[];
  readonly myCaseActions: Promise<ListItem[]>[];
  readonly myRiskActions: Promise<ListItem[]>;
  readonly risks: Promise<ListItem[]>;
  readonly documents: Promise<ListItem[]>;
  readonly myConfirmations: Promise<ListItem[]>;
  readonly goals: Promise<ListItem[]>;
  readonly measurements: Promise<ListItem[]>;
  /** The rest of the PDSA evidence (evidence.ts), only for those who lead. */
  readonly evidence?: {
    readonly exercises: Promise<ListItem[]>;
    readonly selfAssessments: Promise<ListItem[]>;
    readonly riskActions: Promise<ListItem[]>;
    readonly cases: Promise<ListItem[]>[];
    readonly caseActions: Promise<ListItem[]>[];
  };
  /** Titles of lists whose read filled LIST_VIEW_THRESHOLD. */
  readonly truncated: string[];
}

/** Queues every read on `batched`; nothing is sent until the batch executes. */
export function queueHomeReads(batched: SPFI, context: IHomeReadsContext): IHomeReads {
  const truncated: string[] = [];
  const me = odataNumber(context.meId);
  const from = odataDateTime(new Date(Date.UTC(context.year, 0, 1)).toISOString());
  const to = odataDateTime(new Date(Date.UTC(context.year + 1, 0, 1)).toISOString());
  const inYear = (column: string): string => allOf(`${column} ge ${from}`, `${column} lt ${to}`);
  const horizon = odataDateTime(new Date(context.now.getTime() + (RISK_REVIEW_HORIZON_DAYS + 1) * DAY_MS).toISOString());

  /**
   * One list's items. SharePoint answers 404 for a list that shares nothing with the person (the
   * protected cases, the risk register or the self-assessments for an employee): nothing of theirs.
   */
  const read = (title: string, select: readonly string[], filter: string, expand: readonly string[] = []): Promise<ListItem[]> => {
    let query = batched.web.lists.getByTitle(title).items.select(...select).top(LIST_VIEW_THRESHOLD);
    if (filter) query = query.filter(filter);
    if (expand.length > 0) query = query.expand(...expand);
    const items = (query() as Promise<ListItem[]>).then((found) => {
      if (found.length >= LIST_VIEW_THRESHOLD) truncated.push(title);
      return found;
    });
    return items.catch((error: unknown) => {
      if (classifyError(error).kind === 'notFound') return [] as ListItem[];
      if (isThresholdError(error)) return allInIdWindows(context.sp, title, filter, select.slice(), expand.slice());
      throw error;
    });
  };
  /** Several reads of one list as one, each item once. */
  const merged = (...reads: Promise<ListItem[]>[]): Promise<ListItem[]> =>
    Promise.all(reads).then((lists) => {
      const byId = new Map<number, ListItem>();
      for (const item of ([] as ListItem[]).concat(...lists)) byId.set(item.Id, item);
      return Array.from(byId.values());
    });
  const live = anyOf('DocumentStatus', LIVE_DOCUMENT_STATUSES.map(odataString)) || '';

  const reads: IHomeReads = {
    // A site without the person's profile synced yet: no department, the led units still count.
    department: siteDepartment(batched, context.meId),
    units: read(unitsList.title, ['Id', 'Title', 'UnitCode', 'UnitLevel', 'ParentUnitId', 'Department', 'ManagerAbsent', 'UnitManagerId', 'SubstituteId'], ''),
    myCases: STORES.map((store) => read(CASE_LISTS[store].title, CASE_SELECT, allOf(`HandlerId eq ${me}`, anyOf('Status', OPEN_CASE_STATUSES.map(odataString))), ['Unit'])),
    myCaseActions: STORES.map((store) =>
      read(ACTION_LISTS[store].title, ['Id', 'Title', 'DueDate', 'ActionStatus', 'DeviationId'], allOf(`ActionOwnerId eq ${me}`, anyOf('ActionStatus', OPEN_ACTION_STATUSES.map(odataString))))
    ),
    myRiskActions: read(riskActionsList.title, ['Id', 'Title', 'DueDate', 'ActionStatus', 'RiskId'], allOf(`ActionOwnerId eq ${me}`, anyOf('ActionStatus', OPEN_ACTION_STATUSES.map(odataString)))),
    // Those who lead read every risk they may see (the PDSA count needs them all); others only their own, near review.
    risks: context.leads
      ? read(risksList.title, ['Id', 'Title', 'UnitId', 'SecurityArea', 'RiskStatus', 'NextReviewAt', 'CurrentAssessedAt', 'RiskOwnerId'], '')
      : read(
          risksList.title,
          ['Id', 'Title', 'UnitId', 'RiskStatus', 'NextReviewAt', 'RiskOwnerId'],
          allOf(`RiskOwnerId eq ${me}`, `NextReviewAt lt ${horizon}`, anyOf('RiskStatus', ASSESSED_RISK_STATUSES.map(odataString)))
        ),
    // Those who lead count their units' documents; others need only their own and those asking them to confirm reading.
    documents: context.leads
      ? read(governingDocumentsLibrary.title, DOCUMENT_SELECT, live)
      : merged(
          read(governingDocumentsLibrary.title, DOCUMENT_SELECT, allOf(`DocumentOwnerId eq ${me}`, live)),
          read(governingDocumentsLibrary.title, DOCUMENT_SELECT, "AsksReadConfirmation eq 1 and DocumentStatus eq 'Publicerad'")
        ),
    myConfirmations: read(readConfirmationsList.title, ['Id', 'DocumentId', 'Edition', 'Created', 'Author/Id', 'Author/Title', 'Author/EMail'], `AuthorId eq ${me}`, ['Author']),
    goals: read(goalsList.title, GOAL_SELECT, `GoalYear eq ${odataNumber(context.year)}`, ['GoalOwner']),
    measurements: read(measurementsList.title, ['Id', 'GoalId', 'MeasuredOn', 'MeasuredValue'], inYear('MeasuredOn')),
    truncated
  };
  if (!context.leads) return reads;
  return {
    ...reads,
    evidence: {
      exercises: read(exercisesList.title, ['Id', 'UnitId', 'ExerciseDate', 'SecurityAreas', 'FollowUpActions'], inYear('ExerciseDate')),
      selfAssessments: read(selfAssessmentsList.title, ['Id', 'UnitId', 'AssessmentYear', 'AssessmentStatus'], `AssessmentYear eq ${odataNumber(context.year)}`),
      riskActions: read(riskActionsList.title, ['Id', 'RiskId', 'DueDate', 'ActionStatus'], inYear('DueDate')),
      cases: STORES.map((store) => read(CASE_LISTS[store].title, CASE_SELECT, inYear('ReportedAt'), ['Unit'])),
      // An action decided in the year is due in it or later (as the dashboard reads them).
      caseActions: STORES.map((store) => read(ACTION_LISTS[store].title, ['Id', 'DeviationId', 'Created'], `DueDate ge ${from}`))
    }
  };
}
