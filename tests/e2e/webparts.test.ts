/**
 * Every web part the workbench registers on a SharePoint page, in a Teams tab (light and dark) and in
 * Teams on a phone, in Swedish (and on the page in English): real content, no console errors, no failed requests,
 * and a screenshot for the README (<webpart>-<view>-<lang>.png; see SCREENSHOT_DIR).
 */
import type { WorkbenchLocale } from '../../tools/workbench/client/pageConfig';
import type { WorkbenchTheme, WorkbenchView } from '../../tools/workbench/client/urlState';
import { WEB_PARTS } from '../../tools/workbench/client/webparts';
import { IE2eSession, startE2eSession } from './helpers/workbench';
import { WEB_PART_EXPECTATIONS } from './webPartExpectations';

const LANGUAGES: readonly WorkbenchLocale[] = ['sv-se', 'en-us'];
const VIEWS: readonly { view: WorkbenchView; theme: WorkbenchTheme }[] = [
  { view: 'sharepoint', theme: 'light' },
  { view: 'teams', theme: 'light' },
  { view: 'teams', theme: 'dark' },
  { view: 'mobile', theme: 'light' }
];

/**
 * Every view in Swedish, the users' first language; English on the SharePoint page, where every
 * string is shown (the component tests run each web part in English too). Keeps the suite's run
 * within CI's time as web parts are added.
 */
function viewsIn(lang: WorkbenchLocale): typeof VIEWS {
  return lang === 'sv-se' ? VIEWS : VIEWS.filter((v) => v.view === 'sharepoint');
}


let session: IE2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.close();
});

describe.each(WEB_PARTS.map((webPart) => [webPart.key, webPart] as const))('%s', (key) => {
  const expectation = WEB_PART_EXPECTATIONS[key];

  it('has content expectations (tests/e2e/webPartExpectations.ts)', () => {
    expect(expectation).toBeDefined();
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    it.each(viewsIn(lang).map((v) => [v.view === 'teams' ? `teams ${v.theme}` : v.view, v] as const))('renders in %s', async (_name, { view, theme }) => {
      if (!expectation) return;
      const visit = await session.open({ persona: expectation.persona, webpart: key, view, theme, lang });
      try {
        await visit.guard.race(expectation.expectContent(visit.webPart, lang));
        await visit.screenshot();
      } finally {
        await visit.close();
      }
    });
  });
});
