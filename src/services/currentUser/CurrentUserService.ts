import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import '@pnp/sp/batching';
import { IBasePermissions, PermissionKind } from '@pnp/sp/security';
import { memoizePromise } from '../../common/memoizePromise';
import { rolesFromPermissions } from '../../domain/roles';
import { CASE_LISTS } from '../deviations/caseLists';
import { classifyError } from '../errors';
import { ICurrentUser, ICurrentUserService, ROLE_GROUPS } from './ICurrentUserService';
import { SameTurnBatch } from '../lists/sameTurnBatch';

/**
 * A list one may not see at all answers 404 (SharePoint says it does not exist): no rights there.
 * Any other failure fails the load, which is not remembered, so the next ask tries again rather than
 * keeping a manager in the employee's view for the rest of the page.
 */
function noRightsIfHidden(error: unknown): IBasePermissions {
  if (classifyError(error).kind === 'notFound') return { High: 0, Low: 0 };
  throw error;
}

/**
 * The signed-in user as SharePoint knows them. Roles come from what SharePoint lets them do
 * (domain/roles.ts), so nested Entra groups count; document ownership, which no list-level right
 * shows, from membership of Dokumentägare.
 */
export class CurrentUserService implements ICurrentUserService {
  private readonly _sp: SPFI;
  private readonly _user: () => Promise<ICurrentUser>;

  /** The user, their groups and their rights in one `$batch`, shared with what else is asked in the same turn (the units). */
  constructor(sp: SPFI, startup: SameTurnBatch = new SameTurnBatch(sp)) {
    this._sp = sp;
    this._user = memoizePromise(() => startup.read((batched) => this._read(batched)));
  }

  public get(): Promise<ICurrentUser> {
    return this._user();
  }

  /** Queues the reads on a batched instance before awaiting anything, so they all go in its `$batch`. */
  private async _read(batched: SPFI): Promise<ICurrentUser> {
    const user = batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')();
    const groups = batched.web.currentUser.groups.select('Title')();
    const onWeb = batched.web.getCurrentUserEffectivePermissions();
    const onOpen = batched.web.lists.getByTitle(CASE_LISTS.open.title).getCurrentUserEffectivePermissions().catch(noRightsIfHidden);
    const onProtected = batched.web.lists.getByTitle(CASE_LISTS.protected.title).getCurrentUserEffectivePermissions().catch(noRightsIfHidden);
    const [me, memberOf, web, open, protectedCases] = await Promise.all([user, groups, onWeb, onOpen, onProtected]);
    const has = this._sp.web.hasPermissions.bind(this._sp.web);
    const titles = new Set(memberOf.map((group: { Title: string }) => group.Title));
    return {
      id: me.Id,
      displayName: me.Title,
      email: me.Email,
      loginName: me.LoginName,
      roles: {
        ...rolesFromPermissions({
          overridesOpenCaseOwnership: has(open, PermissionKind.CancelCheckout),
          editsProtectedCases: has(protectedCases, PermissionKind.EditListItems),
          managesSite: has(web, PermissionKind.ManagePermissions)
        }),
        documentOwner: titles.has(ROLE_GROUPS.documentOwner)
      }
    };
  }
}
