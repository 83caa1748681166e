import { CaseStore } from '../../domain/deviations/types';
import { deviationActionsList, deviationsList, protectedActionsList, protectedDeviationsList } from '../../schema/lists';
import { IListDefinition } from '../../schema/types';
import { classifyError } from '../errors';

/** The list each store keeps its cases in. */
export const CASE_LISTS: Readonly<Record<CaseStore, IListDefinition>> = { open: deviationsList, protected: protectedDeviationsList };

/** The list each store keeps its actions in. */
export const ACTION_LISTS: Readonly<Record<CaseStore, IListDefinition>> = { open: deviationActionsList, protected: protectedActionsList };

/**
 * A read of a protected list, as someone it shares nothing with: SharePoint answers 404 for the
 * whole list, which for them means "no protected cases" rather than an error.
 */
export function unlessNotShared<T>(store: CaseStore, read: Promise<T[]>): Promise<T[]> {
  return read.catch((error: unknown) => {
    if (store === 'protected' && classifyError(error).kind === 'notFound') return [] as T[];
    throw error;
  });
}
