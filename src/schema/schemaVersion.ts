/**
 * The schema's version. Provisioning (src/services/provisioning/provisionSchema.ts) brings a site
 * from whatever shape it has to the lists, fields, indexes and permissions below, runs the value
 * migrations of every version above the one the site has recorded, and records the version it
 * reached in the site's settings list (TryggInstallningar).
 *
 * When a change to lists.ts, documentLists.ts, groups.ts or permissionLevels.ts reaches a tenant,
 * add a line to SCHEMA_CHANGELOG (the version is the last line's). Adding is all provisioning does
 * by itself: a list, field, index, unique constraint, choice, content approval or role assignment
 * the site lacks. A change to existing values (a renamed choice, a field split in two) needs a
 * migration (src/services/provisioning/migrations.ts) with the new version. Nothing is ever dropped:
 * a list or field the schema no longer declares stays on the site with its data.
 */
import { IListDefinition } from './types';
import { TRYGG_LISTS } from './lists';
import { ICustomPermissionLevel, TRYGG_PERMISSION_LEVELS } from './permissionLevels';

export interface ISchemaChange {
  readonly version: number;
  /** What the version added, for the administrator reading the upgrade's report. */
  readonly added: string;
}

/** What each version of Trygg's schema added, oldest first. */
export const SCHEMA_CHANGELOG: readonly ISchemaChange[] = [
  {
    version: 1,
    added:
      'Units, deviations and their actions (TryggEnheter, TryggAvvikelser, TryggAtgarder); the groups Trygg Medlemmar, Chefer, ' +
      'Säkerhetsfunktionen and Trygg Ägare; the level Trygg Rapportera; reporters see their own reports.'
  },
  { version: 2, added: 'Protected cases and their actions (TryggSkyddadeAvvikelser, TryggSkyddadeAtgarder), each item shared by the Trygg function.' },
  { version: 3, added: 'Statistics (TryggStatistik); mail bookkeeping on cases and actions (ReporterNotified, ReminderSentFor).' },
  { version: 4, added: 'Risk register: TryggRisker, TryggRiskatgarder, TryggRiskbeslut and TryggRiskmatris.' },
  { version: 5, added: 'Omvärldsbevakning (TryggOmvarldsbevakning); a risk keeps the entry that raised it (ScanningEntryId).' },
  {
    version: 6,
    added:
      'Governing documents: TryggStyrandeDokument (content approval), TryggDokumentbeslut, TryggRemisser, TryggRemissvar, ' +
      'TryggLaskvittenser; the group Dokumentägare and the levels Trygg Följa upp and Trygg Hitta listan; a risk links its governing document (GoverningDocumentId).'
  },
  {
    version: 7,
    added:
      'PDSA: goals, measurements, exercises, self-assessments and comments (TryggMal, TryggMatningar, TryggOvningar, ' +
      'TryggSjalvskattningar, TryggPdsaKommentarer); the site records its schema version and settings in TryggInstallningar.'
  },
  {
    version: 8,
    added:
      'A governing document that asks for read confirmation says so in an indexed column (AsksReadConfirmation), so reading lists ' +
      'are found at any size of the library; published documents get it from ReadAudience.'
  },
  {
    version: 9,
    added: "A measurement carries its goal's year in an indexed column (GoalYear on TryggMatningar), so a year's goals and measurements are read together; stored measurements get it from their goals."
  }
];

/** The schema version this code declares. */
export const TRYGG_SCHEMA_VERSION: number = SCHEMA_CHANGELOG[SCHEMA_CHANGELOG.length - 1].version;

/** The setting under which a site records the schema version provisioning brought it to. */
export const SCHEMA_VERSION_SETTING = 'SchemaVersion';

/**
 * The site's settings: one item per setting (SettingKey unique). A list, not the web's property
 * bag: SharePoint Online refuses property bag writes on sites with custom scripts disabled (every
 * modern site by default), and a list is readable by the web parts with the user's own rights.
 * Everyone reads it; only the site's owners change it.
 */
export const settingsList: IListDefinition = {
  key: 'settings',
  title: 'TryggInstallningar',
  description: 'Trygg:s inställningar för webbplatsen, bland annat vilken schemaversion den har.',
  template: 100,
  titleField: { title: 'Inställning', required: false },
  enableVersioning: true,
  roleAssignments: [
    { group: 'members', level: 'Read' },
    { group: 'managers', level: 'Read' },
    { group: 'securityFunction', level: 'Read' },
    { group: 'documentOwners', level: 'Read' },
    { group: 'admins', level: 'Full Control' }
  ],
  fields: [
    { name: 'SettingKey', title: 'Nyckel', type: 'Text', required: true, indexed: true, unique: true, maxLength: 64 },
    { name: 'SettingValue', title: 'Värde', type: 'Note' }
  ]
};

/** One version of the whole schema: what provisioning brings a site to. */
export interface ITryggSchema {
  readonly version: number;
  /** In provisioning order (lookup targets first). */
  readonly lists: readonly IListDefinition[];
  readonly permissionLevels: Readonly<Record<string, ICustomPermissionLevel>>;
}

/** The current schema: every list of TRYGG_LISTS, then the settings list. */
export const TRYGG_SCHEMA: ITryggSchema = {
  version: TRYGG_SCHEMA_VERSION,
  lists: [...TRYGG_LISTS, settingsList],
  permissionLevels: TRYGG_PERMISSION_LEVELS
};
