/**
 * Reading a filtered, sorted view of a list above SharePoint's list view threshold. SharePoint serves
 * a query on a large list only when its indexed filter matches at most 5,000 items; a broad view (the
 * whole region's overdue reviews, every high risk) matches more. Then the view is read in windows of
 * 5,000 item ids (Id is always indexed, so each window's filter matches at most 5,000), all in one
 * `$batch`: each window sorted on the view's column and cut at the rows wanted, with only the id and
 * that column, since the view's first n rows are among the windows' first n. The page's items are
 * then read by id. At 50,000 items that is one batch of ten small requests and one for the page.
 */
import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { ListItem } from './listAccess';
import { classifyError } from '../errors';

export const LIST_VIEW_THRESHOLD = 5000;

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

/** The first `limit` matching items' ids in the view's order, read window by window in one $batch. */
export async function firstIdsInOrder(sp: SPFI, view: IWindowedView, limit: number): Promise<number[]> {
  const list = sp.web.lists.getByTitle(view.listTitle);
  const newest: ListItem[] = await list.items.select('Id').orderBy('Id', false).top(1)();
  const maxId = newest.length > 0 ? newest[0].Id : 0;
  const [batched, execute] = sp.batched();
  const windows: Promise<ListItem[]>[] = [];
  for (let low = 0; low < maxId; low += LIST_VIEW_THRESHOLD) {
    const clauses = [`Id gt ${low}`, `Id le ${low + LIST_VIEW_THRESHOLD}`].concat(view.filter ? [`(${view.filter})`] : []);
    const select = view.sortColumn === 'Id' ? ['Id'] : ['Id', view.sortColumn];
    const top = Math.min(limit, LIST_VIEW_THRESHOLD);
    windows.push(batched.web.lists.getByTitle(view.listTitle).items.select(...select).filter(clauses.join(' and ')).orderBy(view.sortColumn, view.ascending).top(top)());
  }
  await execute();
  const rows = ([] as ListItem[]).concat(...(await Promise.all(windows)));
  const key = (row: ListItem): number | string | undefined => row[view.sortColumn] as number | string | undefined;
  return rows
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      // Items without a value come last whichever the direction, as SharePoint sorts empty values.
      if (x === undefined || x === null) return y === undefined || y === null ? b.Id - a.Id : 1;
      if (y === undefined || y === null) return -1;
      const order = x < y ? -1 : x > y ? 1 : 0;
      return (view.ascending ? order : -order) || b.Id - a.Id;
    })
    .slice(0, limit)
    .map((row) => row.Id);
}

/** Items by id, in the order given, in chunks of 50 ids (one URL each) in one $batch. */
export async function itemsById(sp: SPFI, listTitle: string, ids: readonly number[], select: string[], expand: string[]): Promise<ListItem[]> {
  const [batched, execute] = sp.batched();
  const chunks: Promise<ListItem[]>[] = [];
  for (let start = 0; start < ids.length; start += 50) {
    const chunk = ids.slice(start, start + 50);
    chunks.push(batched.web.lists.getByTitle(listTitle).items.select(...select).expand(...expand).filter(chunk.map((id) => `Id eq ${id}`).join(' or ')).top(50)());
  }
  await execute();
  const byId = new Map(([] as ListItem[]).concat(...(await Promise.all(chunks))).map((item) => [item.Id, item] as [number, ListItem]));
  return ids.map((id) => byId.get(id)).filter((item): item is ListItem => !!item);
}
