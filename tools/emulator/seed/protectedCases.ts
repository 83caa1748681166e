/**
 * Protected cases in the seed as the product makes them: threats and violence, personal data and
 * suspected crime live in the protected lists, created by the protected-cases function's app (so
 * Created By is the app, not the reporter), each item shared with its reporter (Read) and handler
 * (Contribute), each action with the handler and its owner.
 */
import type { ISeedApp, ISeedItem, ISeedData } from './types';
import { PROTECTED_CASE_TITLE } from '../../../src/domain/deviations/draftValidation';
import { LOCAL_PROTECTED_CASES_PATH } from '../../../src/services/protectedCases/protocol';

export const PROTECTED_CASES_APP: ISeedApp = { clientId: 'trygg-protected-cases', displayName: 'Trygg skyddade ärenden' };

/** Where the emulator hosts the function, and the resource its tokens are for: the tenant properties. */
export const PROTECTED_CASES_STORAGE_ENTITIES = {
  TryggProtectedCasesUrl: { value: LOCAL_PROTECTED_CASES_PATH, description: 'Trygg: the protected-cases function' },
  TryggProtectedCasesResource: { value: `api://${PROTECTED_CASES_APP.clientId}`, description: 'Trygg: the protected-cases app registration' }
} as const;

type Items = Readonly<Record<string, readonly ISeedItem[]>>;

/** Moves the sensitive cases and their actions into the protected lists, with ids of their own from 1. */
export function withProtectedCases(deviations: readonly ISeedItem[], actions: readonly ISeedItem[]): Items {
  const openCases: ISeedItem[] = [];
  const protectedCases: ISeedItem[] = [];
  const newId = new Map<number, number>();
  for (const item of deviations) {
    if (item.values.Sensitive !== true) {
      openCases.push(item);
      continue;
    }
    const id = protectedCases.length + 1;
    newId.set(item.Id, id);
    protectedCases.push({
      Id: id,
      AuthorApp: PROTECTED_CASES_APP.clientId,
      Created: item.Created,
      Modified: item.Modified,
      // As the product stores them: a neutral Title, the headline where lookups cannot show it.
      values: { ...item.values, Title: PROTECTED_CASE_TITLE, Headline: item.values.Title },
      roleAssignments: [
        { principal: { personKey: String(item.values.Reporter) }, level: 'Read' },
        { principal: { personKey: String(item.values.Handler) }, level: 'Contribute' }
      ]
    });
  }
  const handlerOf = new Map(protectedCases.map((item) => [item.Id, String(item.values.Handler)] as [number, string]));
  const openActions: ISeedItem[] = [];
  const protectedActions: ISeedItem[] = [];
  for (const action of actions) {
    const caseId = newId.get(action.values.Deviation as number);
    if (caseId === undefined) {
      openActions.push(action);
      continue;
    }
    const people = new Set([handlerOf.get(caseId) as string, String(action.values.ActionOwner)]);
    protectedActions.push({
      Id: protectedActions.length + 1,
      AuthorApp: PROTECTED_CASES_APP.clientId,
      Created: action.Created,
      Modified: action.Modified,
      values: { ...action.values, Deviation: caseId },
      roleAssignments: Array.from(people).map((personKey) => ({ principal: { personKey }, level: 'Contribute' as const }))
    });
  }
  return { deviations: openCases, deviationActions: openActions, protectedDeviations: protectedCases, protectedActions };
}

/** The app and tenant properties a seed needs for the function to run locally. */
export function protectedCasesSetup(): Pick<ISeedData, 'apps' | 'storageEntities'> {
  return { apps: [PROTECTED_CASES_APP], storageEntities: PROTECTED_CASES_STORAGE_ENTITIES };
}
