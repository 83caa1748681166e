import * as React from 'react';
import { IAnnualReport } from '../../../domain/pdsa/annualReport';
import { IAnnualReportProgress, IAnnualReportService } from '../../../services/pdsa/AnnualReportService';

export type ReportBuild =
  | { readonly kind: 'building'; readonly progress?: IAnnualReportProgress }
  | { readonly kind: 'ready'; readonly report: IAnnualReport }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * Gathers the report for the year and scope, again when either changes or on retry. Progress and
 * the answer of a build the page has moved on from are dropped, so they never overwrite newer state.
 */
export function useReportBuild(service: IAnnualReportService, year: number, unitId: number | undefined): [ReportBuild, () => void] {
  const [build, setBuild] = React.useState<ReportBuild>({ kind: 'building' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    // Settled: no progress after the answer (or the error) may put the bar back.
    let settled = false;
    setBuild({ kind: 'building' });
    service
      .build(year, unitId, (progress) => current && !settled && setBuild({ kind: 'building', progress }))
      .then(
        (report) => {
          settled = true;
          if (current) setBuild({ kind: 'ready', report });
        },
        (error: unknown) => {
          settled = true;
          if (current) setBuild({ kind: 'failed', error });
        }
      );
    return () => {
      current = false;
    };
  }, [service, year, unitId, attempt]);

  const retry = React.useCallback(() => setAttempt((value) => value + 1), []);
  return [build, retry];
}
