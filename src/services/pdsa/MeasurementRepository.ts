import { SPFI } from '@pnp/sp';
import { calendarDay } from '../../domain/days';
import { IMeasurementInput } from '../../domain/pdsa/goals';
import { IAdded, IMeasurementRepository, IStoredMeasurement } from '../../domain/pdsa/repositories';
import { measurementsList } from '../../schema/pdsaLists';
import { ListItem, readNumber, readPerson, readString } from '../lists/listAccess';
import { isThresholdError } from '../lists/largeListQuery';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { odataNumber } from '../odata';
import { dayValue, PdsaListItems, readDay, storedMeta } from './PdsaListItems';

/** Oldest first by the day measured; the same day in the order entered. */
function byDayMeasured(measurements: IStoredMeasurement[]): IStoredMeasurement[] {
  return measurements.sort((a, b) => (calendarDay(a.measuredOn) || 0) - (calendarDay(b.measuredOn) || 0) || a.id - b.id);
}

/** TryggMatningar, read by its goal's year or by GoalId (both indexed), a chunk of goals at a time. */
export class MeasurementRepository implements IMeasurementRepository {
  private readonly _items: PdsaListItems<IStoredMeasurement>;

  /** `reads`: shared with the goals' repository, so a year's goals and measurements go in one `$batch`. */
  constructor(sp: SPFI, reads?: SameTurnBatch) {
    this._items = new PdsaListItems(sp, measurementsList, toMeasurement, reads);
  }

  public async forGoals(goalIds: readonly number[]): Promise<IStoredMeasurement[]> {
    if (goalIds.length === 0) return [];
    return byDayMeasured(await this._items.whereIn('GoalId', goalIds));
  }

  public async forYear(year: number): Promise<IStoredMeasurement[] | undefined> {
    try {
      // With those that carry no year (written by something that did not know the column): the
      // caller keeps the ones of its goals. Both in the same $batch.
      const [ofYear, yearless] = await Promise.all([this._items.where(`GoalYear eq ${odataNumber(year)}`), this._items.where('GoalYear eq null')]);
      return byDayMeasured(ofYear.concat(yearless));
    } catch (error) {
      if (isThresholdError(error)) return undefined;
      throw error;
    }
  }

  public async moveToYear(goalId: number, year: number): Promise<void> {
    const stale = (await this.forGoals([goalId])).filter((measurement) => measurement.goalYear !== year);
    for (const measurement of stale) await this._items.access.list.items.getById(measurement.id).update({ GoalYear: year });
  }

  public add(input: IMeasurementInput, goalYear: number, clientRequestId: string): Promise<IAdded<IStoredMeasurement>> {
    return this._items.add(
      {
        GoalYear: goalYear,
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
    goalYear: readNumber(item, 'GoalYear'),
    // A value someone cleared by hand reads as NaN, which progress leaves out, never as 0.
    value: readNumber(item, 'MeasuredValue') ?? NaN,
    measuredOn: readDay(item, 'MeasuredOn') || '',
    ...(comment ? { comment } : {}),
    ...(author ? { measuredBy: author } : {})
  };
}
