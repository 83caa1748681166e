import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as common from 'TryggStrings';
import { AsyncData } from '../../../../components/useAsyncData';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { IMyWork } from '../documentsContext';

export interface IWorkListProps<T> {
  work: AsyncData<IMyWork | undefined>;
  items: (work: IMyWork) => readonly T[] | undefined;
  intro: string;
  empty: string;
  /** "Dokument i kön: 3." */
  count: (count: number) => string;
  /** How many in all, when the queue shows only its first pages (the approval queue); otherwise the items. */
  total?: (work: IMyWork) => number | undefined;
  onRetry: () => void;
  children: (items: readonly T[]) => React.ReactNode;
}

/** A queue's frame: its intro, loading and failure, an empty state that says so, and the items. */
export function WorkList<T>(props: IWorkListProps<T>): React.ReactElement {
  const { work } = props;
  const items = work.state === 'ready' && work.value ? props.items(work.value) || [] : [];
  const total = work.state === 'ready' && work.value && props.total ? props.total(work.value) ?? items.length : items.length;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text block styles={{ root: { maxWidth: 720 } }}>
        {props.intro}
      </Text>
      {work.state === 'loading' && <Spinner label={common.Loading} />}
      {work.state === 'failed' && <ErrorMessageBar error={work.error} onRetry={props.onRetry} />}
      {work.state === 'ready' && (
        <Text role="status" aria-live="polite" block data-work-count={total}>
          {total === 0 ? props.empty : props.count(total)}
        </Text>
      )}
      {items.length > 0 && props.children(items)}
    </Stack>
  );
}

/** One item of a queue as a card; the list is a real list so its length is read out. */
export function WorkCard(props: { children: React.ReactNode; attributes?: Record<string, string> }): React.ReactElement {
  const theme = useTheme();
  return (
    <li
      {...props.attributes}
      style={{ listStyle: 'none', padding: 12, marginBottom: 12, borderRadius: 4, border: `1px solid ${theme.semanticColors.bodyDivider}`, background: theme.semanticColors.bodyBackground }}
    >
      {props.children}
    </li>
  );
}
