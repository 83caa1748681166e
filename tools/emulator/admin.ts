/**
 * The emulator's own endpoints under `/_emulator/…` (no identity needed): users for the workbench's
 * user switcher, the outbox, fault rules and the request log.
 */
import { FaultInjector, FaultSpecError, IFaultSpec } from './faults';
import { EmuRequest, EmuResponse, jsonResponse } from './http/types';
import { readOutbox } from './graph/mail';
import { RequestLog } from './requestLog';
import { EmulatorState } from './state';
import { stmt } from './storage/database';

export interface IEmulatorUser {
  readonly upn: string;
  readonly displayName: string;
  readonly jobTitle: string | null;
  readonly department: string | null;
  readonly roles: readonly string[];
  readonly graphId: string;
  readonly siteUserId?: number;
  readonly groups: readonly string[];
}

export function emulatorUsers(state: EmulatorState): IEmulatorUser[] {
  const rows = stmt(
    state.db,
    `SELECT g.Id, g.UserPrincipalName, g.DisplayName, g.JobTitle, g.Department, g.Roles, s.Id AS SiteId
     FROM _graph_users g LEFT JOIN _site_users s ON s.UserPrincipalName = g.UserPrincipalName ORDER BY g.DisplayName COLLATE NOCASE`
  ).all() as unknown as { Id: string; UserPrincipalName: string; DisplayName: string; JobTitle: string | null; Department: string | null; Roles: string; SiteId: number | null }[];
  const memberships = stmt(state.db, 'SELECT m.UserId, g.GroupKey, g.Title FROM _group_members m JOIN _site_groups g ON g.Id = m.GroupId').all() as unknown as {
    UserId: number;
    GroupKey: string | null;
    Title: string;
  }[];
  return rows.map((r) => ({
    upn: r.UserPrincipalName,
    displayName: r.DisplayName,
    jobTitle: r.JobTitle,
    department: r.Department,
    roles: JSON.parse(r.Roles) as string[],
    graphId: r.Id,
    ...(r.SiteId !== null ? { siteUserId: r.SiteId } : {}),
    groups: memberships.filter((m) => m.UserId === r.SiteId).map((m) => m.GroupKey ?? m.Title)
  }));
}

function adminError(status: number, message: string): EmuResponse {
  return jsonResponse(status, { error: { code: status === 404 ? 'NotFound' : 'BadRequest', message } });
}

export function handleAdmin(state: EmulatorState, faults: FaultInjector, log: RequestLog, req: EmuRequest, path: string): EmuResponse {
  const parts = path.split('/').filter(Boolean);
  const method = req.method;
  const q = req.url.searchParams;
  switch (parts[0]) {
    case 'health':
      return jsonResponse(200, { ok: true });
    case 'users':
      if (method !== 'GET') return adminError(405, 'GET only');
      return jsonResponse(200, emulatorUsers(state));
    case 'outbox':
      if (method === 'GET') return jsonResponse(200, readOutbox(state.db));
      if (method === 'DELETE') {
        stmt(state.db, 'DELETE FROM _outbox').run();
        return { status: 204, headers: {}, body: '' };
      }
      return adminError(405, 'GET or DELETE');
    case 'requests':
      if (method === 'GET') return jsonResponse(200, log.list({ method: q.get('method') ?? undefined, pathContains: q.get('path') ?? undefined }));
      if (method === 'DELETE') {
        log.reset();
        return { status: 204, headers: {}, body: '' };
      }
      return adminError(405, 'GET or DELETE');
    case 'faults': {
      if (parts.length === 2 && method === 'DELETE') return faults.remove(parts[1]) ? { status: 204, headers: {}, body: '' } : adminError(404, 'No such fault rule.');
      if (parts.length > 1) return adminError(404, 'Unknown path.');
      if (method === 'GET') return jsonResponse(200, faults.list());
      if (method === 'DELETE') {
        faults.clear();
        return { status: 204, headers: {}, body: '' };
      }
      if (method === 'POST') {
        let spec: unknown;
        try {
          spec = JSON.parse(req.body.toString('utf8'));
        } catch {
          return adminError(400, 'The body must be a JSON fault rule.');
        }
        const specs = Array.isArray(spec) ? spec : [spec];
        try {
          const rules = specs.map((s: unknown) => {
            if (typeof s !== 'object' || s === null) throw new FaultSpecError('A fault rule must be an object.');
            return faults.add(s as IFaultSpec);
          });
          return jsonResponse(201, Array.isArray(spec) ? rules : rules[0]);
        } catch (e) {
          if (e instanceof FaultSpecError) return adminError(400, e.message);
          throw e;
        }
      }
      return adminError(405, 'GET, POST or DELETE');
    }
    default:
      return adminError(404, 'Unknown emulator endpoint. Known: /_emulator/users, /outbox, /faults, /requests, /health, /jobs/daily (POST).');
  }
}
