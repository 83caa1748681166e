/**
 * The goals in the browser, in Swedish and English, as Lars Holm (manager of Akutmottagningen)
 * sees them: the year's goals, one goal with its measurements (chart and table) and the form to
 * add one, the new-goal form refusing what is missing, and the list and a goal on a phone.
 * Screenshots: securityGoals-{list,goal,new-errors,mobile}-<lang>.png. Each visit fails on console
 * errors and failed requests.
 */
import type { WorkbenchLocale } from '../../tools/workbench/client/pageConfig';
import { locStrings } from './helpers/locStrings';
import { IE2eSession, startE2eSession } from './helpers/workbench';

interface IGoalStrings {
  DefaultTitle: string;
  NewGoal: string;
  NewGoalHeading: string;
  AddGoal: string;
  AddActivity: string;
  BackToList: string;
  MeasurementsHeading: string;
  AddMeasurementHeading: string;
  FormErrorsMany: string;
  FieldErrors: Record<string, string>;
  DueSentence: string;
  Periods: Record<string, string>;
}

const LANGUAGES: readonly WorkbenchLocale[] = ['sv-se', 'en-us'];

let session: IE2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.close();
});

describe.each(LANGUAGES)('security goals in %s', (lang) => {
  const strings = locStrings<IGoalStrings>('SecurityGoalsWebPartStrings', lang);
  const quarter3Due = strings.DueSentence.replace('{0}', strings.Periods.quarter.replace('{0}', '3'));

  it("shows the year's goals and opens one of the manager's own with its measurements", async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'securityGoals', lang });
    try {
      const list = visit.webPart.locator('[data-goal-list]');
      await visit.guard.race(list.waitFor());
      // The unit's training goal is missing its third quarter, and says so in words.
      const due = visit.webPart.locator('[data-goal]', { hasText: quarter3Due }).first();
      await due.waitFor();
      await visit.screenshot(`securityGoals-list-${lang}`);

      await due.locator('[data-open-goal]').click();
      const page = visit.webPart.locator('[data-goal-page]');
      await visit.guard.race(page.waitFor());
      await page.getByRole('heading', { name: strings.MeasurementsHeading }).waitFor();
      expect(Number(await page.locator('svg[data-chart-points]').getAttribute('data-chart-points'))).toBeGreaterThan(0);
      expect(await page.locator('[data-measurement]').count()).toBeGreaterThan(0);
      await page.getByRole('heading', { name: strings.AddMeasurementHeading }).waitFor();
      await visit.screenshot(`securityGoals-goal-${lang}`);

      await visit.webPart.getByRole('button', { name: strings.BackToList }).click();
      await list.waitFor();
    } finally {
      await visit.close();
    }
  });

  it('refuses a new goal with its problems at each field, and sends nothing', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'securityGoals', lang });
    try {
      await visit.guard.race(visit.webPart.locator('[data-goal-list]').waitFor());
      await visit.webPart.getByRole('button', { name: strings.NewGoal }).click();
      const form = visit.webPart.locator('[data-goal-form="new"]');
      await visit.guard.race(form.waitFor());
      await form.getByRole('button', { name: strings.AddActivity }).click();
      const writes: string[] = [];
      visit.page.on('request', (request) => {
        if (request.method() !== 'GET' && /TryggMal/.test(request.url())) writes.push(request.url());
      });
      await form.getByRole('button', { name: strings.AddGoal }).click();
      await form.locator('[data-form-errors="7"]').waitFor();
      expect(await form.getByText(strings.FieldErrors.required, { exact: true }).count()).toBe(7);
      expect(writes).toEqual([]);
      await visit.screenshot(`securityGoals-new-errors-${lang}`);
    } finally {
      await visit.close();
    }
  });

  it('fits the goals and a goal on a phone', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'securityGoals', lang, view: 'mobile' });
    try {
      await visit.guard.race(visit.webPart.locator('[data-goal-list]').waitFor());
      const [listWidth, partWidth] = await Promise.all([
        visit.webPart.locator('[data-goal-list]').evaluate((element) => element.scrollWidth),
        visit.webPart.evaluate((element) => element.clientWidth)
      ]);
      expect(listWidth).toBeLessThanOrEqual(partWidth);
      await visit.screenshot(`securityGoals-mobile-${lang}`, { fullPage: false });
      await visit.webPart.locator('[data-goal]', { hasText: quarter3Due }).first().locator('[data-open-goal]').click();
      const chart = visit.webPart.locator('svg[data-chart-points]');
      await visit.guard.race(chart.waitFor());
      const [chartWidth, pageWidth] = await Promise.all([chart.evaluate((element) => element.getBoundingClientRect().width), visit.webPart.evaluate((element) => element.clientWidth)]);
      expect(chartWidth).toBeLessThanOrEqual(pageWidth);
      await chart.scrollIntoViewIfNeeded();
      await visit.screenshot(`securityGoals-goal-mobile-${lang}`, { fullPage: false });
    } finally {
      await visit.close();
    }
  });
});
