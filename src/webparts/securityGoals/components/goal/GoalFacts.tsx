import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IOrganisationUnit } from '../../../../domain/organisation';
import { IGoalView } from '../../../../services/pdsa/IPdsaServices';
import { formatDate } from '../../../../components/dates';
import { PlainText } from '../../../../components/PlainText';
import { Section } from '../../../../components/Section';
import { format } from '../../../../common/format';
import { unitTitle } from '../../goalGroups';
import { areaLabel, directionLabel, frequencyLabel, priorityLabel, valueText } from '../../labels';
import { GoalProgressBar } from '../GoalProgressBar';
import { DueList } from '../DueList';

export interface IGoalFactsProps {
  view: IGoalView;
  units: readonly IOrganisationUnit[];
  /** The regional goal it contributes to, when the reader can see it. */
  parentTitle?: string;
}

/** Every field of the goal as a list of terms, with where it stands and what is due. */
export function GoalFacts(props: IGoalFactsProps): React.ReactElement {
  const theme = useTheme();
  const { goal, progress, due } = props.view;
  const classes = mergeStyleSets({
    list: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: '8px 16px', margin: 0 },
    term: { fontWeight: 600, fontSize: 12, color: theme.semanticColors.bodySubtext },
    value: { margin: 0 }
  });
  const unit = unitTitle(props.units, goal.scopeUnitId);
  const latest = progress.latest;
  const facts: [string, string, string | undefined][] = [
    ['scope', strings.Fields.scope, unit ? format(strings.ScopeUnitGoal, unit) : strings.RegionalGoal],
    ['parentGoalId', strings.Fields.parentGoalId, goal.scopeUnitId === undefined ? undefined : props.parentTitle || strings.ParentNone],
    ['area', strings.Fields.area, areaLabel(goal.area)],
    ['priority', strings.Fields.priority, priorityLabel(goal.priority)],
    ['indicator', strings.Fields.indicator, goal.indicator],
    ['unitOfMeasure', strings.Fields.unitOfMeasure, goal.unitOfMeasure],
    ['baseline', strings.Fields.baseline, valueText(goal.baseline, goal.unitOfMeasure)],
    ['target', strings.Fields.target, valueText(goal.target, goal.unitOfMeasure)],
    ['direction', strings.Fields.direction, directionLabel(goal.direction)],
    ['targetDate', strings.Fields.targetDate, formatDate(goal.targetDate)],
    ['frequency', strings.Fields.frequency, frequencyLabel(goal.frequency)],
    ['year', strings.Fields.year, String(goal.year)],
    ['ownerId', strings.Fields.ownerId, goal.owner ? goal.owner.displayName : undefined]
  ];
  return (
    <Section id="trygg-goal-facts" heading={strings.FactsHeading}>
      <dl className={classes.list}>
        {facts
          .filter((fact) => fact[2] !== undefined)
          .map(([key, term, value]) => (
            <div key={key} data-fact={key}>
              <dt className={classes.term}>{term}</dt>
              <dd className={classes.value}>
                <PlainText text={value} />
              </dd>
            </div>
          ))}
      </dl>
      <div style={{ marginTop: 12 }}>
        <PlainText text={latest ? format(strings.LatestValue, valueText(latest.value, goal.unitOfMeasure), formatDate(latest.measuredOn)) : strings.NoValueYet} />
        <GoalProgressBar progress={progress} />
        <div style={{ marginTop: 4 }}>
          <DueList goal={goal} due={due} />
        </div>
      </div>
    </Section>
  );
}
