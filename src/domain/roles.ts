/**
 * Trygg's roles, read from what SharePoint lets a person do rather than from group lists, so that
 * an Entra group nested in Chefer or Säkerhetsfunktionen counts like a direct member. One rule for
 * the web parts (the signed-in user) and the protected-cases function (any caller):
 * - a handler may override "own items only" on the open cases (Override List Behaviors: Design);
 * - the security function may edit the protected cases list as a whole (only it and the
 *   administrators hold permissions on that list; a handler has Limited Access at most);
 * - an administrator may manage the site's permissions.
 */
export interface IRolePermissions {
  /** Override List Behaviors (CancelCheckout) on the open cases list. */
  readonly overridesOpenCaseOwnership: boolean;
  /** Edit Items on the protected cases list itself. */
  readonly editsProtectedCases: boolean;
  /** Manage Permissions on the site. */
  readonly managesSite: boolean;
}

export interface IPermissionRoles {
  readonly manager: boolean;
  readonly securityFunction: boolean;
  readonly admin: boolean;
}

export function rolesFromPermissions(permissions: IRolePermissions): IPermissionRoles {
  return {
    manager: permissions.overridesOpenCaseOwnership,
    securityFunction: permissions.editsProtectedCases,
    admin: permissions.managesSite
  };
}
