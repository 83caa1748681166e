import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/lists';
import '@pnp/sp/items';

/**
 * The person's department as SharePoint's profile sync keeps it in the site's user information list:
 * which unit is theirs (units say their directory department). Read from SharePoint rather than
 * Graph, so it rides in the page's `$batch` instead of costing a request of its own, and every view
 * (Min säkerhet, the reading lists) answers "my unit" from the same source. Undefined while the
 * profile is not synced, or when the read fails: no unit then, never an error.
 */
export function siteDepartment(sp: SPFI, userId: number): Promise<string | undefined> {
  return (sp.web.siteUserInfoList.items.getById(userId).select('Department')() as Promise<{ Department?: string }>).then(
    (item) => (typeof item.Department === 'string' && item.Department.trim() ? item.Department.trim() : undefined),
    () => undefined
  );
}
