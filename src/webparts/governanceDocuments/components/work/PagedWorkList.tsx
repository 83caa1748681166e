import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Spinner } from '@fluentui/react/lib/Spinner';
import * as common from 'TryggStrings';
import * as strings from 'GovernanceDocumentsWebPartStrings';
import { IGoverningDocument } from '../../../../domain/documents/types';
import { IDocumentListPage, IDocumentQueue } from '../../../../services/documents/IGoverningDocumentsService';
import { AsyncData } from '../../../../components/useAsyncData';
import { usePages } from '../../../../components/usePages';
import { ErrorMessageBar } from '../../../../components/ErrorMessageBar';
import { IMyWork } from '../documentsContext';
import { WorkList } from './WorkList';

export interface IPagedWorkListProps {
  work: AsyncData<IMyWork | undefined>;
  queue: (work: IMyWork) => IDocumentQueue | undefined;
  intro: string;
  empty: string;
  count: (count: number) => string;
  onRetry: () => void;
  children: (documents: readonly IGoverningDocument[]) => React.ReactNode;
}

/**
 * A queue counted from its members (the tab and the count say how many at once) whose documents are
 * read 50 at a time as it is shown, with "Visa fler" for the rest.
 */
export function PagedWorkList(props: IPagedWorkListProps): React.ReactElement {
  const { work } = props;
  const queue = work.state === 'ready' && work.value ? props.queue(work.value) : undefined;
  // A new queue (read again after a step, such as a confirmation) is read as deep as the last one was
  // shown, so the reader keeps her place rather than going back to the first 50.
  const shown = React.useRef(0);
  const [pages, reload, more] = usePages<IGoverningDocument, IDocumentListPage>(queue ? () => readAtLeast(queue, shown.current) : undefined, queue ? queue.key : 'none', (page) => ({
    items: page.documents,
    next: page.more
  }));
  React.useEffect(() => {
    if (pages.state === 'ready' && pages.items.length > 0) shown.current = pages.items.length;
  }, [pages]);
  return (
    <>
      <WorkList
        work={work}
        items={() => (pages.state === 'ready' ? pages.items : [])}
        total={(value) => {
          const counted = props.queue(value);
          return counted ? counted.total : 0;
        }}
        intro={props.intro}
        empty={props.empty}
        count={props.count}
        onRetry={props.onRetry}
      >
        {props.children}
      </WorkList>
      {queue && queue.total > 0 && pages.state === 'loading' && <Spinner label={common.Loading} />}
      {pages.state === 'failed' && <ErrorMessageBar error={pages.error} onRetry={reload} />}
      {pages.state === 'ready' && pages.moreError !== undefined && <ErrorMessageBar error={pages.moreError} onRetry={more} />}
      {pages.state === 'ready' && pages.hasMore && <DefaultButton text={strings.ShowMore} disabled={pages.loadingMore} onClick={more} styles={{ root: { marginTop: 12 } }} />}
    </>
  );
}

/** The queue's pages from the first until `count` documents are read (or there are no more), as one page. */
async function readAtLeast(queue: IDocumentQueue, count: number): Promise<IDocumentListPage> {
  let page = await queue.first();
  const documents = page.documents.slice();
  while (documents.length < count && page.more) {
    page = await page.more();
    documents.push(...page.documents);
  }
  const more = page.more;
  return more ? { documents, more: () => more() } : { documents };
}
