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

export const WEB_PART_EXPECTATIONS: Partial<Record<WebPartKey, IWebPartExpectation>> = {
  securityOverview: { persona: 'reporter', expectContent: expectSecurityOverview },
  deviationReport: { persona: 'reporter', expectContent: (webPart, lang) => expectHeading(webPart, 'DeviationReportWebPartStrings', lang) },
  deviationInbox: { persona: 'manager', expectContent: (webPart, lang) => expectHeading(webPart, 'DeviationInboxWebPartStrings', lang) },
  deviationStatistics: { persona: 'securityFunction', expectContent: (webPart, lang) => expectHeading(webPart, 'DeviationStatisticsWebPartStrings', lang) },
  riskRegister: { persona: 'manager', expectContent: expectRiskRegister },
  // Peter Sjöberg owns the policies and approves the others' documents: every tab of the web part.
  governanceDocuments: { persona: 'securityFunction', expectContent: expectGovernanceDocuments }
};
