import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'SecurityFollowUpWebPartStrings';
import { useAsyncData } from '../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { ISecurityFollowUpProps } from './ISecurityFollowUpProps';
import { IFollowUpContext, isSecurityFunction, loadFollowUpContext } from './followUpContext';
import { ExercisesView } from './exercises/ExercisesView';
import { SelfAssessmentView } from './selfAssessment/SelfAssessmentView';
import { SummaryView } from './summary/SummaryView';

type Tab = 'exercises' | 'selfAssessment' | 'summary';

/**
 * Övningar och egenkontroll: the exercise log for everyone; the self-assessment for those who
 * answer for a unit (managers, the security function); the regional summary for the security
 * function. Employees never see a tab whose lists SharePoint keeps from them.
 */
export default function SecurityFollowUp(props: ISecurityFollowUpProps): React.ReactElement {
  const { services } = props;
  const [context, reload] = useAsyncData(() => loadFollowUpContext(services), [services]);
  const [tab, setTab] = React.useState<Tab>('exercises');
  // Shared by the tabs, so that moving between them stays in the same year.
  const [year, setYear] = React.useState(() => services.now().getUTCFullYear());
  const heading = props.title || strings.DefaultTitle;

  const body = (ctx: IFollowUpContext): React.ReactElement => {
    const tabs: { key: Tab; text: string }[] = [{ key: 'exercises', text: strings.TabExercises }];
    if (ctx.changeable.length > 0) tabs.push({ key: 'selfAssessment', text: strings.TabSelfAssessment });
    if (isSecurityFunction(ctx)) tabs.push({ key: 'summary', text: strings.TabSummary });
    const shown = tabs.some((candidate) => candidate.key === tab) ? tab : 'exercises';
    return (
      <Stack tokens={{ childrenGap: 12 }}>
        {tabs.length > 1 && (
          <Pivot
            selectedKey={shown}
            onLinkClick={(item) => item && setTab(item.props.itemKey as Tab)}
            headersOnly
            aria-label={strings.ViewsLabel}
            styles={{ root: { whiteSpace: 'normal' } }}
          >
            {tabs.map((item) => (
              <PivotItem key={item.key} itemKey={item.key} headerText={item.text} />
            ))}
          </Pivot>
        )}
        {shown === 'exercises' && <ExercisesView services={services} context={ctx} year={year} onYearChange={setYear} />}
        {shown === 'selfAssessment' && <SelfAssessmentView services={services} context={ctx} year={year} onYearChange={setYear} />}
        {shown === 'summary' && <SummaryView services={services} context={ctx} year={year} onYearChange={setYear} />}
      </Stack>
    );
  };

  return (
    <section data-trygg="security-follow-up" aria-label={heading} style={{ maxWidth: 1200 }}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" id="trygg-follow-up-title" variant="xLarge" block styles={{ root: { margin: 0 } }}>
          {heading}
        </Text>
        {context.state === 'loading' && <Spinner label={common.Loading} />}
        {context.state === 'failed' && <ErrorMessageBar error={context.error} onRetry={reload} />}
        {context.state === 'ready' && body(context.value)}
      </Stack>
    </section>
  );
}
