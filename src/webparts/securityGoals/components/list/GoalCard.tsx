import * as React from 'react';
import { ILink, Link } from '@fluentui/react/lib/Link';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IGoalView } from '../../../../services/pdsa/IPdsaServices';
import { formatDate } from '../../../../components/dates';
import { format } from '../../../../common/format';
import { unitTitle } from '../../goalGroups';
import { areaLabel, priorityLabel, valueText } from '../../labels';
import { LightBadge } from '../LightBadge';
import { GoalProgressBar } from '../GoalProgressBar';
import { DueList } from '../DueList';

export interface IGoalCardProps {
  view: IGoalView;
  units: readonly IOrganisationUnit[];
  onOpen: (goalId: number) => void;
  /** The goal the user came back from: its link takes the focus again. */
  focus?: boolean;
  /** The title's heading level: a regional goal's under the page heading, a unit goal's under its group. */
  level: 3 | 4 | 5;
}

/** One goal in the list: what it is, where it stands (bar and light in words) and what is due. */
export function GoalCard(props: IGoalCardProps): React.ReactElement {
  const theme = useTheme();
  const { goal, progress, due } = props.view;
  const link = React.useRef<ILink>(null);
  React.useEffect(() => {
    if (props.focus && link.current) link.current.focus();
  }, [props.focus]);
  const unit = unitTitle(props.units, goal.scopeUnitId);
  const facts = [unit || strings.RegionalGoal, areaLabel(goal.area), format(strings.PriorityShort, priorityLabel(goal.priority).toLowerCase())];
  const latest = progress.latest;
  return (
    <article
      data-goal={goal.id}
      aria-labelledby={`trygg-goal-${goal.id}-title`}
      style={{ padding: 12, borderRadius: 4, border: `1px solid ${theme.semanticColors.bodyDivider}`, background: theme.semanticColors.bodyBackground }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline', justifyContent: 'space-between' }}>
        <Text as={`h${props.level}` as 'h3' | 'h4' | 'h5'} id={`trygg-goal-${goal.id}-title`} variant="mediumPlus" styles={{ root: { margin: 0, fontWeight: 600, overflowWrap: 'anywhere' } }}>
          <Link componentRef={link} onClick={() => props.onOpen(goal.id)} data-open-goal={goal.id}>
            {goal.title}
          </Link>
        </Text>
        <LightBadge light={progress.light} />
      </div>
      <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
        {facts.join(' · ')}
      </Text>
      <Text block styles={{ root: { margin: '6px 0 4px', overflowWrap: 'anywhere' } }}>
        {goal.indicator}:{' '}
        {format(strings.FromTo, valueText(goal.baseline, goal.unitOfMeasure), valueText(goal.target, goal.unitOfMeasure), formatDate(goal.targetDate))}
      </Text>
      <Text variant="small" block data-latest styles={{ root: { marginBottom: 4 } }}>
        {latest ? format(strings.LatestValue, valueText(latest.value, goal.unitOfMeasure), formatDate(latest.measuredOn)) : strings.NoValueYet}
      </Text>
      <GoalProgressBar progress={progress} />
      <div style={{ marginTop: 4 }}>
        <DueList goal={goal} due={due} limit={2} />
      </div>
    </article>
  );
}
