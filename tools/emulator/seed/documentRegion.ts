/**
 * Region Exempel's organisation with `count` generated governing documents and nothing else: what
 * the tests and the benchmark of the documents at scale start the emulator with.
 */
import { buildRegionOrganisation, REFERENCE_TIME } from './regionExempel';
import { generateScaleDocuments } from './documentsAtScale';
import { protectedCasesSetup } from './protectedCases';
import { ISeedData } from './types';

export function documentRegionSeed(count: number): ISeedData {
  const organisation = buildRegionOrganisation();
  const documents = generateScaleDocuments(count, { referenceTime: REFERENCE_TIME, people: organisation.people, units: organisation.units, groups: organisation.groups });
  return {
    referenceTime: REFERENCE_TIME,
    people: organisation.people,
    groups: organisation.groups,
    ...protectedCasesSetup(),
    items: { units: organisation.units, governingDocuments: documents }
  };
}
