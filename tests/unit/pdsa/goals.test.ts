import {
  activityErrors,
  AT_RISK_TOLERANCE,
  expectedProgressAt,
  goalErrors,
  goalProgress,
  IGoal,
  IGoalContext,
  IMeasurement,
  measurementErrors,
  measurementPeriods,
  measurementsDue,
  ON_TRACK_TOLERANCE
} from '../../../src/domain/pdsa/goals';
import { PDSA_LIMITS } from '../../../src/domain/pdsa/vocabulary';

/** A regional goal for 2026, 40 → 90 (higher is better), due 31 December. */
const goal = (changes: Partial<IGoal> = {}): IGoal => ({
  id: 10,
  title: 'Andel medarbetare som gått brandskyddsutbildning',
  area: 'Brandsäkerhet',
  priority: 'Hög',
  indicator: 'Andel utbildade',
  unitOfMeasure: '%',
  baseline: 40,
  target: 90,
  direction: 'Högre är bättre',
  targetDate: '2026-12-31',
  frequency: 'Kvartal',
  activities: [{ title: 'Utbildningsdagar', costEstimate: 120000, status: 'Planerad' }],
  year: 2026,
  ...changes
});

let nextId = 1;
const measurement = (value: number, measuredOn: string, goalId = 10): IMeasurement => ({ id: nextId++, goalId, value, measuredOn });

const context: IGoalContext = {
  units: [{ id: 1 }, { id: 2 }],
  goals: [{ id: 10 }, { id: 11, scopeUnitId: 1 }]
};

const at = (day: string): Date => new Date(`${day}T12:00:00.000Z`);

describe('goal validation', () => {
  it('accepts a complete regional goal and a unit goal contributing to a regional one', () => {
    expect(goalErrors(goal(), context)).toEqual({});
    expect(goalErrors(goal({ scopeUnitId: 2, parentGoalId: 10 }), context)).toEqual({});
  });

  it("refuses a unit goal's parent that is a unit goal, unknown, itself, or given for a regional goal", () => {
    expect(goalErrors(goal({ scopeUnitId: 2, parentGoalId: 11 }), context).parentGoalId).toBe('notRegional');
    expect(goalErrors(goal({ scopeUnitId: 2, parentGoalId: 99 }), context).parentGoalId).toBe('unknownGoal');
    expect(goalErrors(goal({ scopeUnitId: 2, parentGoalId: 12 }), context, 12).parentGoalId).toBe('selfReference');
    expect(goalErrors(goal({ parentGoalId: 10 }), context).parentGoalId).toBe('notApplicable');
    expect(goalErrors(goal({ scopeUnitId: 7 }), context).scopeUnitId).toBe('unknownUnit');
  });

  it('keeps hostile, blank and overlong text as typed and refuses it, never cutting', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const long = 'x'.repeat(PDSA_LIMITS.title + 1);
    const input = Object.freeze(goal({ title: long, indicator: '   ', unitOfMeasure: 'kr\u0007' }));
    const errors = goalErrors(input, context);
    expect(errors).toEqual({ title: 'tooLong', indicator: 'required', unitOfMeasure: 'invalidCharacters' });
    expect(input.title).toBe(long);
    expect(goalErrors(goal({ title: hostile }), context)).toEqual({});
    expect(goalErrors(goal({ title: 'x'.repeat(PDSA_LIMITS.title) }), context).title).toBeUndefined();
    expect(goalErrors(goal({ unitOfMeasure: 'x'.repeat(PDSA_LIMITS.unitOfMeasure + 1) }), context).unitOfMeasure).toBe('tooLong');
  });

  it('refuses numbers that are not finite or beyond the limit, and targets that lead nowhere or the wrong way', () => {
    expect(goalErrors(goal({ baseline: NaN }), context).baseline).toBe('invalidNumber');
    expect(goalErrors(goal({ target: Infinity }), context).target).toBe('invalidNumber');
    expect(goalErrors(goal({ target: PDSA_LIMITS.maxAbsValue + 1 }), context).target).toBe('invalidNumber');
    expect(goalErrors(goal({ target: 40 }), context).target).toBe('sameAsBaseline');
    expect(goalErrors(goal({ target: 30 }), context).target).toBe('wrongDirection');
    expect(goalErrors(goal({ direction: 'Lägre är bättre' }), context).target).toBe('wrongDirection');
    expect(goalErrors(goal({ direction: 'Lägre är bättre', baseline: 40, target: 10 }), context)).toEqual({});
    expect(goalErrors(goal({ baseline: -5, target: 0 }), context)).toEqual({});
  });

  it('refuses choices outside the vocabulary, and dates that are not days or before the goal year', () => {
    const errors = goalErrors(goal({ area: 'Cyber' as never, priority: 'Akut' as never, frequency: 'Vecka' as never, direction: 'Upp' as never }), context);
    expect(errors).toMatchObject({ area: 'invalidChoice', priority: 'invalidChoice', frequency: 'invalidChoice', direction: 'invalidChoice' });
    expect(goalErrors(goal({ targetDate: '2026-02-30' }), context).targetDate).toBe('invalidDate');
    expect(goalErrors(goal({ targetDate: '' }), context).targetDate).toBe('required');
    expect(goalErrors(goal({ targetDate: '2025-12-31' }), context).targetDate).toBe('beforeYear');
    expect(goalErrors(goal({ targetDate: '2026-01-01' }), context).targetDate).toBeUndefined();
    expect(goalErrors(goal({ year: 2026.5 }), context).year).toBe('invalidNumber');
    expect(goalErrors(goal({ year: 1999 }), context).year).toBe('invalidNumber');
  });

  it('checks every activity: title, cost and status, and how many', () => {
    expect(activityErrors({ title: ' ', costEstimate: -1, status: 'Klar' as never })).toEqual({ title: 'required', costEstimate: 'invalidNumber', status: 'invalidChoice' });
    expect(activityErrors({ title: 'Övning', status: 'Genomförd' })).toEqual({});
    expect(activityErrors({ title: 'Övning', costEstimate: PDSA_LIMITS.maxCost + 1, status: 'Planerad' }).costEstimate).toBe('invalidNumber');
    expect(goalErrors(goal({ activities: [{ title: 'Ok', status: 'Planerad' }, { title: '', status: 'Planerad' }] }), context).activities).toBe('required');
    const many = Array.from({ length: PDSA_LIMITS.activities + 1 }, () => ({ title: 'A', status: 'Planerad' as const }));
    expect(goalErrors(goal({ activities: many }), context).activities).toBe('tooMany');
    expect(goalErrors(goal({ activities: many.slice(1) }), context).activities).toBeUndefined();
  });
});

