/**
 * Registered Azure AD apps that call as themselves (app-only tokens): in Trygg, the protected-cases
 * function with Sites.Selected "fullcontrol" on the site and Graph User.Read.All + Mail.Send.
 * On SharePoint an app is a site user with an `i:0i.t|ms.sp.ext|<clientId>@<tenantId>` login. The
 * emulator marks it site admin, since fullcontrol reaches every list and item whatever their permissions.
 */
import type { ISeedApp } from './seed/types';
import { Db, nextPrincipalId, stmt } from './storage/database';

/** The directory (tenant) id the emulator pretends to run in. */
export const EMULATOR_TENANT_ID = '4b1f6d2e-8c3a-4e7b-9f05-2d6a1c8e3b70';

export interface AppRow {
  readonly clientId: string;
  readonly displayName: string;
  readonly siteUserId: number;
}

export function appLoginName(clientId: string): string {
  return `i:0i.t|ms.sp.ext|${clientId}@${EMULATOR_TENANT_ID}`;
}

export function appByClientId(db: Db, clientId: string): AppRow | undefined {
  const row = stmt(db, 'SELECT ClientId, DisplayName, SiteUserId FROM _apps WHERE ClientId = ?').get(clientId) as
    | { ClientId: string; DisplayName: string; SiteUserId: number }
    | undefined;
  return row && { clientId: row.ClientId, displayName: row.DisplayName, siteUserId: row.SiteUserId };
}

/** Adds the app and its site user; an app registered before is left as it is. Run inside a transaction. */
export function registerApp(db: Db, app: ISeedApp): AppRow {
  const existing = appByClientId(db, app.clientId);
  if (existing) return existing;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(app.clientId)) throw new Error(`App client id '${app.clientId}' is not valid (letters, digits, '.', '_', '-').`);
  if (!app.displayName.trim()) throw new Error(`App '${app.clientId}' needs a displayName.`);
  const id = nextPrincipalId(db);
  stmt(db, 'INSERT INTO _site_users (Id, LoginName, Title, Email, UserPrincipalName, PrincipalType, IsSiteAdmin) VALUES (?, ?, ?, \'\', NULL, 1, 1)').run(
    id,
    appLoginName(app.clientId),
    app.displayName
  );
  stmt(db, 'INSERT INTO _apps (ClientId, DisplayName, SiteUserId) VALUES (?, ?, ?)').run(app.clientId, app.displayName, id);
  return { clientId: app.clientId, displayName: app.displayName, siteUserId: id };
}
