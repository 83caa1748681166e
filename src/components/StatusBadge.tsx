import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as common from 'TryggStrings';
import * as strings from 'TryggComponentStrings';
import { DEVIATION_STATUS_KEYS, DeviationStatus } from '../domain/deviations/vocabulary';
import { format } from '../common/format';

export interface IStatusBadgeProps {
  status: DeviationStatus;
}

/** The case's status as a small pill; the colour only repeats what the text says. */
export function StatusBadge(props: IStatusBadgeProps): React.ReactElement {
  const theme = useTheme();
  const accent: Record<DeviationStatus, string> = {
    'Ny': theme.palette.themePrimary,
    'Mottagen': theme.palette.themeDarkAlt,
    'Utreds': theme.palette.orangeLighter,
    'Åtgärdas': theme.palette.yellowDark,
    'Avslutad': theme.palette.green,
    'Avvisad': theme.palette.neutralTertiary
  };
  const label = common.DeviationStatuses[DEVIATION_STATUS_KEYS[props.status]];
  return (
    <span
      data-status={DEVIATION_STATUS_KEYS[props.status]}
      title={format(strings.StatusLabel, label)}
      style={{
        display: 'inline-block',
        padding: '1px 8px',
        borderRadius: 10,
        border: `1px solid ${theme.semanticColors.bodyDivider}`,
        borderLeft: `6px solid ${accent[props.status]}`,
        color: theme.semanticColors.bodyText,
        background: theme.semanticColors.bodyBackground,
        fontSize: 12,
        lineHeight: '18px',
        whiteSpace: 'nowrap'
      }}
    >
      {label}
    </span>
  );
}
