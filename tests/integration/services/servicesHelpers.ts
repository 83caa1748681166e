import { buildRegionExempel } from '../../../tools/emulator/seed/regionExempel';
import { IRunningEmulator, startEmulator } from '../../../tools/emulator';
import { createTryggServices } from '../../../src/services/createTryggServices';
import { ITryggServices } from '../../../src/services/ITryggServices';
import { ISeedData } from '../../../tools/emulator/seed/types';

let regionSeed: ISeedData | undefined;

/** Region Exempel, built once per test file (deterministic, so every file sees the same region). */
export function regionExempel(): ISeedData {
  if (!regionSeed) regionSeed = buildRegionExempel();
  return regionSeed;
}

export const upn = (key: string): string => `${key}@regionexempel.se`;

/** The real services, as the given person, against the emulator: what a web part gets in SharePoint. */
export function servicesAs(emulator: IRunningEmulator, key: string, now?: () => Date): ITryggServices {
  return createTryggServices({
    siteUrl: emulator.siteUrl,
    graphBaseUrl: emulator.graphBaseUrl,
    headers: { 'X-Trygg-User': upn(key) },
    now
  });
}

export function startRegion(): Promise<IRunningEmulator> {
  return startEmulator({ port: 0, seed: regionExempel() });
}

/** An action's due date `days` from today (the services' default clock is the wall clock). */
export function dueInDays(days: number): string {
  return `${new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10)}T00:00:00.000Z`;
}

let counter = 0;
/** A fresh client request id per call, deterministic within a run. */
export function newRequestId(): string {
  counter += 1;
  const tail = String(counter).padStart(12, '0');
  return `7e57c0de-0000-4000-8000-${tail}`;
}
