/** Shared building blocks for validating what people type. Pure: no UI, no I/O. */

export type FieldError =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'invalidDate'
  | 'inFuture'
  | 'tooOld'
  | 'invalidChoice'
  | 'invalidNumber'
  | 'invalidCharacters';

export type FieldErrors<TField extends string> = Partial<Record<TField, FieldError>>;

// Control characters other than tab and line breaks never belong in a report and break exports.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function checkText(value: string | undefined, options: { required?: boolean; min?: number; max: number }): FieldError | undefined {
  const text = (value || '').trim();
  if (text.length === 0) return options.required ? 'required' : undefined;
  if (CONTROL_CHARACTERS.test(text)) return 'invalidCharacters';
  if (options.min !== undefined && text.length < options.min) return 'tooShort';
  if (text.length > options.max) return 'tooLong';
  return undefined;
}

/**
 * Free text with a limit: as checkText, and text that is only spaces is refused even where the
 * field is optional (someone typed something and meant to say it). Never cut to fit.
 */
export function checkLimitedText(value: string | undefined, options: { required?: boolean; max: number }): FieldError | undefined {
  if (!!value && value.trim().length === 0) return 'required';
  return checkText(value, options);
}

export function checkChoice(value: string | undefined, choices: readonly string[], required = false): FieldError | undefined {
  if (value === undefined || value === '') return required ? 'required' : undefined;
  return choices.indexOf(value) >= 0 ? undefined : 'invalidChoice';
}

/**
 * A past instant: parseable, not after now (allowing for clock skew between devices) and not
 * further back than maxAgeDays.
 */
export function checkPastInstant(iso: string | undefined, now: Date, maxAgeDays: number): FieldError | undefined {
  if (!iso) return 'required';
  const time = Date.parse(iso);
  if (isNaN(time) || !isCalendarDate(iso)) return 'invalidDate';
  const skewMs = 5 * 60 * 1000;
  if (time > now.getTime() + skewMs) return 'inFuture';
  if (time < now.getTime() - maxAgeDays * 24 * 60 * 60 * 1000) return 'tooOld';
  return undefined;
}

/**
 * Date.parse rolls 30 February over into March and reads T24:00 as the next midnight; a person
 * who typed those made a mistake. It also reads a time without a zone as local time, where
 * SharePoint reads UTC, and takes any number of fraction digits, where SharePoint takes seven:
 * only the ISO 8601 instants SharePoint stores as meant pass, so a valid draft is never refused
 * by the server (the queue would retry that forever) nor stored at another time than shown.
 */
function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/.exec(iso);
  if (!match) return false;
  const [year, month, day, hours, minutes] = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5])];
  const seconds = match[6] === undefined ? 0 : Number(match[6]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const zoneOk = match[7] === undefined || (Number(match[7]) <= 14 && Number(match[8]) <= 59);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hours <= 23 && minutes <= 59 && seconds <= 59 && zoneOk;
}

export function hasErrors<TField extends string>(errors: FieldErrors<TField>): boolean {
  return Object.keys(errors).some((key) => errors[key as TField] !== undefined);
}

/** A unique id for a client-side submission, so that retries can be recognised. */
export function isClientRequestId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** The errors object without its undefined entries: what a validator returns, empty when all is well. */
export function withoutEmpty<T extends Record<string, unknown>>(errors: T): T {
  (Object.keys(errors) as (keyof T)[]).forEach((key) => errors[key] === undefined && delete errors[key]);
  return errors;
}
