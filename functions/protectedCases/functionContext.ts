import { SPFI } from '@pnp/sp';
import { Client } from '@microsoft/microsoft-graph-client';
import { DeviationRepository } from '../../src/services/deviations/DeviationRepository';
import { DeviationActionRepository } from '../../src/services/deviations/DeviationActionRepository';
import { UnitRepository } from '../../src/services/units/UnitRepository';
import { GraphDirectory } from '../../src/services/directory/GraphDirectory';
import { GraphMailNotifier } from '../../src/services/notifications/GraphMailNotifier';
import { ICaseLinks } from '../../src/services/notifications/caseLinks';
import { CaseMailer } from './CaseMailer';
import { INotifier } from '../../src/domain/directory';
import { IFunctionLog } from './functionLog';
import { ItemGrants } from './itemGrants';
import { SitePrincipals } from './sitePrincipals';

export interface IProtectedCaseFunctionOptions {
  /** PnPjs rooted at the Trygg site, authenticated as the app. */
  readonly sp: SPFI;
  /** Microsoft Graph, authenticated as the app. */
  readonly graph: Client;
  /** The shared mailbox notifications are sent from, e.g. trygg@region.se. */
  readonly mailbox: string;
  /** Where mails link to: the inbox and the reporter's page. */
  readonly links: ICaseLinks;
  readonly now?: () => Date;
  /** Where failures are written (default the console, which Azure Functions sends to its logs). */
  readonly log?: IFunctionLog;
}

/** What every part of the function works with, built once from its options. */
export interface IFunctionContext {
  readonly sp: SPFI;
  readonly now: () => Date;
  readonly log: IFunctionLog;
  readonly cases: DeviationRepository;
  readonly actions: DeviationActionRepository;
  readonly units: UnitRepository;
  readonly directory: GraphDirectory;
  readonly grants: ItemGrants;
  readonly people: SitePrincipals;
  /** The shared mailbox, app-only; every mail goes out through the at-most-once protocol (mailOnce.ts). */
  readonly mail: INotifier;
  readonly links: ICaseLinks;
  readonly mailer: CaseMailer;
}

export function functionContext(options: IProtectedCaseFunctionOptions): IFunctionContext {
  const now = options.now || (() => new Date());
  const log = options.log || console;
  const cases = new DeviationRepository(options.sp);
  const actions = new DeviationActionRepository(options.sp);
  const mail = new GraphMailNotifier(options.graph, options.mailbox);
  return {
    sp: options.sp,
    now,
    log,
    cases,
    actions,
    units: new UnitRepository(options.sp),
    directory: new GraphDirectory(options.graph),
    grants: new ItemGrants(options.sp),
    people: new SitePrincipals(options.sp),
    mail,
    links: options.links,
    mailer: new CaseMailer({ cases, actions, mail, links: options.links, now, log })
  };
}
