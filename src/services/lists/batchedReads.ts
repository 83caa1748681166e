/**
 * Many item queries read together: in `$batch`es of up to 100 (SharePoint's limit; PnPjs splits at
 * 20 unless told), each query whole however many items it matches.
 */
import { SPFI } from '@pnp/sp';
import { IItems } from '@pnp/sp/items';
import '@pnp/sp/batching';
import { ListItem, readAllPages } from './listAccess';
import { allInIdWindows, isThresholdError, LIST_VIEW_THRESHOLD as PAGE_SIZE, MAX_BATCH_PARTS as BATCH_SIZE } from './largeListQuery';

/** An items query, run on whichever PnPjs instance (batched or not) reads it. */
export interface IItemsQuery {
  readonly listTitle: string;
  readonly select: readonly string[];
  readonly expand?: readonly string[];
  /** On indexed columns; a filter matching more than 5,000 items is read by id windows. */
  readonly filter: string;
}

function itemsOf(sp: SPFI, query: IItemsQuery): IItems {
  let items = sp.web.lists.getByTitle(query.listTitle).items.select(...query.select);
  if (query.expand && query.expand.length > 0) items = items.expand(...query.expand);
  return query.filter ? items.filter(query.filter) : items;
}

/**
 * Runs a set of item queries in `$batch`es and returns each one's items. A query whose first page is
 * full is read again page by page, so nothing is cut off; one SharePoint refuses over the list view
 * threshold (a region's undone actions at 50,000 cases) is read again by id windows.
 */
export async function readEach(sp: SPFI, queries: readonly IItemsQuery[], alongside?: (batched: SPFI) => void): Promise<ListItem[][]> {
  const firstPages: (ListItem[] | undefined)[] = [];
  for (let start = 0; start < queries.length; start += BATCH_SIZE) {
    const [batched, execute] = sp.batched({ maxRequests: BATCH_SIZE });
    // Another read the caller needs anyway rides in the first batch rather than costing a request.
    if (start === 0 && alongside) alongside(batched);
    const pages = Promise.all(
      queries.slice(start, start + BATCH_SIZE).map((query) =>
        (itemsOf(batched, query).top(PAGE_SIZE)() as Promise<ListItem[]>).catch((error: unknown) => {
          if (isThresholdError(error)) return undefined;
          throw error;
        })
      )
    );
    // Observed here so that a failed part is not reported unhandled while the batch is still running.
    pages.catch(() => undefined);
    await execute();
    firstPages.push(...(await pages));
  }
  return Promise.all(
    firstPages.map((page, i) => {
      const query = queries[i];
      if (!page) return allInIdWindows(sp, query.listTitle, query.filter, query.select.slice(), (query.expand || []).slice());
      return page.length < PAGE_SIZE ? page : readAllPages<ListItem>(itemsOf(sp, query).top(PAGE_SIZE));
    })
  );
}
