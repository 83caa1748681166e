import { IRiskPage, IRiskQuery } from '../../../../domain/risks/repositories';
import { IRisk } from '../../../../domain/risks/types';
import { IRiskRegisterService } from '../../../../services/risks/IRiskRegisterService';
import { Pages, usePages } from '../../../../components/usePages';

export type RiskPages = Pages<IRisk>;

/** The register's pages for one query ('none': a view with nothing to read). */
export function useRiskPages(risks: IRiskRegisterService, query: IRiskQuery | 'none'): [RiskPages, () => void, () => void] {
  const first = query === 'none' ? undefined : () => risks.query(query);
  return usePages<IRisk, IRiskPage>(first, JSON.stringify(query), (page) => ({
    items: page.risks,
    next: query !== 'none' && hasMore(page, query) ? page.next : undefined
  }));
}

/**
 * IRiskPage offers next() for every page but the empty one after the last, so a short page is
 * taken as the last: asking again would only answer an empty page. (A page of SharePoint's that is
 * short yet has a nextLink would end the list early; IRiskPage saying so itself would be exact.)
 */
function hasMore(page: IRiskPage, query: IRiskQuery): boolean {
  return !!page.next && page.risks.length >= (query.pageSize || 0);
}
