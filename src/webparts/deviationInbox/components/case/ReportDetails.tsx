import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as common from 'TryggStrings';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviation } from '../../../../domain/deviations/types';
import { Section } from '../../../../components/Section';
import { PlainText } from '../../../../components/PlainText';
import { formatDateTime } from '../../../../components/dates';
import { areaLabel, typeLabel } from '../../handling/labels';

export interface IReportDetailsProps {
  deviation: IDeviation;
}

/** The report as the reporter wrote it. Every typed value goes through React as text, never as HTML. */
export function ReportDetails(props: IReportDetailsProps): React.ReactElement {
  const { deviation } = props;
  const theme = useTheme();
  const classes = mergeStyleSets({
    list: { display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) minmax(0, 1fr)', gap: '4px 12px', margin: 0 },
    term: { fontWeight: 600, color: theme.semanticColors.bodySubtext },
    value: { margin: 0, overflowWrap: 'anywhere' }
  });
  const yesNo = (value: boolean): string => (value ? strings.Yes : strings.No);
  const rows: [string, string][] = [
    [strings.ReportedByLabel, deviation.reporter ? deviation.reporter.displayName : ''],
    [strings.ReportedLabel, formatDateTime(deviation.reportedAt)],
    [strings.OccurredLabel, formatDateTime(deviation.occurredAt)],
    [strings.UnitLabel, deviation.unit ? deviation.unit.title : ''],
    [strings.LocationLabel, deviation.location || ''],
    [strings.TypeLabel, typeLabel(deviation.type)],
    [strings.AreaLabel, areaLabel(deviation.area)],
    [strings.RoutingReasonLabel, deviation.routingReason ? common.RoutingReasons[deviation.routingReason] : ''],
    [strings.PersonalDataLabel, yesNo(deviation.involvesPersonalData)],
    [strings.SuspectedCrimeLabel, yesNo(deviation.suspectedCrime)]
  ];

  return (
    <Section id="trygg-case-report" heading={strings.ReportHeading}>
      <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '0 0 4px' } }}>
        {strings.DescriptionLabel}
      </Text>
      <div data-field="description">
        <PlainText text={deviation.description} />
      </div>
      {deviation.immediateActions && (
        <>
          <Text as="h4" variant="mediumPlus" block styles={{ root: { margin: '12px 0 4px' } }}>
            {strings.ImmediateActionsLabel}
          </Text>
          <div data-field="immediateActions">
            <PlainText text={deviation.immediateActions} />
          </div>
        </>
      )}
      <dl className={classes.list} style={{ marginTop: 12 }}>
        {rows
          .filter(([, value]) => value.length > 0)
          .map(([term, value]) => (
            <React.Fragment key={term}>
              <dt className={classes.term}>{term}</dt>
              <dd className={classes.value}>{value}</dd>
            </React.Fragment>
          ))}
      </dl>
    </Section>
  );
}
