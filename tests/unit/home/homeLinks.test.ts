import { sitePageLinks, workbenchLinks } from '../../../src/webparts/securityOverview/homeLinks';
import { caseFromQuery } from '../../../src/webparts/deviationInbox/caseLink';
import { riskFromQuery } from '../../../src/webparts/riskRegister/riskLink';
import { documentFromQuery } from '../../../src/webparts/governanceDocuments/documentLink';

describe('where a click on "Min säkerhet" leads', () => {
  const site = sitePageLinks('https://region.sharepoint.com/sites/trygg/');

  it("opens each item on its web part's page with the deep link that web part reads", () => {
    const caseUrl = new URL(site.to({ webPart: 'deviationInbox', caseNumber: 'SKY-2026-00036' }));
    expect(caseUrl.pathname).toBe('/sites/trygg/SitePages/Inkorg.aspx');
    expect(caseFromQuery(caseUrl.searchParams.get('case') || undefined)).toBe('SKY-2026-00036');
    expect(riskFromQuery(new URL(site.to({ webPart: 'riskRegister', riskNumber: 'RISK-00002' })).searchParams.get('risk') || undefined)).toBe('RISK-00002');
    expect(documentFromQuery(new URL(site.to({ webPart: 'governanceDocuments', document: 'RL-001' })).searchParams.get('document') || undefined)).toBe('RL-001');
    expect(site.to({ webPart: 'securityGoals', goalId: 21 })).toBe('https://region.sharepoint.com/sites/trygg/SitePages/Mal.aspx?goal=21');
    // A case action whose case is not known opens the inbox's list.
    expect(site.to({ webPart: 'deviationInbox' })).toBe('https://region.sharepoint.com/sites/trygg/SitePages/Inkorg.aspx');
    expect(site.page('deviationReport')).toBe('https://region.sharepoint.com/sites/trygg/SitePages/Rapportera.aspx');
  });

  it('keeps the workbench on the same view and language, with no other item left open', () => {
    const links = workbenchLinks('http://127.0.0.1:4321/?webpart=riskRegister&view=teams&theme=dark&lang=en-us&risk=RISK-00001');
    expect(links.to({ webPart: 'deviationInbox', caseNumber: 'AVV-2026-00096' })).toBe(
      'http://127.0.0.1:4321/?webpart=deviationInbox&view=teams&theme=dark&lang=en-us&case=AVV-2026-00096'
    );
    expect(links.page('deviationReport')).toBe('http://127.0.0.1:4321/?webpart=deviationReport&view=teams&theme=dark&lang=en-us');
  });
});
