/**
 * The neutral shape of the emulator's seed data. The seed generator (regionExempel.ts) produces it;
 * the emulator's loader writes it into the SQLite tables that the schema (src/schema) declares.
 */

import type { PermissionLevel } from '../../../src/schema';

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

/** An Azure AD app registration that calls as itself (app-only): Sites.Selected fullcontrol, User.Read.All, Mail.Send. */
export interface ISeedApp {
  readonly clientId: string;
  readonly displayName: string;
}

/** Who a seeded item-level role assignment is for. */
export type SeedPrincipal = { readonly personKey: string } | { readonly groupKey: string } | { readonly appClientId: string };

export interface ISeedRoleAssignment {
  readonly principal: SeedPrincipal;
  readonly level: PermissionLevel;
}

/** A tenant property (storage entity), as Set-SPOStorageEntity stores it. */
export interface ISeedStorageEntity {
  readonly value: string;
  readonly comment?: string;
  readonly description?: string;
}

/** A field value in a seed item: User fields hold a person key, Lookup fields the target item's Id. */
/** A multi-choice value is its choices (or SharePoint's `a;#b` text). */
export type SeedValue = string | number | boolean | readonly string[] | null | undefined;

/** A library item's file: its name in the library's root folder and its content. */
export interface ISeedFile {
  readonly name: string;
  readonly content: Uint8Array;
}

/** SharePoint's content approval states a seeded version can be in (no Draft: there are no minor versions). */
export type SeedModerationStatus = 'approved' | 'rejected' | 'pending';

export interface ISeedModeration {
  readonly status: SeedModerationStatus;
  readonly comment?: string;
}

/**
 * An earlier version of an item, kept in its version history (and, in a library, its file's): what the
 * item's values were then (the item's values with these instead; undefined clears one), who wrote it,
 * whether it was approved, and the file's content then (default: the current content).
 */
export interface ISeedVersion {
  readonly Version: number;
  readonly Modified?: string;
  readonly Editor?: string;
  readonly values?: Readonly<Record<string, SeedValue>>;
  /** Default approved. */
  readonly moderation?: ISeedModeration;
  readonly content?: Uint8Array;
}

export interface ISeedItem {
  /** Explicit list item id, so that lookups can refer to it. */
  readonly Id: number;
  /** Person key of the creator (SharePoint's Author); defaults to the system account. */
  readonly Author?: string;
  /** Client id of the app that created the item (Author and Editor become its site user); excludes Author. */
  readonly AuthorApp?: string;
  /** ISO 8601 timestamps; default: the seed's reference time. */
  readonly Created?: string;
  readonly Modified?: string;
  /** Person key of the last one to write it (SharePoint's Editor); default the Author. */
  readonly Editor?: string;
  /** Its major version: how many times it was written (default 1, as created). */
  readonly Version?: number;
  readonly values: Readonly<Record<string, SeedValue>>;
  /**
   * Unique permissions: the list's assignments at load time (as breakroleinheritance with
   * copyRoleAssignments) plus these.
   */
  readonly roleAssignments?: readonly ISeedRoleAssignment[];
  /** Document libraries: the item's file (its name gives FileLeafRef and FileRef). */
  readonly file?: ISeedFile;
  /**
   * Content approval of the current version (lists with approval; default approved). The same as
   * `_ModerationStatus`/`_ModerationComments` in values, which a schema check would call undeclared fields.
   */
  readonly moderation?: ISeedModeration;
  /**
   * Earlier versions, oldest first, each before `Version` (versioned lists). With content approval, the
   * last approved one is what readers see while the current version is pending or rejected; without
   * one, an item that is not approved was never approved.
   */
  readonly history?: readonly ISeedVersion[];
}

export interface ISeedData {
  /** The instant the seed was generated "as of" (deterministic, not the wall clock). */
  readonly referenceTime: string;
  readonly people: readonly ISeedPerson[];
  readonly groups: readonly ISeedGroup[];
  /** Items per list key of src/schema (e.g. 'units', 'deviations', 'deviationActions'). */
  readonly items: Readonly<Record<string, readonly ISeedItem[]>>;
  readonly apps?: readonly ISeedApp[];
  /** Tenant properties by key, read with /_api/web/GetStorageEntity('key'). */
  readonly storageEntities?: Readonly<Record<string, ISeedStorageEntity>>;
}
