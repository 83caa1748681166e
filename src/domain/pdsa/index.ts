/**
 * PDSA (PGSA) at a unit: its vocabulary, goals and measurements, exercises, the internal-control
 * self-assessment and the phases derived from evidence. `domain/pdsa` is this folder: the
 * vocabulary is exported from here so existing imports of PDSA_PHASES keep working.
 */
export * from './vocabulary';
