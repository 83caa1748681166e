/**
 * Content approval (EnableModeration): approving and rejecting items, as PnPjs does it.
 *
 * - `POST …/items(id)/file/approve(comment='…')`, `…/GetFileByServerRelativePath(decodedurl='…')/approve(comment='…')`
 *   and `…/deny(comment='…')` (PnPjs `file.approve(comment)`, `file.deny(comment)`): document libraries only;
 *   answer `{"odata.null":true}` as SharePoint does for a void method.
 * - `POST …/items(id)/ValidateUpdateListItem` with `{ formValues: [{ FieldName, FieldValue }], bNewDocumentUpdate }`
 *   (PnPjs `item.validateUpdateListItem(formValues, bNewDocumentUpdate)`): any list. `_ModerationStatus`
 *   ('0' approved, '1' rejected, '2' pending, or those words) and `_ModerationComments` moderate the item;
 *   other fields are form values in SharePoint's string formats. Answers
 *   `{ value: [{ ErrorMessage, FieldName, FieldValue, HasException, ItemId }] }`; a value that does not
 *   validate is reported there (HasException true, nothing saved), not as an HTTP error.
 *
 * Moderating needs Approve Items on the item (Design, Full Control): 403 otherwise. An approval changes
 * neither Modified, Editor nor the version number: the current version becomes the approved one (its
 * entry in /versions says so), and the kept copy of the previous approved version is dropped.
 */
import { SpError, sp } from '../errors';
import { isVerbose, jsonBody } from '../http/body';
import { EmuResponse, jsonResponse } from '../http/types';
import { parseIsoDate } from '../odata/filterParser';
import { SqlValue, quoteIdent, stmt, transaction } from '../storage/database';
import { ListModel, MODERATION, approvedTableName, columnOf } from '../storage/listTables';
import { SpContext } from './context';
import type { FileRow } from './files';
import { ItemRow, assertCanApprove, assertCanWrite } from './itemSecurity';
import { rawItem } from './itemQuery';
import { snapshot, visibleItem, writeItem } from './items';
import { siteUserByLogin } from './principals';
import { assertRequired, columnsFromBody } from './values';

const MAX_COMMENT = 1023;

function notModerated(list: ListModel): SpError {
  return new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', `Content approval is not enabled for the list '${list.title}'.`);
}

/** Sets the item's approval status (and comment) in its current version; approving drops the kept approved copy. */
export function setModeration(ctx: SpContext, list: ListModel, id: number, status: number, comment: string | null | undefined): ItemRow {
  const db = ctx.state.db;
  const table = quoteIdent(list.tableName);
  if (comment === undefined) stmt(db, `UPDATE ${table} SET "_ModerationStatus" = ? WHERE "Id" = ?`).run(status, id);
  else stmt(db, `UPDATE ${table} SET "_ModerationStatus" = ?, "_ModerationComments" = ? WHERE "Id" = ?`).run(status, comment === '' ? null : comment, id);
  if (status === MODERATION.approved) stmt(db, `DELETE FROM ${quoteIdent(approvedTableName(list))} WHERE "Id" = ?`).run(id);
  // The version's entry in /versions carries its approval status.
  snapshot(ctx, list, id);
  return rawItem(ctx, list, id)!;
}

function voidResponse(ctx: SpContext, method: string): EmuResponse {
  return jsonResponse(200, ctx.mode === 'verbose' ? { d: { [method]: null } } : { 'odata.null': true });
}

/** file.approve / file.deny. */
export function moderateFile(ctx: SpContext, f: FileRow, status: typeof MODERATION.approved | typeof MODERATION.denied, comment: string): EmuResponse {
  const list = ctx.state.catalog.byId(f.ListId)!;
  const row = visibleItem(ctx, list, f.ItemId);
  if (!list.enableModeration) throw notModerated(list);
  assertCanApprove(ctx.state.perms, ctx.user, list, row);
  if (comment.length > MAX_COMMENT) throw sp.badRequest(`The comment is longer than ${MAX_COMMENT} characters.`);
  transaction(ctx.state.db, () => setModeration(ctx, list, f.ItemId, status, comment));
  return voidResponse(ctx, status === MODERATION.approved ? 'Approve' : 'Deny');
}

