/**
 * Writes a previewed import into TryggRisker, row by row in the file's order. Nothing is written
 * before apply; the preview's context is gathered with reads only (ensureUser, which adds people to
 * the site, waits for apply). Each new row carries a client request id derived from the file and
 * the row, so an apply retried after a lost answer finds what the first attempt added.
 */
import { IDirectory } from '../../domain/directory';
import { IUnitRepository } from '../../domain/deviations/repositories';
import { mayEditRisk, riskValues } from '../../domain/risks/riskValues';
import { IRiskRepository, IRiskValues } from '../../domain/risks/repositories';
import { changedFields, ColumnMapping, IImportContext, IImportPreview, IImportRow, IImportRowPreview } from '../../domain/risks/riskImport';
import { parseRiskNumber } from '../../domain/risks/riskNumber';
import { IRisk, IRiskDraft, IRiskMatrix } from '../../domain/risks/types';
import { ICurrentUserService } from '../currentUser/ICurrentUserService';
import { classifyError, ConflictError, ErrorKind, isTransient } from '../errors';
import { SitePeople } from '../people';

export interface IRiskImportDependencies {
  readonly risks: IRiskRepository;
  /** Site user ids for the addresses (ensureUser, a write: used in apply only). */
  readonly people: Pick<SitePeople, 'withSiteId'>;
  /** Whether the file's addresses are people the directory knows (reads, for the preview). */
  readonly directory: Pick<IDirectory, 'search'>;
  readonly currentUser: ICurrentUserService;
  readonly units: IUnitRepository;
  readonly now: () => Date;
}

export interface IApplyOptions {
  /** The person chose to leave the rows with errors out; without it a preview with errors is refused whole. */
  readonly skipInvalid?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export type ImportRowOutcome =
  | 'added'
  /** An earlier attempt of this import added it (a lost answer, a retried apply): not added again. */
  | 'alreadyAdded'
  | 'updated'
  | 'unchanged'
  /** The risk changed since the preview: nothing overwritten. */
  | 'conflict'
  /** The owner or approver could not be added to the site: the row was not written. */
  | 'unknownPerson'
  | 'failed'
  /** Had errors in the preview; left out as the person chose. */
  | 'skipped'
  /** Not reached: the import stopped at a failure that would have failed the rest too. */
  | 'notAttempted';

export interface IImportRowResult {
  readonly rowNumber: number;
  readonly outcome: ImportRowOutcome;
  readonly riskId?: number;
}

export type ImportApplyResult =
  | { readonly kind: 'refused'; readonly reason: 'invalidRows'; readonly rowNumbers: readonly number[] }
  | {
      readonly kind: 'applied';
      readonly rows: readonly IImportRowResult[];
      readonly counts: Readonly<Record<ImportRowOutcome, number>>;
      /** Set when a network or service failure stopped the import: applying the same preview again continues it. */
      readonly stoppedBy?: ErrorKind;
    };

/** What the import panel uses; the composition root builds a RiskImportService. */
export interface IRiskImportService {
  context(rows: readonly IImportRow[], mapping: ColumnMapping, matrix: IRiskMatrix): Promise<IImportContext>;
  apply(preview: IImportPreview, fileId: string, options?: IApplyOptions): Promise<ImportApplyResult>;
}

const READ_CONCURRENCY = 6;

export class RiskImportService implements IRiskImportService {
  constructor(private readonly _deps: IRiskImportDependencies) {}

  /**
   * What previewImport needs besides the file: the units, the stored risks the file's numbers name,
   * which addresses the directory knows, and the register's rule for who may edit. Reads only.
   */
  public async context(rows: readonly IImportRow[], mapping: ColumnMapping, matrix: IRiskMatrix): Promise<IImportContext> {
    const [me, units] = await Promise.all([this._deps.currentUser.get(), this._deps.units.getAll()]);
    const cells = (key: keyof ColumnMapping): string[] => {
      const index = mapping[key];
      return index === undefined ? [] : rows.map((row) => (row.cells[index] || '').trim()).filter((text) => !!text);
    };
    const ids = unique(cells('riskNumber').map(parseRiskNumber).filter((id): id is number => id !== undefined));
    const found = await inBatches(ids, (id) => this._deps.risks.get(id));
    const existing = new Map<number, IRisk>();
    found.forEach((risk) => risk && existing.set(risk.id, risk));
    const emails = unique([...cells('owner'), ...cells('approver')].map((email) => email.toLowerCase()).filter((email) => /^[^\s@]+@[^\s@]+$/.test(email)));
    const editor = { id: me.id, email: me.email, isSecurityFunction: me.roles.securityFunction, isManager: me.roles.manager };
    const mayEdit = (unitId: number, stored?: IRisk): boolean => mayEditRisk(editor, unitId, units, stored);
    return { matrix, units, now: this._deps.now(), existing, knownPeople: await this._knownPeople(emails), mayEdit };
  }

  /** Addresses the directory knows; undefined when it could not be asked (then only their shape is checked). */
  private async _knownPeople(emails: readonly string[]): Promise<ReadonlySet<string> | undefined> {
    try {
      const answers = await inBatches(emails, (email) => this._deps.directory.search(email, 5));
      const known = new Set<string>();
      answers.forEach((users, i) => {
        if (users.some((user) => [user.email, user.userPrincipalName].some((address) => !!address && address.toLowerCase() === emails[i]))) known.add(emails[i]);
      });
      return known;
    } catch {
      return undefined;
    }
  }

