import { SPFI } from '@pnp/sp';
import { IRiskMatrixRepository } from '../../domain/risks/repositories';
import { IRiskMatrix } from '../../domain/risks/types';
import { riskMatrixList } from '../../schema/lists';
import { ListAccess, readJson } from '../lists/listAccess';
import { memoizePromise } from '../../common/memoizePromise';
import { SameTurnBatch } from '../lists/sameTurnBatch';

/**
 * The matrix's versions in TryggRiskmatris, one item each; read once per page view, in the same
 * `$batch` as whatever else is asked in its turn when `reads` is given (the register's first page).
 */
export class RiskMatrixRepository implements IRiskMatrixRepository {
  private readonly _access: ListAccess;
  private _all: () => Promise<IRiskMatrix[]>;

  constructor(sp: SPFI, private readonly _reads: SameTurnBatch = new SameTurnBatch(sp)) {
    this._access = new ListAccess(sp, riskMatrixList);
    this._all = this._reader();
  }

  public async current(): Promise<IRiskMatrix | undefined> {
    const all = await this._all();
    return all[all.length - 1];
  }

  public all(): Promise<IRiskMatrix[]> {
    return this._all();
  }

  /** Adds the next version; the unique version column refuses a second writer of the same number. */
  public async add(matrix: IRiskMatrix): Promise<IRiskMatrix> {
    const current = await this.current();
    const stored: IRiskMatrix = { ...matrix, version: current ? current.version + 1 : 1 };
    await this._access.list.items.add(this._access.toWrite({ Title: `Version ${stored.version}`, MatrixVersion: stored.version, MatrixJson: JSON.stringify(stored) }));
    this._all = this._reader();
    return stored;
  }

  private _reader(): () => Promise<IRiskMatrix[]> {
    return memoizePromise(async () => {
      const items = await this._reads.items((sp) => new ListAccess(sp, riskMatrixList).list.items.select('Id', 'MatrixVersion', 'MatrixJson').orderBy('MatrixVersion', true), 500);
      return items
        .map((item) => readJson<IRiskMatrix | undefined>(item, 'MatrixJson', undefined))
        .filter((matrix): matrix is IRiskMatrix => !!matrix)
        .sort((a, b) => a.version - b.version);
    });
  }
}
