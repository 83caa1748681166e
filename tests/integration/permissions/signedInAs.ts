import { SPFI } from '@pnp/sp';
import { IRunningEmulator } from '../../../tools/emulator';
import { createSp } from '../../../src/services/createTryggServices';
import { upn } from '../services/servicesHelpers';

/** What SharePoint let a person do: 'no' is its refusal (401, 403, or 404 for what they may not see). */
export type Outcome = 'yes' | 'no';

export async function succeeds(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    await work();
    return 'yes';
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404 || status === 401) return 'no';
    throw error;
  }
}

/** Stock PnPjs as one of the seeded people. */
export function spAs(emulator: IRunningEmulator, persona: string): SPFI {
  return createSp({ siteUrl: emulator.siteUrl, graphBaseUrl: emulator.graphBaseUrl, headers: { 'X-Trygg-User': upn(persona) } });
}