  /**
   * Writes the preview's new and changed rows in order and reports every row. Refused whole while
   * rows have errors, unless the person chose to skip them; those are never written.
   */
  public async apply(preview: IImportPreview, fileId: string, options: IApplyOptions = {}): Promise<ImportApplyResult> {
    const invalid = preview.rows.filter((row) => row.action === 'invalid').map((row) => row.rowNumber);
    if (invalid.length > 0 && !options.skipInvalid) return { kind: 'refused', reason: 'invalidRows', rowNumbers: invalid };
    const results: IImportRowResult[] = [];
    let stoppedBy: ErrorKind | undefined;
    for (const row of preview.rows) {
      if (stoppedBy) results.push({ rowNumber: row.rowNumber, outcome: 'notAttempted', riskId: row.existing && row.existing.id });
      else if (row.action === 'invalid' || row.action === 'unchanged') {
        results.push({ rowNumber: row.rowNumber, outcome: row.action === 'invalid' ? 'skipped' : 'unchanged', riskId: row.existing && row.existing.id });
      } else {
        try {
          results.push(await this._write(row, preview.matrix, fileId));
        } catch (error) {
          // A service that is down or unreachable would fail every row after this one too.
          if (isTransient(error)) stoppedBy = classifyError(error).kind;
          results.push({ rowNumber: row.rowNumber, outcome: stoppedBy ? 'notAttempted' : 'failed', riskId: row.existing && row.existing.id });
        }
      }
      if (options.onProgress) options.onProgress(results.length, preview.rows.length);
    }
    const counts = { added: 0, alreadyAdded: 0, updated: 0, unchanged: 0, conflict: 0, unknownPerson: 0, failed: 0, skipped: 0, notAttempted: 0 };
    for (const result of results) counts[result.outcome] += 1;
    return { kind: 'applied', rows: results, counts, stoppedBy };
  }

  private async _write(row: IImportRowPreview, matrix: IRiskMatrix, fileId: string): Promise<IImportRowResult> {
    const { rowNumber, draft, existing } = row;
    const people = await this._personIds(draft, existing ? row.changes : undefined);
    if (people === 'unknown') return { rowNumber, outcome: 'unknownPerson', riskId: existing && existing.id };
    const values = riskValues(draft, matrix, this._deps.now(), people);
    if (!existing) {
      const added = await this._deps.risks.add(values, await rowRequestId(fileId, rowNumber));
      return { rowNumber, outcome: added.created ? 'added' : 'alreadyAdded', riskId: added.risk.id };
    }
    try {
      await this._deps.risks.update(existing.id, existing.etag, onlyChanged(values, row.changes));
      return { rowNumber, outcome: 'updated', riskId: existing.id };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      // Our own earlier write (an answer lost on the way back) already says what the row says.
      const same = changedFields(draft, (error as ConflictError<IRisk>).current).length === 0;
      return { rowNumber, outcome: same ? 'updated' : 'conflict', riskId: existing.id };
    }
  }

  /** Site user ids for the addresses the row writes; 'unknown' when the site cannot add one. */
  private async _personIds(draft: IRiskDraft, changes?: readonly (keyof IRiskDraft)[]): Promise<{ ownerId?: number; approverId?: number } | 'unknown'> {
    const id = async (field: 'ownerEmail' | 'approverEmail'): Promise<number | undefined> => {
      const email = draft[field];
      if (!email || (changes && changes.indexOf(field) < 0)) return undefined;
      return (await this._deps.people.withSiteId({ displayName: email, email })).id;
    };
    try {
      return { ownerId: await id('ownerEmail'), approverId: await id('approverEmail') };
    } catch (error) {
      const kind = classifyError(error).kind;
      if (kind === 'validation' || kind === 'notFound') return 'unknown';
      throw error;
    }
  }
}

/** Draft fields whose change writes more than the field of the same name. */
const WRITES: Partial<Record<keyof IRiskDraft, readonly (keyof IRiskValues)[]>> = {
  ownerEmail: ['ownerId'],
  approverEmail: ['approverId'],
  inherent: ['inherent', 'matrixVersion'],
  current: ['current', 'currentScore', 'currentLevel', 'currentAssessedAt', 'matrixVersion'],
  target: ['target', 'matrixVersion']
};

/** Only what the row changed: an update never rewrites a field, status or link the file did not touch. */
function onlyChanged(values: IRiskValues, changes: readonly (keyof IRiskDraft)[]): Partial<IRiskValues> {
  const partial: Partial<Record<keyof IRiskValues, unknown>> = {};
  for (const field of changes) for (const key of WRITES[field] || [field as keyof IRiskValues]) partial[key] = values[key];
  return partial as Partial<IRiskValues>;
}

/** A UUID-shaped id from the file's hash and the row: the same row of the same file, the same id. */
export async function rowRequestId(fileId: string, rowNumber: number): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`trygg-risk-import:${fileId}:${rowNumber}`));
  const hex = Array.from(new Uint8Array(digest).slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function unique<T>(values: readonly T[]): T[] {
  return Array.from(new Set(values));
}

/** Reads a few at a time: a 500-row file must not open 500 requests at once. */
async function inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += READ_CONCURRENCY) results.push(...(await Promise.all(items.slice(i, i + READ_CONCURRENCY).map(read))));
  return results;
}
