import { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import '@pnp/sp/batching';
import { TRYGG_GROUPS } from '../schema/groups';
import { memoizePromise, memoizePromiseByKey } from '../common/memoizePromise';
import { IPerson } from '../domain/organisation';

/**
 * Person fields store SharePoint site user ids; people found in the directory get one through
 * ensureUser (which adds them to the site's user list the first time).
 */
export class SitePeople {
  private readonly _sp: SPFI;
  private readonly _ids: (login: string) => Promise<number>;
  private readonly _handlers: () => Promise<ReadonlySet<string>>;

  constructor(sp: SPFI) {
    this._sp = sp;
    this._ids = memoizePromiseByKey((login) => this._sp.web.ensureUser(`i:0#.f|membership|${login}`).then((user) => user.Id));
    this._handlers = memoizePromise(() => this._loadHandlerEmails());
  }

  /**
   * Addresses (lower case) of everyone who may handle cases: the members of Chefer and of the
   * security function, read once per page in one $batch.
   */
  public handlerEmails(): Promise<ReadonlySet<string>> {
    return this._handlers();
  }

  private async _loadHandlerEmails(): Promise<ReadonlySet<string>> {
    const [batched, execute] = this._sp.batched();
    const groups = [TRYGG_GROUPS.managers.title, TRYGG_GROUPS.securityFunction.title].map((title) =>
      batched.web.siteGroups.getByName(title).users.select('Email', 'UserPrincipalName')()
    );
    await execute();
    const emails = new Set<string>();
    for (const users of await Promise.all(groups)) {
      for (const user of users as { Email?: string; UserPrincipalName?: string }[]) {
        for (const address of [user.Email, user.UserPrincipalName]) if (address) emails.add(address.toLowerCase());
      }
    }
    return emails;
  }

  public async withSiteId(person: IPerson & { userPrincipalName?: string }): Promise<IPerson> {
    if (person.id !== undefined) return person;
    const login = (person.userPrincipalName || person.email).toLowerCase();
    return { ...person, id: await this._ids(login) };
  }
}
