import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { IPerson } from '../domain/organisation';

/**
 * Person fields store SharePoint site user ids; people found in the directory get one through
 * ensureUser (which adds them to the site's user list the first time).
 */
export class SitePeople {
  private readonly _sp: SPFI;
  private readonly _ids = new Map<string, Promise<number>>();

  constructor(sp: SPFI) {
    this._sp = sp;
  }

  public async withSiteId(person: IPerson & { userPrincipalName?: string }): Promise<IPerson> {
    if (person.id !== undefined) return person;
    const login = (person.userPrincipalName || person.email).toLowerCase();
    let id = this._ids.get(login);
    if (!id) {
      id = this._sp.web.ensureUser(`i:0#.f|membership|${login}`).then((user) => user.Id);
      id.catch(() => this._ids.delete(login));
      this._ids.set(login, id);
    }
    return { ...person, id: await id };
  }
}
