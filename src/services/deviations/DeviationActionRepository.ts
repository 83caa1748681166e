import { SPFI } from '@pnp/sp';
import { IDeviationActionRepository, INewDeviationAction } from '../../domain/deviations/repositories';
import { CaseStore, IDeviationAction } from '../../domain/deviations/types';
import { ACTION_STATUSES, ActionStatus } from '../../domain/deviations/vocabulary';
import { ACTION_LISTS } from './caseLists';
import { ConflictError, classifyError } from '../errors';
import { etagOf, ListAccess, ListItem, readAllPages, readLookup, readPerson, readString, WriteValue } from '../lists/listAccess';
import { allOf, anyOf, odataDateTime, odataNumber, odataString } from '../odata';


export class DeviationActionRepository implements IDeviationActionRepository {
  private readonly _sp: SPFI;

  constructor(sp: SPFI) {
    this._sp = sp;
  }

  public async listFor(deviationId: number, store: CaseStore = 'open'): Promise<IDeviationAction[]> {
    const access = this._access(store);
    const query = access.list.items
      .select(...access.select)
      .expand(...access.expand)
      .filter(`DeviationId eq ${odataNumber(deviationId)}`)
      .orderBy('DueDate', true)
      .top(500);
    return (await readAllPages<ListItem>(query)).map((item) => toAction(item, store));
  }

  /** Every action in a store not done and due before an instant, page by page (the nightly reminders). */
  public async notDoneDueBefore(store: CaseStore, before: string): Promise<IDeviationAction[]> {
    const access = this._access(store);
    const notDone = ACTION_STATUSES.filter((status) => status !== 'Klar').map(odataString);
    const query = access.list.items
      .select(...access.select)
      .expand(...access.expand)
      .filter(allOf(anyOf('ActionStatus', notDone), `DueDate lt ${odataDateTime(before)}`))
      .top(5000);
    return (await readAllPages<ListItem>(query)).map((item) => toAction(item, store));
  }

  /** Adds to the open list; a protected case's actions are added by the protected-cases function, with `store`. */
  public async add(action: INewDeviationAction): Promise<IDeviationAction> {
    const store = action.store || 'open';
    const added: ListItem = await this._access(store).list.items.add(
      this._access(store).toWrite({
        Title: action.title.trim(),
        Deviation: action.deviationId,
        ActionOwner: action.ownerId,
        DueDate: action.dueDate,
        ActionStatus: 'Planerad'
      })
    );
    return this.get(added.Id, store);
  }

  public setStatus(id: number, etag: string, status: ActionStatus, completedAt?: string, store: CaseStore = 'open'): Promise<IDeviationAction> {
    return this._update(id, etag, { ActionStatus: status, CompletedAt: status === 'Klar' ? completedAt : undefined }, store);
  }

  /** The Trygg function's reminder ledger (mailLedger.ts). */
  public setReminderSentFor(id: number, etag: string, value: string, store: CaseStore = 'open'): Promise<IDeviationAction> {
    return this._update(id, etag, { ReminderSentFor: value }, store);
  }

  private async _update(id: number, etag: string, values: Record<string, WriteValue>, store: CaseStore): Promise<IDeviationAction> {
    const access = this._access(store);
    try {
      await access.list.items.getById(id).update(access.toWrite(values), etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      throw new ConflictError<IDeviationAction>(await this.get(id, store));
    }
    return this.get(id, store);
  }

  public async get(id: number, store: CaseStore = 'open'): Promise<IDeviationAction> {
    const access = this._access(store);
    const item: ListItem = await access.list.items.getById(id).select(...access.select).expand(...access.expand)();
    return toAction(item, store);
  }

  private _access(store: CaseStore): ListAccess {
    return new ListAccess(this._sp, ACTION_LISTS[store]);
  }
}

export function toAction(item: ListItem, store: CaseStore = 'open'): IDeviationAction {
  const deviation = readLookup(item, 'Deviation');
  return {
    id: item.Id,
    store,
    etag: etagOf(item),
    deviationId: deviation ? deviation.id : 0,
    title: readString(item, 'Title') || '',
    owner: readPerson(item, 'ActionOwner'),
    dueDate: readString(item, 'DueDate') || '',
    status: (readString(item, 'ActionStatus') || 'Planerad') as ActionStatus,
    completedAt: readString(item, 'CompletedAt'),
    reminderSentFor: readString(item, 'ReminderSentFor')
  };
}
