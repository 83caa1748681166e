/**
 * infra/trygg-function.bicep against the function's code: every app setting the function reads is
 * set, and the host keeps the promises the function relies on (authentication required, the
 * allowed audience, CORS for SharePoint, a managed identity, no keys).
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { deploymentPlan } from '../../../tools/deploy/plan';
import { validateConfig } from '../../../tools/deploy/config';
import { packageInfo } from '../../../tools/deploy/deploy';

const ROOT = join(__dirname, '..', '..', '..');
const template = readFileSync(join(ROOT, 'infra', 'trygg-function.bicep'), 'utf8');
const FUNCTION_DIR = join(ROOT, 'functions', 'protectedCases');

/** Every app setting the function's source reads: process.env.X, or settings.X where settings is process.env. */
function settingsTheFunctionReads(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(FUNCTION_DIR).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(FUNCTION_DIR, file), 'utf8');
    for (const match of source.matchAll(/\b(?:process\.env|settings)\.([A-Z][A-Z0-9_]*)\b/g)) names.add(match[1]);
    for (const match of source.matchAll(/\b(?:process\.env|settings)\[['"]([A-Z][A-Z0-9_]*)['"]\]/g)) names.add(match[1]);
  }
  return [...names].sort();
}

/** The app settings the template sets: { name: 'X', value: … } inside appSettings. */
function settingsTheTemplateSets(): string[] {
  const block = template.slice(template.indexOf('appSettings: ['), template.indexOf(']', template.indexOf('appSettings: [')));
  return [...block.matchAll(/name: '([^']+)'/g)].map((m) => m[1]).sort();
}

describe('infra/trygg-function.bicep', () => {
  it('sets every app setting the function reads', () => {
    const read = settingsTheFunctionReads();
    // The function reads its site, mailbox and the pages its mails link to.
    expect(read).toEqual(expect.arrayContaining(['TRYGG_SITE_URL', 'TRYGG_MAILBOX', 'TRYGG_INBOX_PAGE_URL', 'TRYGG_REPORT_PAGE_URL']));
    const set = settingsTheTemplateSets();
    expect(read.filter((name) => set.indexOf(name) < 0)).toEqual([]);
    // The runtime's own storage, by identity (the account allows no shared keys).
    expect(set).toContain('AzureWebJobsStorage__accountName');
    expect(template).toMatch(/allowSharedKeyAccess: false/);
  });

  it('requires an Entra ID token for the Trygg Protected Cases registration on every request', () => {
    expect(template).toMatch(/name: 'authsettingsV2'/);
    expect(template).toMatch(/requireAuthentication: true/);
    expect(template).toMatch(/unauthenticatedClientAction: 'Return401'/);
    expect(template).toMatch(/clientId: authClientId/);
    expect(template).toMatch(/allowedAudiences: \[allowedAudience, authClientId\]/);
  });

  it("is a Linux Flex Consumption app with a managed identity, HTTPS only, and CORS for the tenant's SharePoint", () => {
    expect(template).toMatch(/kind: 'functionapp,linux'/);
    expect(template).toMatch(/tier: 'FlexConsumption'/);
    expect(template).toMatch(/identity: \{ type: 'SystemAssigned' \}/);
    expect(template).toMatch(/httpsOnly: true/);
    expect(template).toMatch(/allowedOrigins: concat\(\[sharePointOrigin\], extraCorsOrigins\)/);
  });

  it('takes every parameter the deploy passes, and the deploy passes every parameter without a default', () => {
    const config = validateConfig(JSON.parse(readFileSync(join(ROOT, 'trygg.config.example.json'), 'utf8')));
    if (!config.ok) throw new Error(config.errors.join('\n'));
    const step = deploymentPlan(config.config, packageInfo(ROOT)).filter((s) => s.kind === 'commands' && s.title.includes('infra/trygg-function.bicep'))[0];
    if (step.kind !== 'commands') throw new Error('no infra step');
    const args = step.run[0].args;
    const passed = args.slice(args.indexOf('--parameters') + 1).filter((a) => a.includes('=')).map((a) => a.split('=')[0]);
    const params = [...template.matchAll(/^param (\w+) (\w+)( = .*)?$/gm)].map((m) => ({ name: m[1], required: !m[3] }));
    expect(passed.filter((name) => !params.some((p) => p.name === name))).toEqual([]);
    expect(params.filter((p) => p.required && passed.indexOf(p.name) < 0).map((p) => p.name)).toEqual([]);
  });
});
