import * as common from 'TryggStrings';
import * as strings from 'AnnualReportWebPartStrings';
import { IReportLabels } from './export/reportSections';

/** The report's words in the page's language: the web part's strings and the shared ones. */
export function reportLabels(): IReportLabels {
  return { strings, common };
}

/** The years one may report on: this year and the four before it, newest first. */
export function reportYears(now: Date): number[] {
  const year = now.getUTCFullYear();
  return [0, 1, 2, 3, 4].map((back) => year - back);
}
