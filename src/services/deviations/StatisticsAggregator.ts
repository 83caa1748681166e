import { SPFI } from '@pnp/sp';
import { monthKey, monthsBack, monthsBetween } from '../../domain/deviations/months';
import { aggregateRows } from '../../domain/deviations/statisticsAggregate';
import { StatisticsFacts } from './DeviationStatisticsService';
import { IAggregateWrites, StatisticsAggregateRepository } from './StatisticsAggregateRepository';

/** What a refresh compiled (`rows` groups over `months` months) and what it had to write for it. */
export interface IAggregateRefresh extends IAggregateWrites {
  readonly rows: number;
  readonly months: number;
}

/**
 * Compiles the region's cases into TryggStatistik, for the Trygg function's scheduled job. It must
 * run as the app (SharePoint app-only, full control): it reads every case and action of both the
 * open and the protected lists, which no person but the security function may, and it is the only
 * writer of the aggregate.
 */
export class StatisticsAggregator {
  private readonly _facts: StatisticsFacts;
  private readonly _aggregates: StatisticsAggregateRepository;

  constructor(sp: SPFI) {
    this._facts = new StatisticsFacts(sp);
    this._aggregates = new StatisticsAggregateRepository(sp);
  }

  /**
   * Compiles the `monthsBack` months up to and including the month of `now` (Swedish time), with
   * what is overdue as of `now`. Safe to rerun: unchanged groups are not written again, and a run
   * that stopped half-way is completed by the next.
   */
  public async refresh(now: Date, monthsBackCount: number = 24): Promise<IAggregateRefresh> {
    if (!Number.isInteger(monthsBackCount) || monthsBackCount < 1) throw new Error(`monthsBack must be a whole number of months, at least 1: ${monthsBackCount}`);
    const current = monthKey(now.toISOString());
    const months = monthsBetween(monthsBack(current, monthsBackCount), current);
    const { cases, actions } = await this._facts.read(months);
    const rows = aggregateRows(cases, actions, months, now);
    const writes = await this._aggregates.replaceMonths(rows, months, now.toISOString());
    return { rows: rows.length, months: months.length, ...writes };
  }
}
