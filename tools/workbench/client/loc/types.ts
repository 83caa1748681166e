import { PersonaName } from '../../../emulator/seed/personas';

/** The workbench shell's own strings (it never ships, so they live here rather than in SPFx loc files). */
export interface IWorkbenchStrings {
  readonly appName: string;
  readonly workbench: string;
  readonly organisation: string;
  readonly emulatorNotice: string;
  readonly webParts: string;
  readonly view: string;
  readonly views: Readonly<Record<'sharepoint' | 'teams' | 'mobile', string>>;
  readonly theme: string;
  readonly themes: Readonly<Record<'light' | 'dark' | 'contrast', string>>;
  readonly language: string;
  readonly languages: Readonly<Record<'sv-se' | 'en-us', string>>;
  readonly signedInAs: string;
  readonly switchUser: string;
  /** By persona (tools/emulator/seed/personas.ts). */
  readonly personaRoles: Readonly<Record<PersonaName, string>>;
  readonly outbox: string;
  readonly outboxEmpty: string;
  readonly outboxTo: string;
  readonly outboxFrom: string;
  readonly outboxSent: string;
  readonly refresh: string;
  readonly close: string;
  readonly siteName: string;
  readonly teamsChat: string;
  readonly teamsActivity: string;
  readonly teamsCalendar: string;
  readonly teamsApps: string;
  readonly teamsSearch: string;
  readonly webPartFailed: string;
  readonly unknownWebPart: string;
  readonly loadFailed: string;
}
