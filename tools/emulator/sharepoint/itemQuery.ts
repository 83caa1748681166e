/**
 * Reading list items: $filter, $orderby, $top and $skiptoken compiled to one SQL query, with the list
 * view threshold and security trimming applied the way SharePoint applies them.
 *
 * In a list with content approval, a user who may not see drafts reads from a UNION ALL of the current
 * rows they may see (approved, their own, or where they hold the draft permission) and the last approved
 * versions of the other items (`<table>_approved`), so $filter, $orderby, $top and paging apply to the
 * version that user sees, in SQL.
 */
import { sp } from '../errors';
import { compileFilter, ResolvedMember, ValueKind } from '../odata/filter';
import { FilterSyntaxError, parseFilter, parseIsoDate } from '../odata/filterParser';
import { assertKnownOptions, parseExpand, parseOrderBy, parseSelect, parseTop } from '../odata/query';
import { SqlValue, quoteIdent, stmt } from '../storage/database';
import { ListModel, MODERATION, approvedTableName, itemTableColumns } from '../storage/listTables';
import { SpContext } from './context';
import { ItemColumns } from './itemColumns';
import { ItemSelection, buildSelection, expansionColumns, isoDate } from './itemJson';
import { ItemRow, canRead, draftVisibility, readTrimming, seesDraft } from './itemSecurity';

export const DEFAULT_TOP = 100;
const ITEM_QUERY_OPTIONS = ['$select', '$expand', '$filter', '$orderby', '$top', '$skiptoken'];

interface SortKey {
  readonly member: ResolvedMember;
  readonly desc: boolean;
  /** The name in the skiptoken: p_<token>. */
  readonly token: string;
}

export interface ItemPage {
  readonly cols: ItemColumns;
  readonly selection: ItemSelection;
  readonly rows: ItemRow[];
  readonly nextSkiptoken?: string;
}

export function itemCount(ctx: SpContext, list: ListModel): number {
  const row = stmt(ctx.state.db, `SELECT COUNT(*) AS n FROM ${quoteIdent(list.tableName)}`).get() as { n: number };
  return Number(row.n);
}

function filterOf(ctx: SpContext, cols: ItemColumns): { sql: string; params: SqlValue[]; members: ResolvedMember[] } | undefined {
  const text = ctx.query.get('$filter');
  if (text === null) return undefined;
  try {
    return compileFilter(parseFilter(text), cols);
  } catch (e) {
    if (e instanceof FilterSyntaxError) throw sp.invalidQuery(e.message);
    throw e;
  }
}

function sortKeys(ctx: SpContext, cols: ItemColumns): SortKey[] {
  const keys = parseOrderBy(ctx.query.get('$orderby')).map((k) => {
    const member = cols.resolve(k.path);
    if (member.sql.includes('"x_')) throw sp.notSupported(`The field '${member.name}' cannot be used in $orderby: sorting on a lookup's projected field is not supported.`);
    if (member.kind === 'multichoice') throw sp.notSupported(`The field '${member.name}' cannot be used in $orderby.`);
    return { member, desc: k.desc, token: k.path.join('') };
  });
  if (!keys.some((k) => k.member.sql === cols.col('Id'))) {
    keys.push({ member: cols.resolve(['ID']), desc: false, token: 'ID' });
  }
  return keys;
}

function encodeKeyValue(kind: ValueKind, raw: SqlValue | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (kind === 'datetime') return isoDate(raw) ?? '';
  return String(raw);
}

function decodeKeyValue(kind: ValueKind, text: string): SqlValue {
  if (text === '') return null;
  if (kind === 'datetime') {
    const t = parseIsoDate(text);
    if (t === undefined) throw sp.invalidQuery(`The $skiptoken value '${text}' is not a date.`);
    return t;
  }
  if (kind === 'number' || kind === 'reference' || kind === 'boolean') {
    if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text)) throw sp.invalidQuery(`The $skiptoken value '${text}' is not a number.`);
    return Number(text);
  }
  return text;
}

