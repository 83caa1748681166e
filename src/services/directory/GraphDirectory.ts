import { Client } from '@microsoft/microsoft-graph-client';
import { memoizePromise } from '../../common/memoizePromise';
import { IDirectory, IDirectoryUser } from '../../domain/directory';
import { ManagerLookup } from '../../domain/deviations/routing';
import { classifyError } from '../errors';
import { odataString } from '../odata';

const USER_FIELDS = 'id,displayName,mail,userPrincipalName,jobTitle,department';

interface IGraphUser {
  id: string;
  displayName?: string;
  mail?: string;
  userPrincipalName: string;
  jobTitle?: string;
  department?: string;
}

function toDirectoryUser(user: IGraphUser): IDirectoryUser {
  return {
    graphId: user.id,
    displayName: user.displayName || user.userPrincipalName,
    email: user.mail || user.userPrincipalName,
    userPrincipalName: user.userPrincipalName,
    jobTitle: user.jobTitle || undefined,
    department: user.department || undefined
  };
}

/** The organisation's directory through Microsoft Graph (delegated, as the signed-in user). */
export class GraphDirectory implements IDirectory {
  private readonly _client: Client;
  private readonly _me: () => Promise<IDirectoryUser>;

  constructor(client: Client) {
    this._client = client;
    this._me = memoizePromise(() => this._client.api('/me').select(USER_FIELDS).get().then(toDirectoryUser));
  }

  public me(): Promise<IDirectoryUser> {
    return this._me();
  }

  /** One user by id or user principal name (the protected-cases function, with application rights). */
  public async user(userIdOrUpn: string): Promise<IDirectoryUser> {
    return toDirectoryUser(await this._client.api(`/users/${encodeURIComponent(userIdOrUpn)}`).select(USER_FIELDS).get());
  }

  public async managerOf(userIdOrUpn: string): Promise<ManagerLookup> {
    const path = userIdOrUpn === 'me' ? '/me/manager' : `/users/${encodeURIComponent(userIdOrUpn)}/manager`;
    try {
      const manager: IGraphUser = await this._client.api(path).select(USER_FIELDS).get();
      return { outcome: 'found', manager: toDirectoryUser(manager) };
    } catch (error) {
      const classified = classifyError(error);
      // Graph answers 404 when the directory has no manager for the user.
      if (classified.kind === 'notFound') return { outcome: 'none' };
      return { outcome: 'failed', status: classified.status };
    }
  }

  public async search(text: string, top: number = 10): Promise<IDirectoryUser[]> {
    const term = text.trim();
    if (term.length < 2) return [];
    const literal = odataString(term);
    const filter = ['displayName', 'givenName', 'surname', 'mail'].map((field) => `startswith(${field},${literal})`).join(' or ');
    const result: { value: IGraphUser[] } = await this._client
      .api('/users')
      // The Graph client puts $filter into the URL as given: a typed &, # or + would end or change
      // the query string. Percent-encoding keeps the whole text inside the string literal.
      .filter(encodeURIComponent(filter))
      .select(USER_FIELDS)
      .top(Math.min(Math.max(top, 1), 25))
      .get();
    return result.value.map(toDirectoryUser);
  }

  /**
   * Everyone whose directory department is `department` (a unit's Department): the people of a unit, for a
   * read-confirmation audience. `department eq` works in Graph without the advanced query parameters, and
   * without them the answer is not eventually consistent: someone just added is there at once. Pages of
   * 999 (Graph's largest), following @odata.nextLink.
   */
  public async usersInDepartment(department: string): Promise<IDirectoryUser[]> {
    const name = department.trim();
    if (name === '') return [];
    const users: IDirectoryUser[] = [];
    let page: { value: IGraphUser[]; '@odata.nextLink'?: string } = await this._client
      .api('/users')
      // Percent-encoded for the same reason as in search(): a department may hold & or +.
      .filter(encodeURIComponent(`department eq ${odataString(name)}`))
      .select(USER_FIELDS)
      .top(999)
      .get();
    for (;;) {
      users.push(...page.value.map(toDirectoryUser));
      const next = page['@odata.nextLink'];
      if (!next) return users;
      page = await this._client.api(next).get();
    }
  }
}
