/**
 * Reading a filtered, sorted view of a list above SharePoint's list view threshold. SharePoint serves
 * a query on a large list only when its indexed filter matches at most 5,000 items; a broad view (the
 * whole region's overdue reviews, every high risk) matches more. Then the view is read in windows of
 * 5,000 item ids (Id is always indexed, so each window's filter matches at most 5,000), all in one
 * `$batch`: each window sorted on the view's column and cut at the rows wanted, with only the id and
 * that column, since the view's first n rows are among the windows' first n. The page's items are
 * then read by id. At 50,000 items that is one batch of ten small requests and one for the page.
 */
import { SPCollection, SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { IItems } from '@pnp/sp/items';
import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { ListItem } from './listAccess';
import { classifyError } from '../errors';

export const LIST_VIEW_THRESHOLD = 5000;
/** The most requests one `$batch` may carry in SharePoint (PnPjs splits at 20 unless told). */
export const MAX_BATCH_PARTS = 100;

/** SharePoint's refusal of a query over the list view threshold. */
export function isThresholdError(error: unknown): boolean {
  const { status, message } = classifyError(error);
  return status === 500 && /SPQueryThrottledException|list view threshold/i.test(message);
}

export interface IWindowedView {
  /** The list's title. */
  readonly listTitle: string;
  /** The view's $filter on indexed columns (may be empty). */
  readonly filter: string;
  /** An indexed column to sort on, and its direction. */
  readonly sortColumn: string;
  readonly ascending: boolean;
}

/** The newest item's id: the upper end of the id windows. */
async function highestId(sp: SPFI, listTitle: string): Promise<number> {
  const newest: ListItem[] = await sp.web.lists.getByTitle(listTitle).items.select('Id').orderBy('Id', false).top(1)();
  return newest.length > 0 ? newest[0].Id : 0;
}

/** One request per window of 5,000 ids, all in one $batch; `read` adds the view's own options to each. */
async function inIdWindows(sp: SPFI, listTitle: string, filter: string, read: (items: IItems) => IItems): Promise<ListItem[]> {
  const maxId = await highestId(sp, listTitle);
  const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_PARTS });
  const windows: Promise<ListItem[]>[] = [];
  for (let low = 0; low < maxId; low += LIST_VIEW_THRESHOLD) {
    const clauses = [`Id gt ${low}`, `Id le ${low + LIST_VIEW_THRESHOLD}`].concat(filter ? [`(${filter})`] : []);
    windows.push(read(batched.web.lists.getByTitle(listTitle).items.filter(clauses.join(' and ')))());
  }
  const all = Promise.all(windows);
  // Observed now, so a failed window is not reported unhandled while the batch still runs.
  all.catch(() => undefined);
  await execute();
  return ([] as ListItem[]).concat(...(await all));
}

/**
 * SharePoint's order of two sort values: empty first when ascending (last when descending), text
 * without regard to case, as the list's collation compares it.
 */
export function compareSortValues(x: unknown, y: unknown): number {
  const empty = (value: unknown): boolean => value === undefined || value === null || value === '';
  if (empty(x) || empty(y)) return empty(x) === empty(y) ? 0 : empty(x) ? -1 : 1;
  const [a, b] = typeof x === 'string' && typeof y === 'string' ? [x.toLowerCase(), y.toLowerCase()] : [x as number, y as number];
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every item matching `filter`, however many, with the columns given: for a view that must be whole
 * (the heat map, a reading list) when its filter matches more than SharePoint serves in one query.
 */
export function allInIdWindows(sp: SPFI, listTitle: string, filter: string, select: string[], expand: string[] = []): Promise<ListItem[]> {
  return inIdWindows(sp, listTitle, filter, (items) => items.select(...select).expand(...expand).top(LIST_VIEW_THRESHOLD));
}

/** The first `limit` matching items' ids in the view's order, read window by window in one $batch. */
export async function firstIdsInOrder(sp: SPFI, view: IWindowedView, limit: number): Promise<number[]> {
  const select = view.sortColumn === 'Id' ? ['Id'] : ['Id', view.sortColumn];
  const top = Math.min(limit, LIST_VIEW_THRESHOLD);
  const rows = await inIdWindows(sp, view.listTitle, view.filter, (items) => items.select(...select).orderBy(view.sortColumn, view.ascending).top(top));
  return rows
    .sort((a, b) => {
      const order = compareSortValues(a[view.sortColumn], b[view.sortColumn]);
      // Equal values in id order, as SharePoint adds Id to every sort: the merged windows page as one query would.
      return (view.ascending ? order : -order) || a.Id - b.Id;
    })
    .slice(0, limit)
    .map((row) => row.Id);
}

/**
 * Items by id, in the order given, in chunks of 50 ids (one URL each), queued on `sp` (a batched
 * instance, whose caller sends the batch); with `filter`, only those that still match it (ids read
 * a while ago, as a view's later pages use them).
 */
export function readItemsById(sp: SPFI, listTitle: string, ids: readonly number[], select: string[], expand: string[], filter: string = ''): Promise<ListItem[]> {
  const chunks: Promise<ListItem[]>[] = [];
  for (let start = 0; start < ids.length; start += 50) {
    const chunk = `(${ids.slice(start, start + 50).map((id) => `Id eq ${id}`).join(' or ')})`;
    chunks.push(sp.web.lists.getByTitle(listTitle).items.select(...select).expand(...expand).filter(filter ? `${chunk} and (${filter})` : chunk).top(50)());
  }
  return Promise.all(chunks).then((pages) => {
    const byId = new Map(([] as ListItem[]).concat(...pages).map((item) => [item.Id, item] as [number, ListItem]));
    return ids.map((id) => byId.get(id)).filter((item): item is ListItem => !!item);
  });
}

/** readItemsById in a `$batch` of its own. */
export async function itemsById(sp: SPFI, listTitle: string, ids: readonly number[], select: string[], expand: string[], filter: string = ''): Promise<ListItem[]> {
  const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_PARTS });
  const all = readItemsById(batched, listTitle, ids, select, expand, filter);
  all.catch(() => undefined);
  await execute();
  return all;
}

