import { SPFI } from '@pnp/sp';
import { IRiskPage, IRiskPlacement, IRiskQuery, IRiskRepository, IRiskValues, RiskSort } from '../../domain/risks/repositories';
import { IAssessment, IRisk } from '../../domain/risks/types';
import { CiaProperty, RiskSource, RiskStatus, RiskTreatment } from '../../domain/risks/vocabulary';
import { formatRiskNumber } from '../../domain/risks/riskNumber';
import { SecurityArea } from '../../domain/securityAreas';
import { risksList } from '../../schema/lists';
import { ConflictError, classifyError, isDuplicateValue } from '../errors';
import { etagOf, ListAccess, ListItem, readJson, readLookup, readNumber, readPerson, readString, readStrings, WriteValue } from '../lists/listAccess';
import { allOf, anyOf, odataDateTime, odataNumber, odataString } from '../odata';
import { allInIdWindows, firstPage, mapPage, SendFirst } from '../lists/largeListQuery';
import { SameTurnBatch } from '../lists/sameTurnBatch';

/** Ids in one $filter: under a kilobyte of URL, as itemsById reads them. */
const ID_CHUNK = 50;
const PLACEMENT_COLUMNS = ['Id', 'InherentLikelihood', 'InherentConsequence', 'CurrentLikelihood', 'CurrentConsequence', 'MatrixVersion'];

const SORT_COLUMN: Readonly<Record<RiskSort, [string, boolean]>> = {
  score: ['CurrentScore', false],
  nextReview: ['NextReviewAt', true],
  newest: ['Id', false]
};

/**
 * The register in TryggRisker. Every filter and sort is on an indexed column, and pages are read
 * one at a time, so the first page of any view holds at 50,000 risks.
 */
export class RiskRepository implements IRiskRepository {
  private readonly _access: ListAccess;

  /** `reads`: a view's first page goes in the same `$batch` as the other reads of its turn (the matrix). */
  constructor(private readonly _sp: SPFI, private readonly _reads?: SameTurnBatch) {
    this._access = new ListAccess(_sp, risksList);
  }

  public async query(query: IRiskQuery): Promise<IRiskPage> {
    // Many picked ids (a heat-map cell) are read a chunk at a time: one URL holds no more.
    if (query.ids && query.ids.length > ID_CHUNK) return this._idChunks(query, query.ids, 0);
    const filter = filterOf(query);
    const [column, ascending] = SORT_COLUMN[query.sort || 'score'];
    const size = Math.min(Math.max(query.pageSize || 50, 1), 500);
    const reads = this._reads;
    const send: SendFirst | undefined = reads && ((read) => reads.read(read, true));
    const page = await firstPage(this._sp, { listTitle: risksList.title, filter, sortColumn: column, ascending }, this._access, size, send);
    return mapPage<IRiskPage>(page, (items, next) => ({ risks: items.map(toRisk), next }));
  }

  private async _idChunks(query: IRiskQuery, ids: readonly number[], start: number): Promise<IRiskPage> {
    const page = await this.query({ ...query, ids: ids.slice(start, start + ID_CHUNK), pageSize: ID_CHUNK });
    const risks = await collect(page);
    return start + ID_CHUNK < ids.length ? { risks, next: () => this._idChunks(query, ids, start + ID_CHUNK) } : { risks };
  }

  /**
   * The heat map's read: only the assessment columns, by windows of 5,000 ids in one $batch, so
   * each window's filter stays under the list view threshold and 50,000 risks are ten small reads.
   */
  public async placements(query: IRiskQuery): Promise<IRiskPlacement[]> {
    const items = await allInIdWindows(this._sp, risksList.title, filterOf(query), PLACEMENT_COLUMNS);
    return items.map((item) => ({
      id: item.Id,
      inherent: readAssessment(item, 'Inherent'),
      current: readAssessment(item, 'Current'),
      matrixVersion: readNumber(item, 'MatrixVersion') || 1
    }));
  }

  public async get(id: number): Promise<IRisk | undefined> {
    try {
      const item: ListItem = await this._access.list.items.getById(id).select(...this._access.select).expand(...this._access.expand)();
      return toRisk(item);
    } catch (error) {
      if (classifyError(error).kind === 'notFound') return undefined;
      throw error;
    }
  }

  public async add(values: IRiskValues, clientRequestId: string): Promise<{ risk: IRisk; created: boolean }> {
    try {
      const added: ListItem = await this._access.list.items.add(this._access.toWrite({ ...riskColumns(values), ClientRequestId: clientRequestId }));
      return { risk: (await this.get(added.Id)) as IRisk, created: true };
    } catch (error) {
      // A retry of a save whose first attempt landed: that one, never a second risk.
      if (!isDuplicateValue(error)) throw error;
      const items: ListItem[] = await this._access.list.items
        .select(...this._access.select)
        .expand(...this._access.expand)
        .filter(`ClientRequestId eq ${odataString(clientRequestId)}`)
        .top(1)();
      if (items.length === 0) throw error;
      return { risk: toRisk(items[0]), created: false };
    }
  }

  public update(id: number, etag: string, values: Partial<IRiskValues>): Promise<IRisk> {
    return this._write(id, etag, riskColumns(values));
  }

  /** The Trygg function's review-reminder ledger (domain/risks/review.ts). */
  public markReminded(id: number, etag: string, value: string): Promise<IRisk> {
    return this._write(id, etag, { ReminderSentFor: value });
  }

