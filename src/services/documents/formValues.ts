/**
 * SharePoint's ValidateUpdateListItem: field values and the approval state written in one call, so
 * an approval never publishes half of what it decided and a draft never shows as approved between
 * two writes. Only the Trygg function calls it (setting _ModerationStatus needs Approve Items).
 * Form values are strings in SharePoint's form formats: a person as `[{"Key":"<claims login>"}]`,
 * several choices joined with `;#`, a date as an ISO 8601 instant in UTC.
 */
import { SPFI } from '@pnp/sp';
import { IItem } from '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { ModerationState } from '../../domain/documents/types';
import { ListAccess, WriteValue } from '../lists/listAccess';

export interface IFormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

const MODERATION_STATUS: Readonly<Record<ModerationState, string>> = { approved: '0', rejected: '1', pending: '2' };

export function moderationValue(state: ModerationState): IFormValue {
  return { FieldName: '_ModerationStatus', FieldValue: MODERATION_STATUS[state] };
}

/** The form values of the given columns (undefined ones left out); a person is named by their claims login. */
export async function formValues(sp: SPFI, access: ListAccess, values: Readonly<Record<string, WriteValue>>): Promise<IFormValue[]> {
  const result: IFormValue[] = [];
  for (const name of Object.keys(values)) {
    const value = values[name];
    if (value === undefined) continue;
    const type = name === 'Title' ? 'Text' : access.field(name).type;
    let text: string;
    if (type === 'User') {
      const user: { LoginName: string } = await sp.web.siteUsers.getById(Number(value)).select('LoginName')();
      text = JSON.stringify([{ Key: user.LoginName }]);
    } else if (Array.isArray(value)) text = value.join(';#');
    else if (typeof value === 'boolean') text = value ? '1' : '0';
    else text = String(value);
    result.push({ FieldName: name, FieldValue: text });
  }
  return result;
}

/** A value SharePoint refused: the whole call saved nothing. */
export class FormValueError extends Error {
  constructor(public readonly failures: readonly { FieldName: string; ErrorMessage?: string }[]) {
    super(`SharePoint refused ${failures.map((failure) => `${failure.FieldName}: ${failure.ErrorMessage || 'invalid'}`).join('; ')}`);
    this.name = 'FormValueError';
  }
}

export async function validateUpdate(item: IItem, values: readonly IFormValue[], newDocumentUpdate: boolean): Promise<void> {
  const results = await item.validateUpdateListItem(values.slice(), newDocumentUpdate);
  const failures = results.filter((result) => result.HasException);
  if (failures.length > 0) throw new FormValueError(failures.map((failure) => ({ FieldName: failure.FieldName || '', ErrorMessage: failure.ErrorMessage || undefined })));
}

/** SharePoint's answer when a unique column already holds the value (an HTTP error, or a form value's). */
export function isDuplicateValue(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return /SPDuplicateValuesFoundException|duplicate values/i.test(text);
}
