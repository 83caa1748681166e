import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';

export interface ISparklineProps {
  values: readonly number[];
  /** Read out instead of the drawing. */
  label: string;
}

/** Monthly counts as small bars; decorative for screen readers, which get the label. */
export function Sparkline(props: ISparklineProps): React.ReactElement {
  const theme = useTheme();
  const max = Math.max(1, ...props.values);
  const barWidth = 6;
  const height = 20;
  return (
    <svg
      role="img"
      aria-label={props.label}
      width={props.values.length * (barWidth + 1)}
      height={height}
      viewBox={`0 0 ${props.values.length * (barWidth + 1)} ${height}`}
      style={{ display: 'block' }}
    >
      {props.values.map((value, i) => {
        const barHeight = value === 0 ? 1 : Math.max(2, Math.round((value / max) * height));
        return <rect key={i} x={i * (barWidth + 1)} y={height - barHeight} width={barWidth} height={barHeight} fill={value === 0 ? theme.palette.neutralLight : theme.palette.themePrimary} />;
      })}
    </svg>
  );
}
