import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'PdsaDashboardWebPartStrings';
import { PhaseState } from '../../../domain/pdsa/vocabulary';
import { EvidenceState } from '../../../domain/pdsa/phases';

/** The colour of a state; the text beside it always says the same, so nothing rests on colour alone. */
export function usePhaseColours(): Readonly<Record<PhaseState, string>> {
  const theme = useTheme();
  return { done: theme.palette.green, inProgress: theme.palette.yellowDark, notStarted: theme.palette.neutralTertiary };
}

export function useEvidenceColours(): Readonly<Record<EvidenceState, string>> {
  const theme = useTheme();
  return { met: theme.palette.green, partial: theme.palette.yellowDark, missing: theme.palette.redDark, notApplicable: theme.palette.neutralTertiaryAlt };
}

export interface IStateBadgeProps {
  /** The text shown. */
  label: string;
  colour: string;
  /** A data attribute for tests and styling: the state's key. */
  state: string;
}

/** A small pill with a coloured edge and the state in words. */
export function StateBadge(props: IStateBadgeProps): React.ReactElement {
  const theme = useTheme();
  return (
    <span
      data-state={props.state}
      style={{
        display: 'inline-block',
        padding: '1px 8px',
        borderRadius: 10,
        border: `1px solid ${theme.semanticColors.bodyDivider}`,
        borderLeft: `6px solid ${props.colour}`,
        color: theme.semanticColors.bodyText,
        background: theme.semanticColors.bodyBackground,
        fontSize: 12,
        lineHeight: '18px',
        whiteSpace: 'nowrap'
      }}
    >
      {props.label}
    </span>
  );
}

export function PhaseStateBadge(props: { state: PhaseState }): React.ReactElement {
  const colours = usePhaseColours();
  return <StateBadge label={strings.PhaseStates[props.state]} colour={colours[props.state]} state={props.state} />;
}