  private async _write(id: number, etag: string, columns: Record<string, WriteValue>): Promise<IRisk> {
    try {
      await this._access.list.items.getById(id).update(this._access.toWrite(columns), etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      const current = await this.get(id);
      if (!current) throw error;
      throw new ConflictError<IRisk>(current);
    }
    return (await this.get(id)) as IRisk;
  }
}

/** The view's $filter: indexed columns only. */
function filterOf(query: IRiskQuery): string {
  return allOf(
    anyOf('UnitId', (query.unitIds || []).map(odataNumber)),
    query.area ? `SecurityArea eq ${odataString(query.area)}` : undefined,
    anyOf('RiskStatus', (query.statuses || []).map(odataString)),
    anyOf('CurrentLevel', (query.levelKeys || []).map(odataString)),
    query.ownerId !== undefined ? `RiskOwnerId eq ${odataNumber(query.ownerId)}` : undefined,
    query.reviewBefore ? `NextReviewAt lt ${odataDateTime(query.reviewBefore)}` : undefined,
    query.scanningEntryId !== undefined ? `ScanningEntryId eq ${odataNumber(query.scanningEntryId)}` : undefined,
    anyOf('Id', (query.ids || []).slice(0, ID_CHUNK).map(odataNumber))
  );
}

/** Every risk of a page and the pages after it (a chunk of ids is a few dozen risks). */
async function collect(page: IRiskPage): Promise<IRisk[]> {
  const risks = page.risks.slice();
  for (let next = page.next; next; ) {
    const more = await next();
    risks.push(...more.risks);
    next = more.next;
  }
  return risks;
}

function assessmentColumns(prefix: string, assessment: IAssessment | undefined): Record<string, WriteValue> {
  return assessment ? { [`${prefix}Likelihood`]: assessment.likelihood, [`${prefix}Consequence`]: assessment.consequence } : {};
}

/** The columns a set of values writes; undefined leaves a column as it is. */
function riskColumns(values: Partial<IRiskValues>): Record<string, WriteValue> {
  return {
    Title: values.title,
    Cause: values.cause,
    RiskEvent: values.event,
    ConsequenceDescription: values.consequenceDescription,
    SecurityArea: values.area,
    Unit: values.unitId,
    Asset: values.asset,
    RiskSource: values.source,
    Threat: values.threat,
    Vulnerability: values.vulnerability,
    CiaImpact: values.cia,
    ExistingControls: values.existingControls,
    ...assessmentColumns('Inherent', values.inherent),
    ...assessmentColumns('Current', values.current),
    ...assessmentColumns('Target', values.target),
    CurrentScore: values.currentScore,
    CurrentLevel: values.currentLevel,
    CurrentAssessedAt: values.currentAssessedAt,
    MatrixVersion: values.matrixVersion,
    Treatment: values.treatment,
    RiskOwner: values.ownerId,
    RiskApprover: values.approverId,
    ReviewIntervalMonths: values.reviewIntervalMonths,
    NextReviewAt: values.nextReviewAt,
    RiskStatus: values.status,
    LinkedCases: values.linkedCases ? JSON.stringify(values.linkedCases) : undefined,
    ScanningEntryId: values.scanningEntryId,
    GoverningDocumentId: values.governingDocumentId
  };
}

function readAssessment(item: ListItem, prefix: string): IAssessment | undefined {
  const likelihood = readNumber(item, `${prefix}Likelihood`);
  const consequence = readNumber(item, `${prefix}Consequence`);
  return likelihood !== undefined && consequence !== undefined ? { likelihood, consequence } : undefined;
}

export function toRisk(item: ListItem): IRisk {
  return {
    id: item.Id,
    etag: etagOf(item),
    riskNumber: formatRiskNumber(item.Id),
    title: readString(item, 'Title') || '',
    cause: readString(item, 'Cause'),
    event: readString(item, 'RiskEvent'),
    consequenceDescription: readString(item, 'ConsequenceDescription'),
    area: readString(item, 'SecurityArea') as SecurityArea,
    unit: readLookup(item, 'Unit') || { id: 0, title: '' },
    asset: readString(item, 'Asset'),
    source: readString(item, 'RiskSource') as RiskSource | undefined,
    threat: readString(item, 'Threat'),
    vulnerability: readString(item, 'Vulnerability'),
    cia: readStrings(item, 'CiaImpact') as CiaProperty[],
    existingControls: readString(item, 'ExistingControls'),
    inherent: readAssessment(item, 'Inherent'),
    current: readAssessment(item, 'Current'),
    target: readAssessment(item, 'Target'),
    currentAssessedAt: readString(item, 'CurrentAssessedAt'),
    matrixVersion: readNumber(item, 'MatrixVersion') || 1,
    treatment: readString(item, 'Treatment') as RiskTreatment | undefined,
    owner: readPerson(item, 'RiskOwner'),
    approver: readPerson(item, 'RiskApprover'),
    reviewIntervalMonths: readNumber(item, 'ReviewIntervalMonths'),
    nextReviewAt: readString(item, 'NextReviewAt'),
    status: (readString(item, 'RiskStatus') || 'Utkast') as RiskStatus,
    linkedCases: readJson<string[]>(item, 'LinkedCases', []),
    scanningEntryId: readNumber(item, 'ScanningEntryId'),
    governingDocumentId: readNumber(item, 'GoverningDocumentId'),
    reminderSentFor: readString(item, 'ReminderSentFor'),
    created: readString(item, 'Created') || '',
    modified: readString(item, 'Modified') || ''
  };
}
