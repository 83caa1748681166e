/**
 * The list catalogue: which lists exist, with which fields. Provisioning from src/schema and list/field
 * creation over REST both go through here, so a list declared in the schema and one created by
 * provisioning code end up the same.
 */
import { randomUUID } from 'node:crypto';
import type { IFieldDefinition, IListDefinition, ListTemplate } from '../../../src/schema';
import { Db, clearStatementCache, stmt, transaction } from './database';
import {
  FieldModel,
  ListModel,
  RESERVED_NAMES,
  addFieldColumn,
  applyFieldIndexes,
  clearModeration,
  columnOf,
  createListTable,
  dropFieldColumn,
  dropListTable,
  encodeXmlName,
  ensureModerationTables
} from './listTables';

interface ListRow {
  Id: string;
  Title: string;
  Url: string;
  Description: string;
  Template: number;
  TableName: string;
  EntityTypeName: string;
  ReadSecurity: number;
  WriteSecurity: number;
  EnableVersioning: number;
  HasUniquePerms: number;
  EnableModeration: number;
  DraftVersionVisibility: number;
  TitleFieldTitle: string;
  TitleRequired: number;
  Created: number;
}

interface FieldRow {
  Id: string;
  ListId: string;
  Def: string;
  LookupListId: string | null;
}

export interface INewList {
  readonly title: string;
  readonly description?: string;
  readonly template: ListTemplate;
  readonly readSecurity?: 1 | 2;
  readonly writeSecurity?: 1 | 2 | 4;
  readonly enableVersioning?: boolean;
  readonly enableModeration?: boolean;
  readonly draftVersionVisibility?: 0 | 1 | 2;
  readonly titleField?: { readonly title: string; readonly required: boolean };
}

/** SharePoint's DraftVisibilityType for the schema's contentApproval.draftVisibility. */
export const DRAFT_VISIBILITY = { editors: 1, approvers: 2 } as const;

/** EnableModeration / DraftVersionVisibility as a list definition declares them. */
export function moderationOf(def: IListDefinition): { enableModeration: boolean; draftVersionVisibility: 0 | 1 | 2 } {
  return def.contentApproval
    ? { enableModeration: true, draftVersionVisibility: DRAFT_VISIBILITY[def.contentApproval.draftVisibility] }
    : { enableModeration: false, draftVersionVisibility: 0 };
}

export type FieldPatch = Partial<Pick<IFieldDefinition, 'title' | 'required' | 'indexed' | 'unique' | 'maxLength' | 'min' | 'max' | 'choices' | 'description' | 'richText'>>;

export class ListCatalog {
  private lists: ListModel[] = [];

  constructor(
    private readonly db: Db,
    private readonly webServerRelativeUrl: string,
    private readonly now: () => Date
  ) {
    this.reload();
  }

  all(): readonly ListModel[] {
    return this.lists;
  }

  byTitle(title: string): ListModel | undefined {
    const lower = title.toLowerCase();
    return this.lists.find((l) => l.title.toLowerCase() === lower);
  }

  byId(id: string): ListModel | undefined {
    const lower = id.toLowerCase().replace(/[{}]/g, '');
    return this.lists.find((l) => l.id === lower);
  }

  /** By the server-relative URL of its root folder (or of anything under it). */
  byUrl(serverRelativeUrl: string): ListModel | undefined {
    const lower = serverRelativeUrl.toLowerCase().replace(/\/+$/, '');
    return this.lists.find((l) => lower === l.url.toLowerCase() || lower.startsWith(`${l.url.toLowerCase()}/`));
  }

  /** Creates the lists of the schema that do not exist yet, and the fields missing in those that do. */
  provision(definitions: readonly IListDefinition[]): ListModel[] {
    const created: ListModel[] = [];
    transaction(this.db, () => {
      for (const def of definitions) {
        let list = this.byTitle(def.title);
        if (!list) {
          list = this.createList({ ...def, ...moderationOf(def), titleField: def.titleField ?? { title: 'Title', required: true } });
          created.push(list);
        } else if (def.contentApproval && !list.enableModeration) {
          // A database from before the schema asked for approval: switch it on, as provisioning would.
          list = this.updateList(list.id, moderationOf(def));
        }
        for (const field of def.fields) {
          if (!list.fields.some((f) => f.name.toLowerCase() === field.name.toLowerCase())) {
            this.addField(list.id, field);
          }
        }
      }
    });
    return created.map((l) => this.byId(l.id)!);
  }

