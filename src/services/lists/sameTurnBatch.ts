import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import '@pnp/sp/batching';
import { ListItem, readAllPages } from './listAccess';
import { MAX_BATCH_PARTS } from './largeListQuery';

/** SharePoint's largest page. */
const PAGE_SIZE = 5000;

interface IQueuedRead {
  /** One request, which needs no `$batch` when nothing else is asked in its turn. */
  readonly single: boolean;
  readonly run: (sp: SPFI) => void;
  readonly fail: (error: unknown) => void;
}

/**
 * Reads asked for in the same turn go out as one `$batch` (issue #16): a web part asks for the user
 * and the units together before anything else, and then for its lists, and each would otherwise
 * cost a request of its own. A read is started when the turn is over, as PnPjs starts a request;
 * it must call all its requests before it first awaits, as PnPjs batches want.
 */
export class SameTurnBatch {
  private readonly _sp: SPFI;
  private _queued: IQueuedRead[] | undefined;

  constructor(sp: SPFI) {
    this._sp = sp;
  }

  /** `single`: the read is one request, sent as it is when it turns out to be alone. */
  public read<T>(read: (sp: SPFI) => Promise<T>, single: boolean = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // Started inside a promise, so a read that throws rejects rather than stopping the others.
      const run = (sp: SPFI): Promise<void> => new Promise<T>((_resolve) => _resolve(read(sp))).then(resolve, reject);
      this._queue().push({ single, run, fail: reject });
    });
  }

  /** Every item of a query: the first page in the batch; a full one means more, read again page by page. */
  public items(query: (sp: SPFI) => IItems, pageSize: number = PAGE_SIZE): Promise<ListItem[]> {
    return this.read((sp) => query(sp).top(pageSize)() as Promise<ListItem[]>, true).then((page) =>
      page.length < pageSize ? page : readAllPages<ListItem>(query(this._sp).top(pageSize))
    );
  }

  private _queue(): IQueuedRead[] {
    if (!this._queued) {
      this._queued = [];
      setTimeout(() => this._send(), 0);
    }
    return this._queued;
  }

  private _send(): void {
    const reads = this._queued || [];
    this._queued = undefined;
    if (reads.length === 1 && reads[0].single) {
      reads[0].run(this._sp);
      return;
    }
    const [batched, execute] = this._sp.batched({ maxRequests: MAX_BATCH_PARTS });
    reads.forEach((read) => read.run(batched));
    // A batch that fails as a whole fails every read in it (one already answered keeps its answer).
    execute().catch((error: unknown) => reads.forEach((read) => read.fail(error)));
  }
}

/**
 * The composition's one batch when the service is given it (every service of a page then asks in
 * the same `$batch`: the annual follow-up gathers seven services' first reads in one request); a
 * batch of the service's own otherwise (tests, the Trygg function).
 */
export function readsOf(deps: { readonly sp: SPFI; readonly reads?: SameTurnBatch }): SameTurnBatch {
  return deps.reads || new SameTurnBatch(deps.sp);
}
