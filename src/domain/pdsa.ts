/**
 * PDSA, in Swedish PGSA: Planera, Genomföra, Studera, Agera. The strategy requires the security
 * work of every unit to follow the cycle.
 */
export const PDSA_PHASES = ['Planera', 'Genomföra', 'Studera', 'Agera'] as const;

export type PdsaPhase = typeof PDSA_PHASES[number];

export const PDSA_PHASE_KEYS: Readonly<Record<PdsaPhase, string>> = {
  'Planera': 'plan',
  'Genomföra': 'do',
  'Studera': 'study',
  'Agera': 'act'
};

/** The phase after this one; Agera leads back to Planera (a new turn of the cycle). */
export function nextPdsaPhase(phase: PdsaPhase): PdsaPhase {
  const index = PDSA_PHASES.indexOf(phase);
  return PDSA_PHASES[(index + 1) % PDSA_PHASES.length];
}
