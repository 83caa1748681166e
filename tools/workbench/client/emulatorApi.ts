/**
 * The emulator's admin endpoints that only the workbench uses: the demo people for the user
 * switcher (GET /_emulator/users) and the mail the services sent through Graph (GET /_emulator/outbox).
 */
import type { IEmulatorUser, IOutboxMail } from '../../emulator';
import { PersonaName } from '../../emulator/seed/personas';
import { PERSONA_ORDER, personaNameOf } from './personas';

export type { IOutboxMail };

export const USER_COOKIE = 'trygg-user';

export interface IWorkbenchPersona {
  readonly userPrincipalName: string;
  readonly displayName: string;
  /** Which demo persona this is; absent for other people in the directory. */
  readonly persona?: PersonaName;
  /** Job title and department. */
  readonly details: string;
}

/** The seed's personas in demo order; everyone when the data has none of them (another seed). */
export function personasFrom(users: readonly IEmulatorUser[]): IWorkbenchPersona[] {
  const all = users.map((user) => ({
    userPrincipalName: user.upn,
    displayName: user.displayName,
    persona: personaNameOf(user.upn),
    details: [user.jobTitle, user.department].filter(Boolean).join(', ')
  }));
  const personas = all.filter((person) => person.persona);
  if (personas.length === 0) return all;
  return personas.sort((a, b) => PERSONA_ORDER.indexOf(a.persona!) - PERSONA_ORDER.indexOf(b.persona!));
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

export async function fetchPersonas(): Promise<IWorkbenchPersona[]> {
  return personasFrom(await getJson<IEmulatorUser[]>('/_emulator/users'));
}

export function fetchOutbox(): Promise<IOutboxMail[]> {
  return getJson<IOutboxMail[]>('/_emulator/outbox');
}

/** A mail's body as plain text (Trygg sends Text; an HTML body is shown without its markup). */
export function mailText(mail: IOutboxMail): string {
  if (mail.bodyContentType !== 'HTML') return mail.body;
  return new DOMParser().parseFromString(mail.body, 'text/html').body.textContent || '';
}

/** Signs in as someone else: the emulator reads this cookie on every SharePoint and Graph call. */
export function switchUser(userPrincipalName: string): void {
  document.cookie = `${USER_COOKIE}=${encodeURIComponent(userPrincipalName)}; path=/; SameSite=Lax`;
  window.location.reload();
}
