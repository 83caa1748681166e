/**
 * The demo people of Region Exempel the user switcher offers, in the order a demo walks through
 * a case: reporter, manager, substitute, coordinator, security function, owners, admin. Keys and
 * roles come from the seed (tools/emulator/seed/personas.ts); names come from the emulator.
 */
import { PERSONAS, PersonaName } from '../../emulator/seed/personas';

export const PERSONA_DOMAIN = 'regionexempel.se';

export const PERSONA_ORDER: readonly PersonaName[] = [
  'reporter',
  'manager',
  'reporterWithAbsentManager',
  'absentManager',
  'substitute',
  'reporterWithoutManager',
  'securityCoordinator',
  'securityFunction',
  'documentOwner',
  'admin'
];

export function personaUpn(name: PersonaName): string {
  return `${PERSONAS[name].key}@${PERSONA_DOMAIN}`;
}

/** Which persona a UPN is, if any. */
export function personaNameOf(userPrincipalName: string): PersonaName | undefined {
  const upn = userPrincipalName.toLowerCase();
  return PERSONA_ORDER.find((name) => personaUpn(name) === upn);
}

/** The person `npm start` signs in first: an employee who reports. */
export const DEFAULT_PERSONA: PersonaName = 'reporter';
