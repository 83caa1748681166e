import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IGoalView } from '../../../../services/pdsa/IPdsaServices';
import { AsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { format } from '../../../../common/format';
import { groupGoals, lightCounts } from '../../goalGroups';
import { IGoalFilter, IGoalsContext, mayAddGoals } from '../goalsContext';
import { GoalFilters } from './GoalFilters';
import { GoalGroupList } from './GoalGroupList';
import { LightBadge } from '../LightBadge';

export interface IGoalListViewProps {
  context: IGoalsContext;
  year: number;
  currentYear: number;
  filter: IGoalFilter;
  list: AsyncData<IGoalView[]>;
  onYear: (year: number) => void;
  onFilter: (filter: IGoalFilter) => void;
  onReload: () => void;
  onOpen: (goalId: number) => void;
  onNew: () => void;
  focusGoalId?: number;
}

/** The year's goals: filters, how many stand where, and the regional goals with their unit goals. */
export function GoalListView(props: IGoalListViewProps): React.ReactElement {
  const { list, context } = props;
  const groups = React.useMemo(() => (list.state === 'ready' ? groupGoals(list.value) : []), [list]);
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text block>{strings.Intro}</Text>
      <GoalFilters year={props.year} currentYear={props.currentYear} filter={props.filter} units={context.units} onYear={props.onYear} onFilter={props.onFilter} />
      {mayAddGoals(context) && (
        <div>
          <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.NewGoal} onClick={props.onNew} />
        </div>
      )}
      {list.state === 'loading' && <Spinner label={common.Loading} />}
      {list.state === 'failed' && <ErrorMessageBar error={list.error} onRetry={props.onReload} />}
      {list.state === 'ready' && (
        <section aria-label={format(strings.ListLabel, props.year)} data-goal-list={list.value.length}>
          <div role="status" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}>
            <Text>{list.value.length === 0 ? format(strings.EmptyList, props.year) : format(strings.ShownCount, list.value.length)}</Text>
            {lightCounts(list.value).map((entry) => (
              <span key={entry.light} data-light-count={entry.light}>
                <LightBadge light={entry.light} /> {entry.count}
              </span>
            ))}
          </div>
          <GoalGroupList groups={groups} units={context.units} onOpen={props.onOpen} focusGoalId={props.focusGoalId} />
        </section>
      )}
    </Stack>
  );
}
