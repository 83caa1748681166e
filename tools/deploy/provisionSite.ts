/**
 * The deploy's provisioning step, run with the signed-in administrator's token: the schema
 * (provisionSchema), the site's settings from trygg.config.json, and the first risk matrix on a
 * site that has none.
 */
import { SPBrowser, spfi, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import { IProvisionStep } from './plan';
import { describeStep, provisionSchema } from '../../src/services/provisioning/provisionSchema';
import { writeSetting } from '../../src/services/provisioning/schemaVersionStore';
import { RiskMatrixRepository } from '../../src/services/risks/RiskMatrixRepository';
import { matrixPreset, MatrixPresetName } from '../../src/domain/risks/matrixPresets';
import { TryggRetries } from '../../src/services/createTryggServices';

/** PnPjs against a site with a bearer token (Node's fetch), retrying as the services do. */
export function spWithToken(siteUrl: string, token: string): SPFI {
  return spfi().using(SPBrowser({ baseUrl: siteUrl }), TryggRetries(), InjectHeaders({ Authorization: `Bearer ${token}` }));
}

/** Provisions the schema, then the settings and the first risk matrix; logs each step. */
export async function provisionSite(sp: SPFI, step: IProvisionStep, log: (line: string) => void): Promise<void> {
  const report = await provisionSchema(sp, { schema: step.schema, onStep: (s) => log(describeStep(s)) });
  if (report.steps.length === 0) log(`✓ the site is at schema version ${report.toVersion}: nothing to add`);
  for (const [key, value] of Object.entries(step.settings)) {
    if (await writeSetting(sp, key, value)) log(`setting ${key} = ${value}`);
  }
  const matrices = new RiskMatrixRepository(sp);
  if (!(await matrices.current())) {
    await matrices.add(matrixPreset(step.riskMatrixPreset as MatrixPresetName));
    log(`risk matrix: preset ${step.riskMatrixPreset} as version 1`);
  }
}
