import { WorkTarget } from '../../domain/home/myWork';
import { TRYGG_PAGES } from '../../services/notifications/caseLinks';

/** The web parts "Min säkerhet" sends people to, each on its own page. */
export type HomeLinkPage = 'deviationReport' | WorkTarget['webPart'];

/** Where one click leads: an item's page with its deep link, a web part's page, the report form. */
export interface IHomeLinks {
  to(target: WorkTarget): string;
  page(page: HomeLinkPage): string;
}

/** The deep-link parameter each web part reads (caseFromQuery, riskFromQuery, documentFromQuery, goalFromQuery). */
const ITEM_PARAMETERS = ['case', 'risk', 'document', 'goal'];

function itemParameter(target: WorkTarget): [string, string] | undefined {
  switch (target.webPart) {
    case 'deviationInbox':
      return target.caseNumber ? ['case', target.caseNumber] : undefined;
    case 'riskRegister':
      return ['risk', target.riskNumber];
    case 'governanceDocuments':
      return ['document', target.document];
    case 'securityGoals':
      return ['goal', String(target.goalId)];
  }
}

/** Links from the pages' addresses: each page URL may already hold parameters (the workbench's ?webpart=…), which are kept. */
export function homeLinks(pageUrl: (page: HomeLinkPage) => string): IHomeLinks {
  return {
    page: pageUrl,
    to: (target) => {
      const url = new URL(pageUrl(target.webPart));
      const parameter = itemParameter(target);
      if (parameter) url.searchParams.set(parameter[0], parameter[1]);
      return url.toString();
    }
  };
}

/** The Trygg site's pages in SharePoint, as the Trygg function's mails name them. */
export const SITE_PAGES: Readonly<Record<HomeLinkPage, string>> = TRYGG_PAGES;

export function sitePageLinks(webUrl: string): IHomeLinks {
  const base = webUrl.replace(/\/+$/, '');
  return homeLinks((page) => `${base}/SitePages/${SITE_PAGES[page]}`);
}

/** The local workbench: the same page with another `?webpart=`, its view and language kept, no other item open. */
export function workbenchLinks(currentUrl: string): IHomeLinks {
  return homeLinks((page) => {
    const url = new URL(currentUrl);
    url.searchParams.set('webpart', page);
    ITEM_PARAMETERS.forEach((name) => url.searchParams.delete(name));
    return url.toString();
  });
}
