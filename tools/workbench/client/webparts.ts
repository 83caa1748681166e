/**
 * Every Trygg web part the workbench can show: its manifest's identity and how to load its class.
 * The workbench hosts the real web part classes as SharePoint and Teams do (tools/workbench/spfx:
 * the SPFx modules the page provides, and the context SharePoint gives a web part), so each runs
 * its own onInit, theme handling and renderContent().
 *
 * To register a web part: add an entry below with the manifest's id, alias, titles and icon (the
 * e2e suite checks them against src/webparts/<key>/*.manifest.json and fails on a manifest with no
 * entry), `load` importing its class, and what it must show in tests/e2e/webPartExpectations.ts.
 */
import type { IWorkbenchWebPartClass } from '../spfx/webPartBase';
import { WorkbenchLocale } from './pageConfig';

/** The solution's web parts (folders under src/webparts). */
export type WebPartKey = 'securityOverview' | 'deviationReport' | 'deviationInbox' | 'deviationStatistics' | 'riskRegister' | 'governanceDocuments' | 'pdsaDashboard' | 'securityFollowUp' | 'securityGoals' | 'annualReport';

export interface IWorkbenchWebPart {
  /** ?webpart=<key>; also the folder under src/webparts/ and the screenshot name. */
  readonly key: WebPartKey;
  /** The manifest's `id` (component id) and `alias`. */
  readonly manifestId: string;
  readonly alias: string;
  /** The manifest's preconfiguredEntries[0].title: 'default' is English, 'sv-SE' Swedish. */
  readonly title: Readonly<Record<WorkbenchLocale, string>>;
  /** The manifest's officeFabricIconFontName. */
  readonly iconName: string;
  /** The web part's bundle, loaded when the page shows it (as SharePoint loads each web part's). */
  readonly load: () => Promise<{ default: IWorkbenchWebPartClass }>;
}

export const WEB_PARTS: readonly IWorkbenchWebPart[] = [
  {
    key: 'securityOverview',
    manifestId: '1a145524-e23c-48e2-a45f-28e87f22b69e',
    alias: 'SecurityOverviewWebPart',
    title: { 'sv-se': 'Min säkerhet', 'en-us': 'My security' },
    iconName: 'Shield',
    load: () => import('../../../src/webparts/securityOverview/SecurityOverviewWebPart')
  },
  {
    key: 'deviationReport',
    manifestId: 'bb48a9b4-8eb6-41ee-80e4-0100d9b4f922',
    alias: 'DeviationReportWebPart',
    title: { 'sv-se': 'Rapportera avvikelse', 'en-us': 'Report a deviation' },
    iconName: 'ReportWarning',
    load: () => import('../../../src/webparts/deviationReport/DeviationReportWebPart')
  },
  {
    key: 'deviationInbox',
    manifestId: '0e91094c-4040-4843-9c72-34bb572a212d',
    alias: 'DeviationInboxWebPart',
    title: { 'sv-se': 'Avvikelser att hantera', 'en-us': 'Deviation inbox' },
    iconName: 'Inbox',
    load: () => import('../../../src/webparts/deviationInbox/DeviationInboxWebPart')
  },
  {
    key: 'deviationStatistics',
    manifestId: 'ca269766-eb23-489b-832b-992886d8ea6e',
    alias: 'DeviationStatisticsWebPart',
    title: { 'sv-se': 'Avvikelsestatistik', 'en-us': 'Deviation statistics' },
    iconName: 'BarChartVertical',
    load: () => import('../../../src/webparts/deviationStatistics/DeviationStatisticsWebPart')
  },
  {
    key: 'riskRegister',
    manifestId: '962fdb21-5496-42a8-9ba3-687015f99027',
    alias: 'RiskRegisterWebPart',
    title: { 'sv-se': 'Riskregister', 'en-us': 'Risk register' },
    iconName: 'ShieldAlert',
    load: () => import('../../../src/webparts/riskRegister/RiskRegisterWebPart')
  },
  {
    key: 'governanceDocuments',
    manifestId: '861b5ca2-5e42-4cf4-9c56-fdd722d458bb',
    alias: 'GovernanceDocumentsWebPart',
    title: { 'sv-se': 'Styrande dokument', 'en-us': 'Governing documents' },
    iconName: 'DocumentManagement',
    load: () => import('../../../src/webparts/governanceDocuments/GovernanceDocumentsWebPart')
  },
  {
    key: 'pdsaDashboard',
    manifestId: '37f743b7-db06-4816-b724-b2cfb10a4c6c',
    alias: 'PdsaDashboardWebPart',
    title: { 'sv-se': 'PGSA-status', 'en-us': 'PDSA status' },
    iconName: 'Sync',
    load: () => import('../../../src/webparts/pdsaDashboard/PdsaDashboardWebPart')
  },
  {
    key: 'securityFollowUp',
    manifestId: '9f9e0ee7-6fb7-488a-9ba5-13fffa7d263d',
    alias: 'SecurityFollowUpWebPart',
    title: { 'sv-se': 'Övningar och egenkontroll', 'en-us': 'Exercises and internal control' },
    iconName: 'TaskManager',
    load: () => import('../../../src/webparts/securityFollowUp/SecurityFollowUpWebPart')
  },
  {
    key: 'securityGoals',
    manifestId: '735864f4-2f7c-444d-ac42-35e8cd5530ef',
    alias: 'SecurityGoalsWebPart',
    title: { 'sv-se': 'Säkerhetsmål', 'en-us': 'Security goals' },
    iconName: 'Bullseye',
    load: () => import('../../../src/webparts/securityGoals/SecurityGoalsWebPart')
  },
  {
    key: 'annualReport',
    manifestId: 'efe256b2-23f3-41b6-ba76-9046d03e5e37',
    alias: 'AnnualReportWebPart',
    title: { 'sv-se': 'Årsuppföljning', 'en-us': 'Annual follow-up' },
    iconName: 'ReportDocument',
    load: () => import('../../../src/webparts/annualReport/AnnualReportWebPart')
  }
];

export function findWebPart(key: string): IWorkbenchWebPart | undefined {
  return WEB_PARTS.find((webPart) => webPart.key === key);
}
