import { DEFAULT_CHART_SIZE, goalChart } from '../../../src/webparts/securityGoals/goalChart';
import { IMeasurement } from '../../../src/domain/pdsa/goals';

const goal = { baseline: 40, target: 90, year: 2026, targetDate: '2026-12-31' };
const measurement = (id: number, value: number, measuredOn: string): IMeasurement => ({ id, goalId: 1, value, measuredOn });

describe('goalChart', () => {
  const size = DEFAULT_CHART_SIZE;

  it('places the target above the baseline for a higher-is-better goal, with room around both', () => {
    const chart = goalChart(goal, []);
    expect(chart.targetY).toBeLessThan(chart.baselineY);
    expect(chart.targetY).toBeGreaterThan(chart.y0);
    expect(chart.baselineY).toBeLessThan(chart.y1);
    expect(chart.maxValue).toBeCloseTo(95);
    expect(chart.minValue).toBeCloseTo(35);
    expect(chart.points).toEqual([]);
    expect(chart.line).toBe('');
  });

  it('spans the goal year, one point per measurement from left to right and from the value', () => {
    const chart = goalChart(goal, [measurement(1, 40, '2026-01-01'), measurement(2, 65, '2026-07-02'), measurement(3, 90, '2026-12-31')]);
    expect(chart.fromDay).toBe('2026-01-01');
    expect(chart.toDay).toBe('2026-12-31');
    expect(chart.points.map((point) => point.x)).toEqual([size.left, expect.any(Number), size.width - size.right]);
    expect(chart.points[1].x).toBeCloseTo((size.left + size.width - size.right) / 2, 0);
    expect(chart.points[0].y).toBe(chart.baselineY);
    expect(chart.points[2].y).toBe(chart.targetY);
    expect(chart.line).toBe(`M${chart.points[0].x} ${chart.points[0].y} L${chart.points[1].x} ${chart.points[1].y} L${chart.points[2].x} ${chart.points[2].y}`);
    expect(chart.targetX).toBe(size.width - size.right);
  });

  it('turns for a lower-is-better goal and widens to values beyond baseline and target', () => {
    const chart = goalChart({ ...goal, baseline: 40, target: 10 }, [measurement(1, 50, '2026-03-01')]);
    expect(chart.targetY).toBeGreaterThan(chart.baselineY);
    expect(chart.maxValue).toBeCloseTo(54);
    expect(chart.points[0].y).toBeLessThan(chart.baselineY);
  });

  it('stretches the time axis to a measurement after the target date and skips bad dates', () => {
    const chart = goalChart(goal, [measurement(1, 70, '2027-02-01'), measurement(2, 50, '2026-02-30')]);
    expect(chart.toDay).toBe('2027-02-01');
    expect(chart.points).toHaveLength(1);
    expect(chart.targetX).toBeLessThan(chart.x1);
  });

  it('still draws a goal whose values are all the same', () => {
    const chart = goalChart({ ...goal, baseline: 5, target: 5 }, [measurement(1, 5, '2026-05-01')]);
    expect(chart.maxValue).toBeGreaterThan(chart.minValue);
    expect(Number.isFinite(chart.points[0].y)).toBe(true);
  });
});
