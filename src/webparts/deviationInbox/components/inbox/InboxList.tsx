import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { DefaultButton } from '@fluentui/react/lib/Button';
import * as strings from 'DeviationInboxWebPartStrings';
import { IDeviationRow } from '../../../../domain/deviations/types';
import { countByStatus, filterInbox, IInboxFilter, unitsIn } from '../../inboxFilter';
import { format } from '../../../../common/format';
import { StatusChips } from './StatusChips';
import { InboxFilters } from './InboxFilters';
import { InboxRow } from './InboxRow';

export interface IInboxListProps {
  cases: readonly IDeviationRow[];
  filter: IInboxFilter;
  onFilterChange: (filter: IInboxFilter) => void;
  now: Date;
  onOpen: (caseNumber: string) => void;
  onRefresh: () => void;
  /** The case the user just came back from, to return keyboard focus to it. */
  focusCaseId?: string;
}

export function InboxList(props: IInboxListProps): React.ReactElement {
  const { cases, filter, now } = props;
  const shown = React.useMemo(() => filterInbox(cases, filter, now), [cases, filter, now]);
  const counts = React.useMemo(() => countByStatus(cases, filter, now), [cases, filter, now]);
  const units = React.useMemo(() => unitsIn(cases), [cases]);

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <InboxFilters filter={filter} units={units} onChange={props.onFilterChange} />
      <StatusChips selected={filter.status} counts={counts} onSelect={(status) => props.onFilterChange({ ...filter, status })} />
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <Text role="status" aria-live="polite" data-shown-count={shown.length}>
          {cases.length === 0 ? strings.EmptyInbox : shown.length === 0 ? strings.NoMatchingCases : format(strings.ShownCount, shown.length)}
        </Text>
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text={strings.Refresh} onClick={props.onRefresh} />
      </Stack>
      {shown.length > 0 && (
        <ul aria-label={strings.CaseListLabel} style={{ margin: 0, padding: 0 }}>
          {shown.map((deviation) => (
            <InboxRow
              key={deviation.caseNumber}
              deviation={deviation}
              now={now}
              onOpen={props.onOpen}
              autoFocus={deviation.caseNumber === props.focusCaseId}
            />
          ))}
        </ul>
      )}
    </Stack>
  );
}
