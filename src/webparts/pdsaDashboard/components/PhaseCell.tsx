import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as common from 'TryggStrings';
import * as strings from 'PdsaDashboardWebPartStrings';
import { format } from '../../../common/format';
import { IRolledUpPhase } from '../../../domain/pdsa/phases';
import { PDSA_PHASE_KEYS } from '../../../domain/pdsa/vocabulary';
import { usePhaseColours } from './PhaseStateBadge';

export interface IPhaseCellProps {
  phase: IRolledUpPhase;
  /** A parent's cell says how many units below it are done. */
  hasChildren: boolean;
}

/** One unit × phase: tinted by its rolled-up state, with the state in words and, for a parent, "3 av 5 enheter klara". */
export function PhaseCell(props: IPhaseCellProps): React.ReactElement {
  const theme = useTheme();
  const colours = usePhaseColours();
  const { phase } = props;
  const children = phase.children.done + phase.children.inProgress + phase.children.notStarted;
  const label = strings.PhaseStates[phase.state];
  const phaseName = common.PdsaPhases[PDSA_PHASE_KEYS[phase.phase]];
  // A light tint of the state's colour (hex with alpha); the words carry the meaning.
  const tint = `${colours[phase.state]}1f`;
  return (
    <td
      data-label={phaseName}
      data-phase={PDSA_PHASE_KEYS[phase.phase]}
      data-state={phase.state}
      style={{ borderLeft: `6px solid ${colours[phase.state]}`, background: tint }}
    >
      <span style={{ fontWeight: 600 }}>{label}</span>
      {props.hasChildren && children > 0 && (
        <span style={{ display: 'block', fontSize: 12, color: theme.semanticColors.bodySubtext }}>{format(strings.ChildrenDone, phase.children.done, children)}</span>
      )}
    </td>
  );
}