/** Keyset paging: the rows strictly after the last row of the previous page, in the query's order. */
function keysetPredicate(keys: readonly SortKey[], token: string): { sql: string; params: SqlValue[] } {
  const parts = new URLSearchParams(token);
  if ((parts.get('Paged') ?? '').toUpperCase() !== 'TRUE') throw sp.invalidQuery(`The $skiptoken '${token}' is not valid.`);
  if (parts.has('PagedPrev')) throw sp.notSupported('Paging backwards ($skiptoken with PagedPrev=TRUE) is not supported by the emulator.');
  const values = keys.map((k) => {
    const text = parts.get(`p_${k.token}`) ?? (k.token === 'ID' ? parts.get('p_Id') : null);
    if (text === null) throw sp.invalidQuery(`The $skiptoken '${token}' does not match the $orderby: p_${k.token} is missing.`);
    return decodeKeyValue(k.member.kind, text);
  });
  const params: SqlValue[] = [];
  const after = (k: SortKey, v: SqlValue): string => {
    const c = k.member.sql;
    if (!k.desc) {
      if (v === null) return `${c} IS NOT NULL`;
      params.push(v);
      return `${c} > ?`;
    }
    if (v === null) return '0';
    params.push(v);
    return `(${c} < ? OR ${c} IS NULL)`;
  };
  const equal = (k: SortKey, v: SqlValue): string => {
    if (v === null) return `${k.member.sql} IS NULL`;
    params.push(v);
    return `${k.member.sql} = ?`;
  };
  const alternatives: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const conds: string[] = [];
    for (let j = 0; j < i; j++) conds.push(equal(keys[j], values[j]));
    conds.push(after(keys[i], values[i]));
    alternatives.push(`(${conds.join(' AND ')})`);
  }
  return { sql: `(${alternatives.join(' OR ')})`, params };
}

function skiptokenFor(keys: readonly SortKey[], row: ItemRow, cols: ItemColumns): string {
  const parts = new URLSearchParams();
  parts.set('Paged', 'TRUE');
  for (const k of keys) {
    // The member's SQL is `t."Col"`: read the column back from the row.
    const column = /^t\."([^"]+)"$/.exec(k.member.sql)?.[1] ?? 'Id';
    parts.set(`p_${k.token}`, encodeKeyValue(k.member.kind, row[column] ?? row[cols.col(column)]));
  }
  return parts.toString().replace(/%2F/gi, '/');
}

/** SharePoint's list view threshold: on a large list only Id and indexed columns may filter and sort. */
function enforceThreshold(ctx: SpContext, list: ListModel, cols: ItemColumns, filter: ReturnType<typeof filterOf>, keys: SortKey[], top: number): void {
  const threshold = ctx.state.listViewThreshold;
  if (itemCount(ctx, list) <= threshold) return;
  if (top > threshold) throw sp.throttled();
  if (filter && filter.members.some((m) => !m.indexed)) throw sp.throttled();
  if (keys.some((k) => !k.member.indexed)) throw sp.throttled();
  if (filter) {
    // The indexed filter itself must narrow the list below the threshold.
    const n = stmt(ctx.state.db, `SELECT COUNT(*) AS n FROM ${quoteIdent(list.tableName)} AS t ${cols.joinSql()} WHERE ${filter.sql}`).get(
      ...filter.params
    ) as { n: number };
    if (Number(n.n) > threshold) throw sp.throttled();
  }
}

/** What a query reads items from: the list's table, or (content approval) the versions the user sees. */
export interface ItemSource {
  readonly sql: string;
  readonly params: SqlValue[];
}

export function itemSource(ctx: SpContext, list: ListModel): ItemSource {
  const table = quoteIdent(list.tableName);
  const drafts = draftVisibility(ctx.state.perms, ctx.user, list, 'c');
  if (!drafts) return { sql: table, params: [] };
  const columns = itemTableColumns(list);
  const current = columns.map((c) => `c.${quoteIdent(c)}`).join(', ');
  // Security columns come from the current row: its permissions may have changed since the approval.
  const approved = columns.map((c) => (c === 'HasUniquePerms' || c === 'AuthorId' ? `c.${quoteIdent(c)}` : `a.${quoteIdent(c)}`)).join(', ');
  const sql =
    `(SELECT ${current} FROM ${table} AS c WHERE (c."_ModerationStatus" = ${MODERATION.approved} OR ${drafts.sql})` +
    ` UNION ALL SELECT ${approved} FROM ${quoteIdent(approvedTableName(list))} AS a JOIN ${table} AS c ON c."Id" = a."Id" WHERE NOT ${drafts.sql})`;
  return { sql, params: [...drafts.params, ...drafts.params] };
}

