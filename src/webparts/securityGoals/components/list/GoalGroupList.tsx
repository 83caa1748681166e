import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IGoalGroup } from '../../goalGroups';
import { GoalCard } from './GoalCard';

export interface IGoalGroupListProps {
  groups: readonly IGoalGroup[];
  units: readonly IOrganisationUnit[];
  onOpen: (goalId: number) => void;
  focusGoalId?: number;
}

/** Each regional goal with its contributing unit goals indented beneath, then the unit goals with no regional goal shown. */
export function GoalGroupList(props: IGoalGroupListProps): React.ReactElement {
  const theme = useTheme();
  const card = (goalId: number, view: IGoalGroup['unitGoals'][number], level: 4 | 5): React.ReactElement => (
    <li key={goalId} style={{ listStyle: 'none' }}>
      <GoalCard view={view} units={props.units} onOpen={props.onOpen} focus={props.focusGoalId === goalId} level={level} />
    </li>
  );
  const subHeading = (text: string, level: 3 | 4): React.ReactElement => (
    <Text as={level === 3 ? 'h3' : 'h4'} variant="medium" block styles={{ root: { margin: '4px 0', fontWeight: 600, color: theme.semanticColors.bodySubtext } }}>
      {text}
    </Text>
  );
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      {props.groups.map((group) => (
        <section key={group.regional ? group.regional.goal.id : 'orphans'} data-goal-group={group.regional ? group.regional.goal.id : 'orphans'}>
          {group.regional ? (
            <GoalCard view={group.regional} units={props.units} onOpen={props.onOpen} focus={props.focusGoalId === group.regional.goal.id} level={3} />
          ) : (
            subHeading(strings.OrphansHeading, 3)
          )}
          {group.regional && group.unitGoals.length > 0 && (
            <div style={{ marginLeft: 16, paddingLeft: 12, borderLeft: `3px solid ${theme.palette.themeLighter}` }}>
              {subHeading(strings.ContributingHeading, 4)}
              <ul style={{ margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>{group.unitGoals.map((view) => card(view.goal.id, view, 5))}</ul>
            </div>
          )}
          {!group.regional && <ul style={{ margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>{group.unitGoals.map((view) => card(view.goal.id, view, 4))}</ul>}
        </section>
      ))}
    </div>
  );
}
