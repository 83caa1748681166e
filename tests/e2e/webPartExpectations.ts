/**
 * What each registered web part must show, in both languages, and as whom the suite opens it. A
 * web part registered in the workbench without an entry here fails the e2e suite: say what "it
 * works" looks like.
 */
import type { Locator } from 'playwright-core';
import type { PersonaName } from '../../tools/emulator/seed/personas';
import type { WorkbenchLocale } from '../../tools/workbench/client/pageConfig';
import type { WebPartKey } from '../../tools/workbench/client/webparts';
import { PDSA_PHASES, PDSA_PHASE_KEYS } from '../../src/domain/pdsa';
import { locStrings } from './helpers/locStrings';

export interface IWebPartExpectation {
  /** Who the screenshots show: the person the web part is for. */
  readonly persona: PersonaName;
  readonly expectContent: (webPart: Locator, lang: WorkbenchLocale) => Promise<void>;
}

interface ITryggStringsSubset {
  Areas: Record<string, string>;
  PdsaPhases: Record<string, string>;
}

async function expectHeading(webPart: Locator, stringsModule: string, lang: WorkbenchLocale): Promise<void> {
  const own = locStrings<{ DefaultTitle: string }>(stringsModule, lang);
  await webPart.locator('h2', { hasText: own.DefaultTitle }).first().waitFor();
}

/** "Min säkerhet" as an employee with nothing to do sees it: how to report (the button) and what the unit works on. */
async function expectSecurityOverview(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  const own = locStrings<{ NothingToDo: string; ReportButton: string; UnitHeading: string }>('SecurityOverviewWebPartStrings', lang);
  await expectHeading(webPart, 'SecurityOverviewWebPartStrings', lang);
  await webPart.getByText(own.NothingToDo).waitFor();
  await webPart.getByRole('link', { name: own.ReportButton }).waitFor();
  await webPart.locator('h3', { hasText: own.UnitHeading.replace('{0}', 'Akutmottagningen') }).waitFor();
  await webPart.locator('[data-unit-goal]').first().waitFor();
}

/** The register as a manager sees it: its heading, the tabs, and the register's table or its empty message. */
async function expectRiskRegister(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  const own = locStrings<{ TabHeatMap: string }>('RiskRegisterWebPartStrings', lang);
  await expectHeading(webPart, 'RiskRegisterWebPartStrings', lang);
  await webPart.getByRole('tab', { name: own.TabHeatMap }).waitFor();
  await webPart.locator('[data-risk-table], [data-shown-count="0"]').first().waitFor();
}

/** The documents as an owner sees them: the heading, the owner's tabs, and the tree (or its empty message). */
async function expectGovernanceDocuments(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  const own = locStrings<{ TabQueue: string }>('GovernanceDocumentsWebPartStrings', lang);
  await expectHeading(webPart, 'GovernanceDocumentsWebPartStrings', lang);
  await webPart.getByRole('tab', { name: new RegExp(`^${own.TabQueue}`) }).waitFor();
  await webPart.locator('[data-tree-depth="0"], [data-empty="tree"]').first().waitFor();
}

/** Exercises and internal control as a manager sees it: the heading, his tabs, and the year's log (or its empty message) with the due list. */
async function expectSecurityFollowUp(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  const own = locStrings<{ TabSelfAssessment: string }>('SecurityFollowUpWebPartStrings', lang);
  await expectHeading(webPart, 'SecurityFollowUpWebPartStrings', lang);
  await webPart.getByRole('tab', { name: own.TabSelfAssessment }).waitFor();
  await webPart.locator('[data-exercise], [data-empty="exercises"]').first().waitFor();
  await webPart.locator('[data-due-unit], [data-empty="due"]').first().waitFor();
}

/** The year's goals as a manager sees them: the heading, the new-goal button, and the goals with their lights in words. */
async function expectSecurityGoals(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  const own = locStrings<{ NewGoal: string }>('SecurityGoalsWebPartStrings', lang);
  await expectHeading(webPart, 'SecurityGoalsWebPartStrings', lang);
  await webPart.getByRole('button', { name: own.NewGoal }).waitFor();
  await webPart.locator('[data-goal] [data-light]').first().waitFor();
}

