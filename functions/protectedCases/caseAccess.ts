import { IDeviation } from '../../src/domain/deviations/types';
import { CASE_LISTS } from '../../src/services/deviations/caseLists';
import { IFunctionContext } from './functionContext';
import { IHolders } from './itemGrants';
import { notFound } from './refusal';
import { ISiteUser } from './sitePrincipals';

/**
 * Who may act on a protected case: the security function, and whoever SharePoint has it shared
 * with for editing (the handler). Anyone else is told it does not exist, as SharePoint would.
 */
export async function requireHolder(context: IFunctionContext, me: ISiteUser, deviation: IDeviation): Promise<IHolders> {
  const holders = await context.grants.holders(CASE_LISTS.protected.title, deviation.id);
  if (!me.isSecurityFunction && !holders.editors.has(me.id)) throw notFound();
  return holders;
}