describe('measurement validation', () => {
  const now = at('2026-06-15');
  it('accepts a value measured up to today, refuses one dated later, unparseable or for another goal', () => {
    expect(measurementErrors({ goalId: 10, value: 55, measuredOn: '2026-06-15' }, goal(), now)).toEqual({});
    expect(measurementErrors({ goalId: 10, value: 55, measuredOn: '2026-06-16' }, goal(), now).measuredOn).toBe('inFuture');
    expect(measurementErrors({ goalId: 10, value: 55, measuredOn: '15/6/2026' }, goal(), now).measuredOn).toBe('invalidDate');
    expect(measurementErrors({ goalId: 11, value: 55, measuredOn: '2026-06-01' }, goal(), now).goalId).toBe('unknownGoal');
    expect(measurementErrors({ goalId: 10, value: NaN, measuredOn: '2026-06-01' }, goal(), now).value).toBe('invalidNumber');
  });

  it('refuses an overlong or blank comment, keeping it as typed', () => {
    const comment = 'ö'.repeat(PDSA_LIMITS.comment + 1);
    const input = Object.freeze({ goalId: 10, value: 1, measuredOn: '2026-06-01', comment });
    expect(measurementErrors(input, goal(), now).comment).toBe('tooLong');
    expect(input.comment).toBe(comment);
    expect(measurementErrors({ ...input, comment: '  \n ' }, goal(), now).comment).toBe('required');
  });
});

