import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { Section } from '../../../../components/Section';
import { useAsyncData } from '../../../../components/useAsyncData';
import { format } from '../../../../common/format';
import { ITryggServices } from '../../../../services/ITryggServices';
import { unitTitles } from '../../labels';
import { frontLineUnitIds } from '../../summaryView';
import { IFollowUpContext } from '../followUpContext';
import { YearPicker } from '../YearPicker';
import { SummaryTable } from './SummaryTable';
import { OrderFollowUpForm } from './OrderFollowUpForm';

export interface ISummaryViewProps {
  services: ITryggServices;
  context: IFollowUpContext;
  year: number;
  onYearChange: (year: number) => void;
}

/** The security function's view of the year: how the units answered each question, who has not, and targeted follow-ups. */
export function SummaryView(props: ISummaryViewProps): React.ReactElement {
  const { services, context, year } = props;
  const [summary, reload] = useAsyncData(() => services.selfAssessments.summary(year, frontLineUnitIds(context.units)), [services, context, year]);
  return (
    <Stack tokens={{ childrenGap: 12 }} data-trygg="self-assessment-summary">
      <Text block>{strings.SummaryIntro}</Text>
      <div style={{ maxWidth: 200 }}>
        <YearPicker year={year} now={services.now()} onChange={props.onYearChange} />
      </div>
      {summary.state === 'loading' && <Spinner label={common.Loading} />}
      {summary.state === 'failed' && <ErrorMessageBar error={summary.error} onRetry={reload} />}
      {summary.state === 'ready' && (
        <>
          <Section id="trygg-summary-submitted" heading={strings.SubmittedHeading}>
            <Text block data-submitted-count={summary.value.unitsSubmitted.length}>
              {format(strings.SubmittedCount, summary.value.unitsSubmitted.length, summary.value.unitsSubmitted.length + summary.value.unitsNotSubmitted.length)}
            </Text>
            {summary.value.unitsNotSubmitted.length > 0 && (
              <>
                <Text block styles={{ root: { fontWeight: 600, marginTop: 8 } }}>
                  {strings.NotSubmittedLabel}
                </Text>
                <Text block data-not-submitted={summary.value.unitsNotSubmitted.length} styles={{ root: { overflowWrap: 'anywhere' } }}>
                  {unitTitles(context.units, summary.value.unitsNotSubmitted).join(', ')}
                </Text>
              </>
            )}
          </Section>
          <Section id="trygg-summary-questions" heading={format(strings.QuestionsHeading, year)}>
            <SummaryTable summary={summary.value} units={context.units} />
          </Section>
          <OrderFollowUpForm services={services} units={context.units} year={year} notSubmitted={summary.value.unitsNotSubmitted} />
        </>
      )}
    </Stack>
  );
}
