import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { memoizePromiseByKey } from '../common/memoizePromise';
import { IPerson } from '../domain/organisation';

/**
 * Person fields store SharePoint site user ids; people found in the directory get one through
 * ensureUser (which adds them to the site's user list the first time).
 */
export class SitePeople {
  private readonly _sp: SPFI;
  private readonly _ids: (login: string) => Promise<number>;

  constructor(sp: SPFI) {
    this._sp = sp;
    this._ids = memoizePromiseByKey((login) => this._sp.web.ensureUser(`i:0#.f|membership|${login}`).then((user) => user.Id));
  }

  public async withSiteId(person: IPerson & { userPrincipalName?: string }): Promise<IPerson> {
    if (person.id !== undefined) return person;
    const login = (person.userPrincipalName || person.email).toLowerCase();
    return { ...person, id: await this._ids(login) };
  }
}
