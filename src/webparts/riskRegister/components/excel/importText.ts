/** The import's keys (refusals, fields, errors, outcomes) in the UI language. */
import * as strings from 'RiskRegisterWebPartStrings';
import { format } from '../../../../common/format';
import { IImportRowPreview, RISK_IMPORT_MAX_ROWS, RiskColumnKey, RiskImportError, RiskImportErrors, RiskImportField } from '../../../../domain/risks/riskImport';
import { IRiskDraft } from '../../../../domain/risks/types';
import { ImportRowOutcome } from '../../../../services/risks/RiskImportService';
import { RISK_WORKBOOK_MAX_BYTES, WorkbookRefusal } from '../../excel/riskWorkbook';

/** Why a file was not read, with the limits it met. */
export function refusalText(reason: WorkbookRefusal): string {
  return format(strings.ImportRefusals[reason], RISK_WORKBOOK_MAX_BYTES / (1024 * 1024), RISK_IMPORT_MAX_ROWS);
}

export function columnLabel(key: RiskColumnKey): string {
  return strings.ImportColumns[key];
}

export function fieldLabel(field: RiskImportField): string {
  return strings.ImportFields[field];
}

export function errorText(error: RiskImportError): string {
  return strings.ImportErrors[error];
}

export function outcomeText(outcome: ImportRowOutcome): string {
  return strings.ImportOutcomes[outcome];
}

/** Excel's name for a column (A, B … Z, AA …), for a column without a header. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A file header as shown in a choice: its text, or "Kolumn C" when it has none. */
export function headerText(header: string, index: number): string {
  return header || format(strings.ImportUnnamedColumn, columnLetter(index));
}

/** Every problem of a row, field by field: "Enhet: finns inte i registret". */
export function rowProblems(errors: RiskImportErrors): string {
  return (Object.keys(errors) as RiskImportField[]).map((field) => format(strings.ImportErrorAt, fieldLabel(field), errorText(errors[field] as RiskImportError))).join(' · ');
}

const DRAFT_TO_FIELD: Partial<Record<keyof IRiskDraft, RiskImportField>> = { ownerEmail: 'owner', approverEmail: 'approver' };

/** What an update changes, by field name. */
export function changeList(row: IImportRowPreview): string {
  return row.changes.map((key) => fieldLabel(DRAFT_TO_FIELD[key] || (key as RiskImportField))).join(', ');
}
