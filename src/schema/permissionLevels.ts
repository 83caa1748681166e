/**
 * Permission levels (role definitions): SharePoint's built-in ones, and the one Trygg adds.
 * Provisioning creates Trygg's on the site; the emulator enforces them with the same base
 * permissions.
 */

/** SharePoint's built-in permission levels by name. */
export type BuiltInPermissionLevel = 'Read' | 'Contribute' | 'Edit' | 'Design' | 'Full Control';

/** SP.PermissionKind: the bit (n − 1) of SharePoint's 64-bit { High, Low } mask. */
export const PERMISSION_KIND = {
  ViewListItems: 1, AddListItems: 2, EditListItems: 3, DeleteListItems: 4, ApproveItems: 5, OpenItems: 6, ViewVersions: 7,
  DeleteVersions: 8, CancelCheckout: 9, ManagePersonalViews: 10, ManageLists: 12, ViewFormPages: 13, Open: 17, ViewPages: 18,
  AddAndCustomizePages: 19, ApplyThemeAndBorder: 20, ApplyStyleSheets: 21, ViewUsageData: 22, CreateSSCSite: 23,
  ManageSubwebs: 24, CreateGroups: 25, ManagePermissions: 26, BrowseDirectories: 27, BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29, UpdatePersonalWebParts: 30, ManageWeb: 31, UseClientIntegration: 37, UseRemoteAPIs: 38,
  ManageAlerts: 39, CreateAlerts: 40, EditMyUserInfo: 41, EnumeratePermissions: 63
} as const;

export type Permission = keyof typeof PERMISSION_KIND;

export interface ICustomPermissionLevel {
  readonly description: string;
  /** Where SharePoint lists it among the levels (built-ins use 1–160). */
  readonly order: number;
  readonly permissions: readonly Permission[];
}

/** What Read gives: see the site and its items. */
const READ_PERMISSIONS: readonly Permission[] = [
  'ViewListItems', 'OpenItems', 'ViewVersions', 'CreateAlerts', 'ViewFormPages', 'Open', 'ViewPages', 'BrowseUserInfo', 'UseRemoteAPIs', 'UseClientIntegration'
];

/**
 * "Rapportera": Read plus Add Items and nothing else. On the deviations list, with read security
 * "own items only", an employee adds reports and reads their own, but cannot change, close, reopen
 * or delete one once sent: no Edit Items, no Delete Items.
 */
export const TRYGG_PERMISSION_LEVELS = {
  'Trygg Rapportera': {
    description: 'Kan lämna rapporter och läsa sina egna. Kan inte ändra eller ta bort en rapport som har skickats.',
    order: 200,
    permissions: [...READ_PERMISSIONS, 'AddListItems']
  },
  /**
   * "Följa upp": Read plus Override List Behaviors, so that on a list with read security "own items
   * only" (read confirmations) a document owner reads everyone's items, without being able to add,
   * change or delete any.
   */
  'Trygg Följa upp': {
    description: 'Kan läsa alla poster i listor där andra bara ser sina egna. Kan inte lägga till, ändra eller ta bort.',
    order: 210,
    permissions: [...READ_PERMISSIONS, 'CancelCheckout']
  },
  /**
   * "Hitta listan": what SharePoint's Limited Access gives (reach the list, see no item), set on a
   * list whose every item is shared one by one (remiss rounds): everyone may ask it for their items
   * and gets only those shared with them, an empty answer rather than a 404 for the rest.
   */
  'Trygg Hitta listan': {
    description: 'Kan nå listan men ser bara poster som har delats med en.',
    order: 220,
    permissions: ['Open', 'ViewFormPages', 'BrowseUserInfo', 'UseRemoteAPIs', 'UseClientIntegration']
  }
} as const satisfies Record<string, ICustomPermissionLevel>;

export type TryggPermissionLevel = keyof typeof TRYGG_PERMISSION_LEVELS;

export type PermissionLevel = BuiltInPermissionLevel | TryggPermissionLevel;

/** SharePoint's { High, Low } representation of a set of permissions (as strings, as REST returns them). */
export function basePermissionsMask(permissions: Iterable<Permission>, all = false): { High: string; Low: string } {
  if (all) return { High: '2147483647', Low: '4294967295' };
  let high = 0;
  let low = 0;
  for (const permission of permissions) {
    const bit = PERMISSION_KIND[permission] - 1;
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { High: String(high), Low: String(low) };
}

/** The permissions in a { High, Low } mask. */
export function permissionsOfMask(mask: { High: string | number; Low: string | number }): Permission[] {
  const high = Number(mask.High);
  const low = Number(mask.Low);
  return (Object.keys(PERMISSION_KIND) as Permission[]).filter((permission) => {
    const bit = PERMISSION_KIND[permission] - 1;
    return bit < 32 ? ((low >>> bit) & 1) === 1 : ((high >>> (bit - 32)) & 1) === 1;
  });
}
