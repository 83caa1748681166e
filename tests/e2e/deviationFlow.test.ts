/**
 * The whole deviation flow in the browser, as the people in it do it, with mouse and keyboard:
 *
 *   Anna reports from Teams (and her phone), typing text meant to break things → the receipt names
 *   Lars Holm → Lars takes the case through the inbox in SharePoint to Avslutad, blocked on the way
 *   until the action is done and Anna has feedback → Anna sees it closed with his feedback, and the
 *   outbox holds the mails to both → Sara's report goes to the substitute Johan Falk → and the same
 *   in English.
 *
 * Services are never called directly: the emulator is only read, to check what was stored and
 * mailed. Screenshots: flow-*.png under test-results/screenshots/ (docs/screenshots/ with npm run screenshots). The tests run in order and share the case.
 */
import type { Locator, Request } from 'playwright-core';
import type { WorkbenchLocale } from '../../tools/workbench/client/pageConfig';
import { format } from '../../src/common/format';
import { locStrings } from './helpers/locStrings';
import { choose, expectText, pickPerson, typeInto } from './helpers/fluent';
import { storedDeviation, storedDeviationCount } from './helpers/storedState';
import { IE2eSession, IVisit, startE2eSession } from './helpers/workbench';


/** What people type that must stay text: markup, SQL and an OData filter. */
const HOSTILE = {
  markup: '<img src=x onerror=alert(1)>',
  sql: "'; DROP TABLE--",
  odata: "' or 1 eq 1"
} as const;

const CASE_NUMBER = /^(AVV|SKY)-\d{4}-\d{5}$/;

interface IReportStrings {
  DescriptionLabel: string;
  LocationLabel: string;
  TypeLabel: string;
  UnitLabel: string;
  DateLabel: string;
  ImmediateActionsLabel: string;
  Send: string;
  TabReport: string;
  TabMyReports: string;
  ShowMyReports: string;
  PersonalDataLabel: string;
  ReceiptProtected: string;
  ReceiptHeading: string;
  RecipientRoles: Record<string, string>;
  RoutedTo: string;
  RoutedManagerAbsent: string;
  ReceiptNextSteps: string[];
  ErrorRequiredDescription: string;
  ErrorRequiredWhen: string;
  ErrorTooShort: string;
  ErrorSummaryOne: string;
  ErrorSummaryMany: string;
  NoFeedbackYet: string;
  MyReportsRefresh: string;
}

interface IInboxStrings {
  DefaultTitle: string;
  TransitionTo: Record<'acknowledged' | 'investigating' | 'actions' | 'closed' | 'rejected', string>;
  BackToInvestigation: string;
  NoNextSteps: string;
  Saved: string;
  FeedbackSent: string;
  TypeLabel: string;
  AreaLabel: string;
  ActualConsequenceLabel: string;
  PotentialConsequenceLabel: string;
  SaveClassification: string;
  AddCause: string;
  CauseCategoryLabel: string;
  CauseTextLabel: string;
  SaveCauses: string;
  ActionTitleLabel: string;
  ActionOwnerLabel: string;
  ActionDueLabel: string;
  AddAction: string;
  MarkActionDoneFor: string;
  FeedbackLabel: string;
  SendFeedback: string;
  Blockers: Record<string, string>;
  BlockerOpenActionsOne: string;
  ConsequenceLevels: string[];
  MtoCategories: string[];
  StatusAll: string;
  ProtectedNotice: string;
  UnprotectedNotice: string;
  MoveToProtected: string;
  MovedToProtected: string;
}

interface ICommonStrings {
  DeviationTypes: Record<string, string>;
  DeviationStatuses: Record<string, string>;
  Areas: Record<string, string>;
}

function stringsFor(lang: WorkbenchLocale): { report: IReportStrings; inbox: IInboxStrings; common: ICommonStrings } {
  return {
    report: locStrings<IReportStrings>('DeviationReportWebPartStrings', lang),
    inbox: locStrings<IInboxStrings>('DeviationInboxWebPartStrings', lang),
    common: locStrings<ICommonStrings>('TryggStrings', lang)
  };
}

