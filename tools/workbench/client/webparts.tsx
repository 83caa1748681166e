/**
 * Every Trygg web part the workbench can show, with how to render it. A web part's class renders
 * `renderContent()` inside TryggRoot; here the same component gets the same props, and the
 * services come from createTryggServices' parts against the emulator instead of SPFx's context.
 *
 * To register a web part: add an entry below with the manifest's id, alias, titles and icon (the
 * e2e suite checks them against src/webparts/<key>/*.manifest.json and fails on a manifest with no
 * entry), a render function that does what the web part's onInit + renderContent() do, and what it
 * must show in tests/e2e/webPartExpectations.ts.
 */
import * as React from 'react';
import { ITryggServices } from '../../../src/services/ITryggServices';
import SecurityOverview from '../../../src/webparts/securityOverview/components/SecurityOverview';
import DeviationReport from '../../../src/webparts/deviationReport/components/DeviationReport';
import DeviationInbox from '../../../src/webparts/deviationInbox/components/DeviationInbox';
import DeviationStatistics from '../../../src/webparts/deviationStatistics/components/DeviationStatistics';
import RiskRegister from '../../../src/webparts/riskRegister/components/RiskRegister';
import GovernanceDocuments from '../../../src/webparts/governanceDocuments/components/GovernanceDocuments';
import PdsaDashboard from '../../../src/webparts/pdsaDashboard/components/PdsaDashboard';
import SecurityFollowUp from '../../../src/webparts/securityFollowUp/components/SecurityFollowUp';
import SecurityGoals from '../../../src/webparts/securityGoals/components/SecurityGoals';
import AnnualReport from '../../../src/webparts/annualReport/components/AnnualReport';
import { goalFromQuery } from '../../../src/webparts/securityGoals/goalLink';
import { IWorkbenchHost } from './host';
import { WorkbenchLocale } from './pageConfig';
import { caseFromQuery } from '../../../src/webparts/deviationInbox/caseLink';
import { riskFromQuery } from '../../../src/webparts/riskRegister/riskLink';
import { documentFromQuery } from '../../../src/webparts/governanceDocuments/documentLink';
import { workbenchLinks } from '../../../src/webparts/securityOverview/homeLinks';

/** The solution's web parts (folders under src/webparts). */
export type WebPartKey = 'securityOverview' | 'deviationReport' | 'deviationInbox' | 'deviationStatistics' | 'riskRegister' | 'governanceDocuments' | 'pdsaDashboard' | 'securityFollowUp' | 'securityGoals' | 'annualReport';

/** What some web parts take from SPFx's `this.context` besides ITryggServices. */
export interface IWebPartContext {
  /** `this.context.pageContext.user`: known without a request. */
  readonly user: { readonly email: string; readonly loginName: string };
}

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
  /** Does what the web part's onInit and renderContent() do, with the workbench's services and host. */
  readonly render: (services: ITryggServices, host: IWorkbenchHost, context: IWebPartContext) => React.ReactElement;
}

