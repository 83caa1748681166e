/**
 * The local SharePoint Online + Microsoft Graph emulator for Trygg.
 *
 *   const emu = await startEmulator({ seed });
 *   const sp = spfi(emu.siteUrl).using(DefaultInit(), DefaultHeaders(), DefaultParse(), BrowserFetchWithRetry(),
 *     InjectHeaders({ 'X-Trygg-User': 'anna@region.se' }));
 *   const client = Client.init({ baseUrl: emu.graphBaseUrl, customHosts: new Set([new URL(emu.url).host]),
 *     authProvider: (done) => done(null, 'emulator'), fetchOptions: { headers: { 'X-Trygg-User': 'anna@region.se' } } });
 *
 * The caller is named by the header `X-Trygg-User: <upn>` or the cookie `trygg-user=<upn>`; a registered
 * app (options.apps, seed.apps) calls as itself with `X-Trygg-App: <clientId>`.
 */
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IListDefinition, TRYGG_SCHEMA } from '../../src/schema';
import type { ISeedApp, ISeedData, ISeedStorageEntity } from './seed/types';
import { registerApp } from './apps';
import { emulatorUsers, IEmulatorUser } from './admin';
import { FaultInjector, IFaults } from './faults';
import { IOutboxMail, readOutbox } from './graph/mail';
import { PermissionService, applySchemaAssignments } from './permissions';
import { IRequestLog, RequestLog } from './requestLog';
import { FunctionLog, IFunctionLogEntry } from './functions/functionLog';
import { runScheduledJob } from './functions/protectedCases';
import type { IScheduledJobSummary } from '../../functions/protectedCases/ScheduledJob';
import { ExtraHandler, NodeHandler, createRequestHandler } from './server';
import { ensureBuiltInPrincipals } from './sharepoint/principals';
import { setStorageEntities } from './sharepoint/storageEntities';
import { EmulatorState } from './state';
import { ListCatalog } from './storage/catalog';
import { Db, getMeta, openDatabase, setMeta, transaction } from './storage/database';
import { ISeedSummary, isSeeded, loadSeed } from './storage/seedLoader';

export { loadSeed } from './storage/seedLoader';
export type { IFaults, IFaultSpec, IFaultRule } from './faults';
export type { IOutboxMail } from './graph/mail';
export type { IRequestLog, ILoggedRequest } from './requestLog';
export type { IFunctionLogEntry } from './functions/functionLog';
export type { IEmulatorUser } from './admin';
export { USER_HEADER, USER_COOKIE, APP_HEADER } from './identity';
export { EMULATOR_TENANT_ID, appLoginName } from './apps';
export type { ISeedApp, ISeedStorageEntity } from './seed/types';

export interface IEmulatorOptions {
  /** 0 = a free port (default). */
  readonly port?: number;
  readonly host?: string;
  /** SQLite file, or ':memory:' (default). A file keeps its data between runs. */
  readonly dbPath?: string;
  /** Loaded once into an empty database (a file database that was seeded before is not seeded again). */
  readonly seed?: ISeedData;
  /** Lists to provision at start (default: the schema's lists, TRYGG_SCHEMA.lists, with the settings list). */
  readonly lists?: readonly IListDefinition[];
  /** false = an empty site, for provisioning code to create lists and fields over REST. Default true. */
  readonly provision?: boolean;
  /** SharePoint's list view threshold (default 5000). */
  readonly listViewThreshold?: number;
  /** The clock for Created/Modified and mail timestamps (default: wall clock). */
  readonly now?: () => Date;
  /** Request body limit in bytes (default 25 MB). */
  readonly maxBodyBytes?: number;
  /** Serves whatever the emulator does not own (e.g. the workbench's static files). */
  readonly extraHandler?: ExtraHandler;
  /** Apps that may call as themselves (`X-Trygg-App`), besides the seed's; seeded items may name them too. */
  readonly apps?: readonly ISeedApp[];
  /** Tenant properties (GetStorageEntity), set at every start; they replace the seed's with the same key. */
  readonly storageEntities?: Readonly<Record<string, ISeedStorageEntity>>;
  /** Echo the hosted function's log lines here (default: kept, not printed; read with functionLog()). */
  readonly echoFunctionLog?: (line: string) => void;
}

