import { SPFI } from '@pnp/sp';
import {
  IDeviationChanges,
  IDeviationQuery,
  IDeviationRepository,
  IDeviationSubmission
} from '../../domain/deviations/repositories';
import { IDeviation, IHistoryEntry, IMtoCause } from '../../domain/deviations/types';
import { formatCaseNumber } from '../../domain/deviations/caseNumber';
import { titleFor } from '../../domain/deviations/draftValidation';
import {
  ConsequenceLevel,
  DeviationStatus,
  DeviationType,
  MsbIncidentCategory,
  RoutingReason
} from '../../domain/deviations/vocabulary';
import { SecurityArea } from '../../domain/securityAreas';
import { RoutingFallback } from '../../domain/deviations/routing';
import { deviationsList } from '../../schema/lists';
import { ConflictError, classifyError } from '../errors';
import {
  etagOf,
  ListAccess,
  ListItem,
  readBoolean,
  readJson,
  readLookup,
  readPerson,
  readString,
  WriteValue
} from '../lists/listAccess';
import { allOf, anyOf, odataDateTime, odataNumber, odataString } from '../odata';

/** SharePoint's answer when a unique column already holds the value. */
function isDuplicateValue(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /SPDuplicateValuesFoundException|duplicate values/i.test(text);
}

export class DeviationRepository implements IDeviationRepository {
  private readonly _access: ListAccess;

  constructor(sp: SPFI) {
    this._access = new ListAccess(sp, deviationsList);
  }

  public async submit(submission: IDeviationSubmission): Promise<{ deviation: IDeviation; created: boolean }> {
    const { draft } = submission;
    const values: Record<string, WriteValue> = {
      Title: titleFor(draft),
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
      History: JSON.stringify([
        { at: submission.reportedAt, byName: submission.reporter.displayName, byEmail: submission.reporter.email, to: 'Ny' }
      ])
    };
    try {
      const added: ListItem = await this._access.list.items.add(this._access.toWrite(values));
      const deviation = await this.getById(added.Id);
      if (!deviation) throw new Error(`Deviation ${added.Id} vanished after it was added`);
      return { deviation, created: true };
    } catch (error) {
      // A retry of a submission whose first attempt landed: return that one, never a second case.
      if (!isDuplicateValue(error)) throw error;
      const existing = await this.findByClientRequestId(submission.clientRequestId);
      if (!existing) throw error;
      return { deviation: existing, created: false };
    }
  }

  public async findByClientRequestId(clientRequestId: string): Promise<IDeviation | undefined> {
    const items: ListItem[] = await this._access.list.items
      .select(...this._access.select)
      .expand(...this._access.expand)
      .filter(`ClientRequestId eq ${odataString(clientRequestId)}`)
      .top(1)();
    return items.length > 0 ? toDeviation(items[0]) : undefined;
  }

  public async getById(id: number): Promise<IDeviation | undefined> {
    try {
      const item: ListItem = await this._access.list.items
        .getById(id)
        .select(...this._access.select)
        .expand(...this._access.expand)();
      return toDeviation(item);
    } catch (error) {
      if (classifyError(error).kind === 'notFound') return undefined;
      throw error;
    }
  }

  public async query(query: IDeviationQuery): Promise<IDeviation[]> {
    // Only indexed columns, so the query holds above the list view threshold.
    const owners = [
      anyOf('HandlerId', (query.handlerIds || []).map(odataNumber)),
      anyOf('UnitId', (query.unitIds || []).map(odataNumber))
    ].filter((clause): clause is string => !!clause);
    const filter = allOf(
      owners.length > 1 ? `(${owners.join(' or ')})` : owners[0],
      query.reporterId !== undefined ? `ReporterId eq ${odataNumber(query.reporterId)}` : undefined,
      anyOf('Status', (query.statuses || []).map(odataString)),
      query.area ? `SecurityArea eq ${odataString(query.area)}` : undefined,
      query.type ? `DeviationType eq ${odataString(query.type)}` : undefined,
      query.reportedFrom ? `ReportedAt ge ${odataDateTime(query.reportedFrom)}` : undefined,
      query.reportedTo ? `ReportedAt le ${odataDateTime(query.reportedTo)}` : undefined
    );
    let request = this._access.list.items
      .select(...this._access.select)
      .expand(...this._access.expand)
      .orderBy('ReportedAt', false)
      .top(Math.min(Math.max(query.top || 100, 1), 5000));
    if (filter) request = request.filter(filter);
    const items: ListItem[] = await request();
    return items.map(toDeviation);
  }

  public async update(id: number, etag: string, changes: IDeviationChanges): Promise<IDeviation> {
    const values: Record<string, WriteValue> = {
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
      Sensitive: changes.sensitive,
      History: changes.history ? JSON.stringify(changes.history) : undefined
    };
    try {
      await this._access.list.items.getById(id).update(this._access.toWrite(values), etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      const current = await this.getById(id);
      if (!current) throw error;
      throw new ConflictError<IDeviation>(current);
    }
    const updated = await this.getById(id);
    if (!updated) throw new Error(`Deviation ${id} vanished after it was updated`);
    return updated;
  }
}

export function toDeviation(item: ListItem): IDeviation {
  const reportedAt = readString(item, 'ReportedAt') || readString(item, 'Created') || new Date(0).toISOString();
  return {
    id: item.Id,
    caseNumber: formatCaseNumber(item.Id, reportedAt),
    etag: etagOf(item),
    clientRequestId: readString(item, 'ClientRequestId') || '',
    title: readString(item, 'Title') || '',
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
