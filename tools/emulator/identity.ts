/**
 * Who is calling. The emulator has no sign-in: the caller names the user with the header
 * `X-Trygg-User: <userPrincipalName>` or the cookie `trygg-user=<upn>` (the workbench's user switcher
 * sets the cookie), or a registered app (apps.ts) with `X-Trygg-App: <clientId>`, which wins over a
 * user so that the answer never depends on a stray cookie. No identity, or an unknown one → 401, as
 * SharePoint and Graph answer an unauthenticated call or an invalid token.
 * A directory (Graph) user who is not a site user yet becomes one on first use, as in SharePoint.
 */
import { appByClientId } from './apps';
import { Db, stmt } from './storage/database';
import { addSiteUserFromDirectory, siteUserById } from './sharepoint/principals';

export interface CurrentUser {
  /** SharePoint site user id. */
  readonly id: number;
  /** Empty for an app. */
  readonly upn: string;
  readonly title: string;
  readonly email: string;
  readonly loginName: string;
  /** Azure AD object id, when the user is in the directory. */
  readonly graphId?: string;
  /** Set when an app calls as itself. */
  readonly appClientId?: string;
}

export const USER_HEADER = 'x-trygg-user';
export const USER_COOKIE = 'trygg-user';
export const APP_HEADER = 'x-trygg-app';

export type Caller = { readonly kind: 'user'; readonly upn: string } | { readonly kind: 'app'; readonly clientId: string };

export function requestedCaller(headers: ReadonlyMap<string, string>): Caller | undefined {
  const clientId = headers.get(APP_HEADER)?.trim();
  if (clientId) return { kind: 'app', clientId };
  const upn = requestedUpn(headers);
  return upn ? { kind: 'user', upn } : undefined;
}

/** How the request log names the caller. */
export function callerLabel(caller: Caller | undefined): string | undefined {
  if (!caller) return undefined;
  return caller.kind === 'app' ? `app:${caller.clientId}` : caller.upn;
}

export function requestedUpn(headers: ReadonlyMap<string, string>): string | undefined {
  const fromHeader = headers.get(USER_HEADER)?.trim();
  if (fromHeader) return fromHeader;
  const cookie = headers.get('cookie');
  if (!cookie) return undefined;
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === USER_COOKIE) {
      try {
        const value = decodeURIComponent(rest.join('=')).trim();
        return value || undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

interface UserRow {
  Id: number;
  UserPrincipalName: string;
  Title: string;
  Email: string;
  LoginName: string;
}

export function resolveUser(db: Db, upn: string): CurrentUser | undefined {
  let row = stmt(db, 'SELECT Id, UserPrincipalName, Title, Email, LoginName FROM _site_users WHERE UserPrincipalName = ? AND PrincipalType = 1').get(upn) as
    | UserRow
    | undefined;
  const graphRow = stmt(db, 'SELECT Id FROM _graph_users WHERE UserPrincipalName = ?').get(upn) as { Id: string } | undefined;
  if (!row && graphRow) {
    addSiteUserFromDirectory(db, upn);
    row = stmt(db, 'SELECT Id, UserPrincipalName, Title, Email, LoginName FROM _site_users WHERE UserPrincipalName = ?').get(upn) as UserRow | undefined;
  }
  if (!row) return undefined;
  return { id: row.Id, upn: row.UserPrincipalName, title: row.Title, email: row.Email, loginName: row.LoginName, graphId: graphRow?.Id };
}

export function resolveCaller(db: Db, caller: Caller): CurrentUser | undefined {
  if (caller.kind === 'user') return resolveUser(db, caller.upn);
  const app = appByClientId(db, caller.clientId);
  const row = app && siteUserById(db, app.siteUserId);
  if (!app || !row) return undefined;
  return { id: row.Id, upn: '', title: row.Title, email: row.Email, loginName: row.LoginName, appClientId: app.clientId };
}
