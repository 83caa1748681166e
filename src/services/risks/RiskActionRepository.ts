import { SPFI } from '@pnp/sp';
import { INewRiskAction, IRiskActionRepository } from '../../domain/risks/repositories';
import { IRiskAction } from '../../domain/risks/types';
import { ActionStatus } from '../../domain/deviations/vocabulary';
import { riskActionsList } from '../../schema/lists';
import { ConflictError, classifyError } from '../errors';
import { etagOf, ListAccess, ListItem, readAllPages, readLookup, readNumber, readPerson, readString } from '../lists/listAccess';
import { allOf, anyOf, odataDateTime, odataNumber, odataString } from '../odata';

/** Treatment actions in TryggRiskatgarder, each linked to its risk. */
export class RiskActionRepository implements IRiskActionRepository {
  private readonly _access: ListAccess;

  constructor(sp: SPFI) {
    this._access = new ListAccess(sp, riskActionsList);
  }

  public async listFor(riskId: number): Promise<IRiskAction[]> {
    const query = this._access.list.items
      .select(...this._access.select)
      .expand(...this._access.expand)
      .filter(`RiskId eq ${odataNumber(riskId)}`)
      .orderBy('DueDate', true)
      .top(500);
    return (await readAllPages<ListItem>(query)).map(toRiskAction);
  }

  /** Every action not done and due before an instant (the morning reminders). */
  public async notDoneDueBefore(before: string): Promise<IRiskAction[]> {
    const query = this._access.list.items
      .select(...this._access.select)
      .expand(...this._access.expand)
      .filter(allOf(anyOf('ActionStatus', [odataString('Planerad'), odataString('Pågår')]), `DueDate lt ${odataDateTime(before)}`))
      .top(5000);
    return (await readAllPages<ListItem>(query)).map(toRiskAction);
  }

  public async add(action: INewRiskAction): Promise<IRiskAction> {
    const added: ListItem = await this._access.list.items.add(
      this._access.toWrite({
        Title: action.title.trim(),
        Risk: action.riskId,
        ActionOwner: action.ownerId,
        DueDate: action.dueDate,
        CostEstimate: action.costEstimate,
        ActionStatus: 'Planerad'
      })
    );
    return this._get(added.Id);
  }

  public async update(id: number, etag: string, changes: { status?: ActionStatus; completedAt?: string; effectCheck?: string; reminderSentFor?: string }): Promise<IRiskAction> {
    const values = {
      ActionStatus: changes.status,
      CompletedAt: changes.status === 'Klar' ? changes.completedAt : undefined,
      EffectCheck: changes.effectCheck,
      ReminderSentFor: changes.reminderSentFor
    };
    try {
      await this._access.list.items.getById(id).update(this._access.toWrite(values), etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      throw new ConflictError<IRiskAction>(await this._get(id));
    }
    return this._get(id);
  }

  private async _get(id: number): Promise<IRiskAction> {
    return toRiskAction(await this._access.list.items.getById(id).select(...this._access.select).expand(...this._access.expand)());
  }
}

export function toRiskAction(item: ListItem): IRiskAction {
  const risk = readLookup(item, 'Risk');
  return {
    id: item.Id,
    etag: etagOf(item),
    riskId: risk ? risk.id : 0,
    title: readString(item, 'Title') || '',
    owner: readPerson(item, 'ActionOwner'),
    dueDate: readString(item, 'DueDate') || '',
    costEstimate: readNumber(item, 'CostEstimate'),
    status: (readString(item, 'ActionStatus') || 'Planerad') as ActionStatus,
    effectCheck: readString(item, 'EffectCheck'),
    completedAt: readString(item, 'CompletedAt'),
    reminderSentFor: readString(item, 'ReminderSentFor')
  };
}
