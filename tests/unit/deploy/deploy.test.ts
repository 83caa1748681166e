/**
 * The deploy script: its configuration check, and its dry run against the example configuration,
 * checked against the schema (every list, group and permission level appears; nothing is called).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { validateConfig, ITryggConfig } from '../../../tools/deploy/config';
import { deploymentPlan, ICommand, ICommandStep } from '../../../tools/deploy/plan';
import { commandLine, IExecResult, runPlan } from '../../../tools/deploy/run';
import { packageInfo } from '../../../tools/deploy/deploy';
import { TRYGG_GROUPS, TRYGG_SCHEMA, TRYGG_SCHEMA_VERSION } from '../../../src/schema';

const ROOT = join(__dirname, '..', '..', '..');
const example = (): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, 'trygg.config.example.json'), 'utf8')) as Record<string, unknown>;

function exampleConfig(): ITryggConfig {
  const result = validateConfig(example());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

/** A copy of the example with one value changed (dotted path; undefined removes it). */
function withValue(path: string, value: unknown): Record<string, unknown> {
  const copy = example();
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[keys[keys.length - 1]];
  else target[keys[keys.length - 1]] = value;
  return copy;
}

const errorsOf = (raw: unknown): readonly string[] => {
  const result = validateConfig(raw);
  return result.ok ? [] : result.errors;
};

