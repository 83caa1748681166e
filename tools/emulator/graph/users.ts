/** Microsoft Graph users: /me, /users/{id|upn}, search with $filter/$select/$top/$count, manager, directReports, memberOf. */
import { GraphError, graph } from '../errors';
import { UnsupportedFilterError, evaluateFilter } from '../odata/evaluate';
import { FilterSyntaxError, parseFilter } from '../odata/filterParser';
import { Db, stmt } from '../storage/database';

export interface GraphUserRow {
  Id: string;
  UserPrincipalName: string;
  DisplayName: string;
  GivenName: string | null;
  Surname: string | null;
  Mail: string | null;
  JobTitle: string | null;
  Department: string | null;
  OfficeLocation: string | null;
  MobilePhone: string | null;
  ManagerId: string | null;
  Roles: string;
}

/** Graph's default property set for users in v1.0. */
const DEFAULT_PROPS = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];
const ALL_PROPS = [...DEFAULT_PROPS, 'department', 'accountEnabled', 'companyName', 'usageLocation'];
const FILTERABLE: Readonly<Record<string, keyof GraphUserRow>> = {
  id: 'Id', displayName: 'DisplayName', givenName: 'GivenName', surname: 'Surname', mail: 'Mail', userPrincipalName: 'UserPrincipalName',
  jobTitle: 'JobTitle', department: 'Department', officeLocation: 'OfficeLocation'
};

function propValue(u: GraphUserRow, prop: string): unknown {
  switch (prop) {
    case 'businessPhones':
      return [];
    case 'displayName':
      return u.DisplayName;
    case 'givenName':
      return u.GivenName;
    case 'jobTitle':
      return u.JobTitle;
    case 'mail':
      return u.Mail;
    case 'mobilePhone':
      return u.MobilePhone;
    case 'officeLocation':
      return u.OfficeLocation;
    case 'preferredLanguage':
      return 'sv-SE';
    case 'surname':
      return u.Surname;
    case 'userPrincipalName':
      return u.UserPrincipalName;
    case 'id':
      return u.Id;
    case 'department':
      return u.Department;
    case 'accountEnabled':
      return true;
    case 'companyName':
      return null;
    case 'usageLocation':
      return 'SE';
    default:
      return undefined;
  }
}

export function parseGraphSelect(query: URLSearchParams): string[] {
  const text = query.get('$select');
  if (text === null || text.trim() === '') return DEFAULT_PROPS;
  const props = text.split(',').map((p) => p.trim());
  for (const p of props) {
    const known = ALL_PROPS.find((a) => a.toLowerCase() === p.toLowerCase());
    if (!known) throw graph.badRequest(`Could not find a property named '${p}' on type 'microsoft.graph.user'.`);
  }
  return props.map((p) => ALL_PROPS.find((a) => a.toLowerCase() === p.toLowerCase())!);
}

export function userJson(u: GraphUserRow, select: readonly string[], withType = false): Record<string, unknown> {
  const out: Record<string, unknown> = withType ? { '@odata.type': '#microsoft.graph.user' } : {};
  for (const p of select) out[p] = propValue(u, p);
  if (!select.includes('id') && withType) out.id = u.Id;
  return out;
}

export function userByIdOrUpn(db: Db, key: string): GraphUserRow | undefined {
  return stmt(db, 'SELECT * FROM _graph_users WHERE Id = ? OR UserPrincipalName = ?').get(key.toLowerCase(), key) as GraphUserRow | undefined;
}

export function requireUser(db: Db, key: string): GraphUserRow {
  const u = userByIdOrUpn(db, key);
  if (!u) throw graph.notFound(key);
  return u;
}

export function allUsers(db: Db): GraphUserRow[] {
  return stmt(db, 'SELECT * FROM _graph_users ORDER BY DisplayName COLLATE NOCASE, Id').all() as unknown as GraphUserRow[];
}

const MAX_TOP = 999;

