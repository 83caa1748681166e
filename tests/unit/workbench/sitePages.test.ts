import { sitePageRedirect } from '../../../tools/workbench/http/routes';
import { Version } from '../../../tools/workbench/spfx/coreLibrary';

const SITE = 'http://127.0.0.1:4321/sites/trygg';
const at = (path: string): URL => new URL(path, 'http://127.0.0.1:4321');

describe('the Trygg site pages in the workbench', () => {
  it('opens a page link as its web part, with the item, in the view and language it was clicked in', () => {
    const from = 'http://127.0.0.1:4321/?webpart=securityOverview&view=teams&theme=contrast&lang=en-us&frame=1&goal=3';
    expect(sitePageRedirect(at('/sites/trygg/SitePages/Inkorg.aspx?case=AVV-2026-00042'), from, SITE)).toBe(
      '/?webpart=deviationInbox&view=teams&theme=contrast&lang=en-us&frame=1&case=AVV-2026-00042'
    );
  });

  it('finds pages whatever their case, without a referer too', () => {
    expect(sitePageRedirect(at('/sites/trygg/sitepages/MAL.ASPX?goal=21'), undefined, SITE)).toBe('/?webpart=securityGoals&goal=21');
  });

  it('leaves other addresses to the emulator', () => {
    expect(sitePageRedirect(at('/sites/trygg/SitePages/Okand.aspx'), undefined, SITE)).toBeUndefined();
    expect(sitePageRedirect(at('/sites/trygg/_api/web'), undefined, SITE)).toBeUndefined();
    expect(sitePageRedirect(at('/sites/annan/SitePages/Inkorg.aspx'), undefined, SITE)).toBeUndefined();
  });
});

describe("the page's SPFx modules", () => {
  it('parse versions as SPFx does', () => {
    expect(Version.parse('1.0').toString()).toBe('1.0.0');
    expect(() => Version.parse('1')).toThrow('Invalid version');
    expect(() => Version.parse('1.x')).toThrow('Invalid version');
  });
});
