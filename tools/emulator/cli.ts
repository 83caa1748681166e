/**
 * `npm run emulator -- [--port 4300] [--db .trygg/emulator.db | --db :memory:] [--seed region-exempel|none]`
 * Starts the emulator and prints its URLs. The region seed is imported lazily, so this file compiles
 * before seed/regionExempel.ts exists.
 */
import { startEmulator } from './index';
import type { ISeedData } from './seed/types';

interface ICliOptions {
  port: number;
  db: string;
  seed: 'region-exempel' | 'none';
}

function parseArgs(argv: readonly string[]): ICliOptions {
  const options: ICliOptions = { port: 4300, db: '.trygg/emulator.db', seed: 'region-exempel' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0–65535');
        options.port = port;
        break;
      }
      case '--db':
        options.db = value();
        break;
      case '--seed': {
        const seed = value();
        if (seed !== 'region-exempel' && seed !== 'none') throw new Error('--seed must be region-exempel or none');
        options.seed = seed;
        break;
      }
      case '--help':
      case '-h':
        console.log('Usage: npm run emulator -- [--port 4300] [--db .trygg/emulator.db|:memory:] [--seed region-exempel|none]');
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${argv[i]}`);
    }
  }
  return options;
}

async function loadRegionSeed(): Promise<ISeedData> {
  // A variable path keeps TypeScript from requiring the module at compile time.
  const modulePath = './seed/regionExempel';
  const mod = (await import(modulePath)) as { buildRegionExempel?: () => ISeedData };
  if (typeof mod.buildRegionExempel !== 'function') throw new Error('seed/regionExempel.ts does not export buildRegionExempel()');
  return mod.buildRegionExempel();
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const seed = options.seed === 'region-exempel' ? await loadRegionSeed() : undefined;
  const emu = await startEmulator({ port: options.port, dbPath: options.db, seed, echoFunctionLog: console.error });
  const summary = emu.seedSummary ? `seeded ${emu.seedSummary.people} people, ${JSON.stringify(emu.seedSummary.items)} items` : seed ? 'database already seeded, seed not loaded again' : 'no seed';
  console.log(`Trygg emulator ready in ${Date.now() - started} ms (${options.db}; ${summary})`);
  console.log(`  SharePoint site:  ${emu.siteUrl}`);
  console.log(`  Graph base URL:   ${emu.graphBaseUrl}  (v1.0/me …)`);
  console.log(`  Users:            ${emu.url}/_emulator/users`);
  console.log(`  Outbox:           ${emu.url}/_emulator/outbox`);
  console.log(`  Faults:           POST/DELETE ${emu.url}/_emulator/faults`);
  console.log(`  Request log:      ${emu.url}/_emulator/requests`);
  console.log('  Identity: header X-Trygg-User: <upn> or cookie trygg-user=<upn>');
  const stop = (): void => {
    emu.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
