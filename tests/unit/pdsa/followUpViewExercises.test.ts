import { IOrganisationUnit } from '../../../src/domain/organisation';
import { exerciseErrors, IExercise, IExerciseDue } from '../../../src/domain/pdsa/exercises';
import { emptyExerciseForm, exerciseConflictRows, exerciseFromForm, followUpRowErrors, formFromExercise } from '../../../src/webparts/securityFollowUp/exerciseForm';
import { dueScope, dueText, filterExercises, followUpState, followUpSummary, lastExerciseText } from '../../../src/webparts/securityFollowUp/exerciseLog';

const now = new Date('2026-11-20T09:00:00.000Z');
const unit = (id: number, title: string, level: IOrganisationUnit['level'], parentId?: number): IOrganisationUnit => ({ id, title, code: `U${id}`, level, parentId, managerAbsent: false });
// The region, a förvaltning with two enheter, and an enhet right under the region.
const units = [unit(1, 'Region Exempel', 'Region'), unit(2, 'Sjukhuset', 'Förvaltning', 1), unit(3, 'Akutmottagningen', 'Enhet', 2), unit(4, 'Ortopeden', 'Enhet', 2), unit(5, 'Tandvården', 'Enhet', 1)];
const context = { units };

const exercise = (id: number, unitId: number, changes: Partial<IExercise> = {}): IExercise => ({
  id,
  title: `Övning ${id}`,
  date: '2026-10-01',
  unitId,
  kind: 'Övning',
  scenario: 'Brand i kulvert',
  areas: ['Brandsäkerhet'],
  followUpActions: [],
  ...changes
});

describe('the exercise form', () => {
  it('starts as an exercise held today for the only unit the user may log for, and is valid once the required fields are filled', () => {
    const empty = emptyExerciseForm('2026-11-20', 3);
    expect(empty).toMatchObject({ date: '2026-11-20', unitId: 3, kind: 'Övning', followUpActions: [] });
    expect(Object.keys(exerciseErrors(exerciseFromForm(empty), context, now)).sort()).toEqual(['areas', 'scenario', 'title']);
    const filled = { ...empty, title: ' Utrymning ', scenario: 'Brand', areas: ['Brandsäkerhet' as const] };
    expect(exerciseErrors(exerciseFromForm(filled), context, now)).toEqual({});
    expect(exerciseFromForm(filled)).toMatchObject({ title: 'Utrymning', participants: undefined, lessonsLearned: undefined, nextDueDate: undefined });
  });

  it('reads participants as a number and lets a wrong one reach the domain as wrong, never dropped', () => {
    const base = { ...emptyExerciseForm('2026-11-20', 3), title: 'T', scenario: 'S', areas: ['Brandsäkerhet' as const] };
    expect(exerciseFromForm({ ...base, participants: '24' }).participants).toBe(24);
    expect(exerciseErrors(exerciseFromForm({ ...base, participants: 'tjugo' }), context, now).participants).toBe('invalidNumber');
    expect(exerciseErrors(exerciseFromForm({ ...base, participants: '2.5' }), context, now).participants).toBe('invalidNumber');
    expect(exerciseErrors(exerciseFromForm({ ...base, kind: '' }), context, now).kind).toBe('required');
  });

  it('shows each follow-up action its own problems, and round-trips a stored entry', () => {
    const stored = exercise(7, 3, {
      participants: 12,
      lessonsLearned: 'Larmlistan var gammal.',
      followUpActions: [{ title: 'Uppdatera larmlistan', dueDate: '2026-12-01', done: false }],
      nextDueDate: '2027-10-01'
    });
    const form = formFromExercise(stored);
    const { id, ...input } = stored;
    expect(id).toBe(7);
    expect(exerciseFromForm(form)).toEqual(input);
    const withBadRows = { ...form, followUpActions: [...form.followUpActions, { title: '  ', dueDate: '2026-02-30', done: false }] };
    expect(followUpRowErrors(withBadRows)).toEqual([{}, { title: 'required', dueDate: 'invalidDate' }]);
    expect(exerciseErrors(exerciseFromForm(withBadRows), context, now).followUpActions).toBe('required');
  });

  it('lists in the conflict the fields either side changed, in words', () => {
    const base = exercise(7, 3, { participants: 10 });
    const theirs = { ...base, participants: 14 };
    const mine = exerciseFromForm({ ...formFromExercise(base), title: 'Ny rubrik', unitId: 4 });
    const rows = exerciseConflictRows(mine, base, theirs, units);
    expect(rows.map((row) => row.field)).toEqual(['title', 'unitId', 'participants']);
    expect(rows[1]).toMatchObject({ label: 'Enhet', mine: 'Ortopeden', theirs: 'Akutmottagningen', differs: true });
    expect(rows[2]).toMatchObject({ mine: '10', theirs: '14', differs: true });
  });
});

