/**
 * The vocabulary of Trygg's one schema. A list or library is declared once with these types;
 * provisioning (src/services/provisioning), the repositories' field mapping and the local
 * emulator's tables are all derived from the declaration.
 */

/** SharePoint field types Trygg uses (FieldTypeKind names). */
export type FieldType =
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Integer'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'User'
  | 'Lookup';

export interface IFieldDefinition {
  /** Internal name, as used in REST ($select, $filter) and in the repositories. */
  readonly name: string;
  /** Display name (Swedish: the users' term). */
  readonly title: string;
  readonly type: FieldType;
  readonly required?: boolean;
  /** Indexed columns may be filtered and sorted on lists above the list view threshold. */
  readonly indexed?: boolean;
  /** EnforceUniqueValues; SharePoint requires the column to be indexed as well. */
  readonly unique?: boolean;
  /** Text: max length (SharePoint's default and maximum is 255). */
  readonly maxLength?: number;
  /** Number: inclusive bounds. */
  readonly min?: number;
  readonly max?: number;
  /** Choice / MultiChoice: the allowed values, Swedish as stored. */
  readonly choices?: readonly string[];
  /** Lookup: the title of the target list. The lookup shows the target's Title. */
  readonly lookupList?: string;
  /** Note: rich text allowed (sanitized on render). */
  readonly richText?: boolean;
  readonly description?: string;
}

import { IRoleAssignment } from './groups';

/** 100 = generic list, 101 = document library. */
export type ListTemplate = 100 | 101;

export interface IListDefinition {
  /** Stable key used in code (e.g. 'deviations'). */
  readonly key: string;
  /** List title in SharePoint; also its URL segment under /Lists/. */
  readonly title: string;
  readonly description: string;
  readonly template: ListTemplate;
  /** Title field: required or not, and its display name (SharePoint always has it). */
  readonly titleField?: { readonly title: string; readonly required: boolean };
  readonly fields: readonly IFieldDefinition[];
  /**
   * Item-level permissions as SharePoint's list settings express them.
   * readSecurity 1 = all items, 2 = only items the user created;
   * writeSecurity 1 = all items, 2 = only own items, 4 = none.
   */
  readonly readSecurity?: 1 | 2;
  readonly writeSecurity?: 1 | 2 | 4;
  /**
   * The list's own permissions (inheritance from the site is broken); absent, the list inherits
   * the site's. Design and Full Control
   * carry Override List Behaviors: they read and edit every item despite read/write security.
   */
  readonly roleAssignments?: readonly IRoleAssignment[];
  /** Versioning (document libraries and lists that keep history). */
  readonly enableVersioning?: boolean;
  /**
   * Content approval: every new or changed item waits (pending) until someone with Approve Items
   * approves it; readers see only approved versions. Who sees the draft meanwhile is SharePoint's
   * DraftVersionVisibility: 'editors' (1) those who may edit the item, 'approvers' (2) only those
   * who may approve it and its author.
   */
  readonly contentApproval?: { readonly draftVisibility: 'editors' | 'approvers' };
}
