/**
 * Region Exempel's PDSA (PGSA) work over two years, 2025 and 2026 up to the reference time (issue
 * #14): regional goals set by the security function and unit goals contributing to them, with
 * measurements; the exercise and training log; the yearly internal-control self-assessments; and a
 * few managers' comments beside their derived PDSA state. Deterministic: fixed dates and the seed's
 * PRNG, every value valid by the domain's validators (tests/unit/seed/pdsaSeed.test.ts).
 *
 * The units are given different stories so the dashboard shows every phase state: some did the
 * whole cycle (goals measured, exercises held, self-assessment submitted), Akutmottagningen is
 * half-way with things to do for lars.holm, some have barely started and some have nothing at all.
 */
import { buildSelfAssessments, buildPdsaComments } from './pdsaAssessments';
import { buildExercises } from './pdsaExercises';
import { IPdsaSeedContext, pdsaUnits } from './pdsaContext';
import { buildGoals } from './pdsaGoals';
import { ISeedItem } from './types';

export type { IPdsaSeedContext } from './pdsaContext';

export const PDSA_SEED_YEARS = [2025, 2026] as const;

/** Items per list key of src/schema/pdsaLists.ts. */
export interface IPdsaSeed {
  readonly goals: ISeedItem[];
  readonly measurements: ISeedItem[];
  readonly exercises: ISeedItem[];
  readonly selfAssessments: ISeedItem[];
  readonly pdsaComments: ISeedItem[];
}

export function buildPdsaSeed(context: IPdsaSeedContext): IPdsaSeed {
  const units = pdsaUnits(context);
  const { goals, measurements } = buildGoals(units);
  return {
    goals,
    measurements,
    exercises: buildExercises(units),
    selfAssessments: buildSelfAssessments(units),
    pdsaComments: buildPdsaComments(units)
  };
}
