import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { ICaseRef, IDeviation, IDeviationAction } from '../../domain/deviations/types';
import { classifyError } from '../errors';
import { ListAccess, ListItem } from '../lists/listAccess';
import { odataNumber } from '../odata';
import { toDeviation } from './DeviationRepository';
import { toAction } from './DeviationActionRepository';
import { ACTION_LISTS, CASE_LISTS, unlessNotShared } from './caseLists';

/**
 * A case and its actions in one HTTP request: the two lists are read in one `$batch`, which is
 * what opening a case costs in the inbox.
 */
export async function readCase(sp: SPFI, ref: ICaseRef): Promise<{ deviation: IDeviation; actions: IDeviationAction[] } | undefined> {
  const { id, store } = ref;
  const [batched, execute] = sp.batched();
  const cases = new ListAccess(batched, CASE_LISTS[store]);
  const actions = new ListAccess(batched, ACTION_LISTS[store]);
  const caseRequest: Promise<ListItem> = cases.list.items.getById(id).select(...cases.select).expand(...cases.expand)();
  const actionsRequest: Promise<ListItem[]> = actions.list.items
    .select(...actions.select)
    .expand(...actions.expand)
    .filter(`DeviationId eq ${odataNumber(id)}`)
    .orderBy('DueDate', true)
    .top(500)();
  // Each part settles on its own; a missing case is an answer, not an error.
  const settled = Promise.all([
    caseRequest.then((item) => ({ item }), (error) => ({ error })),
    unlessNotShared(store, actionsRequest)
  ]);
  await execute();
  const [caseResult, actionItems] = await settled;
  if ('error' in caseResult) {
    if (classifyError(caseResult.error).kind === 'notFound') return undefined;
    throw caseResult.error;
  }
  return { deviation: toDeviation(caseResult.item, store), actions: actionItems.map((item) => toAction(item, store)) };
}
