import * as React from 'react';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import * as strings from 'SecurityOverviewWebPartStrings';
import { useAsyncData } from '../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../components/ErrorMessageBar';
import { format } from '../../../common/format';
import { workCount } from '../../../domain/home/myWork';
import { IMySecurity } from '../../../services/home/IMySecurityService';
import { ISecurityOverviewProps } from './ISecurityOverviewProps';
import { WorkSectionCard } from './WorkSectionCard';
import { UnitCard } from './UnitCard';
import { IHomeLinks } from '../homeLinks';

/** "Min säkerhet": the person's work, the most urgent first, a button to report, and their unit. */
export default function SecurityOverview(props: ISecurityOverviewProps): React.ReactElement {
  const { services } = props;
  const [data, reload] = useAsyncData(() => services.mySecurity.load(), [services]);
  const heading = props.title || strings.DefaultTitle;
  return (
    <section data-trygg="my-security" aria-labelledby="trygg-my-security-title" style={{ maxWidth: 960 }}>
      <Stack tokens={{ childrenGap: 16 }}>
        <Text as="h2" id="trygg-my-security-title" variant="xLarge" block styles={{ root: { margin: 0 } }}>
          {heading}
        </Text>
        {data.state === 'loading' && <Spinner label={common.Loading} />}
        {data.state === 'failed' && <ErrorMessageBar error={data.error} onRetry={reload} />}
        {data.state === 'ready' && <MyWork value={data.value} links={props.links} />}
      </Stack>
    </section>
  );
}

function MyWork(props: { value: IMySecurity; links: IHomeLinks }): React.ReactElement {
  const { value, links } = props;
  const count = workCount(value.sections);
  const overdue = value.sections.reduce((sum, section) => sum + section.overdue, 0);
  const firstName = value.me.displayName.split(' ')[0] || value.me.displayName;
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack horizontal wrap horizontalAlign="space-between" verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <Stack tokens={{ childrenGap: 4 }}>
          <Text variant="large" block>
            {format(strings.Greeting, firstName)}
          </Text>
          <Text block data-work-count={count} data-overdue-count={overdue}>
            {count > 0 ? format(strings.WorkSummary, count, overdue) : strings.NothingToDo}
          </Text>
        </Stack>
        <PrimaryButton href={links.page('deviationReport')} iconProps={{ iconName: 'ReportWarning' }} text={strings.ReportButton} data-trygg="report-button" />
      </Stack>
      {count === 0 && <Text block>{strings.HowToReport}</Text>}
      {value.truncated.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {format(strings.Truncated, value.truncated.join(', '))}
        </MessageBar>
      )}
      {count > 0 && (
        <Stack tokens={{ childrenGap: 12 }} role="region" aria-label={strings.WorkLabel}>
          {value.sections
            .filter((section) => section.items.length > 0)
            .map((section) => (
              <WorkSectionCard key={section.key} section={section} links={links} />
            ))}
        </Stack>
      )}
      <UnitCard value={value} links={links} />
    </Stack>
  );
}
