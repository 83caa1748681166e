/**
 * The report form in a Teams tab through the real web part class (TryggWebPartBase with the Teams
 * SDK's context): Teams' dark and high-contrast themes, the switch between them without a reload,
 * readable text (WCAG contrast) in each, and a report sent in high contrast.
 */
import { locStrings } from './helpers/locStrings';
import { contrastFailures } from './helpers/contrast';
import { IE2eSession, IVisit, startE2eSession } from './helpers/workbench';
import { typeInto } from './helpers/fluent';
import { workbenchStrings } from '../../tools/workbench/client/loc';

interface IReportStrings {
  DescriptionLabel: string;
  Send: string;
  ReceiptHeading: string;
}

const report = locStrings<IReportStrings>('DeviationReportWebPartStrings', 'sv-se');
const themes = workbenchStrings('sv-se');

let session: IE2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.close();
});

/** The colours the web part is drawn in: its root's text and the description field's background. */
async function colours(visit: IVisit): Promise<{ text: string; field: string; button: string }> {
  const field = visit.webPart.getByRole('textbox', { name: report.DescriptionLabel });
  const button = visit.webPart.getByRole('button', { name: report.Send });
  return {
    text: await visit.webPart.locator('h2').first().evaluate((element) => getComputedStyle(element).color),
    field: await field.evaluate((element) => getComputedStyle(element.parentElement as Element).backgroundColor),
    button: await button.evaluate((element) => getComputedStyle(element).backgroundColor)
  };
}

/** Waits (on the condition, up to the page's 10 s) for a value the page reaches after a message; then asserts it. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until && JSON.stringify(await read()) !== JSON.stringify(expected)) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await read()).toEqual(expected);
}

describe('the report form in Teams themes', () => {
  it('follows Teams from dark to high contrast without a reload, stays readable, and sends the report', async () => {
    const visit = await session.open({ persona: 'reporter', webpart: 'deviationReport', view: 'teams', theme: 'dark' });
    try {
      await visit.guard.race(
        (async () => {
          const field = visit.webPart.getByRole('textbox', { name: report.DescriptionLabel });
          await field.waitFor();
          expect(await colours(visit)).toEqual({ text: 'rgb(255, 255, 255)', field: 'rgb(41, 41, 41)', button: 'rgb(127, 133, 245)' });
          expect(await contrastFailures(visit.webPart)).toEqual([]);
          await typeInto(field, 'Brandlarmet hördes inte i personalrummet.');
          await visit.screenshot('report-teams-dark-sv-se');

          // Teams tells the open tab of the new theme; what was typed stays.
          await visit.page.getByRole('radio', { name: themes.themes.contrast }).click();
          await visit.page.locator('[data-testid="teams-window"][data-theme="contrast"]').waitFor();
          await visit.webPart.locator('h2').first().waitFor();
          await eventually(() => colours(visit), { text: 'rgb(255, 255, 255)', field: 'rgb(0, 0, 0)', button: 'rgb(255, 255, 1)' });
          expect(await field.inputValue()).toBe('Brandlarmet hördes inte i personalrummet.');
          expect(await contrastFailures(visit.webPart)).toEqual([]);
          await visit.screenshot('report-teams-contrast-sv-se');

          await visit.webPart.getByRole('button', { name: report.Send }).click();
          await visit.webPart.locator('[data-trygg="report-receipt"]').getByRole('heading', { name: report.ReceiptHeading }).waitFor();
          expect(await contrastFailures(visit.webPart)).toEqual([]);
        })()
      );
    } finally {
      await visit.close();
    }
  });
});
