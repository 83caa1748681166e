import * as React from 'react';

/** What a view needs of one page: its rows, and how to read the next when there is one. */
export interface IOpenedPage<T, P> {
  readonly items: readonly T[];
  readonly next?: () => Promise<P>;
}

export type Pages<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: unknown }
  | { readonly state: 'ready'; readonly items: readonly T[]; readonly hasMore: boolean; readonly loadingMore: boolean; readonly moreError?: unknown };

/**
 * A paged view's rows for one query (`key`): the first page on every change of the query, the next
 * ones on "Visa fler" through the page's own next(), so SharePoint's paging token or id windows are
 * followed rather than re-reading with a skip. An answer for an older query is dropped. Without
 * `first`, the view has nothing to read.
 */
export function usePages<T, P>(first: (() => Promise<P>) | undefined, key: string, open: (page: P) => IOpenedPage<T, P>): [Pages<T>, () => void, () => void] {
  const [pages, setPages] = React.useState<Pages<T>>({ state: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const next = React.useRef<(() => Promise<P>) | undefined>(undefined);
  const current = React.useRef(0);

  React.useEffect(() => {
    const mine = ++current.current;
    next.current = undefined;
    if (!first) {
      setPages({ state: 'ready', items: [], hasMore: false, loadingMore: false });
      return undefined;
    }
    setPages({ state: 'loading' });
    first().then(
      (page) => {
        if (mine !== current.current) return;
        const opened = open(page);
        next.current = opened.next;
        setPages({ state: 'ready', items: opened.items, hasMore: !!opened.next, loadingMore: false });
      },
      (error: unknown) => mine === current.current && setPages({ state: 'failed', error })
    );
    // Leaving the view (or a newer query) makes any answer still on its way stale.
    return () => {
      current.current++;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation]);

  const reload = React.useCallback(() => setGeneration((value) => value + 1), []);

  const more = React.useCallback(() => {
    const read = next.current;
    if (!read) return;
    // Taken while it reads: a second click before the answer must not read (and append) the same page again.
    next.current = undefined;
    const mine = current.current;
    setPages((before) => (before.state === 'ready' ? { ...before, loadingMore: true, moreError: undefined } : before));
    read().then(
      (page) => {
        if (mine !== current.current) return;
        const opened = open(page);
        next.current = opened.next;
        setPages((before) => (before.state === 'ready' ? { state: 'ready', items: before.items.concat(opened.items), hasMore: !!opened.next, loadingMore: false } : before));
      },
      (error: unknown) => {
        if (mine !== current.current) return;
        // The same page again on retry.
        next.current = read;
        setPages((before) => (before.state === 'ready' ? { ...before, loadingMore: false, moreError: error } : before));
      }
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return [pages, reload, more];
}
