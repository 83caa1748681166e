import { IDeviation } from '../../domain/deviations/types';

/** Where a mail sends its reader: the case in the handlers' inbox, the reporter's own reports, a risk. */
export interface ICaseLinks {
  inbox(deviation: Pick<IDeviation, 'caseNumber'>): string;
  myReports(deviation: Pick<IDeviation, 'caseNumber'>): string;
  /** The risk in the register (`?risk=RISK-00042`). */
  risk(riskNumber: string): string;
  /** A governing document (`?document=RL-014`). */
  document(documentNumber: string): string;
}

/**
 * The governing documents' page when none is given: the workbench's web part beside the risk
 * register's (`?webpart=governanceDocuments`), or Styrdokument.aspx beside the register's page.
 */
function besideRiskPage(riskPageUrl: string): string {
  const url = new URL(riskPageUrl);
  if (url.searchParams.has('webpart')) url.searchParams.set('webpart', 'governanceDocuments');
  else url.pathname = url.pathname.replace(/[^/]*$/, 'Styrdokument.aspx');
  return url.toString();
}

/**
 * Links to the pages that hold the web parts: the inbox opens `?case=AVV-2026-00042` straight away
 * (DeviationInboxWebPart), the report page lists "Mina rapporter". Query parameters already in a
 * page URL (the workbench's ?webpart=…) are kept.
 */
export function pageLinks(inboxPageUrl: string, reportPageUrl: string, riskPageUrl: string, documentsPageUrl?: string): ICaseLinks {
  const withParameter = (page: string, name: string, value: string): string => {
    const url = new URL(page);
    url.searchParams.set(name, value);
    return url.toString();
  };
  return {
    inbox: (deviation) => withParameter(inboxPageUrl, 'case', deviation.caseNumber),
    myReports: (deviation) => withParameter(reportPageUrl, 'case', deviation.caseNumber),
    risk: (riskNumber) => withParameter(riskPageUrl, 'risk', riskNumber),
    document: (documentNumber) => withParameter(documentsPageUrl || besideRiskPage(riskPageUrl), 'document', documentNumber)
  };
}
