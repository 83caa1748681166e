import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { TRYGG_SCHEMA_VERSION } from '../../schema/schemaVersion';
import { unitsList } from '../../schema/lists';
import { readSchemaVersion } from './schemaVersionStore';

/**
 * Where a site stands against the schema this code declares, read cheaply (the settings list, and
 * the units list only when the site records no version): what a web part asks on its first load,
 * never provisioning on every load. canProvision says whether the signed-in user may create and
 * change lists (Manage Lists on the site): they may be offered to run provisioning; anyone else is
 * told to ask the site's owner.
 */
export type SiteSchemaStatus =
  /** No Trygg on the site. */
  | { readonly kind: 'missing'; readonly canProvision: boolean }
  /** Trygg at an earlier version, or from before versions were recorded (siteVersion 0). */
  | { readonly kind: 'behind'; readonly siteVersion: number; readonly codeVersion: number; readonly canProvision: boolean }
  | { readonly kind: 'current'; readonly version: number }
  /** The site is newer than this code: the package in the app catalog is older than what provisioned the site. */
  | { readonly kind: 'ahead'; readonly siteVersion: number; readonly codeVersion: number };

export async function siteSchemaStatus(sp: SPFI, codeVersion: number = TRYGG_SCHEMA_VERSION): Promise<SiteSchemaStatus> {
  const siteVersion = await readSchemaVersion(sp);
  if (siteVersion === codeVersion) return { kind: 'current', version: siteVersion };
  if (siteVersion > codeVersion) return { kind: 'ahead', siteVersion, codeVersion };
  const canProvision = await sp.web.currentUserHasPermissions(PermissionKind.ManageLists);
  if (siteVersion > 0) return { kind: 'behind', siteVersion, codeVersion, canProvision };
  // No version recorded: a site from before versions, or none at all. Everyone who uses Trygg reads the units.
  try {
    await sp.web.lists.getByTitle(unitsList.title).select('Id')();
    return { kind: 'behind', siteVersion: 0, codeVersion, canProvision };
  } catch (e) {
    if ((e as { status?: number }).status === 404) return { kind: 'missing', canProvision };
    throw e;
  }
}
