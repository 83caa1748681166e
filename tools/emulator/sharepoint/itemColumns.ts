/**
 * The columns of a list item as REST names them, mapped to SQL: system columns, field columns,
 * `<Field>Id` for people and lookups, and `Field/Sub` projections through joins. This is the whitelist
 * that $filter, $orderby, $select and $expand are checked against.
 */
import { sp } from '../errors';
import { quoteIdent } from '../storage/database';
import { FieldModel, ListModel, columnOf } from '../storage/listTables';
import { ListCatalog } from '../storage/catalog';
import { MemberResolver, ResolvedMember, ValueKind } from '../odata/filter';
import type { FieldType } from '../../../src/schema';

/** User Information List fields a person column can project, and their _site_users columns. */
export const USER_PROJECTIONS: Readonly<Record<string, string>> = {
  Id: 'Id',
  ID: 'Id',
  Title: 'Title',
  EMail: 'Email',
  SipAddress: 'Email',
  Name: 'LoginName',
  UserName: 'UserPrincipalName',
  JobTitle: 'JobTitle',
  Department: 'Department',
  FirstName: 'FirstName',
  LastName: 'LastName',
  Office: 'Office',
  MobilePhone: 'MobilePhone'
};
export const DEFAULT_USER_PROJECTION = ['Id', 'Title', 'EMail', 'Name'];

export type Reference =
  | { readonly kind: 'user'; readonly name: string; readonly column: string; readonly indexed: boolean }
  | { readonly kind: 'lookup'; readonly name: string; readonly column: string; readonly indexed: boolean; readonly target: ListModel };

export interface Join {
  readonly alias: string;
  readonly sql: string;
  readonly ref: Reference;
}

export function kindOf(type: FieldType): ValueKind {
  switch (type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return 'text';
    case 'MultiChoice':
      return 'multichoice';
    case 'Number':
    case 'Integer':
      return 'number';
    case 'Boolean':
      return 'boolean';
    case 'DateTime':
      return 'datetime';
    case 'User':
    case 'Lookup':
      return 'reference';
  }
}

/** Fields of a lookup target a lookup may project (SharePoint allows simple types only). */
function projectable(f: FieldModel): boolean {
  return f.type !== 'User' && f.type !== 'Lookup' && f.type !== 'MultiChoice' && f.type !== 'Note';
}

export class ItemColumns implements MemberResolver {
  private readonly joins = new Map<string, Join>();

  constructor(
    readonly list: ListModel,
    private readonly catalog: ListCatalog,
    readonly alias = 't'
  ) {}

  col(name: string): string {
    return `${this.alias}.${quoteIdent(name)}`;
  }

  field(name: string): FieldModel | undefined {
    return this.list.fields.find((f) => f.name === name);
  }

  /** Author, Editor, and the list's User and Lookup fields. */
  reference(name: string): Reference | undefined {
    if (name === 'Author' || name === 'Editor') return { kind: 'user', name, column: `${name}Id`, indexed: false };
    const f = this.field(name);
    if (!f) return undefined;
    if (f.type === 'User') return { kind: 'user', name, column: columnOf(f), indexed: !!f.indexed };
    if (f.type === 'Lookup') {
      const target = f.lookupListId ? this.catalog.byId(f.lookupListId) : undefined;
      if (!target) return undefined;
      return { kind: 'lookup', name, column: columnOf(f), indexed: !!f.indexed, target };
    }
    return undefined;
  }

  /** A LEFT JOIN for a reference, created once per query. */
  join(ref: Reference): Join {
    const existing = this.joins.get(ref.name);
    if (existing) return existing;
    const alias = quoteIdent(`x_${ref.name}`);
    const table = ref.kind === 'user' ? '_site_users' : quoteIdent(ref.target.tableName);
    const j: Join = { alias, ref, sql: `LEFT JOIN ${table} AS ${alias} ON ${alias}."Id" = ${this.col(ref.column)}` };
    this.joins.set(ref.name, j);
    return j;
  }

  joinSql(): string {
    return [...this.joins.values()].map((j) => j.sql).join(' ');
  }

  /** The target's field behind `Lookup/Sub`, or undefined when it cannot be projected. */
  lookupProjection(ref: Extract<Reference, { kind: 'lookup' }>, sub: string): { column: string; kind: ValueKind; type: FieldType | 'Counter' } | undefined {
    if (sub === 'Id' || sub === 'ID') return { column: 'Id', kind: 'number', type: 'Counter' };
    if (sub === 'Title') return { column: 'Title', kind: 'text', type: 'Text' };
    const f = ref.target.fields.find((x) => x.name === sub);
    if (!f || !projectable(f)) return undefined;
    return { column: columnOf(f), kind: kindOf(f.type), type: f.type };
  }

  resolve(path: readonly string[]): ResolvedMember {
    const name = path.join('/');
    if (path.length === 1) {
      const n = path[0];
      switch (n) {
        case 'Id':
        case 'ID':
          return { sql: this.col('Id'), kind: 'number', indexed: true, name };
        case 'Title':
          return { sql: this.col('Title'), kind: 'text', indexed: false, name };
        case 'Created':
        case 'Modified':
          return { sql: this.col(n), kind: 'datetime', indexed: false, name };
        case 'AuthorId':
        case 'EditorId':
          return { sql: this.col(n), kind: 'reference', indexed: false, name };
        case 'Author':
        case 'Editor':
          return { sql: this.col(`${n}Id`), kind: 'reference', indexed: false, name };
        case 'GUID':
        case 'ContentTypeId':
          return { sql: this.col(n), kind: 'text', indexed: false, name };
        case 'FileLeafRef':
        case 'FileRef':
        case 'FileDirRef':
          if (this.list.template === 101) return { sql: this.col(n), kind: 'text', indexed: false, name };
          break;
        // Content approval; not indexed (as in SharePoint, unless indexed there), so the threshold applies.
        case 'OData__ModerationStatus':
          if (this.list.enableModeration) return { sql: this.col('_ModerationStatus'), kind: 'number', indexed: false, name };
          break;
        case 'OData__ModerationComments':
          if (this.list.enableModeration) return { sql: this.col('_ModerationComments'), kind: 'text', indexed: false, name };
          break;
      }
      const f = this.field(n);
      if (f) return { sql: this.col(columnOf(f)), kind: kindOf(f.type), indexed: !!f.indexed, name };
      const idField = n.endsWith('Id') ? this.field(n.slice(0, -2)) : undefined;
      if (idField && (idField.type === 'User' || idField.type === 'Lookup')) {
        return { sql: this.col(columnOf(idField)), kind: 'reference', indexed: !!idField.indexed, name };
      }
      throw sp.columnNotFound(n);
    }
    // Only Field/Sub exists; a deeper path named nothing, yet Field/Sub/Whatever was read as Field/Sub.
    if (path.length > 2) throw sp.columnNotFound(name);
    const ref = this.reference(path[0]);
    if (!ref) throw sp.columnNotFound(path[0]);
    const sub = path[1];
    if (sub === 'Id' || sub === 'ID') return { sql: this.col(ref.column), kind: 'reference', indexed: ref.indexed, name };
    if (ref.kind === 'user') {
      const column = USER_PROJECTIONS[sub];
      if (!column) throw sp.columnNotFound(name);
      return { sql: `${this.join(ref).alias}.${quoteIdent(column)}`, kind: 'text', indexed: false, name };
    }
    const projection = this.lookupProjection(ref, sub);
    if (!projection) throw sp.columnNotFound(name);
    return { sql: `${this.join(ref).alias}.${quoteIdent(projection.column)}`, kind: projection.kind, indexed: false, name };
  }
}