/** The columns a page reads. */
export interface IPageColumns {
  readonly select: string[];
  readonly expand: string[];
}

/** One page of a view; `next` reads the following one. */
export interface IItemPage {
  readonly items: ListItem[];
  next?(): Promise<IItemPage>;
}

/** Sends a view's first query: by default on its own; a caller may put it in a `$batch` (SameTurnBatch.read). */
export type SendFirst = (read: (sp: SPFI) => Promise<IQueryPage>) => Promise<IQueryPage>;

/** One page of a query as SharePoint answered it, with the link to the next when there is one. */
export interface IQueryPage {
  readonly items: ListItem[];
  readonly nextLink?: string;
}

/** Reads a query's page keeping SharePoint's odata.nextLink, so the next page follows its $skiptoken. */
export function readQueryPage(query: IItems | ReturnType<typeof SPCollection>): Promise<IQueryPage> {
  return query.using(
    parseBinderWithErrorCheck(async (response): Promise<IQueryPage> => {
      const json = await response.json();
      const link = json['odata.nextLink'] || (json.d && json.d.__next);
      return { items: parseODataJSON(json), ...(typeof link === 'string' && link ? { nextLink: link } : {}) };
    })
  )() as Promise<IQueryPage>;
}

/** A query's page; its next page is read (outside any batch) only when SharePoint said there is one. */
function queryPage(sp: SPFI, answer: IQueryPage): IItemPage {
  const link = answer.nextLink;
  return { items: answer.items, ...(link ? { next: async () => queryPage(sp, await readQueryPage(SPCollection([sp.web, link]))) } : {}) };
}

/**
 * A view's first `size` items at any list size: one query while SharePoint serves it, and when it
 * refuses the view over the threshold, the page by id windows (later pages ask the windows for more),
 * or by `broad` where the caller has a better way. `send` may put the first query in a `$batch` with
 * other reads; the pages after it are read alone.
 */
export async function firstPage(
  sp: SPFI,
  view: IWindowedView,
  columns: IPageColumns,
  size: number,
  send: SendFirst = (read) => read(sp),
  broad: () => Promise<IItemPage> = () => windowedPage(sp, view, columns, 0, size)
): Promise<IItemPage> {
  const request = (on: SPFI): IItems => {
    const items = on.web.lists.getByTitle(view.listTitle).items.select(...columns.select).expand(...columns.expand).orderBy(view.sortColumn, view.ascending).top(size);
    return view.filter ? items.filter(view.filter) : items;
  };
  try {
    return queryPage(sp, await send((on) => readQueryPage(request(on))));
  } catch (error) {
    if (!isThresholdError(error)) throw error;
    return broad();
  }
}

/**
 * Ids the windows are asked for at least: a window costs SharePoint the same whether it answers 51
 * rows or 500 (it reads every item in its 5,000 ids either way), so the next pages' ids come along.
 */
export const WINDOW_READ_AHEAD = 500;

/** The view's ids in order as far as read, and whether that is all of them. */
interface IOrderedIds {
  readonly ids: readonly number[];
  readonly all: boolean;
}

async function windowedPage(sp: SPFI, view: IWindowedView, columns: IPageColumns, start: number, size: number, known?: IOrderedIds): Promise<IItemPage> {
  let ordered = known;
  if (!ordered || (!ordered.all && ordered.ids.length < start + size + 1)) {
    // Ten small requests in one $batch for a page that was not among those read ahead.
    const limit = start + size + 1 + WINDOW_READ_AHEAD;
    const ids = await firstIdsInOrder(sp, view, limit);
    ordered = { ids, all: ids.length < limit };
  }
  const { ids } = ordered;
  // An item that left the view since its id was read (a risk closed, a draft approved) is left out.
  const items = await itemsById(sp, view.listTitle, ids.slice(start, start + size), columns.select, columns.expand, view.filter);
  const read = ordered;
  return ids.length > start + size ? { items, next: () => windowedPage(sp, view, columns, start + size, size, read) } : { items };
}

/** A page of items as a page of something else. */
export function mapPage<P>(page: IItemPage, make: (items: ListItem[], next?: () => Promise<P>) => P): P {
  const next = page.next;
  return make(page.items, next ? async () => mapPage(await next(), make) : undefined);
}
