import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import {
  ClearableDeviationField,
  IDeviationChanges,
  IDeviationQuery,
  IDeviationRepository,
  IDeviationSubmission
} from '../../domain/deviations/repositories';
import { CaseStore, IDeviation, IDeviationRow, IHistoryEntry, IMtoCause } from '../../domain/deviations/types';
import { formatCaseNumber } from '../../domain/deviations/caseNumber';
import { asRecorded } from '../../domain/deviations/reportTrust';
import { PROTECTED_CASE_TITLE, titleFor } from '../../domain/deviations/draftValidation';
import { isOpen } from '../../domain/deviations/workflow';
import {
  ConsequenceLevel,
  DEVIATION_STATUSES,
  DeviationStatus,
  DeviationType,
  MsbIncidentCategory,
  RoutingReason
} from '../../domain/deviations/vocabulary';
import { SecurityArea } from '../../domain/securityAreas';
import { RoutingFallback } from '../../domain/deviations/routing';
import { CASE_LISTS, unlessNotShared } from './caseLists';
import { byNewestReport, newestFirst, ROW_EXPAND, ROW_SELECT, toDeviationRow, topOf } from './caseRows';
import { ConflictError, classifyError, isDuplicateValue } from '../errors';
import {
  etagOf,
  ListAccess,
  ListItem,
  readBoolean,
  readJson,
  readAllPages,
  readLookup,
  readPerson,
  readString,
  WriteValue
} from '../lists/listAccess';
import { allOf, anyOf, odataDateTime, odataString } from '../odata';

const STORES: readonly CaseStore[] = ['open', 'protected'];

const OPEN_STATUSES: readonly DeviationStatus[] = DEVIATION_STATUSES.filter(isOpen);

/**
 * Cases in both lists. Reads span the open and the protected list in one `$batch`; SharePoint trims
 * the protected one to the items the user has been granted, and answers 404 for the whole list to
 * someone granted nothing in it, which here means "no protected cases".
 */
export class DeviationRepository implements IDeviationRepository {
  private readonly _sp: SPFI;

  constructor(sp: SPFI) {
    this._sp = sp;
  }

  /** Adds to the open list; protected cases are added by the protected-cases function, with `store`. */
  public async submit(submission: IDeviationSubmission, store: CaseStore = 'open'): Promise<{ deviation: IDeviation; created: boolean }> {
    const { draft } = submission;
    const access = this._access(store);
    const values: Record<string, WriteValue> = {
      Title: store === 'protected' ? PROTECTED_CASE_TITLE : titleFor(draft),
      Headline: store === 'protected' ? titleFor(draft) : undefined,
      ClientRequestId: submission.clientRequestId,
      Description: draft.description.trim(),
      OccurredAt: draft.occurredAt,
      ReportedAt: submission.reportedAt,
      DeviationType: draft.type,
      SecurityArea: draft.area,
      Unit: draft.unitId,
      ReporterUnit: submission.reporterUnitId,
      Location: draft.location ? draft.location.trim() : undefined,
      ImmediateActions: draft.immediateActions ? draft.immediateActions.trim() : undefined,
      InvolvesPersonalData: draft.involvesPersonalData,
      SuspectedCrime: draft.suspectedCrime,
      Sensitive: submission.sensitive,
      Reporter: submission.reporter.id,
      Handler: submission.handler.id,
      RoutingReason: submission.routingReason,
      RoutingFallback: submission.routingFallback,
      Status: 'Ny',
      History: JSON.stringify(
        submission.history || [{ at: submission.reportedAt, byName: submission.reporter.displayName, byEmail: submission.reporter.email, to: 'Ny' }]
      )
    };
    try {
      const added: ListItem = await access.list.items.add(access.toWrite(values));
      const deviation = await this.getById(added.Id, store);
      if (!deviation) throw new Error(`Deviation ${added.Id} vanished after it was added`);
      return { deviation, created: true };
    } catch (error) {
      // A retry of a submission whose first attempt landed: return that one, never a second case.
      if (!isDuplicateValue(error)) throw error;
      const existing = await this._findIn(store, submission.clientRequestId);
      if (!existing) throw error;
      return { deviation: existing, created: false };
    }
  }

  public async findByClientRequestId(clientRequestId: string): Promise<IDeviation | undefined> {
    const found = await this._eachStore((sp, store) => this._findIn(store, clientRequestId, sp).then((deviation) => (deviation ? [deviation] : [])));
    return found[0];
  }

  public async getById(id: number, store: CaseStore = 'open'): Promise<IDeviation | undefined> {
    const access = this._access(store);
    try {
      const item: ListItem = await access.list.items
        .getById(id)
        .select(...access.select)
        .expand(...access.expand)();
      return toDeviation(item, store);
    } catch (error) {
      if (classifyError(error).kind === 'notFound') return undefined;
      throw error;
    }
  }

