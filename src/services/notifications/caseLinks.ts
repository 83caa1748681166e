import { IDeviation } from '../../domain/deviations/types';

/** Where a mail sends its reader: the case in the handlers' inbox, or the reporter's own reports. */
export interface ICaseLinks {
  inbox(deviation: Pick<IDeviation, 'caseNumber'>): string;
  myReports(deviation: Pick<IDeviation, 'caseNumber'>): string;
}

/**
 * Links to the pages that hold the web parts: the inbox opens `?case=AVV-2026-00042` straight away
 * (DeviationInboxWebPart), the report page lists "Mina rapporter". Query parameters already in a
 * page URL (the workbench's ?webpart=…) are kept.
 */
export function pageLinks(inboxPageUrl: string, reportPageUrl: string): ICaseLinks {
  const withCase = (page: string, caseNumber: string): string => {
    const url = new URL(page);
    url.searchParams.set('case', caseNumber);
    return url.toString();
  };
  return {
    inbox: (deviation) => withCase(inboxPageUrl, deviation.caseNumber),
    myReports: (deviation) => withCase(reportPageUrl, deviation.caseNumber)
  };
}
