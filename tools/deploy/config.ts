/**
 * What an administrator sets once for a tenant, read from one JSON file (trygg.config.json; an
 * example is trygg.config.example.json) and checked before anything is deployed: every missing or
 * wrong value is named with what it should be, all at once.
 */
import { MATRIX_PRESETS, MatrixPresetName } from '../../src/domain/risks/matrixPresets';
import { MAX_REVIEW_CYCLE_MONTHS, MIN_REVIEW_CYCLE_MONTHS } from '../../src/domain/documents/vocabulary';
import { LEVEL_REVIEW_MONTHS_MAX, LEVEL_REVIEW_MONTHS_MIN } from '../../src/domain/risks/matrix';

export interface ITryggConfig {
  readonly tenant: {
    /** https://<tenant>.sharepoint.com */
    readonly sharePointUrl: string;
    /** The tenant app catalog site (m365 spo tenant appcatalogurl get). */
    readonly appCatalogUrl: string;
  };
  readonly site: {
    readonly url: string;
    readonly title: string;
    /** Site language; 1053 = Swedish. */
    readonly lcid: number;
  };
  /** The Trygg function (protected cases, documents' operations, the morning job) and its Azure home. */
  readonly function: {
    readonly subscriptionId: string;
    readonly resourceGroup: string;
    readonly location: string;
    /** The Function App's name; its managed identity has the same display name. */
    readonly name: string;
    /** Where the web parts call it: https://<host>/api (default: https://<name>.azurewebsites.net/api). */
    readonly url: string;
    /** The Entra ID app registration "Trygg Protected Cases" that App Service authentication checks tokens for. */
    readonly appId: string;
    /** Its Application ID URI (the token audience the web parts ask for), e.g. api://<appId>. */
    readonly resource: string;
    readonly tenantId: string;
  };
  /** The shared mailbox the function sends mail from. */
  readonly mailbox: string;
  /** The risk matrix a new site starts with (its first version in TryggRiskmatris). */
  readonly riskMatrixPreset: MatrixPresetName;
  /** Default review intervals in months, recorded in the site's settings (TryggInstallningar). */
  readonly reviewIntervals: { readonly riskMonths: number; readonly documentMonths: number };
}

export type ConfigResult = { readonly ok: true; readonly config: ITryggConfig } | { readonly ok: false; readonly errors: readonly string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Reads a dotted path of a parsed JSON value. */
function at(raw: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), raw);
}

function httpsUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Checks a parsed trygg.config.json; every problem is one line that names the value and what it should be. */
export function validateConfig(raw: unknown): ConfigResult {
  const errors: string[] = [];
  const text = (path: string, what: string, check?: (value: string) => string | undefined): string => {
    const value = at(raw, path);
    if (typeof value !== 'string' || value.trim() === '') {
      errors.push(`${path} is missing: ${what}.`);
      return '';
    }
    const problem = check ? check(value.trim()) : undefined;
    if (problem) errors.push(`${path} is "${value}": ${problem}.`);
    return value.trim();
  };
  const integer = (path: string, what: string, min: number, max: number, fallback?: number): number => {
    const value = at(raw, path);
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      errors.push(`${path} is ${value === undefined ? 'missing' : JSON.stringify(value)}: ${what}, a whole number from ${min} to ${max}.`);
      return fallback ?? min;
    }
    return value;
  };
  const sameTenant = (value: string): string | undefined => {
    const url = httpsUrl(value);
    const tenant = httpsUrl(String(at(raw, 'tenant.sharePointUrl') ?? ''));
    if (!url) return 'it must be an https address';
    if (tenant && url.host.toLowerCase() !== tenant.host.toLowerCase()) return `it must be on the tenant's SharePoint (${tenant.host})`;
    return undefined;
  };
  const guid = (value: string): string | undefined => (GUID.test(value) ? undefined : 'it must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)');

  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: ['The configuration must be a JSON object: copy trygg.config.example.json to trygg.config.json and fill it in.'] };
  }
  const sharePointUrl = text('tenant.sharePointUrl', "the tenant's SharePoint address, e.g. https://regionexempel.sharepoint.com", (value) => {
    const url = httpsUrl(value);
    if (!url) return 'it must be an https address, e.g. https://regionexempel.sharepoint.com';
    return url.pathname.replace(/\/+$/, '') === '' ? undefined : 'it must be the tenant root, without a path';
  });
  const appCatalogUrl = text('tenant.appCatalogUrl', 'the tenant app catalog site (ask `m365 spo tenant appcatalogurl get`)', sameTenant);
  const siteUrl = text('site.url', 'the address of the Trygg site, e.g. https://regionexempel.sharepoint.com/sites/trygg', (value) =>
    sameTenant(value) || (/\/sites\/[^/]+\/?$|\/teams\/[^/]+\/?$/i.test(value) ? undefined : 'it must be a site collection under /sites/ or /teams/')
  );
  const siteTitle = text('site.title', 'the site\'s title, e.g. "Trygg"');
  const lcid = integer('site.lcid', "the site's language (1053 Swedish, 1033 English)", 1025, 99999, 1053);

  const subscriptionId = text('function.subscriptionId', 'the Azure subscription the function lives in', guid);
  const resourceGroup = text('function.resourceGroup', 'the Azure resource group for the function, e.g. rg-trygg', (value) =>
    /^[-\w.()]{1,90}$/.test(value) && !value.endsWith('.') ? undefined : 'letters, digits, - _ . ( ), at most 90, not ending in a dot'
  );
  const location = text('function.location', 'the Azure region, e.g. swedencentral', (value) => (/^[a-z0-9]+$/.test(value) ? undefined : 'an Azure region name such as swedencentral'));
  const name = text('function.name', 'the Function App name, e.g. trygg-regionexempel', (value) =>
    /^[a-z0-9][a-z0-9-]{0,30}[a-z0-9]$/.test(value) ? undefined : '2–32 lower-case letters, digits and hyphens, not starting or ending with a hyphen'
  );
  // Optional: the Function App's default address unless it has a custom domain.
  const functionUrl =
    at(raw, 'function.url') === undefined
      ? `https://${name || 'function'}.azurewebsites.net/api`
      : text('function.url', 'where the web parts call the function, e.g. https://trygg-regionexempel.azurewebsites.net/api', (value) => {
          const url = httpsUrl(value);
          if (!url) return 'it must be an https address';
          return url.pathname.replace(/\/+$/, '').endsWith('/api') ? undefined : "it must end with /api (the functions' route prefix)";
        });
  const appId = text('function.appId', 'the application (client) id of the app registration "Trygg Protected Cases"', guid);
  const resource = text('function.resource', 'its Application ID URI, e.g. api://<appId>', (value) =>
    /^api:\/\/\S+$/.test(value) || httpsUrl(value) ? undefined : 'an Application ID URI such as api://<appId>'
  );
  const tenantId = text('function.tenantId', 'the Entra ID tenant id', guid);
  const mailbox = text('mailbox', 'the shared mailbox Trygg sends mail from, e.g. trygg@regionexempel.se', (value) => (EMAIL.test(value) ? undefined : 'an e-mail address'));

  const preset = at(raw, 'riskMatrixPreset');
  if (preset !== undefined && (typeof preset !== 'string' || MATRIX_PRESETS.indexOf(preset as MatrixPresetName) < 0)) {
    errors.push(`riskMatrixPreset is ${JSON.stringify(preset)}: one of ${MATRIX_PRESETS.map((p) => `"${p}"`).join(', ')}.`);
  }
  const riskMonths = integer('reviewIntervals.riskMonths', 'months between reviews of a risk', LEVEL_REVIEW_MONTHS_MIN, LEVEL_REVIEW_MONTHS_MAX, 12);
  const documentMonths = integer('reviewIntervals.documentMonths', 'months between revisions of a governing document', MIN_REVIEW_CYCLE_MONTHS, MAX_REVIEW_CYCLE_MONTHS, 24);

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      tenant: { sharePointUrl: sharePointUrl.replace(/\/+$/, ''), appCatalogUrl: appCatalogUrl.replace(/\/+$/, '') },
      site: { url: siteUrl.replace(/\/+$/, ''), title: siteTitle, lcid },
      function: { subscriptionId, resourceGroup, location, name, url: functionUrl.replace(/\/+$/, ''), appId, resource, tenantId },
      mailbox,
      riskMatrixPreset: (preset as MatrixPresetName | undefined) || '4x4',
      reviewIntervals: { riskMonths, documentMonths }
    }
  };
}
