/**
 * Importing a risk register from a spreadsheet, and the register's columns an export writes.
 * Pure: the workbook is read elsewhere (webparts/riskRegister/excel) into rows of cell text. A row
 * with a risk number names a stored risk and updates it (never a second risk); one without adds a
 * risk. Cell text is taken as the text it is: "=SUMMA(A1)" stays those characters, never evaluated.
 */
import { IOrganisationUnit } from '../organisation';
import { SECURITY_AREAS, SECURITY_AREA_KEYS, SecurityArea } from '../securityAreas';
import { calendarDay } from '../days';
import { parseRiskNumber } from './riskNumber';
import { RiskDraftError, RiskDraftField, validateRiskDraft } from './riskValidation';
import { IAssessment, IRisk, IRiskDraft, IRiskMatrix } from './types';
import { CIA_KEYS, CIA_PROPERTIES, CiaProperty, RISK_SOURCE_KEYS, RISK_SOURCES, RISK_TREATMENT_KEYS, RISK_TREATMENTS, RiskSource, RiskTreatment } from './vocabulary';
import { ColumnMapping, IImportRow, labelKey, LevelAxis, LevelMapping, loose, RiskColumnKey } from './riskImportColumns';

export * from './riskImportColumns';

// ---------------------------------------------------------------------------------------------
// The preview
// ---------------------------------------------------------------------------------------------

export type RiskImportField = RiskDraftField | 'riskNumber' | 'owner' | 'approver';
export type RiskImportError =
  | RiskDraftError
  | 'invalidRiskNumber'
  /** No stored risk has the number (or the user may not see it): never added as a new one. */
  | 'riskNotFound'
  /** Two rows name the same risk: neither can say which is meant. */
  | 'duplicateInFile'
  | 'unknownUnit'
  | 'ambiguousUnit'
  | 'notPermitted'
  | 'invalidEmail'
  | 'unknownPerson'
  /** A label the level mapping does not place on the matrix. */
  | 'unknownLevel'
  /** Likelihood without consequence, or the other way round. */
  | 'incomplete'
  /** A changed assessment of a risk assessed on another matrix version: re-map the risk first. */
  | 'matrixVersion';
export type RiskImportErrors = Partial<Record<RiskImportField, RiskImportError>>;

export interface IImportContext {
  readonly matrix: IRiskMatrix;
  readonly units: readonly IOrganisationUnit[];
  readonly now: Date;
  /**
   * The stored risks the file's risk numbers name, by id. Whole risks, not only ids: a row is
   * "unchanged" only when it says what is stored, and an update is guarded by the risk's ETag.
   */
  readonly existing: ReadonlyMap<number, IRisk>;
  /** Addresses (lower case) the directory knows; when absent, addresses are only checked for shape. */
  readonly knownPeople?: ReadonlySet<string>;
  /** The register's rule for who may add or change a risk of a unit; when absent, anyone may. */
  readonly mayEdit?: (unitId: number, existing?: IRisk) => boolean;
}

export type ImportRowAction = 'add' | 'update' | 'unchanged' | 'invalid';

export interface IImportRowPreview {
  readonly rowNumber: number;
  readonly action: ImportRowAction;
  /** What would be saved. For an update a blank cell keeps the stored value: an import never clears a field. */
  readonly draft: IRiskDraft;
  /** The stored risk the row updates, at the version previewed (its ETag guards the write). */
  readonly existing?: { readonly id: number; readonly etag: string };
  readonly changes: readonly (keyof IRiskDraft)[];
  readonly errors: RiskImportErrors;
}

