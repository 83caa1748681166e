/** Site users and site groups: SharePoint's principals, and their REST shapes (SP.User, SP.Group). */
import { Db, SYSTEM_ACCOUNT_ID, nextPrincipalId, stmt } from '../storage/database';
import { Entity } from '../odata/format';

export interface SiteUserRow {
  Id: number;
  LoginName: string;
  Title: string;
  Email: string;
  UserPrincipalName: string | null;
  PrincipalType: number;
  IsSiteAdmin: number;
  JobTitle: string | null;
  Department: string | null;
  FirstName: string | null;
  LastName: string | null;
  Office: string | null;
  MobilePhone: string | null;
}

export interface SiteGroupRow {
  Id: number;
  Title: string;
  Description: string;
  GroupKey: string | null;
}

export function claimsLogin(upn: string): string {
  return `i:0#.f|membership|${upn.toLowerCase()}`;
}

/** The system account and "Everyone except external users" exist on every site. */
export function ensureBuiltInPrincipals(db: Db): void {
  stmt(db, `INSERT OR IGNORE INTO _site_users (Id, LoginName, Title, Email, PrincipalType, IsSiteAdmin) VALUES (?, 'SHAREPOINT\\system', 'System Account', '', 1, 1)`).run(
    SYSTEM_ACCOUNT_ID
  );
  stmt(db, `INSERT OR IGNORE INTO _site_users (Id, LoginName, Title, Email, PrincipalType, IsSiteAdmin) VALUES (9, 'c:0-.f|rolemanager|spo-grid-all-users/trygg', 'Everyone except external users', '', 4, 0)`).run();
}

export function siteUserById(db: Db, id: number): SiteUserRow | undefined {
  return stmt(db, 'SELECT * FROM _site_users WHERE Id = ?').get(id) as SiteUserRow | undefined;
}

export function siteUserByLogin(db: Db, login: string): SiteUserRow | undefined {
  const trimmed = login.trim();
  const upn = trimmed.includes('|') ? trimmed.slice(trimmed.lastIndexOf('|') + 1) : trimmed;
  return (stmt(db, 'SELECT * FROM _site_users WHERE LoginName = ? OR UserPrincipalName = ? OR (Email <> \'\' AND Email = ?)').get(trimmed, upn, upn) as
    | SiteUserRow
    | undefined);
}

export function siteGroupById(db: Db, id: number): SiteGroupRow | undefined {
  return stmt(db, 'SELECT Id, Title, Description, GroupKey FROM _site_groups WHERE Id = ?').get(id) as SiteGroupRow | undefined;
}

export function principalExists(db: Db, id: number): boolean {
  return siteUserById(db, id) !== undefined || siteGroupById(db, id) !== undefined;
}

/** Adds a directory user to the site (what SharePoint does on first sign-in or ensureUser). */
export function addSiteUserFromDirectory(db: Db, upnOrMail: string): SiteUserRow | undefined {
  const existing = siteUserByLogin(db, upnOrMail);
  if (existing) return existing;
  const g = stmt(db, 'SELECT * FROM _graph_users WHERE UserPrincipalName = ? OR Mail = ?').get(upnOrMail, upnOrMail) as
    | { UserPrincipalName: string; DisplayName: string; Mail: string | null; JobTitle: string | null; Department: string | null; GivenName: string | null; Surname: string | null; OfficeLocation: string | null; MobilePhone: string | null; PersonKey: string | null }
    | undefined;
  if (!g) return undefined;
  const id = nextPrincipalId(db);
  stmt(
    db,
    `INSERT INTO _site_users (Id, LoginName, Title, Email, UserPrincipalName, PrincipalType, IsSiteAdmin, JobTitle, Department, FirstName, LastName, Office, MobilePhone, PersonKey)
     VALUES (?, ?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?)`
  ).run(id, claimsLogin(g.UserPrincipalName), g.DisplayName, g.Mail ?? '', g.UserPrincipalName, g.JobTitle, g.Department, g.GivenName, g.Surname, g.OfficeLocation, g.MobilePhone, g.PersonKey);
  return siteUserById(db, id);
}

export function userEntity(row: SiteUserRow, siteUrl: string): Entity {
  return new Entity(
    { type: 'SP.User', id: `${siteUrl}/_api/Web/GetUserById(${row.Id})`, editLink: `Web/GetUserById(${row.Id})` },
    {
      Id: row.Id,
      IsHiddenInUI: false,
      LoginName: row.LoginName,
      Title: row.Title,
      PrincipalType: row.PrincipalType,
      Email: row.Email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: row.IsSiteAdmin === 1,
      UserId: row.UserPrincipalName ? { NameId: row.Id.toString(16).padStart(16, '0'), NameIdIssuer: 'urn:federation:microsoftonline' } : null,
      UserPrincipalName: row.UserPrincipalName
    }
  );
}

export function groupEntity(row: SiteGroupRow, siteUrl: string): Entity {
  return new Entity(
    { type: 'SP.Group', id: `${siteUrl}/_api/Web/SiteGroups/GetById(${row.Id})`, editLink: `Web/SiteGroups/GetById(${row.Id})` },
    {
      Id: row.Id,
      IsHiddenInUI: false,
      LoginName: row.Title,
      Title: row.Title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: row.Description,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: 'System Account',
      RequestToJoinLeaveEmailSetting: null
    }
  );
}

export function allSiteUsers(db: Db): SiteUserRow[] {
  return stmt(db, 'SELECT * FROM _site_users ORDER BY Id').all() as unknown as SiteUserRow[];
}

export function allSiteGroups(db: Db): SiteGroupRow[] {
  return stmt(db, 'SELECT Id, Title, Description, GroupKey FROM _site_groups ORDER BY Id').all() as unknown as SiteGroupRow[];
}

/** The site groups a user belongs to: SharePoint's /currentuser/groups and /siteusers(n)/groups. */
export function groupsOfUser(db: Db, userId: number): SiteGroupRow[] {
  return stmt(db, 'SELECT g.Id, g.Title, g.Description, g.GroupKey FROM _group_members m JOIN _site_groups g ON g.Id = m.GroupId WHERE m.UserId = ? ORDER BY g.Id').all(userId) as unknown as SiteGroupRow[];
}

export function groupMembers(db: Db, groupId: number): SiteUserRow[] {
  return stmt(db, 'SELECT u.* FROM _group_members m JOIN _site_users u ON u.Id = m.UserId WHERE m.GroupId = ? ORDER BY u.Id').all(groupId) as unknown as SiteUserRow[];
}
