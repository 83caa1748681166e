import { IRiskPage, IRiskQuery } from '../../../../domain/risks/repositories';
import { IRisk } from '../../../../domain/risks/types';
import { IRiskRegisterService } from '../../../../services/risks/IRiskRegisterService';
import { Pages, usePages } from '../../../../components/usePages';

export type RiskPages = Pages<IRisk>;

/**
 * The register's pages for one query ('none': a view with nothing to read). A page offers next()
 * only when SharePoint (or the id windows) say more follows, so a short page that permissions
 * thinned out does not end the list. `opened`: the first page, when it was read already.
 */
export function useRiskPages(risks: IRiskRegisterService, query: IRiskQuery | 'none', opened?: IOpenedRiskPage): [RiskPages, () => void, () => void] {
  const key = JSON.stringify(query);
  const first = query === 'none' ? undefined : () => (opened && opened.key === key && opened.take()) || risks.query(query);
  return usePages<IRisk, IRiskPage>(first, key, (page) => ({ items: page.risks, next: page.next }));
}

/** A first page read while the register opened (in the same `$batch` as the matrix), for the view to use once. */
export interface IOpenedRiskPage {
  /** The query it answers, as useRiskPages keys its queries. */
  readonly key: string;
  /** The page the first time; undefined after, so a reload or a return to the view reads anew. */
  take(): Promise<IRiskPage> | undefined;
}

export function openedRiskPage(query: IRiskQuery, page: IRiskPage): IOpenedRiskPage {
  let left: IRiskPage | undefined = page;
  return {
    key: JSON.stringify(query),
    take: () => {
      const taken = left;
      left = undefined;
      return taken && Promise.resolve(taken);
    }
  };
}
