/**
 * The SharePoint site groups a Trygg site has, and the permission levels lists give them. Declared
 * once: provisioning creates the assignments, the emulator enforces them, the services read roles
 * from membership.
 */
import type { PermissionLevel } from './permissionLevels';

export const TRYGG_GROUPS = {
  members: { title: 'Trygg Medlemmar', description: 'Alla medarbetare: rapporterar och följer sina egna rapporter.' },
  managers: {
    title: 'Chefer',
    description: 'Chefer med linjeansvar, deras ersättare och säkerhetssamordnare: handlägger ärenden.'
  },
  securityFunction: { title: 'Säkerhetsfunktionen', description: 'Den regionala säkerhetsfunktionen: följer upp allt.' },
  documentOwners: { title: 'Dokumentägare', description: 'Äger styrande dokument och håller dem aktuella.' },
  admins: { title: 'Trygg Ägare', description: 'Förvaltar Trygg och dess inställningar.' }
} as const;

export type TryggGroupKey = keyof typeof TRYGG_GROUPS;


export interface IRoleAssignment {
  readonly group: TryggGroupKey;
  readonly level: PermissionLevel;
}
