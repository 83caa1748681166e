/**
 * Many deviations for scale tests and benchmarks (list view threshold, paging, indexes): the same
 * scenarios and rules as the curated seed, deterministic, and fast enough for 50,000 items.
 */
import { ISeedData, ISeedItem, ISeedPerson } from './types';
import { Random } from './random';
import { createCaseContext } from './caseContext';
import { assignIds, CaseGenerator } from './cases';
import { buildRegionCases, buildRegionExempel, buildRegionOrganisation, REFERENCE_TIME } from './regionExempel';
import { withProtectedCases } from './protectedCases';

export interface IScaleOptions {
  /** PRNG seed; different seeds give different (but again deterministic) cases. */
  readonly seed?: number;
  /** Id of the first deviation; default 1. */
  readonly startId?: number;
  /** Id of the first action (generateScaleCases); default 1. */
  readonly startActionId?: number;
  /** The 'units' items and people to place cases in; default Region Exempel's. */
  readonly units?: readonly ISeedItem[];
  readonly people?: readonly ISeedPerson[];
  /** Default: Region Exempel's reference time. */
  readonly referenceTime?: string;
}

/** `count` deviations and their actions, ids in report-time order. */
export function generateScaleCases(count: number, options: IScaleOptions = {}): { deviations: ISeedItem[]; actions: ISeedItem[] } {
  const seed = options.seed ?? 1;
  let { units, people } = options;
  if (!units || !people) {
    const organisation = buildRegionOrganisation();
    units = units ?? organisation.units;
    people = people ?? organisation.people;
  }
  const ctx = createCaseContext(units, people, options.referenceTime ?? REFERENCE_TIME);
  const generator = new CaseGenerator(ctx, new Random(seed), `scale-${seed}`);
  const drafts = [];
  for (let index = 0; index < count; index++) drafts.push(generator.generate(index));
  return assignIds(drafts, options.startId ?? 1, options.startActionId ?? 1);
}

export function generateScaleDeviations(count: number, options: IScaleOptions = {}): ISeedItem[] {
  return generateScaleCases(count, options).deviations;
}

/**
 * Region Exempel with `count` deviations: the curated ones first (so the personas' cases are
 * there), then generated ones after them, with their actions.
 */
export function buildRegionExempelAtScale(count: number, seed: number = 7): ISeedData {
  const region = buildRegionExempel();
  const curated = buildRegionCases();
  const people = region.people;
  if (count <= curated.deviations.length) {
    // The most recent ones: they hold the personas' open cases. Ids are kept, so actions still link.
    const deviations = curated.deviations.slice(curated.deviations.length - count);
    const kept = new Set(deviations.map((d) => d.Id));
    const actions = curated.actions.filter((a) => kept.has(a.values.Deviation as number));
    return { ...region, people, items: { units: region.items.units, ...withProtectedCases(deviations, actions) } };
  }
  const extra = generateScaleCases(count - curated.deviations.length, {
    seed,
    startId: curated.deviations.length + 1,
    startActionId: curated.actions.length + 1,
    units: region.items.units,
    people
  });
  return {
    ...region,
    items: {
      units: region.items.units,
      ...withProtectedCases([...curated.deviations, ...extra.deviations], [...curated.actions, ...extra.actions])
    }
  };
}