export function queryItems(ctx: SpContext, list: ListModel): ItemPage {
  if (ctx.query.has('$skip')) {
    throw sp.notSupported('$skip is not supported on list items (SharePoint ignores it); page with $top and the odata.nextLink $skiptoken.');
  }
  assertKnownOptions(ctx.query, ITEM_QUERY_OPTIONS);
  const cols = new ItemColumns(list, ctx.state.catalog);
  const selection = buildSelection(cols, parseSelect(ctx.query.get('$select')), parseExpand(ctx.query.get('$expand')));
  const filter = filterOf(ctx, cols);
  const keys = sortKeys(ctx, cols);
  const top = parseTop(ctx.query.get('$top'), DEFAULT_TOP);
  enforceThreshold(ctx, list, cols, filter, keys, top);

  const source = itemSource(ctx, list);
  const where: string[] = [];
  const params: SqlValue[] = [...source.params];
  if (filter) {
    where.push(filter.sql);
    params.push(...filter.params);
  }
  const trimming = readTrimming(ctx.state.perms, ctx.user, list, 't');
  where.push(trimming.sql);
  params.push(...trimming.params);
  const token = ctx.query.get('$skiptoken');
  if (token !== null) {
    const keyset = keysetPredicate(keys, token);
    where.push(keyset.sql);
    params.push(...keyset.params);
  }
  if (top === 0) return { cols, selection, rows: [] };
  const select = ['t.*', ...expansionColumns(cols, selection)].join(', ');
  const order = keys.map((k) => `${k.member.sql} ${k.desc ? 'DESC' : 'ASC'}`).join(', ');
  const sql = `SELECT ${select} FROM ${source.sql} AS t ${cols.joinSql()} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`;
  const rows = ctx.state.db.prepare(sql).all(...params, top + 1) as unknown as ItemRow[];
  const hasMore = rows.length > top;
  if (hasMore) rows.length = top;
  return { cols, selection, rows, nextSkiptoken: hasMore ? skiptokenFor(keys, rows[rows.length - 1], cols) : undefined };
}

/**
 * One item with the request's $select/$expand, or undefined when it does not exist; `approved` reads its
 * last approved version (content approval) instead of the current one.
 */
export function fetchItem(ctx: SpContext, list: ListModel, id: number, approved = false): { cols: ItemColumns; selection: ItemSelection; row?: ItemRow } {
  assertKnownOptions(ctx.query, ['$select', '$expand']);
  const cols = new ItemColumns(list, ctx.state.catalog);
  const selection = buildSelection(cols, parseSelect(ctx.query.get('$select')), parseExpand(ctx.query.get('$expand')));
  const select = ['t.*', ...expansionColumns(cols, selection)].join(', ');
  const table = quoteIdent(approved ? approvedTableName(list) : list.tableName);
  const row = ctx.state.db.prepare(`SELECT ${select} FROM ${table} AS t ${cols.joinSql()} WHERE t."Id" = ?`).get(id) as ItemRow | undefined;
  return { cols, selection, row };
}

export function rawItem(ctx: SpContext, list: ListModel, id: number): ItemRow | undefined {
  return stmt(ctx.state.db, `SELECT * FROM ${quoteIdent(list.tableName)} WHERE "Id" = ?`).get(id) as ItemRow | undefined;
}

/** An item's last approved version, kept while its current version is pending or rejected. */
export function approvedItem(ctx: SpContext, list: ListModel, id: number): ItemRow | undefined {
  if (!list.enableModeration) return undefined;
  return stmt(ctx.state.db, `SELECT * FROM ${quoteIdent(approvedTableName(list))} WHERE "Id" = ?`).get(id) as ItemRow | undefined;
}

/** An item as the user may see it. */
export interface ReadableItem {
  /** The current row: for permission checks, ETags and writes. */
  readonly current: ItemRow;
  /** What the user reads: the current row, or its last approved version. */
  readonly row: ItemRow;
  /** True when `row` is the last approved version (the user may not see the current draft). */
  readonly approved: boolean;
}

/** The item as the user sees it, or undefined when the user may not see it (or it does not exist). */
export function readableItem(ctx: SpContext, list: ListModel, id: number): ReadableItem | undefined {
  const current = rawItem(ctx, list, id);
  if (!current || !canRead(ctx.state.perms, ctx.user, list, current)) return undefined;
  if (!list.enableModeration || Number(current._ModerationStatus) === MODERATION.approved || seesDraft(ctx.state.perms, ctx.user, list, current)) {
    return { current, row: current, approved: false };
  }
  const approved = approvedItem(ctx, list, id);
  return approved ? { current, row: { ...approved, HasUniquePerms: current.HasUniquePerms }, approved: true } : undefined;
}
