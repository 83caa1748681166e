import { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { archivedCaseNumber, archiveYearsFor } from '../../domain/deviations/archive';
import { ICaseNumberParts } from '../../domain/deviations/caseNumber';
import { IDeviation, IDeviationAction } from '../../domain/deviations/types';
import { ORIGINAL_ID_FIELD, protectedArchiveLists } from '../../schema/archiveLists';
import { protectedDeviationsList } from '../../schema/lists';
import { ListAccess, ListItem, readNumber } from '../lists/listAccess';
import { odataNumber } from '../odata';
import { classifyError } from '../errors';
import { toDeviation } from './DeviationRepository';
import { toAction } from './DeviationActionRepository';

/**
 * A protected case by its number once the yearly archive has moved it (functions/protectedCases/
 * ProtectedCaseArchive.ts): the year lists it may be in are asked in one `$batch`, then its actions.
 * SharePoint shows it to whom it showed the live case (the security function, its reporter and
 * handler); to anyone else, and where a year has no archive yet, it is not there. The case keeps
 * its number and is answered by its original id; it is read-only: nothing changes an archived case.
 */
export async function readArchivedCase(sp: SPFI, parts: ICaseNumberParts, now: Date): Promise<{ deviation: IDeviation; actions: IDeviationAction[] } | undefined> {
  if (parts.store !== 'protected') return undefined;
  const years = archiveYearsFor(parts, now);
  const [batched, execute] = sp.batched();
  const reads = years.map((year) => {
    const access = new ListAccess(batched, protectedArchiveLists(year).cases);
    const read: Promise<ListItem[]> = access.list.items.select(...access.select).expand(...access.expand).filter(`${ORIGINAL_ID_FIELD.name} eq ${odataNumber(parts.id)}`).top(1)();
    return read.catch(notThere);
  });
  await execute();
  const found = (await Promise.all(reads)).map((items, index) => ({ item: items[0], year: years[index] })).filter((hit) => !!hit.item)[0];
  if (!found) return undefined;
  const stored = toDeviation(found.item, 'protected');
  const deviation: IDeviation = { ...stored, id: parts.id, caseNumber: archivedCaseNumber(readNumber(found.item, ORIGINAL_ID_FIELD.name) || parts.id, stored.reportedAt) };
  // The number names the reporting year too: a number with another year is not this case.
  if (new Date(stored.reportedAt).getUTCFullYear() !== parts.year) return undefined;
  const actions = new ListAccess(sp, protectedArchiveLists(found.year).actions);
  const actionItems: ListItem[] = await actions.list.items
    .select(...actions.select)
    .expand(...actions.expand)
    .filter(`DeviationId eq ${odataNumber(found.item.Id)}`)
    .orderBy('DueDate', true)
    .top(500)()
    .catch(notThere);
  return { deviation, actions: actionItems.map((item) => ({ ...toAction(item, 'protected'), deviationId: parts.id })) };
}

/** The years whose archive lists exist on the site (that the reader can see). */
export async function archiveYearsOnSite(sp: SPFI): Promise<number[]> {
  const lists: { Title: string }[] = await sp.web.lists.select('Title')();
  const prefix = protectedDeviationsList.title;
  return lists
    .map((list) => list.Title)
    .filter((title) => title.indexOf(prefix) === 0 && /^\d{4}$/.test(title.slice(prefix.length)))
    .map((title) => Number(title.slice(prefix.length)))
    .sort((a, b) => a - b);
}

/** A year without an archive, or one that shares nothing with the reader, answers 404: nothing there. */
function notThere(error: unknown): ListItem[] {
  if (classifyError(error).kind === 'notFound') return [];
  throw error;
}
