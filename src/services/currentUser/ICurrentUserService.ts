import { TRYGG_GROUPS } from '../../schema/groups';

/** What Trygg lets a person do, from their SharePoint group memberships. */
export interface ITryggRoles {
  readonly securityFunction: boolean;
  readonly admin: boolean;
  readonly documentOwner: boolean;
  readonly manager: boolean;
}

export interface ICurrentUser {
  /** SharePoint site user id (person fields store it). */
  readonly id: number;
  readonly displayName: string;
  readonly email: string;
  readonly loginName: string;
  readonly roles: ITryggRoles;
}

export interface ICurrentUserService {
  get(): Promise<ICurrentUser>;
}

/** SharePoint site group titles that carry Trygg roles (declared in src/schema/groups.ts). */
export const ROLE_GROUPS = {
  securityFunction: TRYGG_GROUPS.securityFunction.title,
  admin: TRYGG_GROUPS.admins.title,
  documentOwner: TRYGG_GROUPS.documentOwners.title,
  manager: TRYGG_GROUPS.managers.title
} as const;
