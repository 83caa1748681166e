import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { GoalLight } from '../../../domain/pdsa/goals';
import { format } from '../../../common/format';
import { lightLabel } from '../labels';

export interface ILightBadgeProps {
  light: GoalLight;
}

/** The traffic light as a coloured dot with its words beside it: the colour only repeats the text. */
export function LightBadge(props: ILightBadgeProps): React.ReactElement {
  const theme = useTheme();
  const colour: Record<GoalLight, string> = {
    onTrack: theme.palette.green,
    atRisk: theme.palette.yellowDark,
    offTrack: theme.palette.redDark,
    noData: theme.palette.neutralTertiary
  };
  const label = lightLabel(props.light);
  return (
    <span
      data-light={props.light}
      title={format(strings.LightLabel, label)}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 6,
        padding: '1px 8px',
        borderRadius: 10,
        border: `1px solid ${theme.semanticColors.bodyDivider}`,
        color: theme.semanticColors.bodyText,
        background: theme.semanticColors.bodyBackground,
        fontSize: 12,
        lineHeight: '18px',
        whiteSpace: 'nowrap'
      }}
    >
      <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: '50%', background: colour[props.light], flex: 'none' }} />
      {label}
    </span>
  );
}
