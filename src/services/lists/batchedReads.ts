/**
 * Many item queries read together, each whole however many items it matches, in a number of
 * requests that does not grow with the items: one `$batch` asks every query for its first 5,000
 * items in id order and every list for its newest id; a query whose page SharePoint says is not all
 * (its nextLink), or that it refused over the list view threshold, is read on in windows of 5,000 ids (Id is always
 * indexed, so each window stays under the threshold whatever else the filter says), all of them in
 * a second `$batch`. One request at a region's usual size, two at any size. Every read goes through
 * a SameTurnBatch, so reads other services ask for in the same turn share these `$batch`es; a batch
 * holds at most MAX_BATCH_PARTS parts (SharePoint's limit), so more parts take one more request per hundred.
 */
import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import '@pnp/sp/batching';
import { ListItem } from './listAccess';
import { IQueryPage, isThresholdError, LIST_VIEW_THRESHOLD as PAGE_SIZE, readQueryPage } from './largeListQuery';
import { SameTurnBatch } from './sameTurnBatch';
import { classifyError } from '../errors';

/** An items query, run on whichever PnPjs instance (batched or not) reads it. */
export interface IItemsQuery {
  readonly listTitle: string;
  readonly select: readonly string[];
  readonly expand?: readonly string[];
  /** On indexed columns, ANDed with the id windows when the query is read in them; empty for none. */
  readonly filter: string;
  /**
   * A list SharePoint hides from those it shares nothing with (the protected cases): a 404 reads
   * as no items rather than an error.
   */
  readonly hiddenUnlessShared?: boolean;
}

function itemsOf(sp: SPFI, query: IItemsQuery, clauses: readonly string[]): IItems {
  let items = sp.web.lists.getByTitle(query.listTitle).items.select(...query.select);
  if (query.expand && query.expand.length > 0) items = items.expand(...query.expand);
  const filter = clauses.concat(query.filter ? [`(${query.filter})`] : []).join(' and ');
  return filter ? items.filter(filter) : items;
}

function emptyIfHidden<T>(hidden: boolean | undefined, read: Promise<T[]>): Promise<T[]> {
  return read.catch((error: unknown) => {
    if (hidden && classifyError(error).kind === 'notFound') return [] as T[];
    throw error;
  });
}

/**
 * Each query's items, in the order the queries were given. Every read goes through `reads`, so a
 * read the caller (or another service) asks for in the same turn rides in the first `$batch`
 * rather than costing a request of its own.
 */
export async function readEach(reads: SameTurnBatch, queries: readonly IItemsQuery[]): Promise<ListItem[][]> {
  const lists = Array.from(new Set(queries.map((query) => query.listTitle)));
  const hidden = (title: string): boolean => queries.every((query) => query.listTitle !== title || !!query.hiddenUnlessShared);
  // Each page keeps SharePoint's nextLink: a page permissions thinned out may be short and still not all.
  const firstPages = queries.map((query) =>
    reads.read((batched) =>
      readQueryPage(itemsOf(batched, query, []).orderBy('Id', true).top(PAGE_SIZE)).catch((error: unknown) => {
        if (isThresholdError(error)) return undefined;
        if (query.hiddenUnlessShared && classifyError(error).kind === 'notFound') return { items: [] } as IQueryPage;
        throw error;
      })
    )
  );
  const newestIds = lists.map((title) =>
    reads.read((batched) =>
      emptyIfHidden(hidden(title), batched.web.lists.getByTitle(title).items.select('Id').orderBy('Id', false).top(1)() as Promise<ListItem[]>).then((items) =>
        items.length > 0 ? items[0].Id : 0
      )
    )
  );
  const [pages, newestOfEach] = await Promise.all([Promise.all(firstPages), Promise.all(newestIds)]);
  const newest = new Map(lists.map((title, i) => [title, newestOfEach[i]] as [string, number]));

  // What the first pages left: a refused query from the start, a full page after its last id.
  const windows: { readonly index: number; readonly read: Promise<ListItem[]> }[] = [];
  queries.forEach((query, index) => {
    const page = pages[index];
    if (page && !page.nextLink) return;
    const maxId = newest.get(query.listTitle) || 0;
    const last = page && page.items.length > 0 ? page.items[page.items.length - 1].Id : 0;
    for (let low = last; low < maxId; low += PAGE_SIZE) {
      const window = [`Id gt ${low}`, `Id le ${low + PAGE_SIZE}`];
      windows.push({ index, read: reads.read((batched) => emptyIfHidden(query.hiddenUnlessShared, itemsOf(batched, query, window).top(PAGE_SIZE)() as Promise<ListItem[]>)) });
    }
  });
  const read = await Promise.all(windows.map((window) => window.read));
  const byQuery = pages.map((page) => (page ? page.items.slice() : []));
  read.forEach((items, i) => byQuery[windows[i].index].push(...items));
  return byQuery;
}