const sv = stringsFor('sv-se');
const en = stringsFor('en-us');

let session: IE2eSession;

beforeAll(async () => {
  session = await startE2eSession();
});

afterAll(async () => {
  await session?.close();
});

/** Opens a visit, runs the steps, and closes it: closing fails the test on anything the page guard saw. */
async function as(options: Parameters<IE2eSession['open']>[0], steps: (visit: IVisit) => Promise<void>): Promise<void> {
  const visit = await session.open(options);
  try {
    await visit.guard.race(steps(visit));
  } finally {
    await visit.close();
  }
}

interface IReportInput {
  readonly description: string;
  readonly location?: string;
  readonly type?: string;
  readonly immediateActions?: string;
}

/** Fills in the report form as the reporter would; date, time and unit keep their defaults (now, the own unit). */
async function fillReport(visit: IVisit, strings: IReportStrings, input: IReportInput): Promise<void> {
  const form = visit.webPart.locator('[data-trygg="report-form"]');
  await typeInto(form.getByRole('textbox', { name: strings.DescriptionLabel }), input.description);
  if (input.location) await typeInto(form.getByRole('textbox', { name: strings.LocationLabel }), input.location);
  if (input.type) await choose(visit.body, form.getByRole('combobox', { name: strings.TypeLabel }), input.type);
  if (input.immediateActions) await typeInto(form.getByRole('textbox', { name: strings.ImmediateActionsLabel }), input.immediateActions);
}

/** Sends the form and waits for the receipt; returns the case number it shows. */
async function sendAndReadReceipt(visit: IVisit, strings: IReportStrings): Promise<string> {
  await visit.webPart.getByRole('button', { name: strings.Send }).click();
  const receipt = visit.webPart.locator('[data-trygg="report-receipt"]');
  await receipt.getByRole('heading', { name: strings.ReceiptHeading }).waitFor();
  const caseNumber = ((await receipt.locator('[data-trygg="case-number"]').textContent()) || '').trim();
  expect(caseNumber).toMatch(CASE_NUMBER);
  return caseNumber;
}

/** The markup typed into the report stays text: no element was made of it, in the frame or the page, and no dialog opened. */
async function expectInert(visit: IVisit): Promise<void> {
  expect(await visit.body.locator('img[src="x"], [onerror]').count()).toBe(0);
  expect(await visit.page.locator('img[src="x"], [onerror]').count()).toBe(0);
  // The guard records every alert, confirm and prompt (and fails the visit on one).
  expect(visit.guard.problems.filter((problem) => problem.startsWith('dialog:'))).toEqual([]);
}

/**
 * The writes the page makes to SharePoint and Graph: a rejected form must make none. PnPjs POSTs
 * its reads too (a $batch of GETs, the form digest from contextinfo): only a write operation counts.
 */
