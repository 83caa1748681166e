import { spfi, SPFI, SPFx } from '@pnp/sp';
import '@pnp/sp/webs';
import { AadHttpClient } from '@microsoft/sp-http';
import { Client } from '@microsoft/microsoft-graph-client';
import { WebPartContext } from '@microsoft/sp-webpart-base';
import { ITryggServices } from '../services/ITryggServices';
import { composeTryggServices, TryggRetries } from '../services/composeTryggServices';
import { ProtectedCaseClient, ProtectedCaseError } from '../services/protectedCases/ProtectedCaseClient';
import { PROTECTED_CASES_SETTINGS } from '../services/protectedCases/protocol';
import { memoizePromise } from './memoizePromise';

/**
 * The composition root in SharePoint and Teams: PnPjs with SPFx's authentication and digest,
 * Graph through SPFx's token provider (the permissions the package requests).
 */
export async function createSpfxServices(context: WebPartContext): Promise<ITryggServices> {
  const sp = spfi().using(SPFx(context), TryggRetries());
  const graph = await context.msGraphClientFactory.getClient('3');
  // MSGraphClientV3 is the Graph JS client's Client, re-exported by SPFx.
  return composeTryggServices({ sp, graph: graph as unknown as Client, protectedCases: spfxProtectedCases(sp, context) });
}

/**
 * The protected-cases function, found through two tenant properties (storage entities) set when it
 * is deployed, and called with a token for its app registration. Looked up on first use only: most
 * views never need it.
 */
function spfxProtectedCases(sp: SPFI, context: WebPartContext): ProtectedCaseClient {
  const current = memoizePromise(async (): Promise<{ url: string; client: AadHttpClient }> => {
    const [url, resource] = await Promise.all([
      sp.web.getStorageEntity(PROTECTED_CASES_SETTINGS.url),
      sp.web.getStorageEntity(PROTECTED_CASES_SETTINGS.resource)
    ]);
    if (!url.Value || !resource.Value) {
      throw new ProtectedCaseError(503, 'notConfigured', `Set the tenant properties ${PROTECTED_CASES_SETTINGS.url} and ${PROTECTED_CASES_SETTINGS.resource}.`);
    }
    return { url: url.Value, client: await context.aadHttpClientFactory.getClient(resource.Value) };
  });
  return new ProtectedCaseClient(
    async () => (await current()).url,
    async (url, init) => (await current()).client.fetch(url, AadHttpClient.configurations.v1, init) as unknown as Response
  );
}