  createList(spec: INewList): ListModel {
    if (this.byTitle(spec.title)) throw new Error(`List exists: ${spec.title}`);
    const id = randomUUID();
    const urlName = spec.title.replace(/[^A-Za-z0-9_-]/g, '');
    const url = spec.template === 101 ? `${this.webServerRelativeUrl}/${urlName}` : `${this.webServerRelativeUrl}/Lists/${urlName}`;
    const entityTypeName = spec.template === 101 ? encodeXmlName(urlName) : `${encodeXmlName(urlName)}List`;
    const ord = this.lists.length;
    const tableName = `list_${ord}_${id.slice(0, 8)}`;
    const titleField = spec.titleField ?? { title: 'Title', required: spec.template !== 101 };
    stmt(
      this.db,
      `INSERT INTO _lists (Id, Title, Url, Description, Template, TableName, EntityTypeName, ReadSecurity, WriteSecurity,
        EnableVersioning, HasUniquePerms, TitleFieldTitle, TitleRequired, Created, Ord, EnableModeration, DraftVersionVisibility)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`
    ).run(
      id,
      spec.title,
      url,
      spec.description ?? '',
      spec.template,
      tableName,
      entityTypeName,
      spec.readSecurity ?? 1,
      spec.writeSecurity ?? 1,
      spec.enableVersioning ? 1 : 0,
      titleField.title,
      titleField.required ? 1 : 0,
      this.now().getTime(),
      ord,
      spec.enableModeration ? 1 : 0,
      spec.draftVersionVisibility ?? 0
    );
    this.reload();
    const list = this.byId(id)!;
    createListTable(this.db, list);
    return list;
  }

