/**
 * Lean reads of many lists in a fixed number of HTTP requests, whatever they hold: one `$batch`
 * asks every list for its newest id, a second reads each list in windows of 5,000 ids (Id is always
 * indexed, so each window stays under the list view threshold whatever else the filter says), with
 * only the columns asked for. Two requests for ten lists of any size, up to 100 windows per batch
 * (half a million items across the lists); beyond that one more batch per hundred windows.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { ListItem } from '../lists/listAccess';
import { LIST_VIEW_THRESHOLD, MAX_BATCH_PARTS as BATCH_SIZE } from '../lists/largeListQuery';
import { classifyError } from '../errors';

export interface ILeanRead {
  readonly listTitle: string;
  /** $filter on indexed columns, ANDed with the id window; empty for none. */
  readonly filter: string;
  readonly select: readonly string[];
  readonly expand?: readonly string[];
  /**
   * A list SharePoint hides from those it shares nothing with (the protected cases): a 404 reads
   * as no items rather than an error.
   */
  readonly hiddenUnlessShared?: boolean;
}

function emptyIfHidden<T>(read: ILeanRead, items: Promise<T[]>): Promise<T[]> {
  return items.catch((error: unknown) => {
    if (read.hiddenUnlessShared && classifyError(error).kind === 'notFound') return [] as T[];
    throw error;
  });
}

/** Runs queries in `$batch`es of at most BATCH_SIZE, and returns each one's answer. */
async function inBatches<T>(sp: SPFI, queries: readonly ((batched: SPFI) => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < queries.length; start += BATCH_SIZE) {
    const [batched, execute] = sp.batched({ maxRequests: BATCH_SIZE });
    const answers = Promise.all(queries.slice(start, start + BATCH_SIZE).map((query) => query(batched)));
    // Observed here, so that a failed part is not reported unhandled while the batch still runs.
    answers.catch(() => undefined);
    await execute();
    results.push(...(await answers));
  }
  return results;
}

/** Each read's items, in the order the reads were given. */
export async function readLean(sp: SPFI, reads: readonly ILeanRead[]): Promise<ListItem[][]> {
  const newestIds = await inBatches(
    sp,
    reads.map((read) => (batched: SPFI) =>
      emptyIfHidden(read, batched.web.lists.getByTitle(read.listTitle).items.select('Id').orderBy('Id', false).top(1)() as Promise<ListItem[]>).then((items) =>
        items.length > 0 ? items[0].Id : 0
      )
    )
  );
  const windows: { readIndex: number; query: (batched: SPFI) => Promise<ListItem[]> }[] = [];
  reads.forEach((read, readIndex) => {
    for (let low = 0; low < newestIds[readIndex]; low += LIST_VIEW_THRESHOLD) {
      const clauses = [`Id gt ${low}`, `Id le ${low + LIST_VIEW_THRESHOLD}`].concat(read.filter ? [`(${read.filter})`] : []);
      windows.push({
        readIndex,
        query: (batched) => {
          let items = batched.web.lists.getByTitle(read.listTitle).items.select(...read.select).filter(clauses.join(' and ')).top(LIST_VIEW_THRESHOLD);
          if (read.expand && read.expand.length > 0) items = items.expand(...read.expand);
          return emptyIfHidden(read, items() as Promise<ListItem[]>);
        }
      });
    }
  });
  const pages = await inBatches(sp, windows.map((window) => window.query));
  const byRead: ListItem[][] = reads.map(() => []);
  pages.forEach((page, i) => byRead[windows[i].readIndex].push(...page));
  return byRead;
}
