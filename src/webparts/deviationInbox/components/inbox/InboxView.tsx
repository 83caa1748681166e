import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as common from 'TryggStrings';
import { ITryggServices } from '../../../../services/ITryggServices';
import { useAsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { IInboxFilter } from '../../inboxFilter';
import { InboxList } from './InboxList';

export interface IInboxViewProps {
  services: ITryggServices;
  heading: string;
  filter: IInboxFilter;
  onFilterChange: (filter: IInboxFilter) => void;
  onOpen: (caseNumber: string) => void;
  /** The case the user just came back from, to return keyboard focus to it. */
  focusCaseId?: string;
}

/** The list with its heading; loads afresh each time it is shown, since cases move on while one is open. */
export function InboxView(props: IInboxViewProps): React.ReactElement {
  const { services } = props;
  const [inbox, reload] = useAsyncData(() => services.handling.inboxRows(), [services]);
  // One "now" per load, so that overdue markers and periods agree across the list.
  const now = React.useMemo(() => services.now(), [services, inbox]);

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h2" variant="xLarge" block styles={{ root: { margin: 0 } }}>
        {props.heading}
      </Text>
      {inbox.state === 'loading' && <Spinner label={common.Loading} />}
      {inbox.state === 'failed' && <ErrorMessageBar error={inbox.error} onRetry={reload} />}
      {inbox.state === 'ready' && (
        <InboxList
          cases={inbox.value}
          filter={props.filter}
          onFilterChange={props.onFilterChange}
          now={now}
          onOpen={props.onOpen}
          onRefresh={reload}
          focusCaseId={props.focusCaseId}
        />
      )}
    </Stack>
  );
}
