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

/** Date.parse rolls 30 February over into March; a person who typed it made a mistake. */
function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
}

export function hasErrors<TField extends string>(errors: FieldErrors<TField>): boolean {
  return Object.keys(errors).some((key) => errors[key as TField] !== undefined);
}

/** A unique id for a client-side submission, so that retries can be recognised. */
export function isClientRequestId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
