import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { PermissionKind } from '@pnp/sp/security';
import { IPerson } from '../../src/domain/organisation';
import { rolesFromPermissions } from '../../src/domain/roles';
import { CASE_LISTS } from '../../src/services/deviations/caseLists';
import { classifyError } from '../../src/services/errors';
import { InvalidRequest } from './requestBodies';

export interface ISiteUser extends IPerson {
  readonly id: number;
  readonly userPrincipalName: string;
  readonly isSecurityFunction: boolean;
  readonly isHandler: boolean;
}

/**
 * People as the site knows them, with their roles read from what SharePoint lets them do rather
 * than from group lists, so Entra groups nested in Chefer or Säkerhetsfunktionen count: the
 * security function edits the protected list as a whole, handlers override the open list's "own
 * items only" (Design). The same rule as the web parts' (domain/roles.ts).
 */
export class SitePrincipals {
  constructor(private readonly _sp: SPFI) {}

  /** The caller, named by the UPN in their token (the claims login). */
  public byUpn(upn: string): Promise<ISiteUser> {
    return this._siteUser(`i:0#.f|membership|${upn.toLowerCase()}`, upn);
  }

  /** A person picked in the page, by their address, which SharePoint resolves even where it differs from the UPN. */
  public async byEmail(email: string, field: string): Promise<ISiteUser> {
    try {
      return await this._siteUser(email, email);
    } catch (error) {
      const kind = classifyError(error).kind;
      if (kind === 'notFound' || kind === 'validation') throw new InvalidRequest({ [field]: 'unknownPerson' });
      throw error;
    }
  }

  private async _siteUser(logonName: string, upn: string): Promise<ISiteUser> {
    const user = await this._sp.web.ensureUser(logonName);
    const [batched, execute] = this._sp.batched();
    const permissions = Promise.all([
      batched.web.lists.getByTitle(CASE_LISTS.protected.title).getUserEffectivePermissions(user.LoginName),
      batched.web.lists.getByTitle(CASE_LISTS.open.title).getUserEffectivePermissions(user.LoginName)
    ]);
    await execute();
    const [onProtected, onOpen] = await permissions;
    const web = this._sp.web;
    // Site management is not asked here: the function acts on cases only.
    const roles = rolesFromPermissions({
      overridesOpenCaseOwnership: web.hasPermissions(onOpen, PermissionKind.CancelCheckout),
      editsProtectedCases: web.hasPermissions(onProtected, PermissionKind.EditListItems),
      managesSite: false
    });
    return {
      id: user.Id,
      userPrincipalName: upn.toLowerCase(),
      displayName: user.Title,
      email: user.Email || upn,
      isSecurityFunction: roles.securityFunction,
      isHandler: roles.manager
    };
  }
}
