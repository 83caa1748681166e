import { createTryggServices, IUrlServicesOptions } from '../../../src/services/createTryggServices';
import { ITryggServices } from '../../../src/services/ITryggServices';
import { IWorkbenchPageConfig } from './pageConfig';
import type { IWebPartContext } from './webparts';

/** What a web part's onInit builds from SPFx's context; here from the emulator's URLs and the signed-in persona. */
export interface IWorkbenchClients extends IWebPartContext {
  readonly services: ITryggServices;
}

let clients: IWorkbenchClients | undefined;

/**
 * createTryggServices against the emulator on this origin. The browser sends the
 * `trygg-user` cookie, so no headers are needed. When the emulator runs on the seed's clock, the
 * services' clock keeps the same offset from the wall clock, so dates agree with the data.
 */
export function workbenchClients(config: IWorkbenchPageConfig): IWorkbenchClients {
  if (!clients) {
    const offset = config.now ? Date.parse(config.now) - Date.now() : 0;
    const options: IUrlServicesOptions = {
      siteUrl: config.siteUrl,
      graphBaseUrl: config.graphBaseUrl,
      now: offset ? () => new Date(Date.now() + offset) : undefined
    };
    // The seed's people have their UPN as e-mail; SharePoint Online's claims login for a member.
    const user = { email: config.userPrincipalName, loginName: `i:0#.f|membership|${config.userPrincipalName}` };
    clients = { user, services: createTryggServices(options) };
  }
  return clients;
}
