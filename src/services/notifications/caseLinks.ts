import { IDeviation } from '../../domain/deviations/types';

/** Where a mail sends its reader: the case in the handlers' inbox, the reporter's own reports, a risk. */
export interface ICaseLinks {
  inbox(deviation: Pick<IDeviation, 'caseNumber'>): string;
  myReports(deviation: Pick<IDeviation, 'caseNumber'>): string;
  /** The risk in the register (`?risk=RISK-00042`). */
  risk(riskNumber: string): string;
}

/**
 * Links to the pages that hold the web parts: the inbox opens `?case=AVV-2026-00042` straight away
 * (DeviationInboxWebPart), the report page lists "Mina rapporter". Query parameters already in a
 * page URL (the workbench's ?webpart=…) are kept.
 */
export function pageLinks(inboxPageUrl: string, reportPageUrl: string, riskPageUrl: string): ICaseLinks {
  const withParameter = (page: string, name: string, value: string): string => {
    const url = new URL(page);
    url.searchParams.set(name, value);
    return url.toString();
  };
  return {
    inbox: (deviation) => withParameter(inboxPageUrl, 'case', deviation.caseNumber),
    myReports: (deviation) => withParameter(reportPageUrl, 'case', deviation.caseNumber),
    risk: (riskNumber) => withParameter(riskPageUrl, 'risk', riskNumber)
  };
}