/** GET /users with $filter (startswith, eq, and/or/not), $select, $top, $orderby=displayName, $count. */
export function searchUsers(db: Db, query: URLSearchParams, headers: ReadonlyMap<string, string>, baseUrl: string): Record<string, unknown> {
  for (const key of query.keys()) {
    if (key.startsWith('$') && !['$filter', '$select', '$top', '$count', '$orderby', '$skiptoken'].includes(key)) {
      throw graph.badRequest(`Query option '${key}' is not supported by the emulator.`);
    }
  }
  const select = parseGraphSelect(query);
  let users = allUsers(db);
  const filter = query.get('$filter');
  if (filter !== null) {
    try {
      const node = parseFilter(filter);
      users = users.filter((u) =>
        evaluateFilter(node, (path) => {
          const column = path.length === 1 ? FILTERABLE[path[0]] : undefined;
          return column ? { found: true, value: u[column] } : { found: false, value: undefined };
        })
      );
    } catch (e) {
      if (e instanceof FilterSyntaxError) throw new GraphError(400, 'BadRequest', `Invalid filter clause: ${e.message}`);
      if (e instanceof UnsupportedFilterError) throw new GraphError(400, 'Request_UnsupportedQuery', `Unsupported Query. ${e.message}`);
      throw e;
    }
  }
  const orderby = query.get('$orderby');
  if (orderby !== null) {
    const [prop, dir = 'asc'] = orderby.trim().split(/\s+/);
    const column = prop === 'displayName' || prop === 'userPrincipalName' ? FILTERABLE[prop] : undefined;
    if (!column || !/^(asc|desc)$/i.test(dir)) throw graph.unsupportedQuery(`Unsupported sort property '${prop}' for 'User'.`);
    users = [...users].sort((a, b) => String(a[column]).localeCompare(String(b[column]), 'sv') * (dir.toLowerCase() === 'desc' ? -1 : 1));
  }
  const topText = query.get('$top');
  const top = topText === null ? 100 : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) throw graph.badRequest(`Invalid page size specified: '${topText}'. Must be between 1 and ${MAX_TOP} inclusive.`);
  const skipText = query.get('$skiptoken');
  // Buffer.from(…, 'base64url') skips characters it does not know: junk decoded to '' and read as 0.
  const skipDecoded = skipText === null ? '0' : Buffer.from(skipText, 'base64url').toString('utf8');
  if (!/^\d{1,9}$/.test(skipDecoded)) throw graph.badRequest('The $skiptoken is not valid.');
  const skip = Number(skipDecoded);
  const count = query.get('$count');
  if (count !== null && count !== 'true' && count !== 'false') throw graph.badRequest("Invalid $count value: use 'true' or 'false'.");
  if (count === 'true' && (headers.get('consistencylevel') ?? '').toLowerCase() !== 'eventual') {
    throw new GraphError(400, 'Request_BadRequest', '$count is not currently supported. Send the header ConsistencyLevel: eventual.');
  }
  const page = users.slice(skip, skip + top);
  const result: Record<string, unknown> = { '@odata.context': `${baseUrl}/$metadata#users(${select.join(',')})` };
  if (count === 'true') result['@odata.count'] = users.length;
  result.value = page.map((u) => userJson(u, select));
  if (skip + top < users.length) {
    const next = new URLSearchParams(query);
    next.set('$skiptoken', Buffer.from(String(skip + top)).toString('base64url'));
    result['@odata.nextLink'] = `${baseUrl}/users?${next.toString().replace(/%24/g, '$')}`;
  }
  return result;
}

export function directReports(db: Db, managerId: string): GraphUserRow[] {
  return stmt(db, 'SELECT * FROM _graph_users WHERE ManagerId = ? ORDER BY DisplayName COLLATE NOCASE').all(managerId) as unknown as GraphUserRow[];
}

export function memberOf(db: Db, userId: string): Record<string, unknown>[] {
  const rows = stmt(db, 'SELECT g.* FROM _graph_group_members m JOIN _graph_groups g ON g.Id = m.GroupId WHERE m.UserId = ? ORDER BY g.DisplayName').all(userId) as unknown as {
    Id: string;
    DisplayName: string;
    Description: string | null;
  }[];
  return rows.map((g) => ({
    '@odata.type': '#microsoft.graph.group',
    id: g.Id,
    displayName: g.DisplayName,
    description: g.Description,
    mail: null,
    mailEnabled: false,
    securityEnabled: true,
    groupTypes: []
  }));
}
