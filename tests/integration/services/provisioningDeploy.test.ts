/**
 * The deploy's provisioning step against the emulator: the schema, the site's settings from
 * trygg.config.json and the first risk matrix; run again, it finds nothing to do.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { createSp } from '../../../src/services/createTryggServices';
import { validateConfig } from '../../../tools/deploy/config';
import { deploymentPlan, IProvisionStep } from '../../../tools/deploy/plan';
import { packageInfo } from '../../../tools/deploy/deploy';
import { provisionSite } from '../../../tools/deploy/provisionSite';
import { readSchemaVersion, readSetting } from '../../../src/services/provisioning/schemaVersionStore';
import { RiskMatrixRepository } from '../../../src/services/risks/RiskMatrixRepository';
import { siteSchemaStatus } from '../../../src/services/provisioning/siteSchemaStatus';
import { TRYGG_SCHEMA_VERSION } from '../../../src/schema';
import { regionExempel, upn } from './servicesHelpers';

const ROOT = join(__dirname, '..', '..', '..');

describe("the deploy's provisioning step", () => {
  let emulator: IRunningEmulator;
  let step: IProvisionStep;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, provision: false, seed: { ...regionExempel(), items: {} } });
    const raw = JSON.parse(readFileSync(join(ROOT, 'trygg.config.example.json'), 'utf8')) as { reviewIntervals: { riskMonths: number } };
    raw.reviewIntervals.riskMonths = 6;
    const config = validateConfig({ ...raw, riskMatrixPreset: '5x5' });
    if (!config.ok) throw new Error(config.errors.join('\n'));
    step = deploymentPlan(config.config, packageInfo(ROOT)).filter((s): s is IProvisionStep => s.kind === 'provision')[0];
  });

  afterAll(() => emulator.close());

  const sp = (): ReturnType<typeof createSp> =>
    createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('admin.trygg') } });

  it('provisions the schema, records the settings and starts the risk matrix from the chosen preset', async () => {
    const member = createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn('anna.svensson') } });
    expect(await siteSchemaStatus(member)).toEqual({ kind: 'missing', canProvision: false });
    expect(await siteSchemaStatus(sp())).toEqual({ kind: 'missing', canProvision: true });
    const lines: string[] = [];
    await provisionSite(sp(), step, (line) => lines.push(line));
    expect(lines).toEqual(
      expect.arrayContaining([
        `recordedVersion: TryggInstallningar (0 → ${TRYGG_SCHEMA_VERSION})`,
        'setting DefaultRiskReviewMonths = 6',
        'setting DefaultDocumentReviewMonths = 24',
        'risk matrix: preset 5x5 as version 1'
      ])
    );
    expect(await readSchemaVersion(sp())).toBe(TRYGG_SCHEMA_VERSION);
    expect(await readSetting(sp(), 'DefaultRiskReviewMonths')).toBe('6');
    expect(await new RiskMatrixRepository(sp()).current()).toMatchObject({ version: 1, basis: 'preset-5x5' });
  });

  it('finds nothing to do the second time', async () => {
    const lines: string[] = [];
    await provisionSite(sp(), step, (line) => lines.push(line));
    expect(lines).toEqual([`✓ the site is at schema version ${TRYGG_SCHEMA_VERSION}: nothing to add`]);
    expect(await new RiskMatrixRepository(sp()).all()).toHaveLength(1);
  });
});