describe('goal progress', () => {
  it('has no data and no light before the first measurement, or with only later-dated ones', () => {
    const none = goalProgress(goal(), [], at('2026-06-01'));
    expect(none.light).toBe('noData');
    expect(none.progress).toBeUndefined();
    expect(none.latest).toBeUndefined();
    expect(goalProgress(goal(), [measurement(80, '2026-07-01')], at('2026-06-01')).light).toBe('noData');
    expect(goalProgress(goal(), [measurement(80, '2026-06-01', 99)], at('2026-06-01')).light).toBe('noData');
  });

  it('counts from baseline toward target when higher is better, held between 0 and 1', () => {
    const now = at('2026-03-01');
    expect(goalProgress(goal(), [measurement(65, '2026-02-01')], now).progress).toBeCloseTo(0.5);
    expect(goalProgress(goal(), [measurement(30, '2026-02-01')], now).progress).toBe(0);
    expect(goalProgress(goal(), [measurement(95, '2026-02-01')], now)).toMatchObject({ progress: 1, reached: true, light: 'onTrack' });
  });

  it('counts the same way when lower is better', () => {
    const lower = goal({ direction: 'Lägre är bättre', baseline: 40, target: 10 });
    const now = at('2026-03-01');
    expect(goalProgress(lower, [measurement(25, '2026-02-01')], now).progress).toBeCloseTo(0.5);
    expect(goalProgress(lower, [measurement(50, '2026-02-01')], now).progress).toBe(0);
    expect(goalProgress(lower, [measurement(10, '2026-02-01')], now)).toMatchObject({ progress: 1, reached: true });
    expect(goalProgress(lower, [measurement(11, '2026-02-01')], now).reached).toBe(false);
  });

  it('uses the latest measurement by date, the later-entered one on the same day', () => {
    const now = at('2026-06-01');
    const result = goalProgress(goal(), [measurement(90, '2026-05-01'), measurement(50, '2026-05-20'), measurement(45, '2026-02-01')], now);
    expect(result.latest?.value).toBe(50);
    expect(goalProgress(goal(), [measurement(50, '2026-05-20'), measurement(60, '2026-05-20')], now).latest?.value).toBe(60);
  });

  it('expects progress by the share of time from 1 January to the target date', () => {
    expect(expectedProgressAt(goal({ targetDate: '2026-12-31' }), at('2026-01-01'))).toBe(0);
    expect(expectedProgressAt(goal({ targetDate: '2027-01-01' }), at('2026-07-02'))).toBeCloseTo(0.5, 2);
    expect(expectedProgressAt(goal(), at('2027-03-01'))).toBe(1);
    expect(expectedProgressAt(goal(), at('2025-06-01'))).toBe(0);
  });

  describe('traffic light at the thresholds', () => {
    // 2026-01-01 to 2026-11-07 is 310 days; at day 155 half the time has passed.
    const g = goal({ baseline: 0, target: 100, targetDate: '2026-11-07' });
    const now = at('2026-06-05');
    const light = (value: number): string => goalProgress(g, [measurement(value, '2026-06-01')], now).light;

    it('is at 0.5 expected progress at the chosen day', () => {
      expect(goalProgress(g, [measurement(50, '2026-06-01')], now).expectedProgress).toBeCloseTo(0.5, 10);
    });

    it(`is on track while lagging by at most ${ON_TRACK_TOLERANCE}, at risk up to ${AT_RISK_TOLERANCE}, off track beyond`, () => {
      expect(light(50)).toBe('onTrack');
      expect(light(40)).toBe('onTrack');
      expect(light(39.9)).toBe('atRisk');
      expect(light(25)).toBe('atRisk');
      expect(light(24.9)).toBe('offTrack');
      expect(light(0)).toBe('offTrack');
    });

    it('is off track past the target date unless reached, on track when reached', () => {
      const late = at('2026-11-08');
      expect(goalProgress(g, [measurement(99, '2026-11-01')], late).light).toBe('offTrack');
      expect(goalProgress(g, [measurement(100, '2026-11-01')], late).light).toBe('onTrack');
      expect(goalProgress(g, [measurement(99, '2026-11-01')], at('2026-11-07')).light).toBe('onTrack');
    });
  });
});

describe('measurements due', () => {
  it('asks one measurement per calendar period of the frequency, from the year start to the target date', () => {
    expect(measurementPeriods(goal({ frequency: 'Månad' }))).toHaveLength(12);
    expect(measurementPeriods(goal({ frequency: 'Kvartal' })).map((p) => p.end)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(measurementPeriods(goal({ frequency: 'Halvår' })).map((p) => p.start)).toEqual(['2026-01-01', '2026-07-01']);
    expect(measurementPeriods(goal({ frequency: 'År', targetDate: '2027-06-30' })).map((p) => p.dueDay)).toEqual(['2026-12-31', '2027-06-30']);
    expect(measurementPeriods(goal({ frequency: 'Månad', targetDate: '2026-02-10' })).map((p) => p.dueDay)).toEqual(['2026-01-31', '2026-02-10']);
  });

  it('is due from the period’s last day when nothing is dated within the period', () => {
    const g = goal({ frequency: 'Kvartal' });
    expect(measurementsDue(g, [], at('2026-03-30'))).toEqual([]);
    expect(measurementsDue(g, [], at('2026-03-31')).map((p) => p.end)).toEqual(['2026-03-31']);
    expect(measurementsDue(g, [measurement(50, '2026-03-31')], at('2026-03-31'))).toEqual([]);
    expect(measurementsDue(g, [measurement(50, '2026-04-01')], at('2026-04-02')).map((p) => p.end)).toEqual(['2026-03-31']);
    expect(measurementsDue(g, [measurement(50, '2026-02-15')], at('2026-07-05')).map((p) => p.end)).toEqual(['2026-06-30']);
  });

  it('counts monthly, half-yearly and yearly periods by their own calendar', () => {
    expect(measurementsDue(goal({ frequency: 'Månad' }), [measurement(1, '2026-02-03')], at('2026-04-30')).map((p) => p.end)).toEqual(['2026-01-31', '2026-03-31', '2026-04-30']);
    expect(measurementsDue(goal({ frequency: 'Halvår' }), [], at('2026-12-30')).map((p) => p.end)).toEqual(['2026-06-30']);
    expect(measurementsDue(goal({ frequency: 'År' }), [], at('2026-12-30'))).toEqual([]);
    expect(measurementsDue(goal({ frequency: 'År' }), [], at('2026-12-31'))).toHaveLength(1);
  });

  it('ignores other goals’ measurements', () => {
    expect(measurementsDue(goal({ frequency: 'År' }), [measurement(1, '2026-05-01', 11)], at('2027-01-05'))).toHaveLength(1);
  });
});
