import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import { ICurrentUser, ICurrentUserService, ROLE_GROUPS } from './ICurrentUserService';

/** The signed-in user as SharePoint knows them, with Trygg roles from site group membership. */
export class CurrentUserService implements ICurrentUserService {
  private readonly _sp: SPFI;
  private _user: Promise<ICurrentUser> | undefined;

  constructor(sp: SPFI) {
    this._sp = sp;
  }

  public get(): Promise<ICurrentUser> {
    if (!this._user) {
      this._user = this._load();
      this._user.catch(() => (this._user = undefined));
    }
    return this._user;
  }

  private async _load(): Promise<ICurrentUser> {
    const [user, groups] = await Promise.all([
      this._sp.web.currentUser.select('Id', 'Title', 'Email', 'LoginName')(),
      this._sp.web.currentUser.groups.select('Title')()
    ]);
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
