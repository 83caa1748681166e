import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import '@pnp/sp/batching';
import { memoizePromise } from '../../common/memoizePromise';
import { ICurrentUser, ICurrentUserService, ROLE_GROUPS } from './ICurrentUserService';

/** The signed-in user as SharePoint knows them, with Trygg roles from site group membership. */
export class CurrentUserService implements ICurrentUserService {
  private readonly _sp: SPFI;
  private readonly _user: () => Promise<ICurrentUser>;

  constructor(sp: SPFI) {
    this._sp = sp;
    this._user = memoizePromise(() => this._load());
  }

  public get(): Promise<ICurrentUser> {
    return this._user();
  }

  private async _load(): Promise<ICurrentUser> {
    // The user and their groups in one $batch: every web part asks this first.
    const [batched, execute] = this._sp.batched();
    const both = Promise.all([
      batched.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')(),
      batched.web.currentUser.groups.select('Title')()
    ]);
    await execute();
    const [user, groups] = await both;
    const titles = new Set(groups.map((group: { Title: string }) => group.Title));
    return {
      id: user.Id,
      displayName: user.Title,
      email: user.Email,
      loginName: user.LoginName,
      roles: {
        securityFunction: titles.has(ROLE_GROUPS.securityFunction),
        admin: titles.has(ROLE_GROUPS.admin),
        documentOwner: titles.has(ROLE_GROUPS.documentOwner),
        manager: titles.has(ROLE_GROUPS.manager)
      }
    };
  }
}
