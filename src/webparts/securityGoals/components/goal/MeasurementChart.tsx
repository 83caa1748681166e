import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IMeasurement } from '../../../../domain/pdsa/goals';
import { IStoredGoal } from '../../../../domain/pdsa/repositories';
import { formatDate, formatNumber } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { DEFAULT_CHART_SIZE, goalChart } from '../../goalChart';
import { valueText } from '../../labels';

export interface IMeasurementChartProps {
  goal: IStoredGoal;
  /** The goal's measurements, oldest first. */
  measurements: readonly IMeasurement[];
}

/**
 * The values over time against the target line, drawn as plain SVG (no chart library for one
 * line). The table beside it carries the same figures for screen readers; the picture is labelled.
 */
export function MeasurementChart(props: IMeasurementChartProps): React.ReactElement {
  const theme = useTheme();
  const { goal } = props;
  // Drawn at the width it has, so its words keep their size on a phone and on a desk.
  const frame = React.useRef<HTMLDivElement>(null);
  const width = useWidth(frame);
  const size = { ...DEFAULT_CHART_SIZE, width: width ? Math.max(280, Math.min(720, width)) : DEFAULT_CHART_SIZE.width };
  const chart = goalChart(goal, props.measurements, size);
  const muted = theme.semanticColors.bodySubtext;
  const label = (x: number, y: number, text: string, anchor: 'start' | 'end' | 'middle' = 'end'): React.ReactElement => (
    <text x={x} y={y} textAnchor={anchor} fontSize={11} fill={muted}>
      {text}
    </text>
  );
  return (
    <div ref={frame}>
      <svg
        role="img"
        aria-label={format(strings.ChartLabel, valueText(goal.target, goal.unitOfMeasure))}
        viewBox={`0 0 ${size.width} ${size.height}`}
        width={size.width}
        height={size.height}
        style={{ display: 'block', maxWidth: '100%' }}
        data-chart-points={chart.points.length}
      >
        <rect x={chart.x0} y={chart.y0} width={chart.x1 - chart.x0} height={chart.y1 - chart.y0} fill="none" stroke={theme.semanticColors.bodyDivider} />
        <line x1={chart.x0} x2={chart.x1} y1={chart.targetY} y2={chart.targetY} stroke={theme.palette.green} strokeWidth={2} strokeDasharray="6 4" data-target-line />
        {label(chart.x1 - 4, chart.targetY - 4, format(strings.ChartTarget, formatNumber(goal.target, 2)))}
        <line x1={chart.x0} x2={chart.x1} y1={chart.baselineY} y2={chart.baselineY} stroke={muted} strokeWidth={1} strokeDasharray="2 3" />
        {label(chart.x1 - 4, chart.baselineY - 4, format(strings.ChartBaseline, formatNumber(goal.baseline, 2)))}
        <line x1={chart.targetX} x2={chart.targetX} y1={chart.y0} y2={chart.y1} stroke={theme.semanticColors.bodyDivider} />
        {label(chart.x0 - 4, chart.y0 + 10, formatNumber(chart.maxValue, 1))}
        {label(chart.x0 - 4, chart.y1, formatNumber(chart.minValue, 1))}
        {label(chart.x0, size.height - 6, formatDate(`${chart.fromDay}T00:00:00.000Z`), 'start')}
        {label(chart.x1, size.height - 6, formatDate(`${chart.toDay}T00:00:00.000Z`), 'end')}
        {chart.line && <path d={chart.line} fill="none" stroke={theme.palette.themePrimary} strokeWidth={2} />}
        {chart.points.map((point, index) => (
          <circle key={index} cx={point.x} cy={point.y} r={4} fill={theme.palette.themePrimary}>
            <title>{`${formatDate(point.measurement.measuredOn)}: ${valueText(point.measurement.value, goal.unitOfMeasure)}`}</title>
          </circle>
        ))}
      </svg>
    </div>
  );
}

/** The element's width, again when the window is resized; undefined before it is laid out. */
function useWidth(element: React.RefObject<HTMLElement>): number | undefined {
  const [width, setWidth] = React.useState<number | undefined>(undefined);
  React.useEffect(() => {
    const measure = (): void => setWidth((element.current && element.current.clientWidth) || undefined);
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [element]);
  return width;
}
