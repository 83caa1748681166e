/** Microsoft Graph users: /me, /users/{id|upn}, search with $filter/$select/$top/$count/$orderby, manager, directReports, memberOf. */
import { GraphError, graph } from '../errors';
import { UnsupportedFilterError, evaluateFilter } from '../odata/evaluate';
import { FilterNode, FilterSyntaxError, Operand, parseFilter } from '../odata/filterParser';
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

/**
 * How Graph supports `$filter` on a user property (learn.microsoft.com/graph/aad-advanced-queries, the
 * table of directory object properties): by default, only with the advanced query parameters
 * (ConsistencyLevel: eventual and $count=true), or not at all (absent). `ne` and `not` always need them.
 */
type Support = 'default' | 'advanced';
interface IFilterSupport {
  readonly eq: Support;
  /** ge and le (gt and lt are never supported on directory objects). */
  readonly range?: Support;
  readonly startsWith?: Support;
  readonly endsWith?: Support;
  /** `eq null` / `ne null`. */
  readonly nullValues?: Support;
}

const USER_FILTER_SUPPORT: Readonly<Record<string, IFilterSupport>> = {
  id: { eq: 'default' },
  displayName: { eq: 'default', startsWith: 'default', nullValues: 'advanced' },
  givenName: { eq: 'default', range: 'default', startsWith: 'default', nullValues: 'advanced' },
  surname: { eq: 'default', range: 'default', startsWith: 'default', nullValues: 'advanced' },
  mail: { eq: 'default', range: 'default', startsWith: 'default', endsWith: 'advanced' },
  userPrincipalName: { eq: 'default', range: 'default', startsWith: 'default', endsWith: 'advanced' },
  jobTitle: { eq: 'default', range: 'default', nullValues: 'advanced' },
  department: { eq: 'default', range: 'default', startsWith: 'default', nullValues: 'advanced' },
  officeLocation: { eq: 'advanced', range: 'advanced', startsWith: 'advanced', nullValues: 'advanced' }
};

function unsupportedClause(prop: string): GraphError {
  return graph.unsupportedQuery(`Unsupported or invalid query filter clause specified for property '${prop}' of resource 'User'.`);
}

/**
 * Whether the filter needs the advanced query parameters; throws Graph's Request_UnsupportedQuery for an
 * operator the property does not support at all. Unknown properties and functions are left to the
 * evaluator, which reports them.
 */
function filterNeedsAdvanced(node: FilterNode): boolean {
  let advanced = false;
  const need = (support: Support | undefined, prop: string): void => {
    if (support === undefined) throw unsupportedClause(prop);
    if (support === 'advanced') advanced = true;
  };
  const walk = (n: FilterNode): void => {
    switch (n.kind) {
      case 'and':
      case 'or':
        walk(n.left);
        walk(n.right);
        return;
      case 'not':
        advanced = true;
        walk(n.operand);
        return;
      case 'call': {
        const [first] = n.call.args;
        const prop = first && first.kind === 'member' && first.path.length === 1 ? first.path[0] : undefined;
        const rules = prop === undefined ? undefined : USER_FILTER_SUPPORT[prop];
        if (!rules || prop === undefined) return;
        const name = n.call.name;
        if (name === 'startswith') need(rules.startsWith, prop);
        else if (name === 'endswith') need(rules.endsWith, prop);
        // Graph has no contains/substringof on users; other names are the evaluator's to refuse.
        else if (name === 'substringof' || name === 'contains') throw unsupportedClause(prop);
        return;
      }
      case 'compare': {
        const member = [n.left, n.right].find((o) => o.kind === 'member');
        const other = member === n.left ? n.right : n.left;
        const prop = member && member.kind === 'member' && member.path.length === 1 ? member.path[0] : undefined;
        const rules = prop === undefined ? undefined : USER_FILTER_SUPPORT[prop];
        if (!rules || prop === undefined) return;
        if (n.op === 'ne') advanced = true;
        if (other.kind === 'literal' && other.literal.type === 'null') need(rules.nullValues, prop);
        else if (n.op === 'eq' || n.op === 'ne') need(rules.eq, prop);
        else if (n.op === 'ge' || n.op === 'le') need(rules.range, prop);
        else throw unsupportedClause(prop);
        return;
      }
    }
  };
  walk(node);
  return advanced;
}

/** Graph's function names are case-insensitive (its docs write startsWith, endsWith); the evaluator's are lower case. */
function lowerCaseCalls(node: FilterNode): FilterNode {
  const operand = (o: Operand): Operand => (o.kind === 'call' ? { ...o, name: o.name.toLowerCase(), args: o.args.map(operand) } : o);
  switch (node.kind) {
    case 'and':
    case 'or':
      return { ...node, left: lowerCaseCalls(node.left), right: lowerCaseCalls(node.right) };
    case 'not':
      return { ...node, operand: lowerCaseCalls(node.operand) };
    case 'call':
      return { ...node, call: operand(node.call) as Extract<Operand, { kind: 'call' }> };
    case 'compare':
      return { ...node, left: operand(node.left), right: operand(node.right) };
  }
}

/**
 * GET /users with $filter (eq, ne, not, ge, le, startsWith, endsWith, and/or), $select, $top,
 * $orderby=displayName|userPrincipalName, $count, following Graph's advanced query rules: what needs
 * ConsistencyLevel: eventual and $count=true without them is 400 Request_UnsupportedQuery, and $count=true
 * without the header is ignored (no @odata.count), as Graph does.
 */
export function searchUsers(db: Db, query: URLSearchParams, headers: ReadonlyMap<string, string>, baseUrl: string): Record<string, unknown> {
  for (const key of query.keys()) {
    if (key.startsWith('$') && !['$filter', '$select', '$top', '$count', '$orderby', '$skiptoken'].includes(key)) {
      throw graph.badRequest(`Query option '${key}' is not supported by the emulator.`);
    }
  }
  const select = parseGraphSelect(query);
  const count = query.get('$count');
  if (count !== null && count !== 'true' && count !== 'false') throw graph.badRequest("Invalid $count value: use 'true' or 'false'.");
  const eventual = (headers.get('consistencylevel') ?? '').toLowerCase() === 'eventual';
  const advancedQuery = eventual && count === 'true';
  let users = allUsers(db);
  const filter = query.get('$filter');
  const orderby = query.get('$orderby');
  if (filter !== null) {
    try {
      const node = lowerCaseCalls(parseFilter(filter));
      if (filterNeedsAdvanced(node) && !advancedQuery) {
        throw graph.unsupportedQuery('Unsupported query: this $filter needs the advanced query parameters (the header ConsistencyLevel: eventual and $count=true).');
      }
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
  if (orderby !== null) {
    const [prop, dir = 'asc'] = orderby.trim().split(/\s+/);
    const column = prop === 'displayName' || prop === 'userPrincipalName' ? FILTERABLE[prop] : undefined;
    if (!column || !/^(asc|desc)$/i.test(dir)) throw graph.unsupportedQuery(`Unsupported sort property '${prop}' for 'User'.`);
    if (filter !== null && !advancedQuery) throw graph.unsupportedQuery('Sorting not supported for current query.');
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
  const page = users.slice(skip, skip + top);
  const result: Record<string, unknown> = { '@odata.context': `${baseUrl}/$metadata#users(${select.join(',')})` };
  if (advancedQuery) result['@odata.count'] = users.length;
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