interface FormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

interface FormResult {
  ErrorMessage: string | null;
  FieldName: string;
  FieldValue: string;
  HasException: boolean;
  ItemId: number;
}

function readFormValues(body: Record<string, unknown>): { values: FormValue[]; newDocumentUpdate: boolean } {
  const raw = body.formValues;
  if (!Array.isArray(raw)) throw sp.badRequest("The parameter 'formValues' is required: an array of { FieldName, FieldValue }.");
  const values = raw.map((v: unknown) => {
    const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
    if (typeof o.FieldName !== 'string' || o.FieldName === '') throw sp.badRequest('Each form value needs a FieldName.');
    if (o.FieldValue !== undefined && o.FieldValue !== null && typeof o.FieldValue !== 'string') throw sp.conversion('Edm.String');
    return { FieldName: o.FieldName, FieldValue: typeof o.FieldValue === 'string' ? o.FieldValue : '' };
  });
  const extra = Object.keys(body).filter((k) => !['formValues', 'bNewDocumentUpdate', 'checkInComment', '__metadata'].includes(k));
  if (extra.length) throw sp.badRequest(`The parameter '${extra[0]}' is not a parameter of ValidateUpdateListItem.`);
  if (body.bNewDocumentUpdate !== undefined && typeof body.bNewDocumentUpdate !== 'boolean') throw sp.conversion('Edm.Boolean');
  return { values, newDocumentUpdate: body.bNewDocumentUpdate === true };
}

const STATUS_WORDS: Readonly<Record<string, number>> = { approved: 0, denied: 1, rejected: 1, pending: 2, draft: 3 };

function moderationStatusValue(text: string): number {
  const t = text.trim();
  const n = /^\d$/.test(t) ? Number(t) : STATUS_WORDS[t.toLowerCase()];
  if (n === undefined || n > 3) throw sp.fieldValidation(`'${text}' is not a valid approval status (0 approved, 1 rejected, 2 pending).`);
  if (n === MODERATION.draft) throw sp.notSupported('Draft (3) needs minor versions, which the emulator does not have.');
  return n;
}

/** US date as SharePoint's form values give it in an en-US web ("6/23/2018 10:15 PM"), read as UTC; or ISO 8601. */
function formDate(text: string): string {
  const iso = parseIsoDate(text);
  if (iso !== undefined) return text;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i.exec(text.trim());
  if (!m) throw sp.fieldValidation(`'${text}' is not a valid date.`);
  let hour = Number(m[4] ?? 0);
  if (m[7]) hour = (hour % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
  const t = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5] ?? 0), Number(m[6] ?? 0));
  return new Date(t).toISOString();
}

/** A form value (SharePoint's string form) as the JSON a MERGE body would carry: `{ key: value }`. */
function formToJson(ctx: SpContext, list: ListModel, name: string, text: string): Record<string, unknown> {
  if (name === 'Title') return { Title: text };
  const field = list.fields.find((f) => f.name === name)!;
  const empty = text.trim() === '';
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      return { [name]: text };
    case 'MultiChoice':
      return { [name]: text.split(';#').filter(Boolean) };
    case 'Number':
    case 'Integer':
      return { [name]: empty ? null : text.trim() };
    case 'Boolean': {
      if (empty) return { [name]: null };
      const t = text.trim().toLowerCase();
      if (t === '1' || t === 'true' || t === 'yes') return { [name]: true };
      if (t === '0' || t === 'false' || t === 'no') return { [name]: false };
      throw sp.conversion('Edm.Boolean');
    }
    case 'DateTime':
      return { [name]: empty ? null : formDate(text) };
    case 'Lookup': {
      if (empty) return { [columnOf(field)]: null };
      const id = /^\s*(\d+)(;#.*)?$/.exec(text);
      if (!id) throw sp.conversion('Edm.Int32');
      return { [columnOf(field)]: Number(id[1]) };
    }
    case 'User': {
      if (empty) return { [columnOf(field)]: null };
      let people: unknown;
      try {
        people = JSON.parse(text);
      } catch {
        throw sp.fieldValidation(`The value of '${name}' must be JSON: [{"Key":"i:0#.f|membership|user@example.com"}].`);
      }
      if (!Array.isArray(people)) throw sp.fieldValidation(`The value of '${name}' must be an array of { Key }.`);
      if (people.length === 0) return { [columnOf(field)]: null };
      if (people.length > 1) throw sp.fieldValidation(`The field '${field.title}' takes one person.`);
      const key = (people[0] as { Key?: unknown }).Key;
      const user = typeof key === 'string' ? siteUserByLogin(ctx.state.db, key) : undefined;
      if (!user) throw sp.userNotFound();
      return { [columnOf(field)]: user.Id };
    }
  }
}

