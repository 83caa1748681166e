import { SPFI } from '@pnp/sp';
import { IGoalActivity, IGoalInput } from '../../domain/pdsa/goals';
import { IAdded, IGoalQuery, IGoalRepository, IStoredGoal } from '../../domain/pdsa/repositories';
import { GOAL_ACTIVITY_STATUSES, GoalActivityStatus, GoalDirection, GoalPriority, MeasurementFrequency } from '../../domain/pdsa/vocabulary';
import { SecurityArea } from '../../domain/securityAreas';
import { goalsList } from '../../schema/pdsaLists';
import { ListItem, readJson, readNumber, readPerson, readString, WriteValue } from '../lists/listAccess';
import { allOf, odataNumber, odataString } from '../odata';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { asRecord, dayValue, finiteOrUndefined, PdsaListItems, readDay, storedMeta } from './PdsaListItems';

/** TryggMal: one year's goals by GoalYear, a unit's by ScopeUnitId (both indexed). */
export class GoalRepository implements IGoalRepository {
  private readonly _items: PdsaListItems<IStoredGoal>;

  /** `reads`: shared with the measurements' repository, so a year's goals and measurements go in one `$batch`. */
  constructor(sp: SPFI, reads?: SameTurnBatch) {
    this._items = new PdsaListItems(sp, goalsList, toGoal, reads);
  }

  public async query(query: IGoalQuery): Promise<IStoredGoal[]> {
    const rest = allOf(
      `GoalYear eq ${odataNumber(query.year)}`,
      query.area ? `SecurityArea eq ${odataString(query.area)}` : undefined,
      query.ownerId !== undefined ? `GoalOwnerId eq ${odataNumber(query.ownerId)}` : undefined
    );
    const withRegional = query.withRegional !== false;
    if (!query.unitIds) {
      const all = await this._items.where(rest);
      return withRegional ? all : all.filter((goal) => goal.scopeUnitId !== undefined);
    }
    const [unitGoals, regional] = await Promise.all([
      this._items.whereIn('ScopeUnitId', query.unitIds, rest),
      withRegional ? this._items.where(allOf('ScopeUnitId eq null', rest)) : Promise.resolve([])
    ]);
    return regional.concat(unitGoals).sort((a, b) => a.id - b.id);
  }

  public get(id: number): Promise<IStoredGoal | undefined> {
    return this._items.get(id);
  }

  public async add(input: IGoalInput, clientRequestId: string): Promise<IAdded<IStoredGoal>> {
    return this._items.add(goalColumns(input), clientRequestId);
  }

  public update(id: number, etag: string, input: IGoalInput): Promise<IStoredGoal> {
    return this._items.update(id, etag, goalColumns(input));
  }

  /** The morning job's ledger: the period (start day) last reminded of. */
  public markReminded(id: number, etag: string, period: string): Promise<IStoredGoal> {
    return this._items.update(id, etag, { ReminderSentFor: period });
  }
}

function goalColumns(input: IGoalInput): Record<string, WriteValue> {
  return {
    Title: input.title.trim(),
    // A goal moved to the region, or cut loose from its parent, clears the column.
    ScopeUnitId: input.scopeUnitId === undefined ? null : input.scopeUnitId,
    ParentGoalId: input.parentGoalId === undefined ? null : input.parentGoalId,
    SecurityArea: input.area,
    GoalPriority: input.priority,
    Indicator: input.indicator.trim(),
    UnitOfMeasure: input.unitOfMeasure.trim(),
    Baseline: input.baseline,
    TargetValue: input.target,
    GoalDirection: input.direction,
    TargetDate: dayValue(input.targetDate),
    MeasurementFrequency: input.frequency,
    Activities: JSON.stringify(
      (input.activities || []).map((activity) => ({
        title: activity.title.trim(),
        ...(activity.costEstimate !== undefined ? { costEstimate: activity.costEstimate } : {}),
        status: activity.status
      }))
    ),
    GoalYear: input.year,
    GoalOwner: input.ownerId === undefined ? null : input.ownerId
  };
}

/** Activities as stored; an entry someone broke by hand is left out rather than shown wrong. */
export function readActivities(item: ListItem): IGoalActivity[] {
  const stored = readJson<unknown>(item, 'Activities', []);
  if (!Array.isArray(stored)) return [];
  const activities: IGoalActivity[] = [];
  for (const entry of stored) {
    const record = asRecord(entry);
    if (!record || typeof record.title !== 'string') continue;
    const status = (GOAL_ACTIVITY_STATUSES as readonly unknown[]).indexOf(record.status) >= 0 ? (record.status as GoalActivityStatus) : 'Planerad';
    const costEstimate = finiteOrUndefined(record.costEstimate);
    activities.push({ title: record.title, ...(costEstimate !== undefined ? { costEstimate } : {}), status });
  }
  return activities;
}

export function toGoal(item: ListItem): IStoredGoal {
  const owner = readPerson(item, 'GoalOwner');
  const scopeUnitId = readNumber(item, 'ScopeUnitId');
  const parentGoalId = readNumber(item, 'ParentGoalId');
  const reminderSentFor = readString(item, 'ReminderSentFor');
  return {
    id: item.Id,
    ...storedMeta(item),
    title: readString(item, 'Title') || '',
    ...(scopeUnitId !== undefined ? { scopeUnitId } : {}),
    ...(parentGoalId !== undefined ? { parentGoalId } : {}),
    area: readString(item, 'SecurityArea') as SecurityArea,
    priority: readString(item, 'GoalPriority') as GoalPriority,
    indicator: readString(item, 'Indicator') || '',
    unitOfMeasure: readString(item, 'UnitOfMeasure') || '',
    baseline: readNumber(item, 'Baseline') || 0,
    target: readNumber(item, 'TargetValue') || 0,
    direction: readString(item, 'GoalDirection') as GoalDirection,
    targetDate: readDay(item, 'TargetDate') || '',
    frequency: readString(item, 'MeasurementFrequency') as MeasurementFrequency,
    activities: readActivities(item),
    year: readNumber(item, 'GoalYear') || 0,
    ...(owner ? { owner, ...(owner.id !== undefined ? { ownerId: owner.id } : {}) } : {}),
    ...(reminderSentFor ? { reminderSentFor } : {})
  };
}
