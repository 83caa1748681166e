import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IGoalActivity } from '../../../../domain/pdsa/goals';
import { Section } from '../../../../components/Section';
import { responsiveTable } from '../../../../components/responsiveTable';
import { format } from '../../../../common/format';
import { totalCost } from '../../goalForm';
import { activityStatusLabel, costText } from '../../labels';

export interface IActivitiesSectionProps {
  activities: readonly IGoalActivity[];
}

/** The activities toward the goal with their cost estimates and status, and the sum for the budget. */
export function ActivitiesSection(props: IActivitiesSectionProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({ table: responsiveTable(theme, { breakAnywhere: true }) });
  const { activities } = props;
  return (
    <Section id="trygg-goal-activities" heading={strings.ActivitiesHeading}>
      {activities.length === 0 ? (
        <Text block>{strings.NoActivities}</Text>
      ) : (
        <>
          <table className={classes.table} data-activities={activities.length}>
            <caption style={{ textAlign: 'left', position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{strings.ActivitiesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.ActivityFields.title}</th>
                <th scope="col">{strings.ActivityFields.costEstimate}</th>
                <th scope="col">{strings.ActivityFields.status}</th>
              </tr>
            </thead>
            <tbody>
              {activities.map((activity, index) => (
                <tr key={index} data-activity={index}>
                  <td data-label={strings.ActivityFields.title} style={{ whiteSpace: 'pre-wrap' }}>
                    {activity.title}
                  </td>
                  <td data-label={strings.ActivityFields.costEstimate}>{activity.costEstimate !== undefined ? costText(activity.costEstimate) : strings.NoCost}</td>
                  <td data-label={strings.ActivityFields.status}>{activityStatusLabel(activity.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Text block data-total-cost={totalCost(activities)} styles={{ root: { marginTop: 8, fontWeight: 600 } }}>
            {format(strings.TotalCost, costText(totalCost(activities)))}
          </Text>
          <Text variant="small" block styles={{ root: { color: theme.semanticColors.bodySubtext } }}>
            {strings.TotalCostNote}
          </Text>
        </>
      )}
    </Section>
  );
}
