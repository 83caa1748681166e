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

/** SharePoint site group titles that carry Trygg roles (provisioned with the site). */
export const ROLE_GROUPS = {
  securityFunction: 'Säkerhetsfunktionen',
  admin: 'Trygg Ägare',
  documentOwner: 'Dokumentägare',
  manager: 'Chefer'
} as const;
