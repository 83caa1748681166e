import * as React from 'react';
import { IRiskPage, IRiskQuery } from '../../../../domain/risks/repositories';
import { IRisk } from '../../../../domain/risks/types';
import { IRiskRegisterService } from '../../../../services/risks/IRiskRegisterService';

export type RiskPages =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: unknown }
  | { readonly state: 'ready'; readonly risks: readonly IRisk[]; readonly hasMore: boolean; readonly loadingMore: boolean; readonly moreError?: unknown };

/**
 * The register's pages for one query: the first on every change of the query, the next ones on
 * "Visa fler" through the page's own next(), so SharePoint's paging token is followed rather than
 * re-reading with a skip. An answer for an older query is dropped.
 */
export function useRiskPages(risks: IRiskRegisterService, query: IRiskQuery | 'none'): [RiskPages, () => void, () => void] {
  const [pages, setPages] = React.useState<RiskPages>({ state: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const next = React.useRef<IRiskPage['next']>(undefined);
  const current = React.useRef(0);
  const key = JSON.stringify(query);

  React.useEffect(() => {
    const mine = ++current.current;
    next.current = undefined;
    if (query === 'none') {
      setPages({ state: 'ready', risks: [], hasMore: false, loadingMore: false });
      return;
    }
    setPages({ state: 'loading' });
    risks.query(query).then(
      (page) => {
        if (mine !== current.current) return;
        next.current = page.next;
        setPages({ state: 'ready', risks: page.risks, hasMore: hasMore(page, query), loadingMore: false });
      },
      (error: unknown) => mine === current.current && setPages({ state: 'failed', error })
    );
    // Leaving the view (or a newer query) makes any answer still on its way stale.
    return () => {
      current.current++;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [risks, key, generation]);

  const reload = React.useCallback(() => setGeneration((value) => value + 1), []);

  const more = React.useCallback(() => {
    const read = next.current;
    if (!read || query === 'none') return;
    const mine = current.current;
    setPages((before) => (before.state === 'ready' ? { ...before, loadingMore: true, moreError: undefined } : before));
    read().then(
      (page) => {
        if (mine !== current.current) return;
        next.current = page.next;
        setPages((before) => (before.state === 'ready' ? { state: 'ready', risks: before.risks.concat(page.risks), hasMore: hasMore(page, query), loadingMore: false } : before));
      },
      (error: unknown) => mine === current.current && setPages((before) => (before.state === 'ready' ? { ...before, loadingMore: false, moreError: error } : before))
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return [pages, reload, more];
}

/**
 * IRiskPage offers next() for every page but the empty one after the last, so a short page is
 * taken as the last: asking again would only answer an empty page. (A page of SharePoint's that is
 * short yet has a nextLink would end the list early; IRiskPage saying so itself would be exact.)
 */
function hasMore(page: IRiskPage, query: IRiskQuery): boolean {
  return !!page.next && page.risks.length >= (query.pageSize || 0);
}