  addField(listId: string, def: IFieldDefinition, lookupListId?: string): FieldModel {
    const list = this.byId(listId);
    if (!list) throw new Error(`No list ${listId}`);
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(def.name)) throw new Error(`Invalid internal name: ${def.name}`);
    if (RESERVED_NAMES.has(def.name.toLowerCase()) || list.fields.some((f) => columnOf(f).toLowerCase() === columnOf(def).toLowerCase())) {
      throw new Error(`Duplicate field: ${def.name}`);
    }
    const target = def.type === 'Lookup' ? (lookupListId ? this.byId(lookupListId) : this.byTitle(def.lookupList ?? '')) : undefined;
    if (def.type === 'Lookup' && !target) throw new Error(`Lookup target list not found: ${def.lookupList ?? lookupListId}`);
    const stored: IFieldDefinition = { ...def, lookupList: target?.title };
    const id = randomUUID();
    stmt(this.db, 'INSERT INTO _fields (Id, ListId, InternalName, Def, LookupListId, Ord) VALUES (?, ?, ?, ?, ?, ?)').run(
      id,
      list.id,
      def.name,
      JSON.stringify(stored),
      target?.id ?? null,
      list.fields.length
    );
    this.reload();
    const field = this.byId(listId)!.fields.find((f) => f.id === id)!;
    addFieldColumn(this.db, this.byId(listId)!, field);
    return field;
  }

  /** Field updates SharePoint allows over REST; indexes follow Indexed / EnforceUniqueValues. */
  updateField(listId: string, fieldId: string, patch: FieldPatch): FieldModel {
    const list = this.byId(listId)!;
    const field = list.fields.find((f) => f.id === fieldId)!;
    const { id: _id, lookupListId: _target, ...def } = field;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const updated: IFieldDefinition = { ...def, ...defined };
    transaction(this.db, () => {
      stmt(this.db, 'UPDATE _fields SET Def = ? WHERE Id = ?').run(JSON.stringify(updated), fieldId);
      applyFieldIndexes(this.db, list, updated);
    });
    this.reload();
    return this.byId(listId)!.fields.find((f) => f.id === fieldId)!;
  }

  updateList(
    listId: string,
    patch: Partial<
      Pick<ListModel, 'title' | 'description' | 'readSecurity' | 'writeSecurity' | 'enableVersioning' | 'hasUniquePerms' | 'enableModeration' | 'draftVersionVisibility'>
    > & {
      titleField?: { title: string; required: boolean };
    }
  ): ListModel {
    const list = this.byId(listId)!;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = { ...list, ...defined };
    const titleField = patch.titleField ?? list.titleField;
    stmt(
      this.db,
      `UPDATE _lists SET Title = ?, Description = ?, ReadSecurity = ?, WriteSecurity = ?, EnableVersioning = ?, HasUniquePerms = ?,
        TitleFieldTitle = ?, TitleRequired = ?, EnableModeration = ?, DraftVersionVisibility = ? WHERE Id = ?`
    ).run(
      next.title,
      next.description,
      next.readSecurity,
      next.writeSecurity,
      next.enableVersioning ? 1 : 0,
      next.hasUniquePerms ? 1 : 0,
      titleField.title,
      titleField.required ? 1 : 0,
      next.enableModeration ? 1 : 0,
      next.draftVersionVisibility,
      listId
    );
    this.reload();
    const updated = this.byId(listId)!;
    if (updated.enableModeration && !list.enableModeration) ensureModerationTables(this.db, updated);
    if (!updated.enableModeration && list.enableModeration) clearModeration(this.db, list);
    return updated;
  }

  deleteField(listId: string, fieldId: string): void {
    const list = this.byId(listId)!;
    const field = list.fields.find((f) => f.id === fieldId)!;
    transaction(this.db, () => {
      applyFieldIndexes(this.db, list, { ...field, indexed: false, unique: false });
      dropFieldColumn(this.db, list, field);
      stmt(this.db, 'DELETE FROM _fields WHERE Id = ?').run(fieldId);
    });
    clearStatementCache(this.db);
    this.reload();
  }

  deleteList(listId: string): void {
    const list = this.byId(listId)!;
    transaction(this.db, () => {
      stmt(this.db, 'DELETE FROM _fields WHERE ListId = ?').run(listId);
      stmt(this.db, 'DELETE FROM _lists WHERE Id = ?').run(listId);
      stmt(this.db, 'DELETE FROM _role_assignments WHERE ListId = ?').run(listId);
      stmt(this.db, 'DELETE FROM _files WHERE ListId = ?').run(listId);
      stmt(this.db, 'DELETE FROM _item_versions WHERE ListId = ?').run(listId);
      dropListTable(this.db, list);
    });
    this.reload();
  }

  /** Re-reads the catalogue: needed after someone else wrote it through their own instance (the seed loader). */
  reload(): void {
    const rows = stmt(this.db, 'SELECT * FROM _lists ORDER BY Ord').all() as unknown as ListRow[];
    const fieldRows = stmt(this.db, 'SELECT Id, ListId, Def, LookupListId FROM _fields ORDER BY Ord').all() as unknown as FieldRow[];
    this.lists = rows.map((r) => ({
      id: r.Id,
      title: r.Title,
      description: r.Description,
      template: r.Template as ListTemplate,
      url: r.Url,
      tableName: r.TableName,
      entityTypeName: r.EntityTypeName,
      readSecurity: r.ReadSecurity === 2 ? 2 : 1,
      writeSecurity: r.WriteSecurity === 2 ? 2 : r.WriteSecurity === 4 ? 4 : 1,
      enableVersioning: r.EnableVersioning === 1,
      hasUniquePerms: r.HasUniquePerms === 1,
      enableModeration: r.EnableModeration === 1,
      draftVersionVisibility: r.DraftVersionVisibility === 1 ? 1 : r.DraftVersionVisibility === 2 ? 2 : 0,
      titleField: { title: r.TitleFieldTitle, required: r.TitleRequired === 1 },
      created: r.Created,
      fields: fieldRows
        .filter((f) => f.ListId === r.Id)
        .map((f) => ({ ...(JSON.parse(f.Def) as IFieldDefinition), id: f.Id, lookupListId: f.LookupListId ?? undefined }))
    }));
  }
}
