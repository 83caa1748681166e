/**
 * The protected-cases function in Azure Functions (Node, programming model v4). App Service
 * authentication (Easy Auth) validates the caller's token for the function's app registration,
 * which SPFx's AadHttpClient requests; the function itself reaches SharePoint and Graph with its
 * managed identity or app registration, granted Sites.Selected (fullcontrol on the Trygg site only),
 * User.Read.All and Mail.Send.
 *
 * Settings: TRYGG_SITE_URL (https://tenant.sharepoint.com/sites/trygg), TRYGG_MAILBOX (the shared
 * mailbox notifications come from), TRYGG_INBOX_PAGE_URL, TRYGG_REPORT_PAGE_URL and
 * TRYGG_RISK_PAGE_URL, TRYGG_DOCUMENTS_PAGE_URL, TRYGG_GOALS_PAGE_URL and TRYGG_EXERCISES_PAGE_URL (the
 * pages with the web parts mails link to; by default TRYGG_PAGES in caseLinks.ts, under SitePages), and the @azure/identity settings of DefaultAzureCredential.
 */
import { HttpRequest, HttpResponseInit } from '@azure/functions';
import { DefaultAzureCredential, TokenCredential } from '@azure/identity';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { Queryable } from '@pnp/queryable';
import { Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
import { TryggRetries } from '../../src/services/createTryggServices';
import { ICaller, IProtectedCaseFunctionOptions, ProtectedCaseFunction } from './ProtectedCaseFunction';
import { IScheduledJobSummary, ScheduledJob } from './ScheduledJob';
import { pageLinks, TRYGG_PAGES } from '../../src/services/notifications/caseLinks';

/** The signed-in caller from Easy Auth's x-ms-client-principal header (base64 JSON of the token's claims). */
export function callerFromEasyAuth(header: string | null): ICaller | undefined {
  if (!header) return undefined;
  try {
    const principal = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as { claims?: { typ: string; val: string }[] };
    const claims = principal.claims || [];
    const find = (...types: string[]): string | undefined => claims.filter((claim) => types.indexOf(claim.typ) >= 0).map((claim) => claim.val)[0];
    const upn = find('http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn', 'upn', 'preferred_username');
    return upn ? { userPrincipalName: upn } : undefined;
  } catch {
    return undefined;
  }
}

/** PnPjs on Node's fetch, with a bearer token from the credential for the tenant's SharePoint. */
export function appOnlySp(siteUrl: string, credential: TokenCredential): SPFI {
  const scope = `${new URL(siteUrl).origin}/.default`;
  return spfi().using(SPBrowser({ baseUrl: siteUrl }), TryggRetries(), (instance: Queryable) => {
    instance.on.auth(async (url: URL, init: RequestInit) => {
      const token = await credential.getToken(scope);
      if (!token) throw new Error(`No token for ${scope}`);
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token.token}` };
      return [url, init];
    });
    return instance;
  });
}

/** The function's options from its app settings. */
export function optionsFromSettings(settings: NodeJS.ProcessEnv, credential: TokenCredential): IProtectedCaseFunctionOptions {
  const siteUrl = settings.TRYGG_SITE_URL;
  const mailbox = settings.TRYGG_MAILBOX;
  if (!siteUrl || !mailbox) throw new Error('Set TRYGG_SITE_URL and TRYGG_MAILBOX in the function app settings.');
  const site = siteUrl.replace(/\/+$/, '');
  const graph = Client.initWithMiddleware({
    authProvider: new TokenCredentialAuthenticationProvider(credential, { scopes: ['https://graph.microsoft.com/.default'] })
  });
  const links = pageLinks(
    settings.TRYGG_INBOX_PAGE_URL || `${site}/SitePages/${TRYGG_PAGES.deviationInbox}`,
    settings.TRYGG_REPORT_PAGE_URL || `${site}/SitePages/${TRYGG_PAGES.deviationReport}`,
    settings.TRYGG_RISK_PAGE_URL || `${site}/SitePages/${TRYGG_PAGES.riskRegister}`,
    {
      documents: settings.TRYGG_DOCUMENTS_PAGE_URL || `${site}/SitePages/${TRYGG_PAGES.governanceDocuments}`,
      goals: settings.TRYGG_GOALS_PAGE_URL || `${site}/SitePages/${TRYGG_PAGES.securityGoals}`,
      exercises: settings.TRYGG_EXERCISES_PAGE_URL || `${site}/SitePages/${TRYGG_PAGES.securityFollowUp}`
    }
  );
  return { sp: appOnlySp(site, credential), graph, mailbox, links };
}

let options: IProtectedCaseFunctionOptions | undefined;
let instance: ProtectedCaseFunction | undefined;

function settingsOptions(): IProtectedCaseFunctionOptions {
  if (!options) options = optionsFromSettings(process.env, new DefaultAzureCredential());
  return options;
}

function protectedCases(): ProtectedCaseFunction {
  if (!instance) instance = new ProtectedCaseFunction(settingsOptions());
  return instance;
}

/** The timer's run: reminders, the yearly archive of protected cases and the statistics aggregate. */
export function runScheduledJob(): Promise<IScheduledJobSummary> {
  return new ScheduledJob(settingsOptions(), { archiveProtectedCases: true }).run();
}

export async function handleHttp(request: HttpRequest): Promise<HttpResponseInit> {
  // JSON only: a cross-site form or text/plain POST riding on a session cookie is refused here.
  if (!(request.headers.get('content-type') || '').toLowerCase().startsWith('application/json')) {
    return { status: 415, jsonBody: { error: { code: 'invalid', message: 'The Content-Type must be application/json.' } } };
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { status: 400, jsonBody: { error: { code: 'invalid', message: 'The body is not valid JSON.' } } };
  }
  const result = await protectedCases().handle(callerFromEasyAuth(request.headers.get('x-ms-client-principal')), request.method, request.params.path || '', body);
  return { status: result.status, jsonBody: result.body };
}