export const WEB_PARTS: readonly IWorkbenchWebPart[] = [
  {
    key: 'securityOverview',
    manifestId: '1a145524-e23c-48e2-a45f-28e87f22b69e',
    alias: 'SecurityOverviewWebPart',
    title: { 'sv-se': 'Min säkerhet', 'en-us': 'My security' },
    iconName: 'Shield',
    // The property pane's title is empty by default: the component falls back to its localized heading.
    render: (services) => <SecurityOverview services={services} links={workbenchLinks(window.location.href)} title="" />
  },
  {
    key: 'deviationReport',
    manifestId: 'bb48a9b4-8eb6-41ee-80e4-0100d9b4f922',
    alias: 'DeviationReportWebPart',
    title: { 'sv-se': 'Rapportera avvikelse', 'en-us': 'Report a deviation' },
    iconName: 'ReportWarning',
    render: (services, host, context) => <DeviationReport services={services} host={host.kind} title="" userKey={context.user.email || context.user.loginName} />
  },
  {
    key: 'deviationInbox',
    manifestId: '0e91094c-4040-4843-9c72-34bb572a212d',
    alias: 'DeviationInboxWebPart',
    title: { 'sv-se': 'Avvikelser att hantera', 'en-us': 'Deviation inbox' },
    iconName: 'Inbox',
    render: (services) => <DeviationInbox services={services} title="" initialCaseId={caseIdFromUrl()} />
  },
  {
    key: 'deviationStatistics',
    manifestId: 'ca269766-eb23-489b-832b-992886d8ea6e',
    alias: 'DeviationStatisticsWebPart',
    title: { 'sv-se': 'Avvikelsestatistik', 'en-us': 'Deviation statistics' },
    iconName: 'BarChartVertical',
    render: (services) => <DeviationStatistics services={services} statistics={services.statistics} title="" />
  },
  {
    key: 'riskRegister',
    manifestId: '962fdb21-5496-42a8-9ba3-687015f99027',
    alias: 'RiskRegisterWebPart',
    title: { 'sv-se': 'Riskregister', 'en-us': 'Risk register' },
    iconName: 'ShieldAlert',
    render: (services) => <RiskRegister services={services} title="" initialRiskNumber={riskFromUrl()} />
  },
  {
    key: 'governanceDocuments',
    manifestId: '861b5ca2-5e42-4cf4-9c56-fdd722d458bb',
    alias: 'GovernanceDocumentsWebPart',
    title: { 'sv-se': 'Styrande dokument', 'en-us': 'Governing documents' },
    iconName: 'DocumentManagement',
    render: (services) => <GovernanceDocuments services={services} title="" initialDocument={documentFromUrl()} />
  },
  {
    key: 'pdsaDashboard',
    manifestId: '37f743b7-db06-4816-b724-b2cfb10a4c6c',
    alias: 'PdsaDashboardWebPart',
    title: { 'sv-se': 'PGSA-status', 'en-us': 'PDSA status' },
    iconName: 'Sync',
    render: (services) => <PdsaDashboard services={services} title="" />
  },
  {
    key: 'securityFollowUp',
    manifestId: '9f9e0ee7-6fb7-488a-9ba5-13fffa7d263d',
    alias: 'SecurityFollowUpWebPart',
    title: { 'sv-se': 'Övningar och egenkontroll', 'en-us': 'Exercises and internal control' },
    iconName: 'TaskManager',
    render: (services) => <SecurityFollowUp services={services} title="" />
  },
  {
    key: 'securityGoals',
    manifestId: '735864f4-2f7c-444d-ac42-35e8cd5530ef',
    alias: 'SecurityGoalsWebPart',
    title: { 'sv-se': 'Säkerhetsmål', 'en-us': 'Security goals' },
    iconName: 'Bullseye',
    render: (services) => <SecurityGoals services={services} title="" initialGoalId={goalFromQuery(new URLSearchParams(window.location.search).get('goal') || undefined)} />
  },
  {
    key: 'annualReport',
    manifestId: 'efe256b2-23f3-41b6-ba76-9046d03e5e37',
    alias: 'AnnualReportWebPart',
    title: { 'sv-se': 'Årsuppföljning', 'en-us': 'Annual follow-up' },
    iconName: 'ReportDocument',
    render: (services) => <AnnualReport services={services} title="" />
  }
];

/** As the inbox web part reads ?case=AVV-2026-00042 from its page's URL. */
function caseIdFromUrl(): string | number | undefined {
  return caseFromQuery(new URLSearchParams(window.location.search).get('case') || undefined);
}

/** As the risk register web part reads ?risk=RISK-00042 from its page's URL. */
function riskFromUrl(): string | undefined {
  return riskFromQuery(new URLSearchParams(window.location.search).get('risk') || undefined);
}

/** As the governing documents web part reads ?document=RL-014 (or an item id) from its page's URL. */
function documentFromUrl(): string | undefined {
  return documentFromQuery(new URLSearchParams(window.location.search).get('document') || undefined);
}

export function findWebPart(key: string): IWorkbenchWebPart | undefined {
  return WEB_PARTS.find((webPart) => webPart.key === key);
}
