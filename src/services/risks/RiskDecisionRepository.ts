import { SPFI } from '@pnp/sp';
import { IRiskDecision, IRiskDecisionRepository } from '../../domain/risks/repositories';
import { AcceptanceState } from '../../domain/risks/vocabulary';
import { riskDecisionsList } from '../../schema/lists';
import { etagOf, ListAccess, ListItem, readAllPages, readLookup, readNumber, readPerson, readString, WriteValue } from '../lists/listAccess';
import { allOf, odataDateTime, odataNumber, odataString } from '../odata';
import { ConflictError, classifyError } from '../errors';

/**
 * Acceptance requests and decisions in TryggRiskbeslut. People read them; only the Trygg function,
 * app-only, writes (`add`, `decide`, `markReminded` are its).
 */
export class RiskDecisionRepository implements IRiskDecisionRepository {
  private readonly _access: ListAccess;

  constructor(sp: SPFI) {
    this._access = new ListAccess(sp, riskDecisionsList);
  }

  public async listFor(riskId: number): Promise<IRiskDecision[]> {
    const query = this._access.list.items
      .select(...this._access.select)
      .expand(...this._access.expand)
      .filter(`RiskId eq ${odataNumber(riskId)}`)
      .orderBy('Id', false)
      .top(100);
    return (await readAllPages<ListItem>(query)).map(toDecision);
  }

  /** Granted acceptances expiring before an instant (the morning reminders). */
  public async grantedExpiringBefore(before: string): Promise<IRiskDecision[]> {
    const query = this._access.list.items
      .select(...this._access.select)
      .expand(...this._access.expand)
      .filter(allOf(`AcceptanceState eq ${odataString('Beviljad')}`, `ExpiresAt lt ${odataDateTime(before)}`))
      .top(5000);
    return (await readAllPages<ListItem>(query)).map(toDecision);
  }

  public async add(request: { riskId: number; requestedById: number; requestedAt: string; requestNote?: string }): Promise<IRiskDecision> {
    const added: ListItem = await this._access.list.items.add(
      this._access.toWrite({
        Risk: request.riskId,
        AcceptanceState: 'Begärd',
        RequestedBy: request.requestedById,
        RequestedAt: request.requestedAt,
        RequestNote: request.requestNote
      })
    );
    return this._get(added.Id);
  }

  public async update(
    id: number,
    etag: string,
    changes: {
      state?: AcceptanceState;
      decidedById?: number;
      decidedAt?: string;
      rationale?: string;
      expiresAt?: string;
      accepted?: { likelihood: number; consequence: number };
      acceptedMatrixVersion?: number;
      reminderSentFor?: string;
    }
  ): Promise<IRiskDecision> {
    const values: Record<string, WriteValue> = {
      AcceptanceState: changes.state,
      DecidedBy: changes.decidedById,
      DecidedAt: changes.decidedAt,
      Rationale: changes.rationale,
      ExpiresAt: changes.expiresAt,
      AcceptedLikelihood: changes.accepted ? changes.accepted.likelihood : undefined,
      AcceptedConsequence: changes.accepted ? changes.accepted.consequence : undefined,
      AcceptedMatrixVersion: changes.acceptedMatrixVersion,
      ReminderSentFor: changes.reminderSentFor
    };
    try {
      await this._access.list.items.getById(id).update(this._access.toWrite(values), etag);
    } catch (error) {
      if (classifyError(error).kind !== 'conflict') throw error;
      throw new ConflictError<IRiskDecision>(await this._get(id));
    }
    return this._get(id);
  }

  private async _get(id: number): Promise<IRiskDecision> {
    return toDecision(await this._access.list.items.getById(id).select(...this._access.select).expand(...this._access.expand)());
  }
}

export function toDecision(item: ListItem): IRiskDecision {
  const risk = readLookup(item, 'Risk');
  const likelihood = readNumber(item, 'AcceptedLikelihood');
  const consequence = readNumber(item, 'AcceptedConsequence');
  return {
    id: item.Id,
    etag: etagOf(item),
    riskId: risk ? risk.id : 0,
    state: (readString(item, 'AcceptanceState') || 'Begärd') as AcceptanceState,
    requestedBy: readPerson(item, 'RequestedBy'),
    requestedAt: readString(item, 'RequestedAt') || '',
    requestNote: readString(item, 'RequestNote'),
    decidedBy: readPerson(item, 'DecidedBy'),
    decidedAt: readString(item, 'DecidedAt'),
    rationale: readString(item, 'Rationale'),
    expiresAt: readString(item, 'ExpiresAt'),
    accepted: likelihood !== undefined && consequence !== undefined ? { likelihood, consequence } : undefined,
    acceptedMatrixVersion: readNumber(item, 'AcceptedMatrixVersion'),
    reminderSentFor: readString(item, 'ReminderSentFor')
  };
}
