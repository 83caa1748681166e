import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as common from 'TryggStrings';
import * as strings from 'SecurityOverviewWebPartStrings';
import { Section } from '../../../components/Section';
import { format } from '../../../common/format';
import { IUnitGoal } from '../../../domain/home/homeUnit';
import { IRolledUpPhase, IRolledUpStatus } from '../../../domain/pdsa/phases';
import { PDSA_PHASE_KEYS, PhaseState } from '../../../domain/pdsa/vocabulary';
import { IMySecurity } from '../../../services/home/IMySecurityService';
import { IHomeLinks } from '../homeLinks';
import { areaLabel } from '../../../components/areaLabel';

function GoalRow(props: { goal: IUnitGoal; links: IHomeLinks }): React.ReactElement {
  const theme = useTheme();
  const { goal } = props;
  const progress = goal.progress === undefined ? undefined : format(strings.ProgressText, Math.round(goal.progress * 100));
  return (
    <li data-unit-goal={goal.id} data-light={goal.light} style={{ padding: '6px 0' }}>
      <Link href={props.links.to({ webPart: 'securityGoals', goalId: goal.id })} styles={{ root: { fontWeight: 600, overflowWrap: 'anywhere' } }}>
        {goal.title}
      </Link>
      <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {[areaLabel(goal.goal.area), strings.Lights[goal.light], progress].filter((part) => !!part).join(' · ')}
      </Text>
    </li>
  );
}

function PhaseCard(props: { phase: IRolledUpPhase }): React.ReactElement {
  const theme = useTheme();
  const { phase } = props;
  const accent: Record<PhaseState, string> = { done: theme.palette.green, inProgress: theme.palette.yellowDark, notStarted: theme.palette.neutralTertiary };
  const applicable = phase.evidence.filter((item) => item.state !== 'notApplicable');
  const met = applicable.filter((item) => item.state === 'met').length;
  return (
    <li
      data-phase={PDSA_PHASE_KEYS[phase.phase]}
      data-state={phase.state}
      style={{ flex: '1 1 150px', padding: 10, borderRadius: 4, borderTop: `4px solid ${accent[phase.state]}`, background: theme.semanticColors.bodyStandoutBackground }}
    >
      <Text variant="mediumPlus" block styles={{ root: { fontWeight: 600 } }}>
        {common.PdsaPhases[PDSA_PHASE_KEYS[phase.phase]]}
      </Text>
      <Text block>{strings.PhaseStates[phase.state]}</Text>
      <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {applicable.length > 0 ? format(strings.EvidenceMet, met, applicable.length) : strings.EvidenceNone}
      </Text>
    </li>
  );
}

function PdsaState(props: { pdsa: IRolledUpStatus; year: number }): React.ReactElement {
  const { pdsa } = props;
  return (
    <>
      <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '12px 0 8px' } }}>
        {format(strings.PdsaHeading, props.year)}
      </Text>
      <ol data-pdsa-unit={pdsa.unitId} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', margin: 0, padding: 0 }}>
        {pdsa.phases.map((phase) => (
          <PhaseCard key={phase.phase} phase={phase} />
        ))}
      </ol>
      <Text block styles={{ root: { marginTop: 8 } }}>
        {pdsa.currentPhase ? format(strings.CurrentPhase, common.PdsaPhases[PDSA_PHASE_KEYS[pdsa.currentPhase]]) : strings.CycleDone}
      </Text>
    </>
  );
}

/** What the person's unit works on this year, and its PDSA state for those who lead or follow it up. */
export function UnitCard(props: { value: IMySecurity; links: IHomeLinks }): React.ReactElement {
  const { value } = props;
  if (!value.unit) {
    return (
      <Section id="trygg-my-unit" heading={format(strings.UnitHeading, '–')}>
        <Text block>{strings.NoUnit}</Text>
      </Section>
    );
  }
  return (
    <Section id="trygg-my-unit" heading={format(strings.UnitHeading, value.unit.title)}>
      <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '0 0 4px' } }}>
        {format(strings.GoalsHeading, value.year)}
      </Text>
      {value.unitGoals.length === 0 ? (
        <Text block>{format(strings.NoGoals, value.year)}</Text>
      ) : (
        <ul data-unit-goals={value.unitGoals.length} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {value.unitGoals.map((goal) => (
            <GoalRow key={goal.id} goal={goal} links={props.links} />
          ))}
        </ul>
      )}
      {value.pdsa && <PdsaState pdsa={value.pdsa} year={value.year} />}
    </Section>
  );
}
