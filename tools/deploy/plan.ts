/**
 * The deployment as data: every step an administrator's `npm run deploy` takes, in order, with the
 * commands it issues (CLI for Microsoft 365, Azure CLI, Azure Functions Core Tools), how it finds
 * that the step is already done, and what to do when it fails. The same plan serves a fresh tenant
 * and an upgrade: each step either checks first or is safe to repeat, and the site's lists are
 * brought to the schema by provisionSchema, which adds only what is missing.
 */
import { ITryggConfig } from './config';
import { TRYGG_GROUPS } from '../../src/schema/groups';
import { ITryggSchema, TRYGG_SCHEMA } from '../../src/schema/schemaVersion';
import { PROTECTED_CASES_SETTINGS } from '../../src/services/protectedCases/protocol';

export type Program = 'm365' | 'az' | 'func';

export interface ICommand {
  readonly program: Program;
  readonly args: readonly string[];
  /** Relative to the repository root. */
  readonly cwd?: string;
  /** Besides exiting 0, what its output must show for the step to go on. */
  readonly expect?: { readonly test: (stdout: string) => boolean; readonly failure: string };
}

/** A command whose output says whether the step is already done. */
export interface ICheck {
  readonly command: ICommand;
  /** Given the command's standard output (it exited 0): is it done? A failing check means "not yet". */
  readonly done: (stdout: string) => boolean;
}

export interface ICommandStep {
  readonly kind: 'commands';
  readonly title: string;
  readonly check?: ICheck;
  /** Run when the check finds the step done (e.g. update instead of add); absent: the step is skipped. */
  readonly whenDone?: readonly ICommand[];
  readonly run: readonly ICommand[];
  /** What the administrator does when a command fails. */
  readonly fix: string;
}

/** The site's lists, fields, permission levels and settings, from the schema (provisionSchema). */
export interface IProvisionStep {
  readonly kind: 'provision';
  readonly title: string;
  readonly siteUrl: string;
  readonly schema: ITryggSchema;
  /** The token the provisioning runs with: the signed-in administrator's, from the CLI. */
  readonly token: ICommand;
  readonly settings: Readonly<Record<string, string>>;
  readonly riskMatrixPreset: string;
  readonly fix: string;
}

/** Something only an administrator can do or decide; printed, never run. */
export interface INoteStep {
  readonly kind: 'note';
  readonly title: string;
  readonly text: string;
}

export type DeployStep = ICommandStep | IProvisionStep | INoteStep;

export interface IPackageInfo {
  /** sharepoint/solution/trygg.sppkg */
  readonly sppkgPath: string;
  /** config/package-solution.json's webApiPermissionRequests. */
  readonly permissionRequests: readonly { readonly resource: string; readonly scope: string }[];
  /** teams/TeamsSPFxApp.zip and the Teams app's display name (manifest name.short). */
  readonly teamsPackagePath: string;
  readonly teamsAppName: string;
  /** Where `npm run build:function` puts the function's bundle. */
  readonly functionDistPath: string;
}

export const DEFAULT_PACKAGE_INFO: Omit<IPackageInfo, 'permissionRequests' | 'teamsAppName'> = {
  sppkgPath: 'sharepoint/solution/trygg.sppkg',
  teamsPackagePath: 'teams/TeamsSPFxApp.zip',
  functionDistPath: 'functions/protectedCases/dist'
};

const m365 = (...args: string[]): ICommand => ({ program: 'm365', args: [...args, '--output', 'json'] });
const parsed = (stdout: string): unknown => {
  try {
    return JSON.parse(stdout || 'null');
  } catch {
    return undefined;
  }
};
const asArray = (stdout: string): Record<string, unknown>[] => {
  const value = parsed(stdout);
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
};

/** Settings the site records in TryggInstallningar (besides the schema version). */
export function siteSettings(config: ITryggConfig): Record<string, string> {
  return {
    DefaultRiskReviewMonths: String(config.reviewIntervals.riskMonths),
    DefaultDocumentReviewMonths: String(config.reviewIntervals.documentMonths)
  };
}

