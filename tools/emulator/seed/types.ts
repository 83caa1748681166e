/**
 * The neutral shape of the emulator's seed data. The seed generator (regionExempel.ts) produces it;
 * the emulator's loader writes it into the SQLite tables that the schema (src/schema) declares.
 */

export type SeedRole = 'securityFunction' | 'admin' | 'documentOwner';

export interface ISeedPerson {
  /** Stable key, the local part of the address, e.g. 'anna.lindqvist'. */
  readonly key: string;
  /** Azure AD object id: a GUID derived deterministically from the key. */
  readonly graphId: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly mail: string;
  readonly userPrincipalName: string;
  readonly jobTitle: string;
  /** The directory department; matches a unit's Department field. */
  readonly department: string;
  readonly officeLocation?: string;
  readonly mobilePhone?: string;
  /** Key of the line manager in the directory; absent for people with no manager. */
  readonly managerKey?: string;
  readonly roles?: readonly SeedRole[];
}

export interface ISeedGroup {
  readonly key: string;
  /** SharePoint site group title and Graph group displayName. */
  readonly title: string;
  readonly description: string;
  readonly memberKeys: readonly string[];
}

/** A field value in a seed item: User fields hold a person key, Lookup fields the target item's Id. */
export type SeedValue = string | number | boolean | undefined;

export interface ISeedItem {
  /** Explicit list item id, so that lookups can refer to it. */
  readonly Id: number;
  /** Person key of the creator (SharePoint's Author); defaults to the system account. */
  readonly Author?: string;
  /** ISO 8601 timestamps; default: the seed's reference time. */
  readonly Created?: string;
  readonly Modified?: string;
  readonly values: Readonly<Record<string, SeedValue>>;
}

export interface ISeedData {
  /** The instant the seed was generated "as of" (deterministic, not the wall clock). */
  readonly referenceTime: string;
  readonly people: readonly ISeedPerson[];
  readonly groups: readonly ISeedGroup[];
  /** Items per list key of src/schema (e.g. 'units', 'deviations', 'deviationActions'). */
  readonly items: Readonly<Record<string, readonly ISeedItem[]>>;
}
