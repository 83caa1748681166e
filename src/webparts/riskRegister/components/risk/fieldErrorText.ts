import * as strings from 'RiskRegisterWebPartStrings';

/** A field's problem in words; undefined for none. */
export function fieldErrorText(error: string | undefined): string | undefined {
  return error ? strings.FieldErrors[error] || strings.FieldErrors.unknown : undefined;
}

/**
 * The same for a LimitedTextField: one that is too long already says by how much, and one of only
 * spaces says that, so only the other problems (a required title left empty) are added.
 */
export function textErrorText(error: string | undefined, value: string): string | undefined {
  if (error === 'tooLong' || (error === 'required' && value.length > 0)) return undefined;
  return fieldErrorText(error);
}
