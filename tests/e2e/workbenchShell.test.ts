/**
 * The workbench shell around the web parts: who is signed in (one cookie for SharePoint and Graph),
 * switching user and language through the UI, the view switch, the outbox, deep links, and that
 * the page guard really catches failures (also inside the Teams iframe).
 */
import type { Page } from 'playwright-core';
import { PageGuard } from './helpers/pageGuard';
import { DESKTOP_VIEWPORT, IE2eSession, startE2eSession } from './helpers/workbench';


let session: IE2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.close();
});

/** What SharePoint and Graph each say about the signed-in user, asked from the page itself. */
function whoAmI(page: Page): Promise<{ sharePoint: string; graph: string }> {
  return page.evaluate(async () => {
    const sp = await fetch('/sites/trygg/_api/web/currentuser', { headers: { Accept: 'application/json;odata=nometadata' } }).then((r) => r.json());
    const me = await fetch('/graph/v1.0/me').then((r) => r.json());
    return { sharePoint: sp.Title as string, graph: me.displayName as string };
  });
}

describe('the workbench shell', () => {
  it('signs a new browser in as the default employee, for SharePoint and Graph alike', async () => {
    const context = await session.browser.newContext({ viewport: DESKTOP_VIEWPORT });
    const page = await context.newPage();
    const guard = new PageGuard(page, new URL(session.workbench.url).origin);
    try {
      await page.goto(session.workbench.url);
      await page.getByTestId('user-switcher').getByText('Anna Svensson').waitFor();
      expect(await whoAmI(page)).toEqual({ sharePoint: 'Anna Svensson', graph: 'Anna Svensson' });
      expect(page.url()).toContain(session.workbench.url);
      await guard.assertClean();
    } finally {
      await context.close();
    }
  });

  it('switches user through the user switcher', async () => {
    const visit = await session.open({ webpart: 'securityOverview', persona: 'reporter' });
    try {
      await visit.page.getByTestId('user-switcher').click();
      const personas = visit.page.getByRole('menuitemradio');
      expect(await personas.count()).toBe(10);
      await visit.page.getByRole('menuitemradio', { name: /Lars Holm/ }).click();
      await visit.page.getByTestId('user-switcher').getByText('Lars Holm').waitFor();
      expect(await whoAmI(visit.page)).toEqual({ sharePoint: 'Lars Holm', graph: 'Lars Holm' });
    } finally {
      await visit.close();
    }
  });

  it('switches language and view through the UI, keeping the state in the URL', async () => {
    const visit = await session.open({ webpart: 'securityOverview' });
    const { page } = visit;
    try {
      await page.getByRole('radio', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'My security', level: 2 }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en-US');
      expect(new URL(page.url()).searchParams.get('lang')).toBe('en-us');

      await page.getByRole('radio', { name: 'Teams' }).click();
      await page.getByTestId('teams-window').waitFor();
      await page.frameLocator('[data-testid="webpart-frame"]').getByRole('heading', { name: 'My security', level: 2 }).waitFor();
      await page.getByRole('radio', { name: 'Dark' }).click();
      await page.locator('[data-testid="teams-window"][data-theme="dark"]').waitFor();
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ webpart: 'securityOverview', view: 'teams', theme: 'dark', lang: 'en-us' });

      await page.getByRole('radio', { name: 'Mobile' }).click();
      await page.getByTestId('phone-frame').waitFor();
      const frameWidth = await page.frameLocator('[data-testid="webpart-frame"]').locator('body').evaluate(() => window.innerWidth);
      expect(frameWidth).toBe(390);

      await page.goBack();
      await page.getByTestId('teams-window').waitFor();
      await visit.settle();
    } finally {
      await visit.close();
    }
  });

  it('lists the mail the emulator recorded in the outbox', async () => {
    const visit = await session.open({ webpart: 'securityOverview', persona: 'manager' });
    const { page } = visit;
    try {
      const subject = 'Ny avvikelse AVV-2026-00149: Dörr till läkemedelsrum stod öppen';
      const status = await page.evaluate(async (mailSubject) => {
        const response = await fetch('/graph/v1.0/me/sendMail', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            message: { subject: mailSubject, body: { contentType: 'Text', content: 'Hej Anna!\n\nTack för din rapport. Jag har tagit emot ärendet och återkommer när det är utrett.\n\nLars Holm, enhetschef' }, toRecipients: [{ emailAddress: { address: 'anna.svensson@regionexempel.se' } }] }
          })
        });
        await response.text();
        return response.status;
      }, subject);
      expect(status).toBe(202);

      await page.getByTestId('outbox-button').click();
      const mail = page.getByTestId('outbox-mail').filter({ hasText: subject });
      await mail.waitFor();
      expect(await mail.textContent()).toContain('anna.svensson@regionexempel.se');
      expect(new URL(page.url()).searchParams.get('outbox')).toBe('1');
      await visit.screenshot('workbench-outbox-sv-se', { fullPage: false });
      await page.getByRole('button', { name: 'Stäng' }).click();
      await page.getByTestId('outbox-list').waitFor({ state: 'detached' });
    } finally {
      await visit.close();
    }
  });

  it('says so when a deep link names no web part', async () => {
    const context = await session.browser.newContext({ viewport: DESKTOP_VIEWPORT });
    const page = await context.newPage();
    const guard = new PageGuard(page, new URL(session.workbench.url).origin);
    try {
      await page.goto(session.url({ webpart: 'noSuchWebPart' }));
      await page.getByText('Det finns ingen webbdel med namnet noSuchWebPart.').waitFor();
      await guard.assertClean();
    } finally {
      await context.close();
    }
  });

  it('catches failed requests, also inside the Teams frame, unless the test allows them', async () => {
    const visit = await session.open({ webpart: 'securityOverview', view: 'teams' });
    try {
      const frame = visit.page.frames().find((f) => f !== visit.page.mainFrame())!;
      await frame.evaluate(() => fetch('/sites/trygg/_api/web/lists/getbytitle(\'Finns inte\')').then(() => undefined));
      await frame.evaluate(() => console.error('provoked'));
      await visit.settle();
      const problems = [...visit.guard.problems];
      visit.guard.allow(/Finns%20inte/);
      visit.guard.allow(/provoked/);
      expect(problems).toEqual(
        expect.arrayContaining([expect.stringMatching(/^HTTP 404: GET .*Finns%20inte/), expect.stringMatching(/^console error: provoked/)])
      );
    } finally {
      await visit.close();
    }
  });

  it('forgives requests a document abandons as it goes away (a removed iframe, a reload), and only those', async () => {
    const visit = await session.open({ webpart: 'securityOverview', view: 'teams' });
    const { page } = visit;
    try {
      // Requests that never answer: still in flight when their document goes, as a slow lazy chunk can be.
      await page.route(/[?&]hang=/, () => undefined);
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      const inFrame = page.waitForRequest(/hang=frame/);
      await frame.evaluate(() => {
        fetch('/sites/trygg/_api/web?hang=frame').catch(() => undefined);
      });
      await inFrame;
      // The view switch removes the Teams iframe with its request.
      await page.getByRole('radio', { name: 'SharePoint' }).click();
      await page.locator('[data-webpart="securityOverview"]').waitFor();

      const inPage = page.waitForRequest(/hang=page/);
      await page.evaluate(() => {
        fetch('/sites/trygg/_api/web?hang=page').catch(() => undefined);
      });
      await inPage;
      // Another language is another bundle: the page reloads and abandons the request.
      await page.getByRole('radio', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'My security', level: 2 }).waitFor();
      await visit.settle();
      await visit.guard.assertClean();

      // Aborted while the document stays: that is a failure.
      await page.route(/aborted-on-purpose/, (route) => route.abort('aborted'));
      await page.evaluate(() => fetch('/sites/trygg/_api/web?aborted-on-purpose').catch(() => undefined));
      await expect(visit.guard.assertClean()).rejects.toThrow(/request failed: GET .*aborted-on-purpose net::ERR_ABORTED/);
      visit.guard.allow(/aborted-on-purpose/);
    } finally {
      await visit.close();
    }
  });

  it('counts an alert as a problem: Trygg opens none', async () => {
    const visit = await session.open({ webpart: 'securityOverview' });
    try {
      await visit.page.evaluate(() => window.setTimeout(() => window.alert('injected'), 0));
      await visit.page.waitForTimeout(200);
      expect(visit.guard.problems).toEqual([expect.stringMatching(/^dialog: alert "injected"/)]);
      visit.guard.allow(/injected/);
    } finally {
      await visit.close();
    }
  });
});