/** POST …/items(id)/ValidateUpdateListItem. */
export function validateUpdateListItem(ctx: SpContext, list: ListModel, id: number): EmuResponse {
  const row = visibleItem(ctx, list, id);
  const { values, newDocumentUpdate } = readFormValues(jsonBody(ctx.req));
  const perms = ctx.state.perms;
  const moderation = values.filter((v) => v.FieldName === '_ModerationStatus' || v.FieldName === '_ModerationComments');
  const fields = values.filter((v) => !moderation.includes(v));
  if (moderation.length > 0) {
    if (!list.enableModeration) throw notModerated(list);
    assertCanApprove(perms, ctx.user, list, row);
  }
  if (fields.length > 0) assertCanWrite(perms, ctx.user, list, row, 'edit');
  // A column the list does not have fails the whole call, as SharePoint's does.
  for (const v of fields) if (v.FieldName !== 'Title' && !list.fields.some((f) => f.name === v.FieldName)) throw sp.columnNotFound(v.FieldName);

  const results: FormResult[] = values.map((v) => ({ ErrorMessage: null, FieldName: v.FieldName, FieldValue: v.FieldValue, HasException: false, ItemId: id }));
  const fail = (v: FormValue, e: unknown): void => {
    if (!(e instanceof SpError) || e.status !== 400) throw e;
    const r = results[values.indexOf(v)];
    r.HasException = true;
    r.ErrorMessage = e.message;
  };
  const columns = new Map<string, SqlValue>();
  for (const v of fields) {
    try {
      const converted = columnsFromBody(ctx.state.db, ctx.state.catalog, list, formToJson(ctx, list, v.FieldName, v.FieldValue), {
        verbose: isVerbose(ctx.req),
        isNew: false
      });
      assertRequired(list, converted, false);
      for (const [k, value] of converted) columns.set(k, value);
    } catch (e) {
      fail(v, e);
    }
  }
  let status: number | undefined;
  let comment: string | undefined;
  for (const v of moderation) {
    if (v.FieldName === '_ModerationComments') {
      if (v.FieldValue.length > MAX_COMMENT) fail(v, sp.fieldValidation(`The comment is longer than ${MAX_COMMENT} characters.`));
      else comment = v.FieldValue;
      continue;
    }
    try {
      status = moderationStatusValue(v.FieldValue);
    } catch (e) {
      fail(v, e);
    }
  }
  if (!results.some((r) => r.HasException)) {
    transaction(ctx.state.db, () => {
      if (fields.length > 0) writeItem(ctx, list, id, columns, !newDocumentUpdate);
      if (moderation.length > 0) {
        const current = rawItem(ctx, list, id)!;
        setModeration(ctx, list, id, status ?? Number(current._ModerationStatus), comment);
      }
    });
  }
  const metadata = `${ctx.siteUrl}/_api/$metadata#Collection(SP.ListItemFormUpdateValue)`;
  if (ctx.mode === 'verbose') {
    return jsonResponse(200, {
      d: { ValidateUpdateListItem: { __metadata: { type: 'Collection(SP.ListItemFormUpdateValue)' }, results: results.map((r) => ({ __metadata: { type: 'SP.ListItemFormUpdateValue' }, ...r })) } }
    });
  }
  return jsonResponse(200, ctx.mode === 'minimal' ? { 'odata.metadata': metadata, value: results } : { value: results });
}
