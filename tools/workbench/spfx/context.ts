/**
 * The context SharePoint gives a web part (`this.context`), built by the workbench from its page
 * config: the page's site and user, the section's theme (ThemeProvider), Graph and AAD-protected
 * APIs through their factories, and in a Teams tab the Teams SDK. The web part classes read it
 * exactly as they read SPFx's.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ITheme } from '@fluentui/react/lib/Styling';
import { createGraph } from '../../../src/services/createTryggServices';
import type { IWorkbenchPageConfig } from '../client/pageConfig';
import type { IWorkbenchHost } from '../client/host';
import { ThemeProvider } from './componentBase';
import { ServiceScope } from './coreLibrary';
import { AadHttpClientFactory } from './http';
import { IWorkbenchTeamsJs, workbenchTeamsJs } from './teamsSdk';

export interface IWorkbenchWebPartContext {
  readonly instanceId: string;
  readonly domElement: HTMLElement;
  readonly manifest: { readonly id: string; readonly alias: string };
  readonly pageContext: {
    readonly web: { readonly absoluteUrl: string; readonly serverRelativeUrl: string; readonly title: string };
    readonly site: { readonly absoluteUrl: string };
    readonly user: { readonly email: string; readonly loginName: string; readonly displayName: string };
    readonly cultureInfo: { readonly currentCultureName: string; readonly currentUICultureName: string };
    /** `_spPageContextInfo`: the page's form digest, which PnPjs uses for writes and `$batch`es to this web. */
    readonly legacyPageContext: { readonly formDigestValue?: string; readonly formDigestTimeoutSeconds?: number };
  };
  readonly serviceScope: ServiceScope;
  readonly sdks: { readonly microsoftTeams?: { readonly teamsJs: IWorkbenchTeamsJs } };
  readonly msGraphClientFactory: { getClient(version: '3'): Promise<Client> };
  readonly aadHttpClientFactory: AadHttpClientFactory;
}

export interface IWorkbenchContextOptions {
  readonly config: IWorkbenchPageConfig;
  readonly host: IWorkbenchHost;
  readonly domElement: HTMLElement;
  readonly manifest: { readonly id: string; readonly alias: string };
  /** The section's theme on a SharePoint page. */
  readonly sharePointTheme: ITheme;
}

let instances = 0;

export function workbenchWebPartContext(options: IWorkbenchContextOptions): IWorkbenchWebPartContext {
  const { config, host } = options;
  const site = new URL(config.siteUrl);
  const serviceScope = ServiceScope.startNewRoot();
  serviceScope.consume(ThemeProvider.serviceKey).setTheme(options.sharePointTheme);
  // The seed's people have their UPN as e-mail; SharePoint Online's claims login for a member.
  const user = { email: config.userPrincipalName, loginName: `i:0#.f|membership|${config.userPrincipalName}`, displayName: config.userPrincipalName };
  const culture = host.locale === 'sv-se' ? 'sv-SE' : 'en-US';
  const graph = createGraph({ siteUrl: config.siteUrl, graphBaseUrl: config.graphBaseUrl });
  instances += 1;
  return {
    instanceId: `workbench-${options.manifest.alias}-${instances}`,
    domElement: options.domElement,
    manifest: options.manifest,
    pageContext: {
      web: { absoluteUrl: config.siteUrl, serverRelativeUrl: site.pathname, title: 'Trygg' },
      site: { absoluteUrl: config.siteUrl },
      user,
      cultureInfo: { currentCultureName: culture, currentUICultureName: culture },
      legacyPageContext: config.formDigest ? { formDigestValue: config.formDigest.value, formDigestTimeoutSeconds: config.formDigest.timeoutSeconds } : {}
    },
    serviceScope,
    sdks:
      host.kind === 'teams'
        ? {
            microsoftTeams: {
              teamsJs: workbenchTeamsJs({
                theme: host.teamsTheme || 'default',
                locale: culture.toLowerCase(),
                userPrincipalName: config.userPrincipalName,
                isMobile: host.isMobile,
                pageId: options.manifest.id
              })
            }
          }
        : {},
    // SPFx's MSGraphClientV3 is the Graph JS client's Client, authenticated by SharePoint.
    msGraphClientFactory: { getClient: () => Promise.resolve(graph) },
    aadHttpClientFactory: new AadHttpClientFactory()
  };
}
