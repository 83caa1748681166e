import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import { TRYGG_GROUPS } from '../../schema/groups';
import { classifyError } from '../errors';
import { IProvisioningStep } from './provisionLists';

/**
 * Creates the site groups Trygg gives permissions to, where the site lacks them (a site owner may:
 * Create Groups). Empty: who belongs where is the administrator's decision. Groups that exist are
 * left as they are, members and all.
 */
export async function ensureTryggGroups(sp: SPFI, report: (step: IProvisioningStep) => void): Promise<void> {
  for (const group of Object.values(TRYGG_GROUPS)) {
    try {
      await sp.web.siteGroups.getByName(group.title).select('Id')();
      continue;
    } catch (error) {
      if (classifyError(error).kind !== 'notFound') throw error;
    }
    await sp.web.siteGroups.add({ Title: group.title, Description: group.description });
    report({ list: '', action: 'createdGroup', field: group.title });
  }
}