describe('the log and the due list', () => {
  const log = [exercise(1, 3), exercise(2, 4, { kind: 'Utbildning' }), exercise(3, 5), exercise(4, 2)];

  it('filters by a unit with the units below it, and by kind', () => {
    expect(filterExercises(log, { unitId: 2 }, units).map((entry) => entry.id)).toEqual([1, 2, 4]);
    expect(filterExercises(log, { unitId: 3 }, units).map((entry) => entry.id)).toEqual([1]);
    expect(filterExercises(log, { kind: 'Utbildning' }, units).map((entry) => entry.id)).toEqual([2]);
    expect(filterExercises(log, {}, units)).toHaveLength(4);
  });

  it("asks for the chosen unit's line, a manager's own units, or every unit that exercises", () => {
    expect(dueScope({ unitId: 2 }, units, [3], false)).toEqual([3, 4]);
    expect(dueScope({}, units, [3], false)).toEqual([3]);
    expect(dueScope({}, units, [1, 2, 3, 4, 5], true)).toEqual([3, 4, 5]);
    expect(dueScope({}, units, [], false)).toEqual([3, 4, 5]);
  });

  it('says whether a follow-up action is done, open or past its day', () => {
    expect(followUpState({ title: 'a', done: true, dueDate: '2026-01-01' }, now)).toBe('done');
    expect(followUpState({ title: 'a', done: false, dueDate: '2026-11-19' }, now)).toBe('overdue');
    expect(followUpState({ title: 'a', done: false, dueDate: '2026-11-20' }, now)).toBe('open');
    expect(followUpState({ title: 'a', done: false }, now)).toBe('open');
    expect(followUpSummary([{ title: 'a', done: true }, { title: 'b', done: false }])).toBe('1 av 2 klara');
    expect(followUpSummary([])).toBe('inga');
  });

  it('puts where a unit stands in words: never exercised, overdue, due today or soon', () => {
    const last = exercise(9, 3, { date: '2025-10-01', title: 'Utrymning' });
    const due = (changes: Partial<IExerciseDue>): IExerciseDue => ({ unitId: 3, dueDay: '2026-11-08', overdue: false, daysOverdue: 0, lastExercise: last, ...changes });
    expect(dueText(due({ lastExercise: undefined }))).toBe('Ingen övning registrerad: enheten bör öva nu.');
    expect(dueText(due({ overdue: true, daysOverdue: 12 }))).toMatch(/^Försenad 12 dagar: skulle ha övat senast 8 nov\.? 2026\.$/);
    expect(dueText(due({ overdue: true, daysOverdue: 1 }))).toMatch(/^Försenad 1 dag:/);
    expect(dueText(due({ dueDay: '2026-11-20' }))).toMatch(/^Ska öva i dag/);
    expect(dueText(due({ dueDay: '2026-12-10', daysOverdue: -20 }))).toMatch(/^Ska öva senast 10 dec\.? 2026 \(om 20 dagar\)\.$/);
    expect(lastExerciseText(due({}))).toMatch(/^Senaste övning 1 okt\.? 2025: Utrymning$/);
    expect(lastExerciseText(due({ lastExercise: undefined }))).toBeUndefined();
  });
});