function recordWrites(visit: IVisit): string[] {
  const writes: string[] = [];
  visit.page.on('request', (request: Request) => {
    const url = request.url();
    if (request.method() === 'GET' || !/\/_api\/|\/graph\//.test(url) || /\/_api\/contextinfo$/.test(url)) return;
    if (/\/\$batch$/.test(url)) {
      const inner = (request.postData() || '').match(/^(POST|PUT|PATCH|MERGE|DELETE) \S+/gm) || [];
      writes.push(...inner.map((line) => `in $batch: ${line}`));
      return;
    }
    writes.push(`${request.method()} ${url}`);
  });
  return writes;
}

/** The emulator's clock, as the page has it: due dates are set relative to it. */
async function pageNow(visit: IVisit): Promise<Date> {
  const iso = await visit.page.evaluate(() => (window as unknown as { __TRYGG_WORKBENCH__: { now?: string } }).__TRYGG_WORKBENCH__.now);
  return iso ? new Date(iso) : new Date();
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

async function expectStatus(scope: Locator, statusKey: string): Promise<void> {
  await scope.locator(`[data-status="${statusKey}"]`).first().waitFor();
}

describe('the deviation flow, as the people in it do it', () => {
  // What Anna writes in Teams: the first line becomes the headline.
  const headline = `Dörren till läkemedelsrummet stod öppen ${HOSTILE.markup}`;
  const description = `${headline}\nPå lappen på dörren stod det: ${HOSTILE.sql}`;
  const immediateActions = `Stängde och låste dörren. ${HOSTILE.markup} ${HOSTILE.sql}`;
  const feedback = `Tack Anna! Dörren har fått en dörrstängare och larmas nu när den står öppen. ${HOSTILE.markup}`;
  let caseNumber = '';

  function theCase(): string {
    if (!caseNumber) throw new Error('This step needs the case Anna reported in the first test');
    return caseNumber;
  }

  it('Anna reports from Teams, typing hostile text; the receipt names Lars Holm and "Mina rapporter" shows the text inert', async () => {
    await as({ persona: 'reporter', webpart: 'deviationReport', view: 'teams' }, async (visit) => {
      const { report, common } = sv;
      const form = visit.webPart.locator('[data-trygg="report-form"]');
      await form.waitFor();
      // Her own unit is preset; the time is now.
      expect(await form.getByRole('combobox', { name: report.UnitLabel }).inputValue()).toBe('Akutmottagningen');
      await fillReport(visit, report, { description, location: HOSTILE.odata, type: common.DeviationTypes.nearMiss, immediateActions });
      await form.getByRole('textbox', { name: report.DescriptionLabel }).scrollIntoViewIfNeeded();
      await visit.screenshot('flow-report-form-teams-sv-se');

      caseNumber = await sendAndReadReceipt(visit, report);
      const receipt = visit.webPart.locator('[data-trygg="report-receipt"]');
      const recipient = format(report.RecipientRoles.Chef, 'Lars Holm');
      expect(await receipt.locator('[data-trygg="routing"]').textContent()).toBe(format(report.RoutedTo, recipient));
      await expectText(receipt, format(report.ReceiptNextSteps[0], 'Lars Holm', 3));
      await visit.screenshot('flow-receipt-teams-sv-se');

      // Stored exactly as typed, with Lars as handler.
      const stored = await storedDeviation(session.workbench, caseNumber);
      expect(stored).toMatchObject({
        Title: headline,
        Description: description,
        Location: HOSTILE.odata,
        ImmediateActions: immediateActions,
        Status: 'Ny',
        RoutingReason: 'Chef',
        Handler: { Title: 'Lars Holm' },
        Reporter: { Title: 'Anna Svensson' }
      });

      await receipt.getByRole('button', { name: report.ShowMyReports }).click();
      const item = visit.webPart.locator(`[data-trygg="my-reports"] li[data-case="${caseNumber}"]`);
      await item.waitFor();
      expect(await item.locator('[data-trygg="headline"]').textContent()).toBe(headline);
      await expectStatus(item, 'new');
      expect(await item.locator('[data-trygg="feedback"]').textContent()).toContain(report.NoFeedbackYet);
      await expectInert(visit);
      await visit.screenshot('flow-my-reports-new-sv-se');
    });
  });

  it('an empty report is not sent: the errors are in Swedish, at the fields, and nothing is stored', async () => {
    const before = { stored: await storedDeviationCount(session.workbench), mails: session.workbench.emulator.outbox().length };
    await as({ persona: 'reporter', webpart: 'deviationReport', view: 'teams' }, async (visit) => {
      const writes = recordWrites(visit);
      const form = visit.webPart.locator('[data-trygg="report-form"]');
      const summary = form.locator('[data-trygg="error-summary"]');
      const descriptionField = form.getByRole('textbox', { name: sv.report.DescriptionLabel });

      await form.getByRole('button', { name: sv.report.Send }).click();
      await summary.waitFor();
      expect(await summary.textContent()).toBe('Rapporten är inte skickad. Rätta det markerade fältet.');
      await form.getByText('Beskriv vad som hände.').waitFor();
      expect(await descriptionField.getAttribute('aria-invalid')).toBe('true');
      // Focus goes to the field to correct.
      expect(await descriptionField.evaluate((element) => element === document.activeElement)).toBe(true);

      // Too short, and no date: two fields to correct, each saying what to do.
      await typeInto(descriptionField, 'Kort');
      // A date input is cleared as a person does it: Backspace in the field empties it.
      const dateField = form.getByRole('textbox', { name: sv.report.DateLabel });
      await dateField.click();
      await dateField.press('Backspace');
      await form.getByRole('button', { name: sv.report.Send }).click();
      await expectText(summary, 'Rapporten är inte skickad. Rätta de 2 markerade fälten.');
      await form.getByText('Skriv minst 10 tecken.').waitFor();
      await form.getByText('Ange datum och klockslag.').waitFor();
      expect(await visit.webPart.locator('[data-trygg="report-receipt"]').count()).toBe(0);
      await visit.screenshot('flow-validation-teams-sv-se');

      // Nothing waits on the device either.
      await visit.webPart.getByRole('tab', { name: sv.report.TabMyReports }).click();
      await visit.webPart.locator(`[data-trygg="my-reports"] li[data-case="${theCase()}"]`).waitFor();
      expect(await visit.webPart.locator('[data-trygg="my-reports"] li[data-waiting]').count()).toBe(0);
      expect(writes).toEqual([]);
    });
    expect(await storedDeviationCount(session.workbench)).toBe(before.stored);
    expect(session.workbench.emulator.outbox().length).toBe(before.mails);
  });

  it('Anna reports from her phone too', async () => {
    await as({ persona: 'reporter', webpart: 'deviationReport', view: 'mobile' }, async (visit) => {
      const phoneReport = {
        description: 'Larmet vid personalingången gick utan orsak tre gånger i natt.',
        location: `Personalingången ${HOSTILE.odata}`,
        immediateActions: `Ringde vaktmästaren. ${HOSTILE.markup} ${HOSTILE.sql}`
      };
      await fillReport(visit, sv.report, phoneReport);
      await visit.webPart.getByRole('textbox', { name: sv.report.DescriptionLabel }).scrollIntoViewIfNeeded();
      await visit.screenshot('flow-report-form-mobile-sv-se');
      const phoneCase = await sendAndReadReceipt(visit, sv.report);
      expect(phoneCase).not.toBe(theCase());
      expect(await storedDeviation(session.workbench, phoneCase)).toMatchObject({
        Description: phoneReport.description,
        Location: phoneReport.location,
        ImmediateActions: phoneReport.immediateActions
      });
      await expectInert(visit);
      expect(await visit.webPart.locator('[data-trygg="routing"]').textContent()).toBe(
        format(sv.report.RoutedTo, format(sv.report.RecipientRoles.Chef, 'Lars Holm'))
      );
      await visit.screenshot('flow-receipt-mobile-sv-se');
    });
  });

  it('Lars handles the case in SharePoint: acknowledges, classifies, finds a cause, adds an action, is stopped from closing, then closes it', async () => {
    await as({ persona: 'manager', webpart: 'deviationInbox', view: 'sharepoint' }, async (visit) => {
      const { inbox, common } = sv;
      const { webPart, body } = visit;
      const now = await pageNow(visit);

      // The inbox lists the new case; the headline is text.
      const row = webPart.locator('li[data-case-id]', { hasText: theCase() });
      await row.waitFor();
      expect(await row.textContent()).toContain(headline);
      await expectStatus(row, 'new');
      await expectInert(visit);
      await visit.screenshot('flow-inbox-sv-se');
      await row.getByRole('button').click();

      const caseView = webPart.locator('[data-case-view]');
      await caseView.waitFor();
      await caseView.getByRole('heading', { name: theCase() }).waitFor();
      const header = caseView.locator('h2').first().locator('..');
      const saved = caseView.getByText(inbox.Saved);

      // Acknowledge.
      await caseView.getByRole('button', { name: inbox.TransitionTo.acknowledged }).click();
      await expectStatus(header, 'acknowledged');
      await saved.waitFor();

      // Classify: the type Anna chose is kept; Lars adds the area and the consequences.
      const classification = caseView.locator('[data-section="trygg-case-classification"]');
      expect(await classification.getByRole('combobox', { name: inbox.TypeLabel }).locator('.ms-Dropdown-title').textContent()).toBe(common.DeviationTypes.nearMiss);
      await choose(body, classification.getByRole('combobox', { name: inbox.AreaLabel }), common.Areas.access);
      await choose(body, classification.getByRole('combobox', { name: inbox.ActualConsequenceLabel }), inbox.ConsequenceLevels[1]);
      await choose(body, classification.getByRole('combobox', { name: inbox.PotentialConsequenceLabel }), inbox.ConsequenceLevels[2]);
      await classification.getByRole('button', { name: inbox.SaveClassification }).click();
      await saved.waitFor();

      // Investigate, with an MTO cause.
      await caseView.getByRole('button', { name: inbox.TransitionTo.investigating }).click();
      await expectStatus(header, 'investigating');
      const causes = caseView.locator('[data-section="trygg-case-causes"]');
      await causes.getByRole('button', { name: inbox.AddCause }).click();
      await choose(body, causes.getByRole('combobox', { name: inbox.CauseCategoryLabel }), inbox.MtoCategories[2]);
      await typeInto(causes.getByRole('textbox', { name: inbox.CauseTextLabel }), 'Dörren saknar dörrstängare och larm när den står öppen.');
      await causes.getByRole('button', { name: inbox.SaveCauses }).click();
      await saved.waitFor();

      // An action, owned by a person picked from the directory.
      const actions = caseView.locator('[data-section="trygg-case-actions"]');
      const actionTitle = 'Montera dörrstängare och larm på läkemedelsrummet';
      await typeInto(actions.getByRole('textbox', { name: inbox.ActionTitleLabel }), actionTitle);
      await pickPerson(body, actions.getByRole('combobox', { name: inbox.ActionOwnerLabel }), 'Lars', 'Lars Holm');
      await actions.getByLabel(inbox.ActionDueLabel).fill(isoDay(new Date(now.getTime() + 14 * 24 * 3600 * 1000)));
      await actions.getByRole('button', { name: inbox.AddAction }).click();
      const action = actions.locator('li[data-action-id]', { hasText: actionTitle });
      await action.waitFor();
      await expectText(action, 'Lars Holm');
      await caseView.getByRole('button', { name: inbox.TransitionTo.actions }).click();
      await expectStatus(header, 'actions');

      // Closing is not possible yet, and the page says why, next to the button.
      const close = caseView.getByRole('button', { name: inbox.TransitionTo.closed });
      const closeStep = caseView.locator('[data-transition="closed"]');
      expect(await close.isDisabled()).toBe(true);
      const blockers = await closeStep.locator('[data-blocker]').allTextContents();
      expect(blockers).toEqual([inbox.Blockers.feedbackMissing, inbox.BlockerOpenActionsOne]);
      const describedBy = await close.getAttribute('aria-describedby');
      expect(await caseView.locator(`[id="${describedBy}"]`).textContent()).toContain(inbox.BlockerOpenActionsOne);
      await close.click({ force: true });
      await visit.settle();
      await expectStatus(header, 'actions');
      // The way back is named as such, not "Börja utreda" again.
      await caseView.getByRole('button', { name: inbox.BackToInvestigation }).waitFor();
      expect(await caseView.getByRole('button', { name: inbox.TransitionTo.investigating }).count()).toBe(0);
      await visit.screenshot('flow-case-blocked-sv-se');

      // The action is done; Anna gets feedback (by mail too).
      await action.getByRole('button', { name: format(inbox.MarkActionDoneFor, actionTitle) }).click();
      await actions.locator('li[data-action-status="Klar"]', { hasText: actionTitle }).waitFor();
      const feedbackSection = caseView.locator('[data-section="trygg-case-feedback"]');
      await typeInto(feedbackSection.getByRole('textbox', { name: inbox.FeedbackLabel }), feedback);
      await feedbackSection.getByRole('button', { name: inbox.SendFeedback }).click();
      await caseView.getByText(inbox.FeedbackSent).waitFor();

      // Now it closes.
      expect(await closeStep.locator('[data-blocker]').count()).toBe(0);
      await close.click();
      await expectStatus(header, 'closed');
      await expectInert(visit);
      await visit.screenshot('flow-case-closed-sv-se');
    });

    const stored = await storedDeviation(session.workbench, theCase());
    expect(stored).toMatchObject({ Status: 'Avslutad', Feedback: feedback, Description: description });
  });

  it('Anna sees the case closed with Lars\'s feedback, and the outbox holds the mails to Lars and to Anna', async () => {
    await as({ persona: 'reporter', webpart: 'deviationReport', view: 'teams' }, async (visit) => {
      await visit.webPart.getByRole('tab', { name: sv.report.TabMyReports }).click();
      const item = visit.webPart.locator(`[data-trygg="my-reports"] li[data-case="${theCase()}"]`);
      await item.waitFor();
      await expectStatus(item, 'closed');
      expect(await item.locator('[data-status]').textContent()).toBe('Avslutad');
      expect(await item.locator('[data-trygg="feedback"]').textContent()).toContain(feedback);
      await expectInert(visit);
      await visit.screenshot('flow-my-reports-closed-sv-se');

      // The workbench's outbox (Utkorg): what Trygg sent through Graph.
      await visit.page.getByTestId('outbox-button').click();
      const mails = visit.page.getByTestId('outbox-mail').filter({ hasText: theCase() });
      await mails.first().waitFor();
      const texts = await mails.allTextContents();
      expect(texts.some((text) => text.indexOf('lars.holm@regionexempel.se') >= 0)).toBe(true);
      expect(texts.some((text) => text.indexOf('anna.svensson@regionexempel.se') >= 0 && text.indexOf('Tack Anna!') >= 0)).toBe(true);
      await expectInert(visit);
      await visit.screenshot('flow-outbox-sv-se', { fullPage: false });
    });

    const mails = session.workbench.emulator.outbox().filter((mail) => mail.subject.indexOf(theCase()) >= 0 || mail.body.indexOf(theCase()) >= 0);
    const recipients = mails.map((mail) => mail.to.map((to) => to.address).join(','));
    expect(recipients).toEqual(expect.arrayContaining(['lars.holm@regionexempel.se', 'anna.svensson@regionexempel.se']));
    // Sent as text, with the typed markup as typed.
    const toAnna = mails.find((mail) => mail.to.some((to) => to.address === 'anna.svensson@regionexempel.se'))!;
    expect(toAnna.bodyContentType).toBe('Text');
    expect(toAnna.body).toContain(feedback);
  });

  it('Sara\'s manager is away: the receipt says the report went to the substitute Johan Falk', async () => {
    await as({ persona: 'reporterWithAbsentManager', webpart: 'deviationReport', view: 'teams' }, async (visit) => {
      await fillReport(visit, sv.report, { description: 'En patientlyft på sal 4 saknade besiktningsmärke.' });
      const saraCase = await sendAndReadReceipt(visit, sv.report);
      const recipient = format(sv.report.RecipientRoles['Ersättare'], 'Johan Falk');
      const routing = await visit.webPart.locator('[data-trygg="routing"]').textContent();
      expect(routing).toBe(format(sv.report.RoutedManagerAbsent, recipient));
      expect(routing).toBe('Din chef är frånvarande, så rapporten gick till ersättaren Johan Falk.');
      await visit.screenshot('flow-receipt-substitute-sv-se');
      const stored = await storedDeviation(session.workbench, saraCase);
      expect(stored).toMatchObject({ Handler: { Title: 'Johan Falk' }, RoutingReason: 'Ersättare', RoutingFallback: 'managerAbsent' });
    });
  });

  it('in English: the form, its errors and the receipt', async () => {
    await as({ persona: 'reporter', webpart: 'deviationReport', view: 'teams', lang: 'en-us' }, async (visit) => {
      const { report, common } = en;
      const form = visit.webPart.locator('[data-trygg="report-form"]');
      await form.getByRole('button', { name: report.Send }).click();
      await expectText(form.locator('[data-trygg="error-summary"]'), report.ErrorSummaryOne);
      await form.getByText(report.ErrorRequiredDescription).waitFor();
      await visit.screenshot('flow-validation-teams-en-us');

      await fillReport(visit, report, {
        description: `The door to the medicines room was open ${HOSTILE.markup}`,
        location: HOSTILE.odata,
        type: common.DeviationTypes.nearMiss
      });
      await visit.webPart.getByRole('textbox', { name: report.DescriptionLabel }).scrollIntoViewIfNeeded();
      await visit.screenshot('flow-report-form-teams-en-us');
      await sendAndReadReceipt(visit, report);
      const recipient = format(report.RecipientRoles.Chef, 'Lars Holm');
      expect(await visit.webPart.locator('[data-trygg="routing"]').textContent()).toBe(format(report.RoutedTo, recipient));
      await expectInert(visit);
      await visit.screenshot('flow-receipt-teams-en-us');
    });
  });

  it('in English: Lars reads the closed case', async () => {
    await as({ persona: 'manager', webpart: 'deviationInbox', view: 'sharepoint', lang: 'en-us' }, async (visit) => {
      const { inbox } = en;
      await visit.webPart.locator('[data-status-choice="all"]').click();
      const row = visit.webPart.locator('li[data-case-id]', { hasText: theCase() });
      await row.getByRole('button').click();
      const caseView = visit.webPart.locator('[data-case-view]');
      await caseView.getByRole('heading', { name: theCase() }).waitFor();
      await expectStatus(caseView, 'closed');
      await caseView.getByText(format(inbox.NoNextSteps, en.common.DeviationStatuses.closed)).waitFor();
      expect(await caseView.locator('[data-section="trygg-case-feedback"]').textContent()).toContain(feedback);
      expect(await caseView.getByRole('button', { name: inbox.TransitionTo.closed }).count()).toBe(0);
      await expectInert(visit);
      await visit.screenshot('flow-case-closed-en-us');
    });
  });
});

describe('a report about personal data is a protected case', () => {
  let protectedCase = '';

  it('Anna ticks personal data on her phone: the receipt says who can read it', async () => {
    await as({ persona: 'reporter', webpart: 'deviationReport', view: 'mobile' }, async (visit) => {
      await fillReport(visit, sv.report, {
        description: `Patientlistor med personnummer låg kvar i skrivaren i väntrummet ${HOSTILE.markup}`,
        location: `Väntrummet ${HOSTILE.odata}`
      });
      // Fluent draws its own box over the input: people click the label.
      await visit.webPart.locator('label', { hasText: sv.report.PersonalDataLabel }).click();
      expect(await visit.webPart.getByRole('checkbox', { name: sv.report.PersonalDataLabel }).isChecked()).toBe(true);
      protectedCase = await sendAndReadReceipt(visit, sv.report);
      expect(protectedCase).toMatch(/^SKY-/);
      await visit.webPart.getByText(sv.report.ReceiptProtected).waitFor();
      expect(await visit.webPart.locator('[data-trygg="routing"]').textContent()).toBe(
        format(sv.report.RoutedTo, format(sv.report.RecipientRoles.Chef, 'Lars Holm'))
      );
      await expectInert(visit);
      await visit.screenshot('flow-receipt-protected-mobile-sv-se');
    });
  });

  it('Lars opens it marked protected; Johan, another manager, does not see it at all', async () => {
    await as({ persona: 'manager', webpart: 'deviationInbox', view: 'sharepoint' }, async (visit) => {
      const row = visit.webPart.locator(`li[data-case-id="${protectedCase}"]`);
      await row.getByRole('button').click();
      const caseView = visit.webPart.locator(`[data-case-view="${protectedCase}"]`);
      await caseView.getByRole('heading', { name: protectedCase }).waitFor();
      await caseView.locator('[data-protected-case]').getByText(sv.inbox.ProtectedNotice).waitFor();
      await expectInert(visit);
      await visit.screenshot('flow-case-protected-sv-se');
    });
    await as({ persona: 'substitute', webpart: 'deviationInbox', view: 'sharepoint' }, async (visit) => {
      await visit.webPart.locator('[data-status-choice="all"]').click();
      await visit.webPart.locator('li[data-case-id]').first().waitFor();
      expect(await visit.webPart.locator(`li[data-case-id="${protectedCase}"]`).count()).toBe(0);
    });
  });

  it('Lars classifies an ordinary report as threats and violence while the function is away: told, then moved', async () => {
    let ordinary = '';
    await as({ persona: 'reporter', webpart: 'deviationReport', view: 'teams' }, async (visit) => {
      await fillReport(visit, sv.report, { description: 'En anhörig höjde rösten och knuffade en undersköterska i väntrummet.' });
      ordinary = await sendAndReadReceipt(visit, sv.report);
      expect(ordinary).toMatch(/^AVV-/);
    });
    await as({ persona: 'manager', webpart: 'deviationInbox', view: 'sharepoint' }, async (visit) => {
      const { inbox, common } = sv;
      const { webPart, body } = visit;
      await webPart.locator(`li[data-case-id="${ordinary}"]`).getByRole('button').click();
      const caseView = webPart.locator(`[data-case-view="${ordinary}"]`);
      await caseView.getByRole('heading', { name: ordinary }).waitFor();
      // The function does not answer: its four refusals are what this step is about.
      visit.guard.allow(/^HTTP 503: POST .*\/functions\/protected-cases\//);
      visit.guard.allow(/^console error: Failed to load resource: .*503.*\/functions\/protected-cases\//);
      const rule = session.workbench.emulator.faults.add({ path: '/functions/protected-cases/', status: 503, retryAfter: 0, count: 4 });
      const classification = caseView.locator('[data-section="trygg-case-classification"]');
      await choose(body, classification.getByRole('combobox', { name: inbox.TypeLabel }), common.DeviationTypes.nearMiss);
      await choose(body, classification.getByRole('combobox', { name: inbox.AreaLabel }), common.Areas.threatsViolence);
      await choose(body, classification.getByRole('combobox', { name: inbox.ActualConsequenceLabel }), inbox.ConsequenceLevels[1]);
      await choose(body, classification.getByRole('combobox', { name: inbox.PotentialConsequenceLabel }), inbox.ConsequenceLevels[2]);
      await classification.getByRole('button', { name: inbox.SaveClassification }).click();
      await caseView.getByText(inbox.UnprotectedNotice).waitFor();
      expect(rule.fired).toBe(4);
      await visit.screenshot('flow-case-unprotected-sv-se');

      await caseView.getByRole('button', { name: inbox.MoveToProtected }).click();
      const movedTo = webPart.locator('[data-case-view^="SKY-"]');
      await movedTo.waitFor();
      const protectedNumber = (await movedTo.getAttribute('data-case-view')) || '';
      await movedTo.getByText(format(inbox.MovedToProtected, protectedNumber)).waitFor();
      await movedTo.locator('[data-protected-case]').waitFor();
      await visit.screenshot('flow-case-moved-to-protected-sv-se');
    });
  });
});
