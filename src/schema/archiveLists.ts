/**
 * The yearly archive lists of protected cases (src/domain/deviations/archive.ts): the protected
 * lists' own definitions (fields, indexes, list permissions: the security function and
 * administrators only), under the year's title, with the live item's id kept in OriginalId, unique,
 * so a move that stops half-way is finished by the next run instead of copied twice. Created by the
 * Trygg function when a year is first archived, not by provisioning.
 */
import { protectedActionsList, protectedDeviationsList } from './lists';
import { IFieldDefinition, IListDefinition } from './types';

/** The item id in the live list: how a rerun finds its copy, and what an archived case's number is made of. */
export const ORIGINAL_ID_FIELD: IFieldDefinition = {
  name: 'OriginalId',
  title: 'Ursprungligt id',
  type: 'Integer',
  required: true,
  indexed: true,
  unique: true,
  min: 1
};

export interface IArchiveLists {
  readonly cases: IListDefinition;
  readonly actions: IListDefinition;
}

export function protectedArchiveLists(year: number): IArchiveLists {
  const cases: IListDefinition = {
    ...protectedDeviationsList,
    key: `${protectedDeviationsList.key}${year}`,
    title: `${protectedDeviationsList.title}${year}`,
    description: `Skyddade ärenden avslutade ${year} (arkiv).`,
    fields: protectedDeviationsList.fields.concat([ORIGINAL_ID_FIELD])
  };
  const actions: IListDefinition = {
    ...protectedActionsList,
    key: `${protectedActionsList.key}${year}`,
    title: `${protectedActionsList.title}${year}`,
    description: `Åtgärder för skyddade ärenden avslutade ${year} (arkiv).`,
    // An archived action points at its case in the same year's archive.
    fields: protectedActionsList.fields.map((field) => (field.name === 'Deviation' ? { ...field, lookupList: cases.title } : field)).concat([ORIGINAL_ID_FIELD])
  };
  return { cases, actions };
}
