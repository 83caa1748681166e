import { SPFI } from '@pnp/sp';
import { SameTurnBatch } from '../lists/sameTurnBatch';
import { calendarDay } from '../../domain/days';
import { IExerciseInput, IFollowUpAction } from '../../domain/pdsa/exercises';
import { IAdded, IExerciseQuery, IExerciseRepository, IStoredExercise } from '../../domain/pdsa/repositories';
import { ExerciseKind } from '../../domain/pdsa/vocabulary';
import { SecurityArea } from '../../domain/securityAreas';
import { exercisesList } from '../../schema/pdsaLists';
import { ListItem, readJson, readNumber, readString, readStrings, WriteValue } from '../lists/listAccess';
import { allOf, odataDateTime } from '../odata';
import { asRecord, dayValue, PdsaListItems, readDay, storedMeta } from './PdsaListItems';

/** TryggOvningar, read by ExerciseDate and UnitId (both indexed). */
export class ExerciseRepository implements IExerciseRepository {
  private readonly _items: PdsaListItems<IStoredExercise>;

  /** `reads`: shared with other services, so that reads asked in the same turn share a `$batch`. */
  constructor(sp: SPFI, reads?: SameTurnBatch) {
    this._items = new PdsaListItems(sp, exercisesList, toExercise, reads);
  }

  public async query(query: IExerciseQuery): Promise<IStoredExercise[]> {
    const from = calendarDay(query.from);
    const to = calendarDay(query.to);
    if (from === undefined || to === undefined) throw new Error(`Not a period: ${query.from} – ${query.to}`);
    // `to` is inclusive: everything before the next day's midnight.
    const period = allOf(`ExerciseDate ge ${odataDateTime(new Date(from).toISOString())}`, `ExerciseDate lt ${odataDateTime(new Date(to + 86400000).toISOString())}`);
    const exercises = query.unitIds ? await this._items.whereIn('UnitId', query.unitIds, period) : await this._items.where(period);
    return exercises.sort((a, b) => (calendarDay(b.date) || 0) - (calendarDay(a.date) || 0) || b.id - a.id);
  }

  public get(id: number): Promise<IStoredExercise | undefined> {
    return this._items.get(id);
  }

  public add(input: IExerciseInput, clientRequestId: string): Promise<IAdded<IStoredExercise>> {
    return this._items.add(exerciseColumns(input), clientRequestId);
  }

  public update(id: number, etag: string, input: IExerciseInput): Promise<IStoredExercise> {
    return this._items.update(id, etag, exerciseColumns(input));
  }

  /** The morning job's ledger: the due day last reminded of. */
  public markReminded(id: number, etag: string, dueDay: string): Promise<IStoredExercise> {
    return this._items.update(id, etag, { ReminderSentFor: dueDay });
  }
}

// eslint-disable-next-line @rushstack/no-new-null -- SharePoint's REST API clears a field with null
function optionalText(value: string | undefined): string | null {
  return value && value.trim() ? value.trim() : null;
}

function exerciseColumns(input: IExerciseInput): Record<string, WriteValue> {
  return {
    Title: input.title.trim(),
    ExerciseDate: dayValue(input.date),
    UnitId: input.unitId,
    ExerciseKind: input.kind,
    Scenario: input.scenario.trim(),
    SecurityAreas: input.areas,
    Participants: input.participants === undefined ? null : input.participants,
    LessonsLearned: optionalText(input.lessonsLearned),
    FollowUpActions: JSON.stringify(
      (input.followUpActions || []).map((action) => ({ title: action.title.trim(), ...(action.dueDate ? { dueDate: action.dueDate.slice(0, 10) } : {}), done: action.done }))
    ),
    NextDueDate: dayValue(input.nextDueDate)
  };
}

/** Follow-up actions as stored; an entry someone broke by hand is left out rather than shown wrong. */
export function readFollowUpActions(item: ListItem): IFollowUpAction[] {
  const stored = readJson<unknown>(item, 'FollowUpActions', []);
  if (!Array.isArray(stored)) return [];
  const actions: IFollowUpAction[] = [];
  for (const entry of stored) {
    const record = asRecord(entry);
    if (!record || typeof record.title !== 'string') continue;
    const dueDate = typeof record.dueDate === 'string' && calendarDay(record.dueDate) !== undefined ? record.dueDate : undefined;
    actions.push({ title: record.title, ...(dueDate ? { dueDate } : {}), done: record.done === true });
  }
  return actions;
}

export function toExercise(item: ListItem): IStoredExercise {
  const participants = readNumber(item, 'Participants');
  const lessonsLearned = readString(item, 'LessonsLearned');
  const nextDueDate = readDay(item, 'NextDueDate');
  const reminderSentFor = readString(item, 'ReminderSentFor');
  return {
    id: item.Id,
    ...storedMeta(item),
    title: readString(item, 'Title') || '',
    date: readDay(item, 'ExerciseDate') || '',
    unitId: readNumber(item, 'UnitId') || 0,
    kind: readString(item, 'ExerciseKind') as ExerciseKind,
    scenario: readString(item, 'Scenario') || '',
    areas: readStrings(item, 'SecurityAreas') as SecurityArea[],
    ...(participants !== undefined ? { participants } : {}),
    ...(lessonsLearned ? { lessonsLearned } : {}),
    followUpActions: readFollowUpActions(item),
    ...(nextDueDate ? { nextDueDate } : {}),
    ...(reminderSentFor ? { reminderSentFor } : {})
  };
}
