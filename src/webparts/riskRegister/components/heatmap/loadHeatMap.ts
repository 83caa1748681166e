import { IRiskQuery } from '../../../../domain/risks/repositories';
import { IRisk } from '../../../../domain/risks/types';
import { IRiskRegisterService } from '../../../../services/risks/IRiskRegisterService';

/** The most risks the heat map counts in one view; past it the map says it counted only these. */
export const HEAT_MAP_MAX_RISKS = 5000;
/** The service's largest page. */
const PAGE_SIZE = 500;

export interface IHeatMapRisks {
  readonly risks: readonly IRisk[];
  /** More risks match the filter than were counted. */
  readonly truncated: boolean;
}

/**
 * The risks the heat map counts: the register's own filter (indexed columns only: unit, area,
 * status, level, owner, next review), ordered by id, the cheapest order SharePoint has.
 *
 * What it costs. IRiskRegisterService offers no lean read, so this follows the register's pages:
 * every column of a risk, 500 a page, about 2 KB a risk. Up to HEAT_MAP_MAX_RISKS that is at most
 * 10 requests and ~10 MB, and a unit's or an area's risks are far fewer. At 50,000 risks matching
 * (the whole register of a large region, unfiltered) it stops after those 10 requests and the map
 * says it counted the first 5,000. Counting all 50,000 wants a service read of only `Id`,
 * `InherentLikelihood`, `InherentConsequence`, `CurrentLikelihood`, `CurrentConsequence` and
 * `MatrixVersion` with `$top=5000` on the same filter: 10 requests of ~100 bytes a risk, ~5 MB.
 */
export async function loadHeatMapRisks(service: IRiskRegisterService, query: IRiskQuery): Promise<IHeatMapRisks> {
  let page = await service.query({ ...query, sort: 'newest', pageSize: PAGE_SIZE });
  const risks: IRisk[] = page.risks.slice();
  // A short page is the last one (useRiskPages says why).
  while (page.next && page.risks.length >= PAGE_SIZE && risks.length < HEAT_MAP_MAX_RISKS) {
    page = await page.next();
    risks.push(...page.risks);
  }
  const truncated = risks.length > HEAT_MAP_MAX_RISKS || (!!page.next && page.risks.length >= PAGE_SIZE);
  return { risks: risks.slice(0, HEAT_MAP_MAX_RISKS), truncated };
}
