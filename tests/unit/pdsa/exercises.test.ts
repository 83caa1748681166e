import { exerciseErrors, exercisesDue, IExercise, IExerciseInput } from '../../../src/domain/pdsa/exercises';
import { PDSA_LIMITS } from '../../../src/domain/pdsa/vocabulary';

const now = new Date('2026-11-30T12:00:00.000Z');
const context = { units: [{ id: 1 }, { id: 2 }, { id: 3 }] };

const input = (changes: Partial<IExerciseInput> = {}): IExerciseInput => ({
  title: 'Utrymningsövning',
  date: '2026-10-01',
  unitId: 1,
  kind: 'Övning',
  scenario: 'Brand i kulvert under nattskift',
  areas: ['Brandsäkerhet'],
  participants: 24,
  lessonsLearned: 'Larmlistan var inaktuell.',
  followUpActions: [{ title: 'Uppdatera larmlistan', dueDate: '2026-12-01', done: false }],
  nextDueDate: '2027-10-01',
  ...changes
});

let nextId = 1;
const held = (unitId: number, date: string, changes: Partial<IExercise> = {}): IExercise => ({ ...input({ unitId, date, nextDueDate: undefined }), id: nextId++, ...changes });

describe('exercise validation', () => {
  it('accepts a complete entry, and one without the optional fields', () => {
    expect(exerciseErrors(input(), context, now)).toEqual({});
    expect(exerciseErrors(input({ participants: undefined, lessonsLearned: undefined, followUpActions: [], nextDueDate: undefined }), context, now)).toEqual({});
  });

  it('refuses a date after today or unreal, an unknown unit, a kind or area outside the vocabulary', () => {
    expect(exerciseErrors(input({ date: '2026-12-01' }), context, now).date).toBe('inFuture');
    expect(exerciseErrors(input({ date: '2026-11-30' }), context, now).date).toBeUndefined();
    expect(exerciseErrors(input({ date: '2026-02-29' }), context, now).date).toBe('invalidDate');
    expect(exerciseErrors(input({ unitId: 9 }), context, now).unitId).toBe('unknownUnit');
    expect(exerciseErrors(input({ kind: 'Seminarium' as never }), context, now).kind).toBe('invalidChoice');
    expect(exerciseErrors(input({ areas: [] }), context, now).areas).toBe('required');
    expect(exerciseErrors(input({ areas: ['Brandsäkerhet', 'Cyber' as never] }), context, now).areas).toBe('invalidChoice');
  });

  it('refuses participants that are not a positive whole number within the limit', () => {
    expect(exerciseErrors(input({ participants: 0 }), context, now).participants).toBe('invalidNumber');
    expect(exerciseErrors(input({ participants: 2.5 }), context, now).participants).toBe('invalidNumber');
    expect(exerciseErrors(input({ participants: PDSA_LIMITS.participants + 1 }), context, now).participants).toBe('invalidNumber');
    expect(exerciseErrors(input({ participants: 1 }), context, now).participants).toBeUndefined();
  });

  it('wants the next due date after the exercise', () => {
    expect(exerciseErrors(input({ nextDueDate: '2026-10-01' }), context, now).nextDueDate).toBe('notAfterDate');
    expect(exerciseErrors(input({ nextDueDate: '2026-10-02' }), context, now).nextDueDate).toBeUndefined();
    expect(exerciseErrors(input({ nextDueDate: 'nästa år' }), context, now).nextDueDate).toBe('invalidDate');
  });

  it('keeps hostile, blank and overlong text as typed and refuses it', () => {
    const scenario = '<script>alert(1)</script>'.repeat(200);
    const entry = Object.freeze(input({ scenario, lessonsLearned: ' \t ', title: 'x'.repeat(PDSA_LIMITS.title + 1) }));
    expect(exerciseErrors(entry, context, now)).toEqual({ scenario: 'tooLong', lessonsLearned: 'required', title: 'tooLong' });
    expect(entry.scenario).toBe(scenario);
    expect(exerciseErrors(input({ scenario: '<script>alert(1)</script>' }), context, now)).toEqual({});
  });

  it('checks every follow-up action and how many', () => {
    expect(exerciseErrors(input({ followUpActions: [{ title: '', done: false }] }), context, now).followUpActions).toBe('required');
    expect(exerciseErrors(input({ followUpActions: [{ title: 'A', dueDate: '2026-13-01', done: false }] }), context, now).followUpActions).toBe('invalidDate');
    const many = Array.from({ length: PDSA_LIMITS.followUpActions + 1 }, () => ({ title: 'A', done: false }));
    expect(exerciseErrors(input({ followUpActions: many }), context, now).followUpActions).toBe('tooMany');
  });
});

describe('exercises due', () => {
  const cadence = { unitIds: [1, 2, 3], months: 12 };

  it('is due today for a unit that has never exercised, and a cadence after the latest exercise otherwise', () => {
    const due = exercisesDue([held(1, '2025-11-30'), held(2, '2025-12-01')], now, cadence);
    expect(due.map((d) => [d.unitId, d.dueDay, d.overdue])).toEqual([
      [1, '2026-11-30', false],
      [3, '2026-11-30', false]
    ]);
    expect(due[1].lastExercise).toBeUndefined();
  });

  it('is overdue after the due day, most overdue first', () => {
    const due = exercisesDue([held(1, '2025-10-01'), held(2, '2025-06-01'), held(3, '2026-05-01')], now, cadence);
    expect(due.map((d) => [d.unitId, d.daysOverdue, d.overdue])).toEqual([
      [2, 182, true],
      [1, 60, true]
    ]);
  });

  it('counts the latest exercise only, and the next due date it set', () => {
    expect(exercisesDue([held(1, '2024-01-01'), held(1, '2026-06-01')], now, { unitIds: [1], months: 12 })).toEqual([]);
    const own = exercisesDue([held(1, '2026-06-01', { nextDueDate: '2026-11-01' })], now, { unitIds: [1], months: 12 });
    expect(own.map((d) => d.dueDay)).toEqual(['2026-11-01']);
  });

  it('counts only entries of the cadence’s kind, and none dated after today', () => {
    const training = held(1, '2026-06-01', { kind: 'Utbildning' });
    expect(exercisesDue([training], now, { unitIds: [1], months: 12 }).map((d) => d.unitId)).toEqual([1]);
    expect(exercisesDue([training], now, { unitIds: [1], months: 12, kind: 'Utbildning' })).toEqual([]);
    expect(exercisesDue([held(1, '2026-12-15')], now, { unitIds: [1], months: 12 })[0].lastExercise).toBeUndefined();
  });

  it('lists a unit soonDays ahead of its due day', () => {
    const exercises = [held(1, '2025-12-30')];
    expect(exercisesDue(exercises, now, { unitIds: [1], months: 12, soonDays: 29 })).toEqual([]);
    expect(exercisesDue(exercises, now, { unitIds: [1], months: 12, soonDays: 30 }).map((d) => d.daysOverdue)).toEqual([-30]);
  });
});
