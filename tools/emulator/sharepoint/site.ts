/** The web and its principals: contextinfo, web, currentuser, siteusers, sitegroups, ensureuser. */
import { createHash } from 'node:crypto';
import { SpError, sp } from '../errors';
import { nextPrincipalId, stmt } from '../storage/database';
import { jsonBody } from '../http/body';
import { EmuResponse } from '../http/types';
import { collectionResponse, Entity, entityResponse, selectProps } from '../odata/format';
import { parseSelect } from '../odata/query';
import { isoDate } from './itemJson';
import { SpContext } from './context';
import { assertWebPermission } from './itemSecurity';
import { queryEntities } from './lists';
import {
  SiteUserRow,
  addSiteUserFromDirectory,
  allSiteGroups,
  allSiteUsers,
  groupEntity,
  groupMembers,
  groupsOfUser,
  siteGroupById,
  siteUserById,
  siteUserByLogin,
  userEntity
} from './principals';

const WEB_ID = '6f7e2c4a-1b3d-4e5f-8a9b-0c1d2e3f4a5b';

/** How long a form digest lasts, in seconds, as SharePoint Online says. */
export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;

/** A form digest in SharePoint's shape (`0x…,<UTC date>`): the emulator does not check digests, PnPjs reads the date. */
export function formDigest(upn: string, now: Date): string {
  return `0x${createHash('sha256').update(`${upn}|${now.getTime()}`).digest('hex').toUpperCase().slice(0, 128)},${now.toUTCString()}`;
}

export function contextInfo(ctx: SpContext): EmuResponse {
  const props = {
    FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: formDigest(ctx.user.upn, ctx.state.now()),
    LibraryVersion: '16.0.26000.12004',
    SiteFullUrl: ctx.siteUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.siteUrl
  };
  if (ctx.mode === 'verbose') {
    return { status: 200, headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' }, body: JSON.stringify({ d: { GetContextWebInformation: props } }) };
  }
  return entityResponse(ctx.mode, new Entity(undefined, props), `${ctx.siteUrl}/_api/$metadata#SP.ContextWebInformation`);
}

export function getWeb(ctx: SpContext): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'ViewPages');
  const entity = new Entity(
    { type: 'SP.Web', id: `${ctx.siteUrl}/_api/Web`, editLink: 'Web' },
    {
      AllowRssFeeds: true,
      Created: isoDate(Date.UTC(2025, 0, 1)),
      Description: 'Trygg (emulator)',
      HasUniqueRoleAssignments: true,
      Id: WEB_ID,
      IsMultilingual: false,
      Language: 1053,
      LastItemModifiedDate: isoDate(ctx.state.now().getTime()),
      ServerRelativeUrl: ctx.state.sitePath,
      Title: 'Trygg',
      Url: ctx.siteUrl,
      WebTemplate: 'SITEPAGEPUBLISHING'
    }
  );
  const select = parseSelect(ctx.query.get('$select'))?.map((p) => p.join('/'));
  return entityResponse(ctx.mode, selectProps(entity, select, 'SP.Web'), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Webs/@Element`);
}

function userResponse(ctx: SpContext, row: SiteUserRow | undefined): EmuResponse {
  if (!row) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
  const select = parseSelect(ctx.query.get('$select'))?.map((p) => p.join('/'));
  return entityResponse(ctx.mode, selectProps(userEntity(row, ctx.siteUrl), select, 'SP.User'), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Users/@Element`);
}

/**
 * An item of the hidden User Information List (`web/siteuserinfolist/items(id)`): SharePoint keeps
 * each site user's Department and JobTitle there, synced from the directory, so a web part learns
 * a person's department inside a `$batch` without asking Graph. One's own item is always readable.
 */
export function getUserInformationItem(ctx: SpContext, id: number): EmuResponse {
  if (id !== ctx.user.id) assertWebPermission(ctx.state.perms, ctx.user, 'BrowseUserInfo');
  const row = siteUserById(ctx.state.db, id);
  if (!row || row.PrincipalType !== 1) throw new SpError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
  const entity = new Entity(
    { type: 'SP.Data.UserInfoItem', id: `${ctx.siteUrl}/_api/Web/SiteUserInfoList/Items(${row.Id})`, editLink: `Web/SiteUserInfoList/Items(${row.Id})` },
    { Id: row.Id, ID: row.Id, Title: row.Title, Name: row.LoginName, EMail: row.Email, Department: row.Department, JobTitle: row.JobTitle, FirstName: row.FirstName, LastName: row.LastName }
  );
  const select = parseSelect(ctx.query.get('$select'))?.map((p) => p.join('/'));
  return entityResponse(ctx.mode, selectProps(entity, select, 'SP.Data.UserInfoItem'), `${ctx.siteUrl}/_api/$metadata#SP.ListData.UserInfoItems/@Element`);
}