export interface IImportPreview {
  readonly rows: readonly IImportRowPreview[];
  /** The matrix the labels were mapped onto: an apply writes scores and levels on it. */
  readonly matrix: IRiskMatrix;
  readonly summary: Readonly<Record<ImportRowAction | 'total', number>>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEXT_FIELDS = ['title', 'cause', 'event', 'consequenceDescription', 'asset', 'threat', 'vulnerability', 'existingControls'] as const;
const ASSESSMENTS = ['inherent', 'current', 'target'] as const;
const DRAFT_FIELDS: readonly (keyof IRiskDraft)[] = [
  ...TEXT_FIELDS, 'area', 'unitId', 'source', 'cia', ...ASSESSMENTS, 'treatment', 'ownerEmail', 'approverEmail', 'reviewIntervalMonths', 'nextReviewAt'
];

function choice<T extends string>(text: string, values: readonly T[], keys: Readonly<Record<T, string>>): T | undefined {
  const wanted = loose(text);
  return values.filter((value) => loose(value) === wanted || loose(keys[value]) === wanted)[0];
}

/** A unit by code, else by name; a name two units share finds neither. */
export function findUnit(text: string, units: readonly IOrganisationUnit[]): { id?: number; error?: 'unknownUnit' | 'ambiguousUnit' } {
  const wanted = labelKey(text);
  const byCode = units.filter((unit) => !!unit.code && labelKey(unit.code) === wanted);
  const byTitle = units.filter((unit) => labelKey(unit.title) === wanted);
  const found = byCode.length === 1 ? byCode : byTitle;
  if (found.length === 1) return { id: found[0].id };
  return { error: byCode.length + byTitle.length > 1 ? 'ambiguousUnit' : 'unknownUnit' };
}

/** What an export writes for a unit: its name when the name finds it again, else its code. */
export function unitLabel(unit: { id: number; title: string }, units: readonly IOrganisationUnit[]): string {
  if (findUnit(unit.title, units).id === unit.id) return unit.title;
  const known = units.filter((u) => u.id === unit.id)[0];
  return known && known.code ? known.code : unit.title;
}

/** A stored risk as the draft an import compares with (addresses lower case, dates as days). */
export function storedDraft(risk: IRisk): IRiskDraft {
  return {
    title: risk.title, cause: risk.cause, event: risk.event, consequenceDescription: risk.consequenceDescription, area: risk.area,
    unitId: risk.unit.id, asset: risk.asset, source: risk.source, threat: risk.threat, vulnerability: risk.vulnerability, cia: risk.cia,
    existingControls: risk.existingControls, inherent: risk.inherent, current: risk.current, target: risk.target, treatment: risk.treatment,
    ownerEmail: risk.owner ? risk.owner.email.toLowerCase() : undefined, approverEmail: risk.approver ? risk.approver.email.toLowerCase() : undefined,
    reviewIntervalMonths: risk.reviewIntervalMonths, nextReviewAt: risk.nextReviewAt ? risk.nextReviewAt.slice(0, 10) : undefined
  };
}

function comparable(value: unknown): string {
  if (value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.slice().sort().join('|');
  if (typeof value === 'object') return `${(value as IAssessment).likelihood}x${(value as IAssessment).consequence}`;
  return String(value).replace(/\r\n/g, '\n').trim();
}

/** The draft's fields that differ from the stored risk (blank and absent are the same). */
export function changedFields(draft: IRiskDraft, risk: IRisk): (keyof IRiskDraft)[] {
  const stored = storedDraft(risk);
  return DRAFT_FIELDS.filter((field) => comparable(draft[field]) !== comparable(stored[field]));
}

/**
 * Every row of the file as it would be saved, with every reason a row cannot be, per field.
 * Nothing is written here; rows with errors are never written (RiskImportService.apply).
 */
export function previewImport(rows: readonly IImportRow[], mapping: ColumnMapping, levels: LevelMapping, context: IImportContext): IImportPreview {
  const cell = (row: IImportRow, key: RiskColumnKey): string => {
    const index = mapping[key];
    return index === undefined ? '' : (row.cells[index] || '').trim();
  };
  const named = new Map<number, number>();
  for (const row of rows) {
    const id = parseRiskNumber(cell(row, 'riskNumber'));
    if (id !== undefined) named.set(id, (named.get(id) || 0) + 1);
  }
  const previews = rows.map((row) => previewRow((key) => cell(row, key), row.rowNumber, named, levels, context));
  const summary = { total: previews.length, add: 0, update: 0, unchanged: 0, invalid: 0 };
  for (const preview of previews) summary[preview.action] += 1;
  return { rows: previews, matrix: context.matrix, summary };
}

function previewRow(get: (key: RiskColumnKey) => string, rowNumber: number, named: Map<number, number>, levels: LevelMapping, ctx: IImportContext): IImportRowPreview {
  const errors: RiskImportErrors = {};
  const fail = (field: RiskImportField, error: RiskImportError): void => {
    if (!errors[field]) errors[field] = error; // the first reason is the one to fix
  };

  let existing: IRisk | undefined;
  const number = get('riskNumber');
  if (number) {
    const id = parseRiskNumber(number);
    if (id === undefined) fail('riskNumber', 'invalidRiskNumber');
    else if ((named.get(id) || 0) > 1) fail('riskNumber', 'duplicateInFile');
    else if (!ctx.existing.has(id)) fail('riskNumber', 'riskNotFound');
    else existing = ctx.existing.get(id);
  }
  const stored = existing ? storedDraft(existing) : undefined;

  // Only what the row says: a blank cell is absent, so an update keeps the stored value.
  const given: Partial<Mutable<IRiskDraft>> = {};
  for (const field of TEXT_FIELDS) if (get(field)) given[field] = get(field);
  const pick = <T extends string>(field: 'area' | 'source' | 'treatment', values: readonly T[], keys: Readonly<Record<T, string>>): T | undefined => {
    const found = get(field) ? choice(get(field), values, keys) : undefined;
    if (get(field) && !found) fail(field, 'invalidChoice');
    return found;
  };
  given.area = pick<SecurityArea>('area', SECURITY_AREAS, SECURITY_AREA_KEYS);
  given.source = pick<RiskSource>('source', RISK_SOURCES, RISK_SOURCE_KEYS);
  given.treatment = pick<RiskTreatment>('treatment', RISK_TREATMENTS, RISK_TREATMENT_KEYS);
  if (get('cia')) {
    const parts = get('cia').split(/[,;\n]/).map((part) => part.trim()).filter((part) => !!part).map((part) => choice(part, CIA_PROPERTIES, CIA_KEYS));
    if (parts.some((part) => !part)) fail('cia', 'invalidChoice');
    else given.cia = parts as CiaProperty[];
  }
  if (get('unit')) {
    const unit = findUnit(get('unit'), ctx.units);
    if (unit.id !== undefined) given.unitId = unit.id;
    else fail('unitId', unit.error as RiskImportError);
  }
  for (const [column, field] of [['owner', 'ownerEmail'], ['approver', 'approverEmail']] as const) {
    const email = get(column).toLowerCase();
    if (!email) continue;
    if (!EMAIL.test(email)) fail(column, 'invalidEmail');
    // The stored person stands even if the directory no longer lists them: the row did not change it.
    else if (ctx.knownPeople && !ctx.knownPeople.has(email) && !(stored && stored[field] === email)) fail(column, 'unknownPerson');
    else given[field] = email;
  }
  const months = get('reviewIntervalMonths');
  if (months && /^\d{1,3}$/.test(months)) given.reviewIntervalMonths = Number(months);
  else if (months) fail('reviewIntervalMonths', 'invalidNumber');
  const next = get('nextReviewAt');
  if (next && calendarDay(next) !== undefined) given.nextReviewAt = next.slice(0, 10);
  else if (next) fail('nextReviewAt', 'invalidDate');
  for (const kind of ASSESSMENTS) {
    const step = (axis: LevelAxis): number | undefined | false => {
      const label = get(`${kind}${axis === 'likelihood' ? 'Likelihood' : 'Consequence'}`);
      return label ? levels[axis][labelKey(label)] || false : undefined;
    };
    const [likelihood, consequence] = [step('likelihood'), step('consequence')];
    if (likelihood === false || consequence === false) fail(kind, 'unknownLevel');
    else if (likelihood !== undefined || consequence !== undefined) {
      const before = stored && stored[kind];
      const whole = { likelihood: likelihood || (before && before.likelihood), consequence: consequence || (before && before.consequence) };
      if (whole.likelihood && whole.consequence) given[kind] = whole as IAssessment;
      else fail(kind, 'incomplete');
    }
  }

  (Object.keys(given) as (keyof IRiskDraft)[]).forEach((key) => given[key] === undefined && delete given[key]);
  const draft: IRiskDraft = { ...(stored || { title: '' }), ...given };
  const changes = existing ? changedFields(draft, existing) : [];
  if (!existing || changes.length > 0) validateChanges(draft, existing, changes, ctx, fail);
  const invalid = Object.keys(errors).length > 0;
  const action: ImportRowAction = invalid ? 'invalid' : !existing ? 'add' : changes.length > 0 ? 'update' : 'unchanged';
  return { rowNumber, action, draft, existing: existing ? { id: existing.id, etag: existing.etag } : undefined, changes, errors };
}

/** The register's own rules on what the row would save, as a person's save would meet them. */
function validateChanges(draft: IRiskDraft, existing: IRisk | undefined, changes: readonly (keyof IRiskDraft)[], ctx: IImportContext, fail: (field: RiskImportField, error: RiskImportError) => void): void {
  let checked: IRiskDraft = draft;
  if (existing && existing.matrixVersion !== ctx.matrix.version) {
    // Steps on another matrix version mean something else here: untouched ones are left alone, changed ones refused.
    const others: Mutable<IRiskDraft> = { ...draft };
    for (const kind of ASSESSMENTS) {
      if (changes.indexOf(kind) >= 0) fail(kind, 'matrixVersion');
      delete others[kind];
    }
    checked = others;
  }
  const errors = validateRiskDraft(checked, ctx.matrix, ctx.now);
  for (const field of Object.keys(errors) as RiskDraftField[]) {
    // A review date already passed stays as stored: the row did not set it.
    if (existing && field === 'nextReviewAt' && changes.indexOf('nextReviewAt') < 0) continue;
    fail(field, errors[field] as RiskDraftError);
  }
  if (draft.unitId !== undefined && ctx.mayEdit && !ctx.mayEdit(draft.unitId, existing)) fail('unitId', 'notPermitted');
}