describe('trygg.config.json', () => {
  it('accepts the example', () => {
    expect(validateConfig(example())).toMatchObject({ ok: true, config: { riskMatrixPreset: '4x4', reviewIntervals: { riskMonths: 12, documentMonths: 24 } } });
  });

  it.each([
    ['site.url', undefined, /^site\.url is missing: the address of the Trygg site/],
    ['site.url', 'https://annan.sharepoint.com/sites/trygg', /^site\.url is .*: it must be on the tenant's SharePoint \(regionexempel\.sharepoint\.com\)/],
    ['site.url', 'https://regionexempel.sharepoint.com/trygg', /must be a site collection under \/sites\/ or \/teams\//],
    ['tenant.sharePointUrl', 'http://regionexempel.sharepoint.com', /^tenant\.sharePointUrl .*https/],
    ['function.url', 'https://trygg-regionexempel.azurewebsites.net', /^function\.url .*must end with \/api/],
    ['function.appId', 'trygg', /^function\.appId is "trygg": it must be a GUID/],
    ['function.resource', undefined, /^function\.resource is missing: its Application ID URI/],
    ['function.name', 'Trygg_Function', /^function\.name .*lower-case letters/],
    ['mailbox', 'trygg', /^mailbox is "trygg": an e-mail address/],
    ['riskMatrixPreset', '3x3', /^riskMatrixPreset is "3x3": one of "4x4", "5x5"/],
    ['reviewIntervals.riskMonths', 0, /^reviewIntervals\.riskMonths is 0: months between reviews of a risk, a whole number from 1 to 60/],
    ['reviewIntervals.documentMonths', 'två år', /^reviewIntervals\.documentMonths is "två år"/]
  ])('names %s when it is %p', (path, value, message) => {
    const errors = errorsOf(withValue(path, value));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it('reports every problem at once, and refuses what is not an object', () => {
    expect(errorsOf({})).toHaveLength(12);
    expect(errorsOf([])).toEqual(['The configuration must be a JSON object: copy trygg.config.example.json to trygg.config.json and fill it in.']);
  });

  it("takes defaults for the function's address, the matrix, the review intervals and the language", () => {
    const raw = withValue('riskMatrixPreset', undefined);
    delete (raw.function as { url?: unknown }).url;
    delete (raw as { reviewIntervals?: unknown }).reviewIntervals;
    delete (raw.site as { lcid?: unknown }).lcid;
    expect(validateConfig(raw)).toMatchObject({
      ok: true,
      config: { riskMatrixPreset: '4x4', reviewIntervals: { riskMonths: 12, documentMonths: 24 }, site: { lcid: 1053 }, function: { url: 'https://trygg-regionexempel.azurewebsites.net/api' } }
    });
  });
});

describe('npm run deploy -- --dry-run', () => {
  const notCalled = (): Promise<never> => Promise.reject(new Error('a dry run called something'));

  async function dryRun(): Promise<string[]> {
    const lines: string[] = [];
    const result = await runPlan(deploymentPlan(exampleConfig(), packageInfo(ROOT)), { dryRun: true, exec: notCalled, provision: notCalled, log: (line) => lines.push(line) });
    expect(result).toEqual({ ok: true });
    return lines;
  }

  it('prints every step and calls nothing', async () => {
    const lines = await dryRun();
    const commands = lines.filter((line) => line.startsWith('   $ ')).map((line) => line.slice(5));
    expect(commands[0]).toBe('m365 status --output json');
    expect(commands).toContain(
      'm365 spo app add --filePath sharepoint/solution/trygg.sppkg --appCatalogUrl https://regionexempel.sharepoint.com/sites/appcatalog --overwrite --output json'
    );
    expect(commands).toContain('m365 spo app deploy --name trygg.sppkg --appCatalogUrl https://regionexempel.sharepoint.com/sites/appcatalog --skipFeatureDeployment --output json');
    expect(commands).toContain("m365 spo serviceprincipal permissionrequest approve --resource 'Microsoft Graph' --output json");
    expect(commands).toContain("m365 spo serviceprincipal permissionrequest approve --resource 'Trygg Protected Cases' --output json");
    expect(commands).toContain('m365 spo site add --type CommunicationSite --url https://regionexempel.sharepoint.com/sites/trygg --title Trygg --lcid 1053 --output json');
    expect(commands.filter((c) => c.startsWith('m365 spo storageentity set')).map((c) => c.split(' --key ')[1].split(' ')[0])).toEqual([
      'TryggProtectedCasesUrl',
      'TryggProtectedCasesResource'
    ]);
    expect(commands.some((c) => c.startsWith('az deployment group create') && c.includes('--template-file infra/trygg-function.bicep'))).toBe(true);
    expect(commands).toContain('(cd functions/protectedCases/dist && func azure functionapp publish trygg-regionexempel --javascript)');
    expect(commands.some((c) => c.startsWith('m365 teams app publish --filePath teams/TeamsSPFxApp.zip'))).toBe(true);
    expect(lines.some((line) => line.includes('Only you can decide: the mailbox'))).toBe(true);
  });

  it("creates every group of the schema, then provisions every list and permission level of the schema's version", async () => {
    const text = (await dryRun()).join('\n');
    for (const group of Object.values(TRYGG_GROUPS)) {
      expect(text).toContain(`m365 spo group add --webUrl https://regionexempel.sharepoint.com/sites/trygg --name ${commandLine({ program: 'm365', args: [group.title] }).slice(5)}`);
    }
    expect(text).toContain(`to schema version ${TRYGG_SCHEMA_VERSION}`);
    for (const level of Object.keys(TRYGG_SCHEMA.permissionLevels)) expect(text).toContain(`permission level "${level}"`);
    for (const list of TRYGG_SCHEMA.lists) {
      expect(text).toContain(`list "${list.title}" (`);
      for (const assignment of list.roleAssignments || []) expect(text).toContain(`"${TRYGG_GROUPS[assignment.group].title}": ${assignment.level}`);
    }
    // The groups exist before the lists that give them permissions.
    expect(text.indexOf('m365 spo group add')).toBeLessThan(text.indexOf('provisionSchema on'));
  });
});

describe('npm run deploy', () => {
  const ok = (stdout = ''): IExecResult => ({ code: 0, stdout, stderr: '' });

  it('skips what is done, runs what is not, and stops at the first failure with what to do', async () => {
    const called: string[] = [];
    const provisioned: string[] = [];
    const exec = (command: ICommand): Promise<IExecResult> => {
      const line = commandLine(command);
      called.push(line);
      if (line.startsWith('m365 status')) return Promise.resolve(ok(JSON.stringify({ connectedAs: 'admin@regionexempel.se' })));
      if (line.startsWith('m365 spo serviceprincipal permissionrequest list')) return Promise.resolve(ok(JSON.stringify([{ Resource: 'Trygg Protected Cases', Scope: 'user_impersonation' }])));
      if (line.startsWith('m365 spo group get') && line.includes('Dokument')) return Promise.resolve({ code: 1, stdout: '', stderr: 'Group cannot be found' });
      if (line.startsWith('m365 util accesstoken get')) return Promise.resolve(ok('"eyJ0eXAi"'));
      if (line.startsWith('az deployment group create')) return Promise.resolve({ code: 1, stdout: '', stderr: 'InvalidTemplateDeployment: the name is taken' });
      return Promise.resolve(ok('{}'));
    };
    const lines: string[] = [];
    const result = await runPlan(deploymentPlan(exampleConfig(), packageInfo(ROOT)), {
      dryRun: false,
      exec,
      provision: (step, token) => {
        provisioned.push(`${step.siteUrl} ${token}`);
        return Promise.resolve();
      },
      log: (line) => lines.push(line)
    });
    expect(result).toMatchObject({ ok: false, step: expect.stringContaining('infra/trygg-function.bicep') });
    expect(lines.join('\n')).toContain('What to do: Read the deployment error in the Azure portal');
    // Graph's requests were approved already; the function's are pending.
    expect(called.filter((c) => c.includes('permissionrequest approve'))).toEqual(["m365 spo serviceprincipal permissionrequest approve --resource 'Trygg Protected Cases' --output json"]);
    // The site and four groups exist; only Dokumentägare is added.
    expect(called.filter((c) => c.startsWith('m365 spo site add'))).toEqual([]);
    expect(called.filter((c) => c.startsWith('m365 spo group add'))).toHaveLength(1);
    expect(called.filter((c) => c.startsWith('m365 spo group add'))[0]).toContain('Dokumentägare');
    expect(provisioned).toEqual(['https://regionexempel.sharepoint.com/sites/trygg eyJ0eXAi']);
    // Nothing after the failure.
    expect(called[called.length - 1]).toMatch(/^az deployment group create/);
  });

  it('stops before anything when the CLI is not signed in', async () => {
    const called: string[] = [];
    const lines: string[] = [];
    const result = await runPlan(deploymentPlan(exampleConfig(), packageInfo(ROOT)), {
      dryRun: false,
      exec: (command) => {
        called.push(commandLine(command));
        return Promise.resolve(ok('"Logged out"'));
      },
      provision: () => Promise.reject(new Error('not reached')),
      log: (line) => lines.push(line)
    });
    expect(result).toMatchObject({ ok: false, step: 'Signed in to Microsoft 365' });
    expect(called).toEqual(['m365 status --output json']);
    expect(lines.join('\n')).toContain('What to do: Install CLI for Microsoft 365 (npm install -g @pnp/cli-microsoft365) and sign in');
  });

  it('updates the Teams app when the catalog has it', async () => {
    const step = deploymentPlan(exampleConfig(), packageInfo(ROOT)).filter((s): s is ICommandStep => s.kind === 'commands' && s.title.startsWith('The Teams app'))[0];
    const called: string[] = [];
    const result = await runPlan([step], {
      dryRun: false,
      exec: (command) => {
        called.push(commandLine(command));
        return Promise.resolve(ok(JSON.stringify([{ displayName: 'Trygg', id: 'x' }])));
      },
      provision: () => Promise.resolve(),
      log: () => undefined
    });
    expect(result).toEqual({ ok: true });
    expect(called).toEqual([
      'm365 teams app list --distributionMethod organization --output json',
      'm365 teams app update --name Trygg --filePath teams/TeamsSPFxApp.zip --output json'
    ]);
  });
});