/** The matrix as a manager sees it: the heading, the four phases across, and every shown cell with its state in words. */
async function expectPdsaDashboard(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  const common = locStrings<ITryggStringsSubset>('TryggStrings', lang);
  const own = locStrings<{ PhaseStates: Record<string, string> }>('PdsaDashboardWebPartStrings', lang);
  await expectHeading(webPart, 'PdsaDashboardWebPartStrings', lang);
  await webPart.locator('[data-pdsa-matrix] tbody tr').first().waitFor();
  const phases = await webPart.locator('[data-pdsa-matrix] thead th').allTextContents();
  expect(phases.slice(1)).toEqual(PDSA_PHASES.map((phase) => common.PdsaPhases[PDSA_PHASE_KEYS[phase]]));
  const cells = await webPart.locator('[data-pdsa-matrix] td[data-state]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-state'), td.firstElementChild?.textContent]));
  expect(cells.length).toBeGreaterThan(0);
  for (const [state, text] of cells) expect(text).toBe(own.PhaseStates[state as string]);
}

/** The annual follow-up as the security function sees it: the heading, the key figures of the year, and both downloads. */
async function expectAnnualReport(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  const own = locStrings<{ ExcelButton: string; PdfButton: string }>('AnnualReportWebPartStrings', lang);
  await expectHeading(webPart, 'AnnualReportWebPartStrings', lang);
  // The year is gathered in nine steps before the figures show: more than the default 10 s on a busy machine.
  await webPart.locator('[data-trygg="annual-report-preview"] [data-figure]').first().waitFor({ timeout: 30_000 });
  await webPart.getByRole('button', { name: own.ExcelButton }).waitFor();
  await webPart.getByRole('button', { name: own.PdfButton }).waitFor();
}

/** The report form as the reporter sees it once her unit is known: the heading and the form. */
async function expectDeviationReport(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  await expectHeading(webPart, 'DeviationReportWebPartStrings', lang);
  await webPart.locator('[data-trygg="report-form"]').waitFor();
}

/** The inbox as a manager sees it: the heading and his cases. */
async function expectDeviationInbox(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  await expectHeading(webPart, 'DeviationInboxWebPartStrings', lang);
  await webPart.locator('li[data-case-id]').first().waitFor();
}

/** Statistics as the security function sees them: the heading and the summary figures. */
async function expectDeviationStatistics(webPart: Locator, lang: WorkbenchLocale): Promise<void> {
  await expectHeading(webPart, 'DeviationStatisticsWebPartStrings', lang);
  await webPart.locator('[data-tile]').first().waitFor();
}

export const WEB_PART_EXPECTATIONS: Partial<Record<WebPartKey, IWebPartExpectation>> = {
  securityOverview: { persona: 'reporter', expectContent: expectSecurityOverview },
  deviationReport: { persona: 'reporter', expectContent: expectDeviationReport },
  deviationInbox: { persona: 'manager', expectContent: expectDeviationInbox },
  deviationStatistics: { persona: 'securityFunction', expectContent: expectDeviationStatistics },
  riskRegister: { persona: 'manager', expectContent: expectRiskRegister },
  // Peter Sjöberg owns the policies and approves the others' documents: every tab of the web part.
  governanceDocuments: { persona: 'securityFunction', expectContent: expectGovernanceDocuments },
  // Lars Holm follows his unit's PDSA cycle and comments beside it.
  pdsaDashboard: { persona: 'manager', expectContent: expectPdsaDashboard },
  // Lars Holm logs his unit's exercises and answers its self-assessment.
  securityFollowUp: { persona: 'manager', expectContent: expectSecurityFollowUp },
  // Lars Holm sets and measures his unit's goals under the regional ones.
  securityGoals: { persona: 'manager', expectContent: expectSecurityGoals },
  // Peter Sjöberg compiles the region's annual follow-up.
  annualReport: { persona: 'securityFunction', expectContent: expectAnnualReport }
};
