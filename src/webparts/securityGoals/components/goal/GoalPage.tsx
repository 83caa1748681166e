import * as React from 'react';
import { ActionButton, DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SecurityGoalsWebPartStrings';
import { calendarDay } from '../../../../domain/days';
import { goalProgress, measurementsDue } from '../../../../domain/pdsa/goals';
import { IStoredGoal, IStoredMeasurement } from '../../../../domain/pdsa/repositories';
import { ITryggServices } from '../../../../services/ITryggServices';
import { IGoalView } from '../../../../services/pdsa/IPdsaServices';
import { IGoalsContext } from '../goalsContext';
import { LightBadge } from '../LightBadge';
import { GoalEditor } from '../form/GoalEditor';
import { GoalFacts } from './GoalFacts';
import { ActivitiesSection } from './ActivitiesSection';
import { MeasurementsSection } from './MeasurementsSection';
import { AddMeasurementForm } from './AddMeasurementForm';

export interface IGoalPageProps {
  services: ITryggServices;
  context: IGoalsContext;
  view: IGoalView;
  parentTitle?: string;
  currentYear: number;
  /** Said once when the page opens (the goal was just added). */
  added?: boolean;
  onBack: () => void;
  /** The goal or its measurements as now stored. */
  onChange: (view: IGoalView) => void;
  /** Read the goals again (the goal changed under the page). */
  onReload: () => void;
}

/** Oldest first by the day measured; the same day in the order entered. */
function byDay(measurements: readonly IStoredMeasurement[]): IStoredMeasurement[] {
  return measurements.slice().sort((a, b) => (calendarDay(a.measuredOn) || 0) - (calendarDay(b.measuredOn) || 0) || a.id - b.id);
}

/** One goal: every field, its activities and cost, its measurements as chart and table; edit and measure for those who may. */
export function GoalPage(props: IGoalPageProps): React.ReactElement {
  const { services, context, view } = props;
  const { goal } = view;
  const [editing, setEditing] = React.useState(false);
  const [notice, setNotice] = React.useState<string | undefined>(props.added ? strings.GoalAdded : undefined);
  const now = React.useMemo(() => services.now(), [services, view]);
  const measurements = React.useMemo(() => byDay(view.measurements), [view.measurements]);

  const update = (nextGoal: IStoredGoal, nextMeasurements: readonly IStoredMeasurement[]): void => {
    props.onChange({
      ...view,
      goal: nextGoal,
      measurements: nextMeasurements,
      progress: goalProgress(nextGoal, nextMeasurements, now),
      due: measurementsDue(nextGoal, nextMeasurements, now)
    });
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} data-goal-page={goal.id}>
      <ActionButton iconProps={{ iconName: 'Back' }} text={strings.BackToList} onClick={props.onBack} styles={{ root: { alignSelf: 'flex-start' } }} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        <Text as="h2" variant="xLarge" styles={{ root: { margin: 0, overflowWrap: 'anywhere' } }}>
          {goal.title}
        </Text>
        <LightBadge light={view.progress.light} />
      </div>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)}>
            {notice}
          </MessageBar>
        )}
      </div>
      {!view.mayEdit && <MessageBar messageBarType={MessageBarType.info}>{strings.ReadOnlyNotice}</MessageBar>}
      {editing ? (
        <GoalEditor
          services={services}
          context={context}
          goal={goal}
          year={goal.year}
          currentYear={props.currentYear}
          onSaved={(saved, taken) => {
            setEditing(false);
            setNotice(taken ? undefined : strings.Saved);
            update(saved, view.measurements);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <GoalFacts view={view} units={context.units} parentTitle={props.parentTitle} />
          {view.mayEdit && (
            <div>
              <DefaultButton iconProps={{ iconName: 'Edit' }} text={strings.EditGoal} onClick={() => setEditing(true)} />
            </div>
          )}
        </>
      )}
      <ActivitiesSection activities={goal.activities} />
      <MeasurementsSection goal={goal} measurements={measurements}>
        {view.mayEdit && !editing && (
          <AddMeasurementForm goal={goal} service={services.goals} now={now} onAdded={(added) => update(goal, view.measurements.concat([added]))} onStale={props.onReload} />
        )}
      </MeasurementsSection>
    </Stack>
  );
}
