import { IDeviation } from '../../domain/deviations/types';

/** Where a mail sends its reader: the case in the handlers' inbox, the reporter's own reports, a risk. */
export interface ICaseLinks {
  inbox(deviation: Pick<IDeviation, 'caseNumber'>): string;
  myReports(deviation: Pick<IDeviation, 'caseNumber'>): string;
  /** The risk in the register (`?risk=RISK-00042`). */
  risk(riskNumber: string): string;
  /** A governing document (`?document=RL-014`). */
  document(documentNumber: string): string;
  /** A goal on the goals page (`?goal=42`). */
  goal(goalId: number): string;
  /** The exercise log (övningar och egenkontroll). */
  exercises(): string;
}

/**
 * The Trygg site's pages in SharePoint (under SitePages), by the web part each holds: what the
 * function's mails link to unless its settings name other pages, and where "Min säkerhet" sends people.
 */
export const TRYGG_PAGES = {
  deviationInbox: 'Inkorg.aspx',
  deviationReport: 'Rapportera.aspx',
  riskRegister: 'Riskregister.aspx',
  governanceDocuments: 'Styrdokument.aspx',
  securityGoals: 'Mal.aspx',
  securityFollowUp: 'Ovningar.aspx'
} as const;

/** The pages besides the inbox, report and risk pages; each defaults to a page beside the risk register's. */
export interface IMorePages {
  readonly documents?: string;
  readonly goals?: string;
  readonly exercises?: string;
}

/**
 * A page not given: in the workbench the web part beside the risk register's (`?webpart=…`), in
 * SharePoint the page of that name beside the register's page.
 */
function besideRiskPage(riskPageUrl: string, webPart: string, pageName: string): string {
  const url = new URL(riskPageUrl);
  if (url.searchParams.has('webpart')) url.searchParams.set('webpart', webPart);
  else url.pathname = url.pathname.replace(/[^/]*$/, pageName);
  return url.toString();
}

/**
 * Links to the pages that hold the web parts: the inbox opens `?case=AVV-2026-00042` straight away
 * (DeviationInboxWebPart), the report page lists "Mina rapporter". Query parameters already in a
 * page URL (the workbench's ?webpart=…) are kept.
 */
export function pageLinks(inboxPageUrl: string, reportPageUrl: string, riskPageUrl: string, more: IMorePages = {}): ICaseLinks {
  const withParameter = (page: string, name: string, value: string): string => {
    const url = new URL(page);
    url.searchParams.set(name, value);
    return url.toString();
  };
  return {
    inbox: (deviation) => withParameter(inboxPageUrl, 'case', deviation.caseNumber),
    myReports: (deviation) => withParameter(reportPageUrl, 'case', deviation.caseNumber),
    risk: (riskNumber) => withParameter(riskPageUrl, 'risk', riskNumber),
    document: (documentNumber) => withParameter(more.documents || besideRiskPage(riskPageUrl, 'governanceDocuments', TRYGG_PAGES.governanceDocuments), 'document', documentNumber),
    goal: (goalId) => withParameter(more.goals || besideRiskPage(riskPageUrl, 'securityGoals', TRYGG_PAGES.securityGoals), 'goal', String(goalId)),
    exercises: () => more.exercises || besideRiskPage(riskPageUrl, 'securityFollowUp', TRYGG_PAGES.securityFollowUp)
  };
}
