/**
 * A counted queue (the approval queue, a reading list) keeps the reader's place: read again after a
 * step (a confirmation), it is read as deep as it was shown, not back to its first 50.
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TryggRoot } from '../../src/components/TryggRoot';
import { AsyncData } from '../../src/components/useAsyncData';
import { IGoverningDocument } from '../../src/domain/documents/types';
import { IDocumentListPage, IDocumentQueue } from '../../src/services/documents/IGoverningDocumentsService';
import { IMyWork } from '../../src/webparts/governanceDocuments/components/documentsContext';
import { PagedWorkList } from '../../src/webparts/governanceDocuments/components/work/PagedWorkList';

/** A queue over documents numbered DOC-1…DOC-n, 50 a page, as DocumentQueues pages them. */
function queueOf(numbers: readonly number[]): IDocumentQueue {
  const page = async (start: number): Promise<IDocumentListPage> => {
    const documents = numbers.slice(start, start + 50).map((n) => ({ id: n, number: `DOC-${n}` }) as unknown as IGoverningDocument);
    return start + 50 < numbers.length ? { documents, more: () => page(start + 50) } : { documents };
  };
  return { key: numbers.join(','), total: numbers.length, first: () => page(0) };
}

function workOf(queue: IDocumentQueue | undefined): AsyncData<IMyWork | undefined> {
  return queue ? { state: 'ready', value: { consultations: [], readingList: queue } } : { state: 'loading' };
}

function List(props: { work: AsyncData<IMyWork | undefined> }): React.ReactElement {
  return (
    <TryggRoot>
      <PagedWorkList work={props.work} queue={(work) => work.readingList} intro="" empty="Inget" count={(count) => `${count} i kön`} onRetry={() => undefined}>
        {(documents) => (
          <ul>
            {documents.map((document) => (
              <li key={document.id} data-queued={document.number} />
            ))}
          </ul>
        )}
      </PagedWorkList>
    </TryggRoot>
  );
}

const shown = (): number => document.querySelectorAll('[data-queued]').length;

it('reads a new queue as deep as the last one was shown', async () => {
  const user = userEvent.setup();
  const all = Array.from({ length: 120 }, (_, i) => i + 1);
  const { rerender } = render(<List work={workOf(queueOf(all))} />);
  await waitFor(() => expect(shown()).toBe(50));
  await user.click(screen.getByRole('button', { name: 'Visa fler' }));
  await waitFor(() => expect(shown()).toBe(100));

  // One confirmed: the work is read again, and the queue comes back without it.
  rerender(<List work={workOf(undefined)} />);
  rerender(<List work={workOf(queueOf(all.filter((n) => n !== 7)))} />);
  await waitFor(() => expect(screen.getByText('119 i kön')).toBeTruthy());
  await waitFor(() => expect(shown()).toBe(100));
  expect(document.querySelector('[data-queued="DOC-7"]')).toBeNull();
  expect(screen.getByRole('button', { name: 'Visa fler' })).toBeTruthy();
});
