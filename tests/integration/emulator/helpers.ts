/** Real PnPjs and Graph clients against a running emulator, acting as a given user. */
import { spfi, SPFI, DefaultInit, DefaultHeaders } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { Client } from '@microsoft/microsoft-graph-client';
import type { IRunningEmulator } from '../../../tools/emulator';

/** The small behavior that names the caller: the emulator's stand-in for signing in. */
export function AsUser(userPrincipalName: string): ReturnType<typeof InjectHeaders> {
  return InjectHeaders({ 'X-Trygg-User': userPrincipalName });
}

export function spAs(emu: IRunningEmulator, userPrincipalName: string, retries = 3): SPFI {
  return spfi(emu.siteUrl).using(DefaultInit(), DefaultHeaders(), DefaultParse(), BrowserFetchWithRetry({ retries }), AsUser(userPrincipalName));
}

export function graphAs(emu: IRunningEmulator, userPrincipalName: string): Client {
  return Client.init({
    baseUrl: emu.graphBaseUrl,
    customHosts: new Set([new URL(emu.url).host]),
    // The client only sends Authorization to https hosts; the emulator reads X-Trygg-User instead.
    authProvider: (done) => done(null, 'emulator'),
    fetchOptions: { headers: { 'X-Trygg-User': userPrincipalName } }
  });
}

/** The HTTP status of a rejected PnPjs or Graph call. */
export async function statusOf(promise: Promise<unknown>): Promise<{ status: number; body: string }> {
  try {
    await promise;
  } catch (e) {
    const err = e as { status?: number; statusCode?: number; response?: Response; body?: unknown; message?: string };
    const status = err.status ?? err.statusCode ?? -1;
    let body = err.message ?? '';
    if (err.response && typeof err.response.clone === 'function') body = await err.response.clone().text();
    else if (typeof err.body === 'string') body = err.body;
    return { status, body };
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
