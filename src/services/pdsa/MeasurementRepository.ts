import { SPFI } from '@pnp/sp';
import { calendarDay } from '../../domain/days';
import { IMeasurementInput } from '../../domain/pdsa/goals';
import { IAdded, IMeasurementRepository, IStoredMeasurement } from '../../domain/pdsa/repositories';
import { measurementsList } from '../../schema/pdsaLists';
import { ListItem, readNumber, readPerson, readString } from '../lists/listAccess';
import { dayValue, PdsaListItems, readDay, storedMeta } from './PdsaListItems';

/** TryggMatningar, read by GoalId (indexed) a chunk of goals at a time. */
export class MeasurementRepository implements IMeasurementRepository {
  private readonly _items: PdsaListItems<IStoredMeasurement>;

  constructor(sp: SPFI) {
    this._items = new PdsaListItems(sp, measurementsList, toMeasurement);
  }

  /** Oldest first by the day measured; the same day in the order entered. */
  public async forGoals(goalIds: readonly number[]): Promise<IStoredMeasurement[]> {
    if (goalIds.length === 0) return [];
    const measurements = await this._items.whereIn('GoalId', goalIds);
    return measurements.sort((a, b) => (calendarDay(a.measuredOn) || 0) - (calendarDay(b.measuredOn) || 0) || a.id - b.id);
  }

  public add(input: IMeasurementInput, clientRequestId: string): Promise<IAdded<IStoredMeasurement>> {
    return this._items.add(
      {
        GoalId: input.goalId,
        MeasuredValue: input.value,
        MeasuredOn: dayValue(input.measuredOn),
        MeasurementComment: input.comment && input.comment.trim() ? input.comment.trim() : null
      },
      clientRequestId
    );
  }
}

export function toMeasurement(item: ListItem): IStoredMeasurement {
  const comment = readString(item, 'MeasurementComment');
  const author = readPerson(item, 'Author');
  return {
    id: item.Id,
    ...storedMeta(item),
    goalId: readNumber(item, 'GoalId') || 0,
    // A value someone cleared by hand reads as NaN, which progress leaves out, never as 0.
    value: readNumber(item, 'MeasuredValue') ?? NaN,
    measuredOn: readDay(item, 'MeasuredOn') || '',
    ...(comment ? { comment } : {}),
    ...(author ? { measuredBy: author } : {})
  };
}
