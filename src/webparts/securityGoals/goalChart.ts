/**
 * The geometry of a goal's small line chart: measured values over time against the target line
 * (and the baseline), from 1 January of the goal's year to its target date (or the last
 * measurement, when later). Pure: the component only draws what this returns.
 */
import { calendarDay } from '../../domain/days';
import { IGoal, IMeasurement } from '../../domain/pdsa/goals';

export interface IChartSize {
  readonly width: number;
  readonly height: number;
  /** Room left for the value labels and below for the dates. */
  readonly left: number;
  readonly bottom: number;
  readonly top: number;
  readonly right: number;
}

export interface IChartPoint {
  readonly x: number;
  readonly y: number;
  readonly measurement: IMeasurement;
}

export interface IChartGeometry {
  readonly points: readonly IChartPoint[];
  /** SVG path through the points, oldest first; empty with fewer than two. */
  readonly line: string;
  readonly targetY: number;
  readonly baselineY: number;
  /** The plot's corners. */
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  /** The values at the top and bottom of the plot, for the axis labels. */
  readonly maxValue: number;
  readonly minValue: number;
  /** The days at either end of the time axis (YYYY-MM-DD). */
  readonly fromDay: string;
  readonly toDay: string;
  /** Where the target date falls on the time axis. */
  readonly targetX: number;
}

export const DEFAULT_CHART_SIZE: IChartSize = { width: 560, height: 200, left: 48, bottom: 24, top: 12, right: 12 };

const round = (value: number): number => Math.round(value * 10) / 10;

/** The chart of the goal's measurements (already the goal's, in date order), scaled to `size`. */
export function goalChart(goal: Pick<IGoal, 'baseline' | 'target' | 'year' | 'targetDate'>, measurements: readonly IMeasurement[], size: IChartSize = DEFAULT_CHART_SIZE): IChartGeometry {
  const dated = measurements
    .map((measurement) => ({ measurement, day: calendarDay(measurement.measuredOn) }))
    .filter((entry): entry is { measurement: IMeasurement; day: number } => entry.day !== undefined && isFinite(entry.measurement.value));
  const start = Date.UTC(goal.year, 0, 1);
  const targetDay = calendarDay(goal.targetDate);
  const days = dated.map((entry) => entry.day);
  const from = Math.min(start, ...days);
  const to = Math.max(targetDay !== undefined ? targetDay : start, ...days, from + 1);
  const values = [goal.baseline, goal.target, ...dated.map((entry) => entry.measurement.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  // A little room above and below, so neither line lies on the frame.
  const pad = high === low ? Math.max(1, Math.abs(high) * 0.1) : (high - low) * 0.1;
  const minValue = low - pad;
  const maxValue = high + pad;
  const x0 = size.left;
  const x1 = size.width - size.right;
  const y0 = size.top;
  const y1 = size.height - size.bottom;
  const xOf = (day: number): number => round(x0 + ((day - from) / (to - from)) * (x1 - x0));
  const yOf = (value: number): number => round(y1 - ((value - minValue) / (maxValue - minValue)) * (y1 - y0));
  const points = dated.map((entry) => ({ x: xOf(entry.day), y: yOf(entry.measurement.value), measurement: entry.measurement }));
  const line = points.length < 2 ? '' : points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  return {
    points,
    line,
    targetY: yOf(goal.target),
    baselineY: yOf(goal.baseline),
    x0,
    x1,
    y0,
    y1,
    maxValue,
    minValue,
    fromDay: new Date(from).toISOString().slice(0, 10),
    toDay: new Date(to).toISOString().slice(0, 10),
    targetX: xOf(targetDay !== undefined ? targetDay : to)
  };
}
