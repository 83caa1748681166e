import { errorCount, formFromGoal, goalFormErrors, IGoalFormState, inputFromForm, newActivityRow, REGIONAL, totalCost } from '../../../src/webparts/securityGoals/goalForm';
import { goalConflictRows } from '../../../src/webparts/securityGoals/goalConflictRows';
import { IGoalContext } from '../../../src/domain/pdsa/goals';
import { IStoredGoal } from '../../../src/domain/pdsa/repositories';

const context: IGoalContext = { units: [{ id: 7 }, { id: 8 }], goals: [{ id: 1 }] };

const stored: IStoredGoal = {
  id: 5,
  title: 'Färre larm utan åtgärd',
  scopeUnitId: 7,
  parentGoalId: 1,
  area: 'Tillträdesskydd',
  priority: 'Hög',
  indicator: 'Larm utan åtgärd per månad',
  unitOfMeasure: 'st',
  baseline: 12.5,
  target: 4,
  direction: 'Lägre är bättre',
  targetDate: '2026-12-31T00:00:00Z',
  frequency: 'Månad',
  activities: [
    { title: 'Ny larmrutin', costEstimate: 25000.5, status: 'Pågår' },
    { title: 'Kameror', costEstimate: 400000, status: 'Inställd' },
    { title: 'Utbildning', status: 'Planerad' }
  ],
  year: 2026,
  ownerId: 3,
  etag: '"4"',
  modified: '2026-10-01T10:00:00Z'
};

/** A new unit goal filled in as a manager types it, Swedish decimals and all. */
function typed(changes: Partial<IGoalFormState> = {}): IGoalFormState {
  return {
    ...formFromGoal(undefined, 2026, ','),
    title: 'Fler utbildade i brandskydd',
    scope: 7,
    parentGoalId: 1,
    area: 'Brandsäkerhet',
    priority: 'Medel',
    indicator: 'Andel utbildade',
    unitOfMeasure: '%',
    baseline: '40,5',
    target: '90',
    direction: 'Högre är bättre',
    frequency: 'Kvartal',
    activities: [{ ...newActivityRow(), title: 'Utbildningsdag', cost: '12 000,50' }],
    ...changes
  };
}

describe('the goal form', () => {
  it('starts a new goal in its year, due at the year end, with the defaults given', () => {
    const form = formFromGoal(undefined, 2027, ',', { scope: 7, frequency: 'Kvartal' });
    expect(form).toMatchObject({ title: '', year: '2027', targetDate: '2027-12-31', scope: 7, frequency: 'Kvartal', activities: [] });
  });

  it('shows a stored goal with decimal commas and reads it back to the same goal', () => {
    const form = formFromGoal(stored, 2026, ',');
    expect(form.baseline).toBe('12,5');
    expect(form.targetDate).toBe('2026-12-31');
    expect(form.activities.map((row) => row.cost)).toEqual(['25000,5', '400000', '']);
    const input = inputFromForm(form);
    expect(input).toEqual({ ...stored, id: undefined, etag: undefined, modified: undefined, targetDate: '2026-12-31' } as unknown as typeof input);
    expect(errorCount(goalFormErrors(form, context, stored.id))).toBe(0);
  });

  it('reads Swedish numbers and gives a regional goal no parent', () => {
    const input = inputFromForm(typed());
    expect(input.baseline).toBe(40.5);
    expect(input.activities[0]).toEqual({ title: 'Utbildningsdag', costEstimate: 12000.5, status: 'Planerad' });
    expect(input.scopeUnitId).toBe(7);
    const regional = inputFromForm(typed({ scope: REGIONAL }));
    expect(regional.scopeUnitId).toBeUndefined();
    expect(regional.parentGoalId).toBeUndefined();
  });

  it('has no problems when filled in right', () => {
    expect(goalFormErrors(typed(), context)).toEqual({ goal: {}, activities: {} });
  });

  it("says every problem at its field, the scope not chosen, and each activity row's own", () => {
    const empty = formFromGoal(undefined, 2026, ',');
    const rows = [newActivityRow(), { ...newActivityRow(), title: 'Larmkurs', cost: '-5' }];
    const errors = goalFormErrors({ ...empty, activities: rows }, context);
    expect(errors.goal).toEqual({
      title: 'required',
      scope: 'required',
      area: 'required',
      priority: 'required',
      indicator: 'required',
      unitOfMeasure: 'required',
      baseline: 'required',
      target: 'required',
      direction: 'required',
      frequency: 'required'
    });
    expect(errors.activities).toEqual({ [rows[0].key]: { title: 'required' }, [rows[1].key]: { costEstimate: 'invalidNumber' } });
    expect(errorCount(errors)).toBe(12);
  });

  it('refuses what cannot be read as a number, a target on the wrong side and a parent that is not regional', () => {
    expect(goalFormErrors(typed({ baseline: 'fyrtio' }), context).goal).toEqual({ baseline: 'invalidNumber' });
    expect(goalFormErrors(typed({ target: '30' }), context).goal).toEqual({ target: 'wrongDirection' });
    expect(goalFormErrors(typed({ parentGoalId: 2 }), context).goal).toEqual({ parentGoalId: 'unknownGoal' });
    expect(goalFormErrors(typed({ targetDate: '2025-12-31' }), context).goal).toEqual({ targetDate: 'beforeYear' });
  });

  it('never cuts a long title: it is refused with the rest kept', () => {
    const title = 'x'.repeat(256);
    expect(goalFormErrors(typed({ title }), context).goal).toEqual({ title: 'tooLong' });
    expect(inputFromForm(typed({ title })).title).toBe(title);
  });
});

describe('totalCost', () => {
  it('sums the cost estimates for the budget, without the cancelled activities', () => {
    expect(totalCost(stored.activities)).toBe(25000.5);
    expect(totalCost([])).toBe(0);
  });
});

describe('goalConflictRows', () => {
  const units = [{ id: 7, title: 'Akutmottagningen', code: 'AKM', level: 'Enhet' as const, managerAbsent: false }];
  const title = (id: number | undefined): string => (id === 1 ? 'Brandskydd i regionen' : '');

  it('lists only what differs, in the words the page shows, and not numbers written another way', () => {
    const mine = typed({ baseline: '40,50', target: '95' });
    const theirs = typed({ baseline: '40.5', target: '90', scope: REGIONAL, activities: mine.activities });
    const rows = goalConflictRows(mine, theirs, units, title);
    expect(rows.map((row) => [row.field, row.label, row.mine, row.theirs])).toEqual([
      ['scope', 'Gäller', 'Akutmottagningen', 'Regionalt mål (hela regionen)'],
      ['parentGoalId', 'Bidrar till regionalt mål', 'Brandskydd i regionen', ''],
      ['target', 'Målvärde', '95', '90']
    ]);
  });

  it('is empty when both say the same', () => {
    const form = typed();
    expect(goalConflictRows(form, { ...form, title: `${form.title} ` }, units, title)).toEqual([]);
  });
});
