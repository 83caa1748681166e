import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SecurityGoalsWebPartStrings';
import { IStoredGoal, IStoredMeasurement } from '../../../../domain/pdsa/repositories';
import { formatDate } from '../../../../components/dates';
import { Section } from '../../../../components/Section';
import { responsiveTable } from '../../../../components/responsiveTable';
import { valueText } from '../../labels';
import { MeasurementChart } from './MeasurementChart';

export interface IMeasurementsSectionProps {
  goal: IStoredGoal;
  /** Oldest first. */
  measurements: readonly IStoredMeasurement[];
  /** The form to add one, for those who may. */
  children?: React.ReactNode;
}

/** The measurement history as a chart against the target and as a table, and the form to add one. */
export function MeasurementsSection(props: IMeasurementsSectionProps): React.ReactElement {
  const theme = useTheme();
  const classes = mergeStyleSets({ table: responsiveTable(theme, { breakAnywhere: true }) });
  const { goal, measurements } = props;
  return (
    <Section id="trygg-goal-measurements" heading={strings.MeasurementsHeading}>
      {measurements.length === 0 ? (
        <Text block>{strings.NoMeasurements}</Text>
      ) : (
        <>
          <MeasurementChart goal={goal} measurements={measurements} />
          <table className={classes.table} data-measurements={measurements.length} style={{ marginTop: 8 }}>
            <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{strings.MeasurementsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.MeasurementFields.measuredOn}</th>
                <th scope="col">{strings.MeasurementFields.value}</th>
                <th scope="col">{strings.MeasurementFields.comment}</th>
                <th scope="col">{strings.MeasuredBy}</th>
              </tr>
            </thead>
            <tbody>
              {measurements.map((measurement) => (
                <tr key={measurement.id} data-measurement={measurement.id}>
                  <td data-label={strings.MeasurementFields.measuredOn} style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(measurement.measuredOn)}
                  </td>
                  <td data-label={strings.MeasurementFields.value}>{valueText(measurement.value, goal.unitOfMeasure)}</td>
                  <td data-label={strings.MeasurementFields.comment} style={{ whiteSpace: 'pre-wrap' }}>
                    {measurement.comment || ''}
                  </td>
                  <td data-label={strings.MeasuredBy}>{(measurement.measuredBy || measurement.modifiedBy || { displayName: '' }).displayName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {props.children}
    </Section>
  );
}
