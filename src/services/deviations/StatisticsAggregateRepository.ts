import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { groupKey, IAggregateRow, sameFigures } from '../../domain/deviations/statisticsAggregate';
import { DeviationStatus, DeviationType } from '../../domain/deviations/vocabulary';
import { SecurityArea } from '../../domain/securityAreas';
import { deviationAggregateList } from '../../schema/lists';
import { ListAccess, ListItem, readJson, readNumber, readString, WriteValue } from '../lists/listAccess';
import { odataString } from '../odata';
import { readEach } from '../lists/batchedReads';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { MAX_BATCH_PARTS as BATCH_SIZE } from '../lists/largeListQuery';

/** A compiled row as the list keeps it. */
export interface IStoredAggregateRow {
  readonly id: number;
  /** The GroupKey column: what a row is matched on when the months are compiled again. */
  readonly key: string;
  readonly row: IAggregateRow;
  /** When its figures were last written. */
  readonly computedAt: string;
}

/** What replaceMonths wrote; `unchanged` rows were left alone. */
export interface IAggregateWrites {
  readonly added: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
}

/** The values a row is written with; GroupKey doubles as the title for people browsing the list. */
export function aggregateValues(row: IAggregateRow, computedAt: string): Record<string, WriteValue> {
  const key = groupKey(row);
  return {
    Title: key,
    GroupKey: key,
    Month: row.month,
    Unit: row.unitId,
    SecurityArea: row.area,
    DeviationType: row.type,
    Status: row.status,
    CaseCount: row.caseCount,
    OverdueCount: row.overdueCount,
    AcknowledgeDays: JSON.stringify(row.acknowledgeDays),
    CloseDays: JSON.stringify(row.closeDays),
    OpenActions: row.openActions,
    OverdueActions: row.overdueActions,
    ComputedAt: computedAt
  };
}

const SELECT = ['Id', 'GroupKey', 'Month', 'UnitId', 'SecurityArea', 'DeviationType', 'Status', 'CaseCount', 'OverdueCount', 'AcknowledgeDays', 'CloseDays', 'OpenActions', 'OverdueActions', 'ComputedAt'];

/** A JSON list of days; anything else (a hand edit) reads as no days rather than as wrong ones. */
function days(item: ListItem, name: string): number[] {
  const value = readJson<unknown>(item, name, []);
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number' && isFinite(n)) : [];
}

function toStored(item: ListItem): IStoredAggregateRow {
  return {
    id: item.Id,
    key: readString(item, 'GroupKey') || '',
    computedAt: readString(item, 'ComputedAt') || '',
    row: {
      month: readString(item, 'Month') || '',
      unitId: readNumber(item, 'UnitId'),
      area: readString(item, 'SecurityArea') as SecurityArea | undefined,
      type: readString(item, 'DeviationType') as DeviationType | undefined,
      status: (readString(item, 'Status') || 'Ny') as DeviationStatus,
      caseCount: readNumber(item, 'CaseCount') || 0,
      overdueCount: readNumber(item, 'OverdueCount') || 0,
      acknowledgeDays: days(item, 'AcknowledgeDays'),
      closeDays: days(item, 'CloseDays'),
      openActions: readNumber(item, 'OpenActions') || 0,
      overdueActions: readNumber(item, 'OverdueActions') || 0
    }
  };
}

/**
 * The compiled figures in TryggStatistik. Everyone reads them; only the Trygg function (app-only)
 * writes them. Months are read one query each on the indexed Month column, so that a list holding
 * years of rows stays readable above the list view threshold.
 */
export class StatisticsAggregateRepository {
  private readonly _sp: SPFI;
  private readonly _reads: SameTurnBatch;

  /** `reads`: shared with other services, so that reads asked in the same turn share a `$batch`. */
  constructor(sp: SPFI, reads: SameTurnBatch = new SameTurnBatch(sp)) {
    this._sp = sp;
    this._reads = reads;
  }

  /** Every row of the months ('YYYY-MM'). */
  public async read(months: readonly string[]): Promise<IStoredAggregateRow[]> {
    const pages = await readEach(
      this._reads,
      months.map((month) => ({ listTitle: deviationAggregateList.title, select: SELECT, filter: `Month eq ${odataString(month)}` }))
    );
    return ([] as ListItem[]).concat(...pages).map(toStored);
  }

  /** When the newest row was added; undefined while nothing has ever been compiled. */
  public async lastAdded(): Promise<string | undefined> {
    const items: ListItem[] = await this._access().list.items.select('Id', 'ComputedAt').orderBy('Id', false).top(1)();
    return items.length > 0 ? readString(items[0], 'ComputedAt') : undefined;
  }

  /**
   * Makes the months hold exactly `rows`: a group with new figures is updated, a new group added, a
   * group no longer there deleted, and one with the same figures left alone. So a rerun over the same
   * cases writes nothing, and a rerun after a run that failed half-way writes what it did not.
   */
  public async replaceMonths(rows: readonly IAggregateRow[], months: readonly string[], computedAt: string): Promise<IAggregateWrites> {
    const inMonths = new Set(months);
    const stray = rows.filter((row) => !inMonths.has(row.month));
    if (stray.length > 0) throw new Error(`Rows outside the months compiled: ${groupKey(stray[0])}`);
    const stored = new Map<string, IStoredAggregateRow>();
    const duplicates: IStoredAggregateRow[] = [];
    for (const item of await this.read(months)) {
      if (stored.has(item.key)) duplicates.push(item); // GroupKey is unique; only a list without the constraint has these
      else stored.set(item.key, item);
    }

    const writes: ((access: ListAccess) => Promise<unknown>)[] = [];
    let updated = 0;
    let unchanged = 0;
    for (const row of rows) {
      const key = groupKey(row);
      const old = stored.get(key);
      stored.delete(key);
      const values = aggregateValues(row, computedAt);
      if (!old) {
        writes.push((access) => access.list.items.add(access.toWrite(values)));
      } else if (!sameFigures(old.row, row)) {
        updated += 1;
        writes.push((access) => access.list.items.getById(old.id).update(access.toWrite(values), '*'));
      } else {
        unchanged += 1;
      }
    }
    const gone = Array.from(stored.values()).concat(duplicates);
    for (const old of gone) writes.push((access) => access.list.items.getById(old.id).delete());
    await this._writeInBatches(writes);
    return { added: writes.length - updated - gone.length, updated, deleted: gone.length, unchanged };
  }

  /** Chunks of at most BATCH_SIZE; the first failed write stops the run (a rerun takes it from there). */
  private async _writeInBatches(writes: readonly ((access: ListAccess) => Promise<unknown>)[]): Promise<void> {
    for (let start = 0; start < writes.length; start += BATCH_SIZE) {
      const [batched, execute] = this._sp.batched({ maxRequests: BATCH_SIZE });
      const access = new ListAccess(batched, deviationAggregateList);
      const done = Promise.all(writes.slice(start, start + BATCH_SIZE).map((write) => write(access)));
      done.catch(() => undefined);
      await execute();
      await done;
    }
  }

  private _access(): ListAccess {
    return new ListAccess(this._sp, deviationAggregateList);
  }
}
