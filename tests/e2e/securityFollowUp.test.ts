/**
 * Övningar och egenkontroll in the browser, in Swedish and English, as the people it is for: Lars
 * Holm's exercise log for Akutmottagningen (on a desk and in Teams on a phone), his self-assessment
 * refused at submission with the problem shown at each question, and Peter Sjöberg's regional
 * summary (the forms' saves and conflicts are in tests/ui/securityFollowUp.test.tsx). Screenshots:
 * securityFollowUp-{log,log-mobile,selfAssessment,summary}-<lang>.png. Each visit fails on console
 * errors and failed requests.
 */
import type { Locator } from 'playwright-core';
import type { WorkbenchLocale } from '../../tools/workbench/client/pageConfig';
import { locStrings } from './helpers/locStrings';
import { IE2eSession, startE2eSession } from './helpers/workbench';

interface IFollowUpStrings {
  TabSelfAssessment: string;
  TabSummary: string;
  DueHeading: string;
  SubmitAssessment: string;
  SummaryTableLabel: string;
  FieldErrors: Record<string, string>;
}

const LANGUAGES: readonly WorkbenchLocale[] = ['sv-se', 'en-us'];

let session: IE2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.close();
});

function tab(webPart: Locator, name: string): Locator {
  return webPart.getByRole('tab', { name });
}

describe.each(LANGUAGES)('exercises and internal control in %s', (lang) => {
  const strings = locStrings<IFollowUpStrings>('SecurityFollowUpWebPartStrings', lang);

  it("shows a manager his unit's exercise log with the follow-up actions and the units due", async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'securityFollowUp', lang });
    try {
      await visit.guard.race(visit.webPart.locator('[data-exercise]').first().waitFor());
      await visit.webPart.locator('[data-due-unit], [data-empty="due"]').first().waitFor();
      await visit.webPart.locator('[data-follow-up]').first().waitFor();
      await visit.screenshot(`securityFollowUp-log-${lang}`);
    } finally {
      await visit.close();
    }
  });

  it('reads on a phone in Teams', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'securityFollowUp', lang, view: 'mobile' });
    try {
      await visit.guard.race(visit.webPart.locator('[data-exercise]').first().waitFor());
      await visit.webPart.locator('[data-due-unit], [data-empty="due"]').first().waitFor();
      await visit.screenshot(`securityFollowUp-log-mobile-${lang}`);
    } finally {
      await visit.close();
    }
  });

  it('refuses to submit an incomplete self-assessment and says why at each question', async () => {
    const visit = await session.open({ persona: 'manager', webpart: 'securityFollowUp', lang });
    try {
      await visit.guard.race(tab(visit.webPart, strings.TabSelfAssessment).waitFor());
      await tab(visit.webPart, strings.TabSelfAssessment).click();
      await visit.guard.race(visit.webPart.locator('[data-question]').first().waitFor());
      await visit.webPart.getByRole('button', { name: strings.SubmitAssessment, exact: true }).click();
      const refused = visit.webPart.locator('[data-question-errors~="answer"]').first();
      await visit.guard.race(refused.waitFor());
      await refused.getByText(strings.FieldErrors.unanswered).waitFor();
      await refused.scrollIntoViewIfNeeded();
      await visit.screenshot(`securityFollowUp-selfAssessment-${lang}`, { fullPage: false });
    } finally {
      await visit.close();
    }
  });

  it('shows the security function the regional summary with every question', async () => {
    const visit = await session.open({ persona: 'securityFunction', webpart: 'securityFollowUp', lang });
    try {
      await visit.guard.race(tab(visit.webPart, strings.TabSummary).waitFor());
      await tab(visit.webPart, strings.TabSummary).click();
      const table = visit.webPart.getByRole('table', { name: strings.SummaryTableLabel });
      await visit.guard.race(table.waitFor());
      expect(await table.locator('[data-summary-question]').count()).toBe(18);
      await table.locator('[data-distribution]').first().waitFor();
      await visit.screenshot(`securityFollowUp-summary-${lang}`);
    } finally {
      await visit.close();
    }
  });
});