/** Every step, in order. */
export function deploymentPlan(config: ITryggConfig, pkg: IPackageInfo, schema: ITryggSchema = TRYGG_SCHEMA): DeployStep[] {
  const site = config.site.url;
  const catalog = config.tenant.appCatalogUrl;
  const fn = config.function;
  const packageName = pkg.sppkgPath.split('/').pop() || 'trygg.sppkg';
  const resources = pkg.permissionRequests.map((r) => r.resource).filter((r, i, all) => all.indexOf(r) === i);
  const steps: DeployStep[] = [];

  steps.push({
    kind: 'commands',
    title: 'Signed in to Microsoft 365',
    run: [
      {
        ...m365('status'),
        expect: {
          test: (stdout) => {
            const status = parsed(stdout) as { connectedAs?: unknown } | undefined;
            return !!status && typeof status === 'object' && !!status.connectedAs;
          },
          failure: 'CLI for Microsoft 365 is not signed in.'
        }
      }
    ],
    fix: 'Install CLI for Microsoft 365 (npm install -g @pnp/cli-microsoft365) and sign in as a SharePoint and Global administrator: m365 login. Then run the deploy again.'
  });
  steps.push({
    kind: 'commands',
    title: `Upload ${packageName} to the tenant app catalog`,
    run: [m365('spo', 'app', 'add', '--filePath', pkg.sppkgPath, '--appCatalogUrl', catalog, '--overwrite')],
    fix: `Build the package first (npm run build). Check that ${catalog} is the tenant app catalog (m365 spo tenant appcatalogurl get) and that you are a SharePoint administrator.`
  });
  steps.push({
    kind: 'commands',
    title: 'Enable the app for all sites (tenant-wide deployment)',
    run: [m365('spo', 'app', 'deploy', '--name', packageName, '--appCatalogUrl', catalog, '--skipFeatureDeployment')],
    fix: 'Open the app catalog, select the app and choose Enable app; read the error it shows there.'
  });
  for (const resource of resources) {
    const scopes = pkg.permissionRequests.filter((r) => r.resource === resource).map((r) => r.scope);
    steps.push({
      kind: 'commands',
      title: `Approve the API access the package asks for on ${resource} (${scopes.join(', ')})`,
      check: {
        command: m365('spo', 'serviceprincipal', 'permissionrequest', 'list'),
        done: (stdout) => !asArray(stdout).some((request) => request.Resource === resource)
      },
      run: [m365('spo', 'serviceprincipal', 'permissionrequest', 'approve', '--resource', resource)],
      fix:
        resource === 'Microsoft Graph'
          ? 'Approving Microsoft Graph scopes needs a Global Administrator: have one approve them in SharePoint admin center → Advanced → API access, then run the deploy again.'
          : `An Application Administrator approves ${resource} in SharePoint admin center → Advanced → API access. "${resource}" must be the name of the app registration that exposes the scope.`
    });
  }
  steps.push({
    kind: 'commands',
    title: `The Trygg site ${site}`,
    check: { command: m365('spo', 'site', 'get', '--url', site), done: () => true },
    run: [m365('spo', 'site', 'add', '--type', 'CommunicationSite', '--url', site, '--title', config.site.title, '--lcid', String(config.site.lcid))],
    fix: `Create the site by hand in SharePoint admin center (communication site at ${site}), or choose a free address in trygg.config.json.`
  });
  for (const group of Object.values(TRYGG_GROUPS)) {
    steps.push({
      kind: 'commands',
      title: `Site group "${group.title}"`,
      check: { command: m365('spo', 'group', 'get', '--webUrl', site, '--name', group.title), done: () => true },
      run: [m365('spo', 'group', 'add', '--webUrl', site, '--name', group.title, '--description', group.description)],
      fix: `Create the group "${group.title}" under Site permissions → Advanced permission settings, then run the deploy again.`
    });
  }
  steps.push({
    kind: 'provision',
    title: `Lists, fields, indexes, permission levels and permissions of schema version ${schema.version}`,
    siteUrl: site,
    schema,
    token: m365('util', 'accesstoken', 'get', '--resource', config.tenant.sharePointUrl, '--new'),
    settings: siteSettings(config),
    riskMatrixPreset: config.riskMatrixPreset,
    fix: `You must be an owner of ${site}. Read the step that failed above; provisioning is safe to run again and continues where it stopped.`
  });

  const azure = (...args: string[]): ICommand => ({ program: 'az', args: [...args, '--subscription', fn.subscriptionId] });
  steps.push({
    kind: 'commands',
    title: `Azure resource group ${fn.resourceGroup}`,
    run: [azure('group', 'create', '--name', fn.resourceGroup, '--location', fn.location)],
    fix: 'Install the Azure CLI and sign in (az login) with Contributor on the subscription.'
  });
  steps.push({
    kind: 'commands',
    title: `The Trygg function ${fn.name}: Function App, storage, managed identity, authentication and CORS (infra/trygg-function.bicep)`,
    run: [
      azure(
        'deployment', 'group', 'create',
        '--resource-group', fn.resourceGroup,
        '--template-file', 'infra/trygg-function.bicep',
        '--parameters',
        `functionAppName=${fn.name}`,
        `location=${fn.location}`,
        `siteUrl=${site}`,
        `mailbox=${config.mailbox}`,
        `authClientId=${fn.appId}`,
        `allowedAudience=${fn.resource}`,
        `tenantId=${fn.tenantId}`,
        `sharePointOrigin=${config.tenant.sharePointUrl}`
      )
    ],
    fix: 'Read the deployment error in the Azure portal (resource group → Deployments). A name taken elsewhere: choose another function.name in trygg.config.json.'
  });
  steps.push({
    kind: 'commands',
    title: `Publish the function's code to ${fn.name}`,
    run: [{ program: 'func', args: ['azure', 'functionapp', 'publish', fn.name, '--javascript'], cwd: pkg.functionDistPath }],
    fix: 'Build it first (npm run build:function) and install Azure Functions Core Tools 4 (func).'
  });
  steps.push({
    kind: 'commands',
    title: `Graph application permissions for the function's identity (User.Read.All, Mail.Send)`,
    check: {
      command: m365('entra', 'approleassignment', 'list', '--appDisplayName', fn.name),
      done: (stdout) => ['User.Read.All', 'Mail.Send'].every((scope) => asArray(stdout).some((a) => a.scope === scope || a.roleName === scope))
    },
    run: [m365('entra', 'approleassignment', 'add', '--appDisplayName', fn.name, '--resource', 'Microsoft Graph', '--scopes', 'User.Read.All,Mail.Send')],
    fix: 'A Global Administrator (or Privileged Role Administrator) grants application permissions: have one run this step.'
  });
  steps.push({
    kind: 'commands',
    title: "SharePoint Sites.Selected for the function's identity",
    check: {
      command: m365('entra', 'approleassignment', 'list', '--appDisplayName', fn.name),
      done: (stdout) => asArray(stdout).some((a) => a.scope === 'Sites.Selected' || a.roleName === 'Sites.Selected')
    },
    run: [m365('entra', 'approleassignment', 'add', '--appDisplayName', fn.name, '--resource', 'SharePoint', '--scopes', 'Sites.Selected')],
    fix: 'A Global Administrator grants application permissions: have one run this step.'
  });
  steps.push({
    kind: 'commands',
    title: `Full control on ${site} only, for the function's identity`,
    check: {
      command: m365('spo', 'site', 'apppermission', 'list', '--siteUrl', site, '--appDisplayName', fn.name),
      done: (stdout) => asArray(stdout).length > 0
    },
    run: [m365('spo', 'site', 'apppermission', 'add', '--siteUrl', site, '--appDisplayName', fn.name, '--permission', 'fullcontrol')],
    fix: 'Granting a site permission to an app needs a SharePoint administrator with Sites.FullControl.All consented for the CLI.'
  });
  steps.push({
    kind: 'commands',
    title: 'Tenant properties that tell the web parts where the function is',
    run: [
      m365('spo', 'storageentity', 'set', '--appCatalogUrl', catalog, '--key', PROTECTED_CASES_SETTINGS.url, '--value', fn.url, '--description', 'Trygg: the function\'s address'),
      m365('spo', 'storageentity', 'set', '--appCatalogUrl', catalog, '--key', PROTECTED_CASES_SETTINGS.resource, '--value', fn.resource, '--description', 'Trygg: the function\'s Application ID URI')
    ],
    fix: 'Setting tenant properties needs a SharePoint administrator and the tenant app catalog address.'
  });
  steps.push({
    kind: 'commands',
    title: `The Teams app "${pkg.teamsAppName}"`,
    check: {
      command: m365('teams', 'app', 'list', '--distributionMethod', 'organization'),
      done: (stdout) => asArray(stdout).some((app) => app.displayName === pkg.teamsAppName)
    },
    whenDone: [m365('teams', 'app', 'update', '--name', pkg.teamsAppName, '--filePath', pkg.teamsPackagePath)],
    run: [m365('teams', 'app', 'publish', '--filePath', pkg.teamsPackagePath)],
    fix: 'Publishing to the organisation\'s Teams catalog needs a Teams or Global administrator; or upload teams/TeamsSPFxApp.zip in Teams admin center → Manage apps.'
  });
  steps.push({
    kind: 'note',
    title: 'Only you can decide: the mailbox',
    text:
      `The function sends mail from ${config.mailbox}. Create it as a shared mailbox if it is not, and restrict the function to it ` +
      `(Exchange Online PowerShell): New-ApplicationAccessPolicy -AppId <the managed identity's application id> ` +
      `-PolicyScopeGroupId <a mail-enabled security group holding ${config.mailbox}> -AccessRight RestrictAccess`
  });
  steps.push({
    kind: 'note',
    title: 'Only you can decide: who belongs to which group',
    text: `Add people to ${Object.values(TRYGG_GROUPS).map((g) => `"${g.title}"`).join(', ')} on ${site}; Trygg reads roles from these groups.`
  });
  return steps;
}
