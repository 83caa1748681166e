import { IRiskQuery, RiskSort } from '../../domain/risks/repositories';
import { IRisk } from '../../domain/risks/types';
import { RISK_STATUSES, RiskStatus } from '../../domain/risks/vocabulary';
import { dayString, DAY_MS, utcDay } from '../../domain/days';
import { descendantUnitIds, IOrganisationUnit } from '../../domain/organisation';
import { SecurityArea } from '../../domain/securityAreas';

/** Which statuses the register shows: the open ones (the default), one status, or everything. */
export type StatusChoice = 'open' | 'all' | RiskStatus;

export interface IRegisterFilter {
  /** A unit and every unit below it. */
  readonly unitId?: number;
  readonly area?: SecurityArea;
  /** A level key of the current matrix. */
  readonly levelKey?: string;
  readonly status: StatusChoice;
  /** Only risks the signed-in user owns. */
  readonly mine: boolean;
  /** Only risks whose review is due (today or earlier). */
  readonly reviewDue: boolean;
  /** Only risks whose granted acceptance lapses within ACCEPTANCE_EXPIRING_DAYS. */
  readonly acceptanceExpiring: boolean;
  readonly sort: RiskSort;
}

export const DEFAULT_REGISTER_FILTER: IRegisterFilter = { status: 'open', mine: false, reviewDue: false, acceptanceExpiring: false, sort: 'score' };

/** "Expiring": within the first reminder's reach (review.ts reminds 30 days before). */
export const ACCEPTANCE_EXPIRING_DAYS = 30;

/** Risks per page: a screenful, and far under SharePoint's 5,000 so every page is one cheap request. */
export const REGISTER_PAGE_SIZE = 50;

const OPEN_STATUSES: readonly RiskStatus[] = RISK_STATUSES.filter((status) => status !== 'Avslutad');
/** A review is due only for a risk that is assessed and not closed (domain/risks/review.ts reviewDue). */
const REVIEWED_STATUSES: readonly RiskStatus[] = ['Bedömd', 'Under åtgärd', 'Accepterad'];

function statusesFor(choice: StatusChoice): readonly RiskStatus[] | undefined {
  if (choice === 'all') return undefined;
  return choice === 'open' ? OPEN_STATUSES : [choice];
}

export function isFiltered(filter: IRegisterFilter): boolean {
  return filter.unitId !== undefined || !!filter.area || !!filter.levelKey || filter.status !== 'open' || filter.mine || filter.reviewDue || filter.acceptanceExpiring;
}

/**
 * The filter as the service's query: every part is a filter on an indexed column of TryggRisker
 * (unit, area, status, level, owner, next review), so the first page holds at 50,000 risks.
 * 'none' when the choices exclude each other (a due review on a draft): no request is needed.
 */
export function toRiskQuery(
  filter: IRegisterFilter,
  context: { readonly units: readonly IOrganisationUnit[]; readonly myId: number; readonly now: Date },
  pageSize: number = REGISTER_PAGE_SIZE
): IRiskQuery | 'none' {
  let statuses = statusesFor(filter.status);
  let reviewBefore: string | undefined;
  if (filter.reviewDue) {
    statuses = (statuses || RISK_STATUSES).filter((status) => REVIEWED_STATUSES.indexOf(status) >= 0);
    if (statuses.length === 0) return 'none';
    // Due from its day on: everything before the start of tomorrow (UTC, as the dates are stored).
    reviewBefore = `${dayString(utcDay(context.now) + DAY_MS)}T00:00:00.000Z`;
  }
  return {
    unitIds: filter.unitId !== undefined ? descendantUnitIds(context.units, filter.unitId) : undefined,
    area: filter.area,
    statuses,
    levelKeys: filter.levelKey ? [filter.levelKey] : undefined,
    ownerId: filter.mine ? context.myId : undefined,
    reviewBefore,
    acceptanceExpiresBefore: filter.acceptanceExpiring ? `${dayString(utcDay(context.now) + (ACCEPTANCE_EXPIRING_DAYS + 1) * DAY_MS)}T00:00:00.000Z` : undefined,
    sort: filter.sort,
    pageSize
  };
}

/**
 * The text search: only over the rows already loaded (risk number, title, unit, owner), never a
 * query, since SharePoint has no index on free text; the register says so next to the box.
 */
export function searchLoaded(risks: readonly IRisk[], text: string): IRisk[] {
  const needle = text.trim().toLocaleLowerCase('sv');
  if (!needle) return risks.slice();
  return risks.filter((risk) =>
    [risk.riskNumber, risk.title, risk.unit.title, risk.owner ? risk.owner.displayName : ''].some((value) => value.toLocaleLowerCase('sv').indexOf(needle) >= 0)
  );
}

/**
 * Risks already in hand (a heat map cell's) in the register's order: the same columns the service
 * sorts on (score high first, next review soonest first, newest first).
 */
export function sortLoaded(risks: readonly IRisk[], sort: RiskSort): IRisk[] {
  const score = (risk: IRisk): number => (risk.current ? risk.current.likelihood * risk.current.consequence : -1);
  const review = (risk: IRisk): number => (risk.nextReviewAt ? Date.parse(risk.nextReviewAt) : Number.MAX_SAFE_INTEGER);
  const order: Record<RiskSort, (a: IRisk, b: IRisk) => number> = {
    score: (a, b) => score(b) - score(a) || b.id - a.id,
    nextReview: (a, b) => review(a) - review(b) || b.id - a.id,
    newest: (a, b) => b.id - a.id
  };
  return risks.slice().sort(order[sort]);
}
