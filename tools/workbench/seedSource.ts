/**
 * Region Exempel, the fictional region the workbench shows. Imported lazily through a variable
 * path (as tools/emulator/cli.ts does), so the workbench compiles while the seed is being written.
 */
import type { ISeedData } from '../emulator/seed/types';

export async function loadRegionExempel(): Promise<ISeedData> {
  const modulePath = '../emulator/seed/regionExempel';
  const mod = (await import(modulePath)) as { buildRegionExempel?: () => ISeedData };
  if (typeof mod.buildRegionExempel !== 'function') throw new Error('tools/emulator/seed/regionExempel.ts does not export buildRegionExempel()');
  return mod.buildRegionExempel();
}
