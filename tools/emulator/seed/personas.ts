import { SeedRole } from './types';

/**
 * The fixed people of Region Exempel. The workbench's user switcher and the tests sign in as
 * them, so their keys never change:
 *
 * - anna.svensson  Sjuksköterska, Akutmottagningen. Reports; her manager lars.holm is present → cases go to him ('Chef').
 * - lars.holm      Enhetschef, Akutmottagningen. Handles his unit's cases.
 * - sara.lind      Undersköterska, Ortopedavdelning 12. Her manager karin.strom is absent → cases go to johan.falk ('Ersättare').
 * - karin.strom    Enhetschef, Ortopedavdelning 12, absent (ManagerAbsent).
 * - johan.falk     Biträdande enhetschef, Ortopedavdelning 12, Substitute for karin.strom.
 * - olle.ek        IT-konsult, IT-drift, with no manager in the directory → cases go to the security coordinator.
 * - maria.berg     Säkerhetssamordnare, Sjukhuset i Exempelby: SecurityCoordinator of the förvaltning and all its units.
 * - peter.sjoberg  Regional säkerhetschef: security function ('securityFunction'), document owner.
 * - helena.ask     Informationssäkerhetsstrateg: document owner ('documentOwners').
 * - admin.trygg    Trygg Administratör, IT-förvaltare: Trygg's admin ('admins').
 */
export interface IPersonaSpec {
  readonly key: string;
  readonly givenName: string;
  readonly surname: string;
  readonly jobTitle: string;
  /** No manager in the directory (consultants, functional accounts). */
  readonly noManager?: boolean;
  readonly roles?: readonly SeedRole[];
}

export const PERSONAS = {
  reporter: { key: 'anna.svensson', givenName: 'Anna', surname: 'Svensson', jobTitle: 'Sjuksköterska' },
  manager: { key: 'lars.holm', givenName: 'Lars', surname: 'Holm', jobTitle: 'Enhetschef' },
  reporterWithAbsentManager: { key: 'sara.lind', givenName: 'Sara', surname: 'Lind', jobTitle: 'Undersköterska' },
  absentManager: { key: 'karin.strom', givenName: 'Karin', surname: 'Ström', jobTitle: 'Enhetschef' },
  substitute: { key: 'johan.falk', givenName: 'Johan', surname: 'Falk', jobTitle: 'Biträdande enhetschef' },
  reporterWithoutManager: {
    key: 'olle.ek',
    givenName: 'Olle',
    surname: 'Ek',
    jobTitle: 'IT-konsult',
    noManager: true
  },
  securityCoordinator: { key: 'maria.berg', givenName: 'Maria', surname: 'Berg', jobTitle: 'Säkerhetssamordnare' },
  securityFunction: {
    key: 'peter.sjoberg',
    givenName: 'Peter',
    surname: 'Sjöberg',
    jobTitle: 'Regional säkerhetschef',
    roles: ['securityFunction', 'documentOwner']
  },
  documentOwner: {
    key: 'helena.ask',
    givenName: 'Helena',
    surname: 'Ask',
    jobTitle: 'Informationssäkerhetsstrateg',
    roles: ['documentOwner']
  },
  admin: {
    key: 'admin.trygg',
    givenName: 'Trygg',
    surname: 'Administratör',
    jobTitle: 'IT-förvaltare',
    roles: ['admin']
  }
} as const satisfies Record<string, IPersonaSpec>;

export type PersonaName = keyof typeof PERSONAS;
