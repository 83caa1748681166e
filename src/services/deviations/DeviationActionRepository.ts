import { SPFI } from '@pnp/sp';
import { IDeviationActionRepository, INewDeviationAction } from '../../domain/deviations/repositories';
import { IDeviationAction } from '../../domain/deviations/types';
import { ActionStatus } from '../../domain/deviations/vocabulary';
import { deviationActionsList } from '../../schema/lists';
import { ConflictError, classifyError } from '../errors';
import { etagOf, ListAccess, ListItem, readAllPages, readLookup, readPerson, readString } from '../lists/listAccess';
import { odataNumber } from '../odata';

export class DeviationActionRepository implements IDeviationActionRepository {
  private readonly _access: ListAccess;

  constructor(sp: SPFI) {
    this._access = new ListAccess(sp, deviationActionsList);
  }

  public async listFor(deviationId: number): Promise<IDeviationAction[]> {
    const query = this._access.list.items
      .select(...this._access.select)
      .expand(...this._access.expand)
      .filter(`DeviationId eq ${odataNumber(deviationId)}`)
      .orderBy('DueDate', true)
      .top(500);
    return (await readAllPages<ListItem>(query)).map(toAction);
  }

  public async add(action: INewDeviationAction): Promise<IDeviationAction> {
    const added: ListItem = await this._access.list.items.add(
      this._access.toWrite({
        Title: action.title.trim(),
        Deviation: action.deviationId,
        ActionOwner: action.ownerId,
        DueDate: action.dueDate,
        ActionStatus: 'Planerad'
      })
    );
    return this._get(added.Id);
  }

  public async setStatus(id: number, etag: string, status: ActionStatus, completedAt?: string): Promise<IDeviationAction> {
    try {
      await this._access.list.items
        .getById(id)
        .update(this._access.toWrite({ ActionStatus: status, CompletedAt: status === 'Klar' ? completedAt : undefined }), etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      throw new ConflictError<IDeviationAction>(await this._get(id));
    }
    return this._get(id);
  }

  private async _get(id: number): Promise<IDeviationAction> {
    const item: ListItem = await this._access.list.items.getById(id).select(...this._access.select).expand(...this._access.expand)();
    return toAction(item);
  }
}

export function toAction(item: ListItem): IDeviationAction {
  const deviation = readLookup(item, 'Deviation');
  return {
    id: item.Id,
    etag: etagOf(item),
    deviationId: deviation ? deviation.id : 0,
    title: readString(item, 'Title') || '',
    owner: readPerson(item, 'ActionOwner'),
    dueDate: readString(item, 'DueDate') || '',
    status: (readString(item, 'ActionStatus') || 'Planerad') as ActionStatus,
    completedAt: readString(item, 'CompletedAt')
  };
}
