/**
 * npm run deploy [-- --dry-run] [--config trygg.config.json]
 *
 * Installs or upgrades Trygg in a tenant from trygg.config.json: the app, its API access, the site
 * and its groups, the lists from the schema, the function's Azure resources and identity, the
 * tenant properties and the Teams app. Prints each step, skips what is done, stops at the first
 * failure with what to do. --dry-run prints every command and calls nothing (no CLI needed).
 */
import { spawn } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join, resolve as resolvePath } from 'path';
import { validateConfig } from './config';
import { DEFAULT_PACKAGE_INFO, deploymentPlan, ICommand, IPackageInfo } from './plan';
import { IExecResult, runPlan } from './run';
import { provisionSite, spWithToken } from './provisionSite';

const ROOT = resolvePath(__dirname, '..', '..');

export function packageInfo(root: string = ROOT): IPackageInfo {
  const solution = JSON.parse(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8')) as {
    solution: { webApiPermissionRequests?: { resource: string; scope: string }[] };
    paths: { zippedPackage: string };
  };
  const teams = JSON.parse(readFileSync(join(root, 'teams', 'manifest.json'), 'utf8')) as { name: { short: string } };
  return {
    ...DEFAULT_PACKAGE_INFO,
    sppkgPath: `sharepoint/${solution.paths.zippedPackage}`,
    permissionRequests: solution.solution.webApiPermissionRequests || [],
    teamsAppName: teams.name.short
  };
}

function exec(command: ICommand): Promise<IExecResult> {
  return new Promise((resolve) => {
    const child = spawn(command.program, [...command.args], { cwd: join(ROOT, command.cwd || '.'), shell: process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ code: 127, stdout, stderr: e.code === 'ENOENT' ? `${command.program} is not installed or not on PATH.` : e.message })
    );
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const dryRun = argv.includes('--dry-run');
  const configIndex = argv.indexOf('--config');
  const configPath = resolvePath(ROOT, configIndex >= 0 ? argv[configIndex + 1] || '' : 'trygg.config.json');
  if (!existsSync(configPath)) {
    console.error(`No configuration at ${configPath}: copy trygg.config.example.json to trygg.config.json and fill it in (or pass --config <file>).`);
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (e) {
    console.error(`${configPath} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const checked = validateConfig(raw);
  if (!checked.ok) {
    console.error(`${configPath} needs fixing before anything is deployed:`);
    for (const error of checked.errors) console.error(`  - ${error}`);
    return 2;
  }
  const steps = deploymentPlan(checked.config, packageInfo());
  console.log(
    dryRun
      ? 'Dry run: the commands a deploy issues, in order (nothing is called). On a tenant that has Trygg, each "is it done?" ' +
          'check skips its step and provisioning adds only what the site lacks: the same run installs and upgrades.\n'
      : `Deploying Trygg to ${checked.config.site.url}\n`
  );
  const result = await runPlan(steps, {
    dryRun,
    exec,
    provision: (step, token, log) => provisionSite(spWithToken(step.siteUrl, token), step, log),
    log: (line) => console.log(line)
  });
  if (!result.ok) {
    console.error(`\nStopped at "${result.step}". Fix it and run npm run deploy again: the steps already done are skipped.`);
    return 1;
  }
  console.log(dryRun ? '\nEnd of the dry run.' : '\nTrygg is deployed.');
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}
