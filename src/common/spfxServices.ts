import { spfi, SPFx } from '@pnp/sp';
import { Client } from '@microsoft/microsoft-graph-client';
import { WebPartContext } from '@microsoft/sp-webpart-base';
import { ITryggServices } from '../services/ITryggServices';
import { composeTryggServices, TryggRetries } from '../services/createTryggServices';

/**
 * The composition root in SharePoint and Teams: PnPjs with SPFx's authentication and digest,
 * Graph through SPFx's token provider (the permissions the package requests).
 */
export async function createSpfxServices(context: WebPartContext): Promise<ITryggServices> {
  const sp = spfi().using(SPFx(context), TryggRetries());
  const graph = await context.msGraphClientFactory.getClient('3');
  // MSGraphClientV3 is the Graph JS client's Client, re-exported by SPFx.
  return composeTryggServices({ sp, graph: graph as unknown as Client });
}