  public async query(query: IDeviationQuery): Promise<IDeviation[]> {
    const top = topOf(query);
    const found = await this._eachStore(async (sp, store) => {
      const access = this._access(store, sp);
      const items: ListItem[] = await newestFirst(access.list.items.select(...access.select).expand(...access.expand), query, top)();
      return items.map((item) => toDeviation(item, store));
    });
    // The indexed Reporter field finds them; Created By decides (an open report's Reporter is its author's to write).
    const mine = query.reporterId === undefined ? found : found.filter((d) => !!d.reporter && d.reporter.id === query.reporterId);
    return byNewestReport(mine).slice(0, top);
  }

  public async queryRows(query: Omit<IDeviationQuery, 'reporterId'>): Promise<IDeviationRow[]> {
    const top = topOf(query);
    const found = await this._eachStore(async (sp, store) => {
      const items: ListItem[] = await newestFirst(this._access(store, sp).list.items.select(...ROW_SELECT).expand(...ROW_EXPAND), query, top)();
      return items.map((item) => toDeviationRow(item, store));
    });
    return byNewestReport(found).slice(0, top);
  }

  /** Every open case in a store reported before an instant, page by page (the nightly reminders). */
  public async openReportedBefore(store: CaseStore, before: string): Promise<IDeviation[]> {
    const access = this._access(store);
    const query = access.list.items
      .select(...access.select)
      .expand(...access.expand)
      .filter(allOf(anyOf('Status', OPEN_STATUSES.map(odataString)), `ReportedAt lt ${odataDateTime(before)}`))
      .top(5000);
    return (await readAllPages<ListItem>(query)).map((item) => toDeviation(item, store));
  }

  public async update(id: number, etag: string, changes: IDeviationChanges, store: CaseStore = 'open'): Promise<IDeviation> {
    const access = this._access(store);
    try {
      await access.list.items.getById(id).update({ ...access.toWrite(changeValues(changes)), ...clearedColumns(changes) }, etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      const current = await this.getById(id, store);
      if (!current) throw error;
      throw new ConflictError<IDeviation>(current);
    }
    const updated = await this.getById(id, store);
    if (!updated) throw new Error(`Deviation ${id} vanished after it was updated`);
    return updated;
  }

  private _access(store: CaseStore, sp: SPFI = this._sp): ListAccess {
    return new ListAccess(sp, CASE_LISTS[store]);
  }

  private async _findIn(store: CaseStore, clientRequestId: string, sp: SPFI = this._sp): Promise<IDeviation | undefined> {
    const access = this._access(store, sp);
    const items: ListItem[] = await access.list.items
      .select(...access.select)
      .expand(...access.expand)
      .filter(`ClientRequestId eq ${odataString(clientRequestId)}`)
      .top(1)();
    return items.length > 0 ? toDeviation(items[0], store) : undefined;
  }

  /** Runs a read against both lists in one $batch; a protected list the user cannot open adds nothing. */
  private async _eachStore<T>(read: (sp: SPFI, store: CaseStore) => Promise<T[]>): Promise<T[]> {
    const [batched, execute] = this._sp.batched();
    const reads = STORES.map((store) => unlessNotShared(store, read(batched, store)));
    const all = Promise.all(reads);
    await execute();
    return ([] as T[]).concat(...(await all));
  }
}

/** The list values a set of changes writes; undefined leaves a field as it is. */
function changeValues(changes: IDeviationChanges): Record<string, WriteValue> {
  return {
    Status: changes.status,
    DeviationType: changes.type,
    SecurityArea: changes.area,
    ActualConsequence: changes.actualConsequence,
    PotentialConsequence: changes.potentialConsequence,
    MsbCategory: changes.msbCategory,
    MtoCauses: changes.mtoCauses ? JSON.stringify(changes.mtoCauses) : undefined,
    Feedback: changes.feedback,
    FeedbackAt: changes.feedbackAt,
    AcknowledgedAt: changes.acknowledgedAt,
    ClosedAt: changes.closedAt,
    ApprovedBy: changes.approvedById,
    SecurityApprovedBy: changes.securityApprovedById,
    SecurityApprovedAt: changes.securityApprovedAt,
    RejectionReason: changes.rejectionReason,
    Handler: changes.handlerId,
    RoutingReason: changes.routingReason,
    RoutingFallback: changes.routingFallback,
    HandlerNotifiedAt: changes.handlerNotifiedAt,
    ReporterNotified: changes.reporterNotified,
    ReminderSentFor: changes.reminderSentFor,
    Reporter: changes.reporterId,
    ReportedAt: changes.reportedAt,
    Sensitive: changes.sensitive,
    History: changes.history ? JSON.stringify(changes.history) : undefined
  };
}

/** The column each clearable field is written to (person fields by their …Id). */
const CLEARED_COLUMN: Readonly<Record<ClearableDeviationField, string>> = {
  feedback: 'Feedback',
  feedbackAt: 'FeedbackAt',
  acknowledgedAt: 'AcknowledgedAt',
  closedAt: 'ClosedAt',
  approvedById: 'ApprovedById',
  securityApprovedById: 'SecurityApprovedById',
  securityApprovedAt: 'SecurityApprovedAt',
  rejectionReason: 'RejectionReason',
  handlerNotifiedAt: 'HandlerNotifiedAt',
  reporterNotified: 'ReporterNotified',
  reminderSentFor: 'ReminderSentFor',
  actualConsequence: 'ActualConsequence',
  potentialConsequence: 'PotentialConsequence'
};

/** The REST body that empties `changes.clear`: SharePoint's API empties a field with null (kept to this boundary). */
function clearedColumns(changes: IDeviationChanges): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of changes.clear || []) body[CLEARED_COLUMN[field]] = null; // eslint-disable-line @rushstack/no-new-null
  return body;
}