export function getCurrentUser(ctx: SpContext): EmuResponse {
  return userResponse(ctx, siteUserById(ctx.state.db, ctx.user.id));
}

/** A user's own group memberships; anyone may read their own, others need BrowseUserInfo. */
export function getUserGroups(ctx: SpContext, userId: number): EmuResponse {
  if (userId !== ctx.user.id) assertWebPermission(ctx.state.perms, ctx.user, 'BrowseUserInfo');
  const entities = queryEntities(ctx, groupsOfUser(ctx.state.db, userId).map((g) => groupEntity(g, ctx.siteUrl)), 'SP.Group');
  return collectionResponse(ctx.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Groups`);
}

export function getSiteUsers(ctx: SpContext): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'BrowseUserInfo');
  const entities = queryEntities(ctx, allSiteUsers(ctx.state.db).map((u) => userEntity(u, ctx.siteUrl)), 'SP.User');
  return collectionResponse(ctx.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Users`);
}

export function getSiteUser(ctx: SpContext, by: { id?: number; email?: string; login?: string }): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'BrowseUserInfo');
  const db = ctx.state.db;
  const row = by.id !== undefined ? siteUserById(db, by.id) : siteUserByLogin(db, by.email ?? by.login ?? '');
  return userResponse(ctx, row);
}

export function ensureUser(ctx: SpContext): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'BrowseUserInfo');
  const body = jsonBody(ctx.req);
  const logonName = body.logonName;
  if (typeof logonName !== 'string' || logonName.trim() === '') throw sp.badRequest('The parameter logonName is required.');
  const login = logonName.trim();
  const upn = login.includes('|') ? login.slice(login.lastIndexOf('|') + 1) : login;
  const row = siteUserByLogin(ctx.state.db, login) ?? addSiteUserFromDirectory(ctx.state.db, upn);
  if (!row) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logonName} could not be found.`);
  return userResponse(ctx, row);
}

export function getSiteGroups(ctx: SpContext): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'BrowseUserInfo');
  const entities = queryEntities(ctx, allSiteGroups(ctx.state.db).map((g) => groupEntity(g, ctx.siteUrl)), 'SP.Group');
  return collectionResponse(ctx.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Groups`);
}

/**
 * POST /_api/web/sitegroups: a new site group, as a site owner makes one (Create Groups on the web).
 * SharePoint answers 500 for a title in use; the emulator says so with the same status. Differs:
 * the group's owner is not recorded (nothing in Trygg reads it).
 */
export function addSiteGroup(ctx: SpContext): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'CreateGroups');
  const body = jsonBody(ctx.req);
  const title = typeof body.Title === 'string' ? body.Title.trim() : '';
  if (title === '' || title.length > 255) throw sp.badRequest('The parameter Title is required (at most 255 characters).');
  if (allSiteGroups(ctx.state.db).some((g) => g.Title.toLowerCase() === title.toLowerCase())) {
    throw new SpError(500, '-2130575293, Microsoft.SharePoint.SPException', `The specified name is already in use.`);
  }
  const id = nextPrincipalId(ctx.state.db);
  const description = typeof body.Description === 'string' ? body.Description : '';
  stmt(ctx.state.db, 'INSERT INTO _site_groups (Id, Title, Description) VALUES (?, ?, ?)').run(id, title, description);
  return { ...getSiteGroup(ctx, id), status: 201 };
}

export function findGroup(ctx: SpContext, by: { id?: number; name?: string }): number {
  const g =
    by.id !== undefined ? siteGroupById(ctx.state.db, by.id) : allSiteGroups(ctx.state.db).find((x) => x.Title.toLowerCase() === (by.name ?? '').toLowerCase());
  if (!g) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
  return g.Id;
}

export function getSiteGroup(ctx: SpContext, id: number): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'BrowseUserInfo');
  const select = parseSelect(ctx.query.get('$select'))?.map((p) => p.join('/'));
  return entityResponse(ctx.mode, selectProps(groupEntity(siteGroupById(ctx.state.db, id)!, ctx.siteUrl), select, 'SP.Group'), `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Groups/@Element`);
}

export function getGroupUsers(ctx: SpContext, id: number): EmuResponse {
  assertWebPermission(ctx.state.perms, ctx.user, 'BrowseUserInfo');
  const entities = queryEntities(ctx, groupMembers(ctx.state.db, id).map((u) => userEntity(u, ctx.siteUrl)), 'SP.User');
  return collectionResponse(ctx.mode, entities, `${ctx.siteUrl}/_api/$metadata#SP.ApiData.Users`);
}
