/**
 * `npm start [-- --port 4321] [-- --fresh]`: Trygg's local workbench against the SharePoint + Graph
 * emulator seeded with Region Exempel. Runs until stopped (Ctrl+C).
 */
import * as path from 'path';
import { REPO_ROOT } from './bundle/clientBundle';
import { svSE } from './client/loc/sv-se';
import { PERSONA_ORDER, personaUpn } from './client/personas';
import { startWorkbench } from './server';

interface IStartOptions {
  port: number;
  fresh: boolean;
  dbPath: string;
  development: boolean;
}

const USAGE = 'Usage: npm start -- [--port 4321] [--fresh] [--db .trygg/workbench.db] [--dev]';

function parseArgs(argv: readonly string[]): IStartOptions {
  const options: IStartOptions = { port: 4321, fresh: false, dbPath: path.join(REPO_ROOT, '.trygg/workbench.db'), development: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value. ${USAGE}`);
      return next;
    };
    if (flag === '--port') {
      options.port = Number(value());
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error('--port must be 0–65535');
    } else if (flag === '--fresh') options.fresh = true;
    else if (flag === '--dev') options.development = true;
    else if (flag === '--db') options.dbPath = path.resolve(value());
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown option ${argv[i]}. ${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const workbench = await startWorkbench({ port: options.port, dbPath: options.dbPath, fresh: options.fresh, development: options.development, echoFunctionLog: console.error });
  const database = path.relative(process.cwd(), options.dbPath) || options.dbPath;
  const bundles = Object.entries(workbench.bundleMilliseconds)
    .map(([locale, ms]) => `${locale} ${ms} ms`)
    .join(', ');
  const people = workbench.users();
  console.log(`\nTrygg – lokal arbetsyta (local workbench) ready in ${Date.now() - started} ms\n`);
  console.log(`  ${workbench.url}\n`);
  console.log(`  Data:     ${database} (${workbench.seeded ? 'Region Exempel, seeded now' : 'kept from the last run; --fresh reseeds'})`);
  console.log(`  Bundles:  ${bundles}${options.development ? ' (development build)' : ''}`);
  console.log(`  Emulator: ${workbench.siteUrl} · ${workbench.graphBaseUrl} · ${workbench.emulator.url}/_emulator/outbox\n`);
  console.log('  People (switch in the top bar):');
  for (const name of PERSONA_ORDER) {
    const upn = personaUpn(name);
    const person = people.find((user) => user.upn.toLowerCase() === upn);
    if (person) console.log(`    ${person.displayName.padEnd(24)} ${svSE.personaRoles[name].padEnd(32)} ${upn}`);
  }
  console.log('\n  Stop with Ctrl+C.');
  const stop = (): void => {
    workbench.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