/**
 * An item as a case. An open report's reporter and time come from SharePoint's own record, and its
 * handling state counts only once someone else has written it (domain/deviations/reportTrust.ts);
 * a protected case is written by the function alone, so its fields are taken as they are.
 */
export function toDeviation(item: ListItem, store: CaseStore = 'open'): IDeviation {
  const created = readString(item, 'Created') || new Date(0).toISOString();
  if (store === 'protected') return fromFields(item, store, readString(item, 'ReportedAt') || created);
  const version = parseInt(readString(item, 'OData__UIVersionString') || '1', 10);
  return asRecorded(fromFields(item, store, created), { author: readPerson(item, 'Author'), created, version: isNaN(version) ? 1 : version });
}

function fromFields(item: ListItem, store: CaseStore, reportedAt: string): IDeviation {
  return {
    id: item.Id,
    store,
    caseNumber: formatCaseNumber(item.Id, reportedAt, store),
    etag: etagOf(item),
    clientRequestId: readString(item, 'ClientRequestId') || '',
    title: readString(item, 'Headline') || readString(item, 'Title') || '',
    description: readString(item, 'Description') || '',
    occurredAt: readString(item, 'OccurredAt') || reportedAt,
    reportedAt,
    type: readString(item, 'DeviationType') as DeviationType | undefined,
    area: readString(item, 'SecurityArea') as SecurityArea | undefined,
    unit: readLookup(item, 'Unit'),
    reporterUnit: readLookup(item, 'ReporterUnit'),
    location: readString(item, 'Location'),
    immediateActions: readString(item, 'ImmediateActions'),
    involvesPersonalData: readBoolean(item, 'InvolvesPersonalData'),
    suspectedCrime: readBoolean(item, 'SuspectedCrime'),
    sensitive: readBoolean(item, 'Sensitive'),
    reporter: readPerson(item, 'Reporter'),
    handler: readPerson(item, 'Handler'),
    routingReason: readString(item, 'RoutingReason') as RoutingReason | undefined,
    routingFallback: readString(item, 'RoutingFallback') as RoutingFallback | undefined,
    handlerNotifiedAt: readString(item, 'HandlerNotifiedAt'),
    reporterNotified: readString(item, 'ReporterNotified'),
    reminderSentFor: readString(item, 'ReminderSentFor'),
    status: (readString(item, 'Status') || 'Ny') as DeviationStatus,
    actualConsequence: readString(item, 'ActualConsequence') as ConsequenceLevel | undefined,
    potentialConsequence: readString(item, 'PotentialConsequence') as ConsequenceLevel | undefined,
    msbCategory: readString(item, 'MsbCategory') as MsbIncidentCategory | undefined,
    mtoCauses: readJson<IMtoCause[]>(item, 'MtoCauses', []),
    feedback: readString(item, 'Feedback'),
    feedbackAt: readString(item, 'FeedbackAt'),
    acknowledgedAt: readString(item, 'AcknowledgedAt'),
    closedAt: readString(item, 'ClosedAt'),
    approvedBy: readPerson(item, 'ApprovedBy'),
    securityApprovedBy: readPerson(item, 'SecurityApprovedBy'),
    securityApprovedAt: readString(item, 'SecurityApprovedAt'),
    rejectionReason: readString(item, 'RejectionReason'),
    history: readJson<IHistoryEntry[]>(item, 'History', [])
  };
}