export interface IRunningEmulator {
  /** Origin, e.g. http://127.0.0.1:4300. */
  readonly url: string;
  /** `${url}/sites/trygg`: PnPjs's spfi(siteUrl). */
  readonly siteUrl: string;
  /** `${url}/graph`: the Graph client's baseUrl (the client appends /v1.0/…). */
  readonly graphBaseUrl: string;
  readonly faults: IFaults;
  readonly requests: IRequestLog;
  outbox(): IOutboxMail[];
  users(): IEmulatorUser[];
  /** What the hosted protected-cases function logged (failures it answered 5xx for, mails it could not send). */
  functionLog(): readonly IFunctionLogEntry[];
  /** Runs the function's morning job now (reminders, statistics aggregate), as its timer would. */
  runScheduledJob(): Promise<IScheduledJobSummary>;
  readonly seedSummary?: ISeedSummary;
  /** The database, for tests that seed or inspect directly. */
  readonly db: Db;
  /** The Node request handler, to mount the emulator in another server. */
  readonly handler: NodeHandler;
  close(): Promise<void>;
}

export const SITE_PATH = '/sites/trygg';

export interface IEmulatorCore {
  readonly state: EmulatorState;
  readonly faults: FaultInjector;
  readonly requests: RequestLog;
  readonly handler: NodeHandler;
  readonly seedSummary?: ISeedSummary;
}

/** Builds the emulator without listening: for composing it into another HTTP server (set state.origin). */
export function createEmulatorCore(options: IEmulatorOptions = {}): IEmulatorCore {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(options.dbPath ?? ':memory:');
  ensureBuiltInPrincipals(db);
  const catalog = new ListCatalog(db, SITE_PATH, now);
  const lists = options.lists ?? TRYGG_SCHEMA.lists;
  const provisioned = options.provision === false ? [] : catalog.provision(lists);
  let seedSummary: ISeedSummary | undefined;
  if (options.seed && !isSeeded(db)) {
    // Option apps join the seed's, so that seeded items may name them.
    seedSummary = loadSeed(db, { ...options.seed, apps: [...(options.seed.apps ?? []), ...(options.apps ?? [])] }, lists, SITE_PATH);
    catalog.reload();
  }
  transaction(db, () => {
    for (const app of options.apps ?? []) registerApp(db, app);
    setStorageEntities(db, options.storageEntities ?? {});
  });
  const perms = new PermissionService(db);
  // Default assignments are applied once per seed state: a file database keeps later changes.
  const marker = getMeta(db, 'seeded') ?? 'none';
  if (getMeta(db, 'defaultAssignments') !== marker || provisioned.length > 0) {
    applySchemaAssignments(db, catalog, options.provision === false ? [] : lists);
    setMeta(db, 'defaultAssignments', marker);
  }
  const state: EmulatorState = {
    db,
    catalog,
    perms,
    sitePath: SITE_PATH,
    origin: 'http://127.0.0.1',
    listViewThreshold: options.listViewThreshold ?? 5000,
    now,
    maxBodyBytes: options.maxBodyBytes ?? 25 * 1024 * 1024,
    functionLog: new FunctionLog(options.echoFunctionLog)
  };
  const faults = new FaultInjector();
  const requests = new RequestLog();
  return { state, faults, requests, handler: createRequestHandler(state, faults, requests, options.extraHandler), seedSummary };
}

export async function startEmulator(options: IEmulatorOptions = {}): Promise<IRunningEmulator> {
  const core = createEmulatorCore(options);
  const server: Server = createServer(core.handler);
  server.keepAliveTimeout = 5000;
  server.headersTimeout = 30000;
  server.requestTimeout = 120000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  core.state.origin = url;
  return {
    url,
    siteUrl: `${url}${SITE_PATH}`,
    graphBaseUrl: `${url}/graph`,
    faults: core.faults,
    requests: core.requests,
    outbox: () => readOutbox(core.state.db),
    users: () => emulatorUsers(core.state),
    functionLog: () => core.state.functionLog.entries(),
    runScheduledJob: () => runScheduledJob(core.state),
    seedSummary: core.seedSummary,
    db: core.state.db,
    handler: core.handler,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          core.state.db.close();
          resolve();
        });
      })
  };
}
