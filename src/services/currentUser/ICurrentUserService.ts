import { TRYGG_GROUPS } from '../../schema/groups';

/** What Trygg lets a person do: from their rights (domain/roles.ts), document ownership from membership. */
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

/** The site group whose membership makes a document owner (no list-level right shows it). */
export const ROLE_GROUPS = {
  documentOwner: TRYGG_GROUPS.documentOwners.title
} as const;
